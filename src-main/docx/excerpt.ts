/**
 * An excerpt as a quotation (core/briefing/render-excerpt.ts is its PDF twin): the sentence(s)
 * around the quote with the quote highlighted (or the whole part, when the full answer is printed)
 * in the Quote style, the part's footnotes as Word footnotes, the citation, then the analyst's
 * note in its own Note style and the themes.
 */
import { Paragraph, TextRun } from 'docx';
import type { ContentItem, MarkedText, PassageMark } from '../core/briefing/content.js';
import type { DocxContext } from './context.js';
import { citationParagraph } from './citation.js';
import { sourceFootnoteSpec } from './footnotes.js';
import { analystNoteParagraphs, NoteList, noteParagraphs } from './notes.js';
import { passageParagraphs } from './passage.js';
import { STYLE } from './styles.js';

type Excerpt = Extract<ContentItem, { kind: 'excerpt' }>;

/** The quotation: context before, the quote highlighted in its colour, context after. */
function quotation(item: Excerpt): MarkedText {
  const before = item.context?.before ?? '';
  const after = item.context?.after ?? '';
  const mark: PassageMark = { start: before.length, end: before.length + item.quote.length, color: item.color, annotationId: item.annotationId, note: '', themes: [] };
  return { text: `${before}${item.quote}${after}`, marks: [mark] };
}

/**
 * The paragraphs of an excerpt item: quotation (Quote style), "no longer found" hint when the quote
 * could not be placed, citation, the analyst's note and themes, then the lettered notes of other
 * highlights in the full part.
 */
export function excerptParagraphs(item: Excerpt, ctx: DocxContext): Paragraph[] {
  const notes = new NoteList();
  const footnotes = item.footnotes.map(sourceFootnoteSpec);
  const passage =
    item.fullPart === null
      ? passageParagraphs(quotation(item), { style: STYLE.quote, notes, footnotes })
      : // the excerpt's own highlight is not lettered: its note is printed beside the quote
        passageParagraphs(item.fullPart.text, { style: STYLE.quote, notes, footnotes, skipNote: (m) => m.annotationId === item.annotationId });
  return [
    ...passage,
    ...(item.placed ? [] : [new Paragraph({ style: STYLE.hint, children: [new TextRun(ctx.labels.quoteNotFound)] })]),
    citationParagraph(item.source, item.partLabel, ctx),
    ...analystNoteParagraphs(item.note, item.themes, ctx),
    ...noteParagraphs(notes.entries, ctx),
  ];
}
