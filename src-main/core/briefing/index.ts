/** Briefing HTML: a briefing's documents, marks and notes as one printable HTML document (DESIGN §7). */
export { renderBriefingHtml, type BriefingAssets } from './render.js';
export type { BriefingInput, BriefingDocument } from './types.js';
export { escapeHtml, isSafeHref } from './escape-html.js';
export { labelsFor, type BriefingLabels, type BriefingLocale } from './labels.js';
export { HIGHLIGHT_PRINT_COLORS, PAGE_MARGINS } from './print-css.js';
