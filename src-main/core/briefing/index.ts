/**
 * The briefing core: resolve a saved briefing against the archive (`BriefingContent`), lay it out
 * as printable HTML (the PDF and the composer's preview), describe its items for the composer.
 * The Word export (src-main/docx) lays out the same content with the labels and cues exported here.
 */
export { resolveBriefing } from './resolve.js';
export { renderBriefingHtml, safeCss, type BriefingRenderOptions } from './render.js';
export { describeBriefingItems } from './item-views.js';
export { parseBriefingText } from './markdown.js';
export { sentenceContext } from './context.js';
export { officialUrl, sourceInfo } from './source-info.js';
export { renderDocument, type DocumentToRender, type DocumentLayout } from './render-document.js';
export { readingOrder, type ReadingBlock } from './reading-order.js';
export { outlineEntries, outlineLevels, type OutlineEntry } from './outline.js';
export { partLabel } from './part-label.js';
export { escapeHtml, isSafeHref } from './escape-html.js';
export { labelsFor, type BriefingLabels, type BriefingLocale } from './labels.js';
export { HIGHLIGHT_CUES, WORD_UNDERLINES, CUE_LINE_COLOR, CUE_ORDER, type UnderlineCue } from './cues.js';
export { HIGHLIGHT_PRINT_COLORS, PAGE_MARGINS } from './print-css.js';
export { SECTION_ANCHORS, endnoteAnchor } from './anchors.js';
export type * from './content.js';
