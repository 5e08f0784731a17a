/**
 * The briefing's style sheet: A4 pages with serif body text in fonts that cover ĳ/é/ë, the
 * analyst's words in the sans-serif face, highlights as light tints with an underline cue per
 * colour (cues.ts), and a screen layout (sheets on grey) for the composer's preview.
 */
import { HIGHLIGHT_COLORS } from '../model/index.js';
import { CUE_LINE_COLOR, HIGHLIGHT_CUES } from './cues.js';

/** Page margins; the same as PAGE_MARGINS_MM in src-main/pdf/print-templates.ts (header and footer are drawn inside them). */
export const PAGE_MARGINS = { top: '20mm', right: '18mm', bottom: '20mm', left: '18mm' } as const;

const SANS = "'DejaVu Sans', 'Liberation Sans', sans-serif";

const highlightRules = HIGHLIGHT_COLORS.map(
  (c) => `mark.hl-${c} { background: ${HIGHLIGHT_CUES[c].tint}; text-decoration-style: ${HIGHLIGHT_CUES[c].underline}; }`,
).join('\n');

const SCREEN_CSS = `
@media screen {
  html { background: #d4d4d4; }
  body { padding: 6mm 0; }
  .sheet { width: 210mm; max-width: calc(100% - 12px); margin: 0 auto 6mm; padding: ${PAGE_MARGINS.top} ${PAGE_MARGINS.right} ${PAGE_MARGINS.bottom} ${PAGE_MARGINS.left}; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
  .title-page.sheet { min-height: 200mm; }
  .appendix-title { width: 210mm; max-width: calc(100% - 12px); margin: 10mm auto 4mm; color: #333; }
}
`;

