/** Element ids shared by the library's components (the search field points at the list). */

/** The document list's listbox, focused by ↓ in the search field. */
export const DOCUMENT_LISTBOX_ID = 'document-listbox';

/** The id of the option for row `index` (for aria-activedescendant). */
export function documentRowId(index: number): string {
  return `document-row-${String(index)}`;
}
