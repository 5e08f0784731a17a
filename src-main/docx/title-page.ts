/**
 * The front of the Word briefing: the title page (classification line, title, subtitle, author,
 * date), then a page with Word's own table of contents — a TOC field over Heading 1–2, written
 * with its entries and page numbers filled in (index.ts) and updated by Word on opening — and the
 * legend of the highlight colours.
 */
import { Paragraph, TableOfContents, TextRun } from 'docx';
import type { BriefingContent } from '../core/briefing/content.js';
import { HIGHLIGHT_CUES } from '../core/briefing/cues.js';
import { usedColors } from '../core/briefing/render-legend.js';
import { formatDate } from '../core/present/dates.js';
import type { DocxContext } from './context.js';
import { highlightFormat } from './highlight.js';
import { STYLE } from './styles.js';
import { oneLine } from './text.js';

function labelled(style: string, label: string, value: string): Paragraph | null {
  const text = oneLine(value);
  if (text === '') return null;
  return new Paragraph({ style, children: [new TextRun({ text: `${label} `, bold: true }), new TextRun(text)] });
}

/**
 * The title page's paragraphs, in the PDF's order: classification line ("RUBRICERING INTERN"),
 * title, subtitle, author, date. Empty fields are left out (the title is always there, as written).
 * The first paragraph carries the page's top offset: the classification line when there is one
 * (its style's space before; the title then follows it closely), else the title.
 */
export function titlePageParagraphs(content: BriefingContent, ctx: DocxContext): Paragraph[] {
  const { labels } = ctx;
  const subtitle = oneLine(content.subtitle);
  const date = content.date.trim() === '' ? '' : formatDate(content.date.trim(), ctx.locale);
  const classification = labelled(STYLE.classification, labels.classification, content.classification);
  const titleSpacing = classification === null ? {} : { spacing: { before: 0 } };
  return [
    classification,
    new Paragraph({ style: STYLE.title, ...titleSpacing, children: [new TextRun(oneLine(content.title))] }),
    subtitle === '' ? null : new Paragraph({ style: STYLE.subtitle, children: [new TextRun(subtitle)] }),
    labelled(STYLE.byline, labels.author, content.author),
    labelled(STYLE.byline, labels.date, date),
  ].filter((p): p is Paragraph => p !== null);
}

/** The legend: each colour the briefing shows, drawn as it is in the text, with the name of its underline. */
function legendParagraphs(content: BriefingContent, ctx: DocxContext): Paragraph[] {
  const colors = usedColors(content);
  if (colors.length === 0) return [];
  const { labels } = ctx;
  return [
    new Paragraph({ style: STYLE.legend, spacing: { before: 480 }, children: [new TextRun({ text: labels.legend, bold: true })] }),
    new Paragraph({ style: STYLE.legend, children: [new TextRun(labels.legendHint)] }),
    ...colors.map(
      (c) =>
        new Paragraph({
          style: STYLE.legend,
          children: [new TextRun({ text: labels.colors[c], ...highlightFormat(c) }), new TextRun(`: ${labels.underlines[HIGHLIGHT_CUES[c].underline]}`)],
        }),
    ),
  ];
}

/**
 * The contents page: its title (TOC Heading style, so it is not itself in the contents), the TOC
 * field (Heading 1–2, entries linked to their headings), and the legend. It starts a new page.
 */
export function contentsPage(content: BriefingContent, ctx: DocxContext): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: STYLE.contentsTitle, pageBreakBefore: true, children: [new TextRun(ctx.labels.contents)] }),
    new TableOfContents(ctx.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    ...legendParagraphs(content, ctx),
  ];
}
