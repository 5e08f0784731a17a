/**
 * The body of the Word briefing: the intro, then every item in briefing order, then the appendix.
 * Heading items and documents are real Word headings at the levels the PDF outline gives them
 * (core/briefing/outline.ts), so Word's navigation pane and TOC field list the same entries.
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { BriefingContent, ContentItem } from '../core/briefing/content.js';
import { isPrintedHeading, outlineLevels } from '../core/briefing/outline.js';
import { textBlockParagraphs } from './blocks.js';
import type { DocxContext } from './context.js';
import { documentParagraphs } from './document.js';
import { excerptParagraphs } from './excerpt.js';
import { qaParagraphs } from './qa.js';
import { oneLine } from './text.js';

function headingLevel(level: 1 | 2): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  return level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
}

function itemParagraphs(item: ContentItem, levels: ReadonlyMap<string, 1 | 2>, ctx: DocxContext): Paragraph[] {
  switch (item.kind) {
    case 'heading':
      return isPrintedHeading(item) ? [new Paragraph({ heading: headingLevel(item.level), children: [new TextRun(oneLine(item.text))] })] : [];
    case 'text':
      return textBlockParagraphs(item.blocks, ctx);
    case 'excerpt':
      return excerptParagraphs(item, ctx);
    case 'qa':
      return qaParagraphs(item, ctx);
    case 'document':
      return documentParagraphs(item, { headingLevel: levels.get(item.itemId) ?? 1, pageBreakBefore: false, complete: false }, ctx);
  }
}

/** The appendix: a Heading 1 on a new page, then each source document in full (Heading 2), each on a new page. */
function appendixParagraphs(content: BriefingContent, ctx: DocxContext): Paragraph[] {
  if (content.appendix.length === 0) return [];
  const title = new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(ctx.labels.appendix)] });
  return [
    title,
    ...content.appendix.flatMap((a, i) => documentParagraphs(a, { headingLevel: 2, pageBreakBefore: i > 0, complete: true }, ctx)),
  ];
}

/**
 * The body paragraphs of `content`: intro, items (omitted items are not in `content.items`, so
 * they are not written), appendix.
 */
export function bodyParagraphs(content: BriefingContent, ctx: DocxContext): Paragraph[] {
  const levels = outlineLevels(content.items);
  return [
    ...textBlockParagraphs(content.intro, ctx),
    ...content.items.flatMap((item) => itemParagraphs(item, levels, ctx)),
    ...appendixParagraphs(content, ctx),
  ];
}
