/** The annotations view's texts (every annotation in the archive, bulk actions, export and import). Merged into the one typed table in ../i18n.ts. */

export const nl = {
  'annotationList.title': 'Alle annotaties',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'annotationList.title': 'All annotations',
};
