/**
 * The fixed heights of the library's rows, in CSS pixels. The virtualised list positions rows by
 * these numbers, so DocumentRow.svelte pins its boxes to exactly them (see its styles).
 */

/** A document row: two title lines, one line of people, one of date and themes. */
export const ROW_HEIGHT = 84;
/** Extra height of a row that shows a search hit: the part label and two snippet lines. */
export const HIT_HEIGHT = 54;
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps. */
export const OVERSCAN_ROWS = 6;
