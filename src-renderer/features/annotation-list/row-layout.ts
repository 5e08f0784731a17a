/**
 * The annotations view's row geometry in CSS pixels (the virtualised list positions rows by it, so
 * AnnotationRow.svelte pins its lines to exactly these heights), and the element ids it shares.
 */

/** A row: two quote lines, the note, the themes, and the document line. */
export const ROW_HEIGHT = 108;
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps. */
export const OVERSCAN_ROWS = 6;
/** The listbox (focused after a filter change by ↓ and by tests). */
export const ANNOTATION_LISTBOX_ID = 'annotation-listbox';

/** The id of the option for row `index` (for aria-activedescendant). */
export function annotationRowId(index: number): string {
  return `annotation-row-${String(index)}`;
}