/** The whole style sheet of a briefing's HTML: print rules (A4, margins, breaks), highlights with their cues, and the screen layout. */
export const PRINT_CSS = `
@page { size: A4; margin: ${PAGE_MARGINS.top} ${PAGE_MARGINS.right} ${PAGE_MARGINS.bottom} ${PAGE_MARGINS.left}; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
html { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0; }
h1, h2, h3, .toc, .label, .part-label, .part-label-small, .tag, .themes, .meta dt, .legend, .analyst-note, .analyst-text, figcaption, .source-line, .section-label, .no-answer, .quote-not-found, .fn-ref, .note-ref { font-family: ${SANS}; }
/* pre-wrap: Chromium's PDF outline joins the lines of a wrapped heading without their space */
h1, h2, h3 { break-after: avoid; line-height: 1.25; white-space: pre-wrap; }
h2 { font-size: 14pt; margin: 7mm 0 3mm; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
a { color: inherit; }
p { margin: 0 0 2mm; orphans: 2; widows: 2; }

.title-page { break-after: page; padding-top: 50mm; }
.title-page h1 { font-size: 24pt; margin: 0 0 6mm; }
.title-page .subtitle { font-size: 14pt; margin: 0 0 14mm; color: #333; }
.title-page .byline { font-size: 11pt; margin: 1mm 0; }
.title-page .label { display: inline-block; min-width: 28mm; font-size: 9pt; color: #555; }
.title-page .classification { font-size: 10pt; font-weight: bold; letter-spacing: 0.08em; text-transform: uppercase; border: 1pt solid #111; display: inline-block; padding: 1mm 3mm; margin: 0 0 12mm; }
.title-page .classification .label { min-width: 0; margin-right: 2mm; font-weight: normal; letter-spacing: 0; }

.contents-page { break-after: page; }
.toc-title { font-family: ${SANS}; font-size: 15pt; font-weight: bold; margin: 0 0 4mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc-entry a { display: flex; align-items: flex-end; text-decoration: none; padding: 0.8mm 0; }
.toc-level-1 { font-weight: bold; margin-top: 1.5mm; }
.toc-level-2 a { padding-left: 7mm; font-weight: normal; }
.toc-text { flex: 0 1 auto; }
.toc-leader { flex: 1 1 8mm; border-bottom: 1pt dotted #777; margin: 0 1.5mm 1.2mm; min-width: 8mm; }
.toc-page { flex: 0 0 12mm; width: 12mm; text-align: right; font-variant-numeric: tabular-nums; }

.legend { font-size: 8.5pt; color: #333; border-top: 0.6pt solid #bbb; margin: 10mm 0 0; padding-top: 2mm; }
.legend-title { font-weight: bold; margin: 0 0 1mm; }
.legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1mm 6mm; }

.analyst-text { margin: 0 0 4mm; }
.analyst-text ul, .analyst-text ol { margin: 0 0 2mm; padding-left: 6mm; }

mark.hl { color: inherit; padding: 0 0.3mm; text-decoration-line: underline; text-decoration-color: ${CUE_LINE_COLOR}; text-decoration-thickness: 0.9pt; text-underline-offset: 2.2pt; text-decoration-skip-ink: none; }
${highlightRules}
mark.hl-overlap { outline: 0.5pt solid #777; }

.excerpt { margin: 0 0 6mm; }
.excerpt-short { break-inside: avoid; }
.excerpt figure { margin: 0; }
.excerpt blockquote { margin: 0; padding: 0.5mm 0 0.5mm 5mm; border-left: 2.2pt solid #9a9a9a; font-size: 10.5pt; }
.excerpt figcaption, .source-line { font-size: 8.5pt; color: #444; margin: 1.5mm 0 0 5mm; line-height: 1.35; }
.cite-title { display: block; font-style: italic; }
.cite-part { font-weight: bold; }
.quote-not-found { font-size: 8.5pt; color: #7a3b00; margin: 1mm 0 0 5mm; }

.analyst-note { font-size: 9pt; background: #f3f4f6; border: 0.6pt solid #c4c7cc; border-radius: 1.5mm; padding: 1.5mm 3mm; margin: 2.5mm 0 0 5mm; break-inside: avoid; }
.analyst-note-label { font-weight: bold; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.05em; color: #374151; margin: 0 0 0.8mm; }
.analyst-note ol, .analyst-note ul { list-style: none; margin: 0; padding: 0; }
.analyst-note li { margin: 0 0 1.5mm; break-inside: avoid; position: relative; padding-left: 5mm; }
.note-letter { position: absolute; left: 0; font-weight: bold; }
.note-text { margin: 0.5mm 0 0; }
.quote { margin: 0; font-style: italic; font-family: 'DejaVu Serif', 'Liberation Serif', serif; }
.themes { font-size: 8pt; color: #444; margin: 1mm 0 0; }
.themes-label { margin-right: 1mm; }
.tag { display: inline-block; font-size: 7.5pt; border: 0.6pt solid #888; border-radius: 2pt; padding: 0 1.5mm; margin: 0 1mm 0.5mm 0; }

.qa { margin: 0 0 6mm; }
.part-label { font-size: 9pt; font-weight: bold; color: #333; margin: 3mm 0 1mm; break-after: avoid; }
.part-label-small { font-size: 8pt; color: #555; margin: 0.5mm 0 0; }
.question p:not(.part-label) { font-style: italic; }
.answer { padding-left: 4mm; border-left: 1pt solid #ccc; }
.no-answer { font-size: 9pt; color: #555; font-style: italic; }

.document { margin: 0 0 8mm; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.6mm 4mm; margin: 0 0 3mm; font-size: 9pt; }
.meta dt { font-weight: bold; color: #333; }
.meta dd { margin: 0; }
.citation { font-size: 9pt; border-left: 2pt solid #999; padding-left: 3mm; margin: 0 0 4mm; }
.citation .label { font-family: ${SANS}; font-weight: bold; }
.url, .reference { word-break: break-all; }
.unplaced { border-style: dashed; }
.section-label { font-size: 9pt; font-weight: bold; margin: 3mm 0 1mm; }
.footnotes { font-size: 9pt; }
.footnotes ol { margin: 0; padding-left: 7mm; }

.fn-ref, .note-ref { font-size: 7pt; font-weight: bold; line-height: 0; margin-left: 0.3mm; }
.fn-ref a, .note-ref a { text-decoration: none; }
.note-ref { font-style: normal; }

.endnotes { margin-top: 8mm; font-size: 9pt; }
.endnotes ol { margin: 0; padding-left: 7mm; }
.endnotes li { margin: 0 0 1.2mm; }

.appendix { break-before: page; }
.appendix-doc + .appendix-doc { break-before: page; }
${SCREEN_CSS}`;
