/** Texts of deleting, restoring and re-importing documents, and of the review queue. Merged into the one typed table in ../i18n.ts. */

export const nl = {
  'lifecycle.deletedTitle': 'Onlangs verwijderd',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'lifecycle.deletedTitle': 'Recently deleted',
};
