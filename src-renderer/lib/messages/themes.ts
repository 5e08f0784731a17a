/** The theme manager's texts. Merged into the one typed table in ../i18n.ts. */

export const nl = {
  'themes.title': 'Thema’s',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'themes.title': 'Themes',
};
