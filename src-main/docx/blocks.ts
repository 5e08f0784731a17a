/**
 * The analyst's own text (text items and the intro) as Word paragraphs: bold and italic runs,
 * hard line breaks, and bullet and numbered lists as real Word lists (numbering definitions), so
 * Word continues them when the analyst edits.
 */
import { Paragraph, type TextRun } from 'docx';
import type { TextBlock, TextRun as BriefingRun } from '../core/briefing/content.js';
import type { DocxContext } from './context.js';
import { LIST } from './styles.js';
import { textRuns } from './text.js';

function runs(parts: readonly BriefingRun[]): TextRun[] {
  return parts.flatMap((r) => textRuns(r.text, { ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }));
}

/**
 * Word paragraphs for `blocks`, in the Normal style. Each ordered list takes a new numbering
 * instance from `ctx`, so every list starts at 1; empty paragraphs and list items are left out.
 *
 * @returns the paragraphs in order ([] for no blocks)
 */
export function textBlockParagraphs(blocks: readonly TextBlock[], ctx: DocxContext): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const children = runs(block.runs);
      if (children.length > 0) out.push(new Paragraph({ children }));
      continue;
    }
    const numbering = block.ordered ? { reference: LIST.ordered, level: 0, instance: ++ctx.listInstance } : { reference: LIST.bullet, level: 0 };
    for (const item of block.items) {
      const children = runs(item);
      if (children.length > 0) out.push(new Paragraph({ children, numbering }));
    }
  }
  return out;
}
