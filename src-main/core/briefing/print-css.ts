/**
 * The briefing's print style sheet: A4 pages, serif body text in fonts that cover ĳ/é/ë, the
 * highlight palette as light print colours, and page breaks before each document.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../model/index.js';

/** Light tints of the palette colours: readable black text on top, distinct on paper and in grey. */
export const HIGHLIGHT_PRINT_COLORS: Record<HighlightColor, string> = {
  yellow: '#fff59d',
  green: '#c8ecc1',
  blue: '#cbe2fb',
  pink: '#f9cfe3',
  orange: '#ffd9a8',
};

/** Page margins; the same as PAGE_MARGINS_MM in src-main/pdf/print-templates.ts (header and footer are drawn inside them). */
export const PAGE_MARGINS = { top: '20mm', right: '18mm', bottom: '20mm', left: '18mm' } as const;

const highlightRules = HIGHLIGHT_COLORS.map((c) => `.hl-${c} { background: ${HIGHLIGHT_PRINT_COLORS[c]}; }`).join('\n');

export const PRINT_CSS = `
@page { size: A4; margin: ${PAGE_MARGINS.top} ${PAGE_MARGINS.right} ${PAGE_MARGINS.bottom} ${PAGE_MARGINS.left}; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
html { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0; }
h1, h2, h3, h4, .meta dt, .toc, .label, .note-tags, .part-label, .tag { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; }
h1, h2, h3, h4 { break-after: avoid; line-height: 1.25; }
a { color: inherit; }
.title-page { break-after: page; padding-top: 60mm; }
.title-page h1 { font-size: 24pt; margin: 0 0 6mm; }
.title-page .subtitle { font-size: 14pt; margin: 0 0 14mm; color: #333; }
.title-page .byline { font-size: 11pt; margin: 1mm 0; }
.toc { break-after: page; }
.toc h2 { font-size: 15pt; }
.toc ol { padding-left: 7mm; }
.toc li { margin: 1.5mm 0; }
.toc .toc-citation { display: block; font-size: 8.5pt; color: #444; }
.document { break-before: page; }
.document > h2 { font-size: 15pt; margin: 0 0 3mm; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.6mm 4mm; margin: 0 0 3mm; font-size: 9.5pt; }
.meta dt { font-weight: bold; color: #333; }
.meta dd { margin: 0; }
.citation { font-size: 9.5pt; border-left: 2pt solid #999; padding-left: 3mm; margin: 0 0 5mm; }
.tag { display: inline-block; font-size: 8.5pt; border: 0.6pt solid #888; border-radius: 2pt; padding: 0 1.5mm; margin: 0 1mm 0.5mm 0; }
.question, .answer { margin: 0 0 3mm; }
.question h3, .answer h3 { font-size: 10.5pt; margin: 4mm 0 1mm; }
.question { color: #222; }
.question p { font-style: italic; }
.answer { padding-left: 4mm; border-left: 1pt solid #ccc; }
p { margin: 0 0 2mm; orphans: 2; widows: 2; }
.fn-ref { font-size: 8pt; color: #444; white-space: nowrap; }
mark.hl { color: inherit; padding: 0 0.3mm; }
${highlightRules}
mark.hl-overlap { border-bottom: 1.2pt solid #555; }
.note-ref { font-size: 7.5pt; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-weight: bold; }
.note-ref a { text-decoration: none; }
.notes, .unplaced, .footnotes { font-size: 9pt; margin: 2mm 0 5mm; }
.notes h4, .unplaced h4, .footnotes h3 { font-size: 9.5pt; margin: 3mm 0 1mm; }
.notes ol, .unplaced ul, .footnotes ol { margin: 0; padding-left: 7mm; }
.notes li, .unplaced li, .footnotes li { margin: 0 0 1.5mm; break-inside: avoid; }
.quote { margin: 0; font-style: italic; }
.note-text { margin: 0.5mm 0 0; }
.note-tags, .part-label { font-size: 8.5pt; color: #444; margin: 0.5mm 0 0; }
.footnotes a, .url { word-break: break-all; }
.unplaced { border: 0.6pt dashed #999; padding: 1mm 3mm; }
`;
