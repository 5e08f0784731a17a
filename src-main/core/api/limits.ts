/** Limits of user text that the API and the command line share (imports nothing). */

/** The most characters of a briefing's title, subtitle or author line (a title page holds a few lines). */
export const BRIEFING_LINE_MAX = 300;
