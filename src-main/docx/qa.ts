/**
 * A question with its answer (core/briefing/render-qa.ts is its PDF twin): each under its label,
 * the question in the Question style and the answer in the Answer style, with their highlights,
 * footnotes as Word footnotes, then the citation and the lettered notes.
 */
import { Paragraph, TextRun } from 'docx';
import type { ContentItem, PrintedPart } from '../core/briefing/content.js';
import type { DocxContext } from './context.js';
import { citationParagraph } from './citation.js';
import { sourceFootnoteSpec } from './footnotes.js';
import { NoteList, noteParagraphs } from './notes.js';
import { passageParagraphs } from './passage.js';
import { STYLE } from './styles.js';
import { oneLine } from './text.js';

type Qa = Extract<ContentItem, { kind: 'qa' }>;

/** A part label ("Vraag 3") as a styled paragraph — not a heading: the outline holds the briefing's own headings only. */
export function partLabelParagraph(label: string): Paragraph {
  return new Paragraph({ style: STYLE.partLabel, children: [new TextRun(oneLine(label))] });
}

/** A printed part under its label, in `style`, with its highlights and footnotes. */
function printedPartParagraphs(part: PrintedPart, style: string, notes: NoteList): Paragraph[] {
  return [partLabelParagraph(part.label), ...passageParagraphs(part.text, { style, notes, footnotes: part.footnotes.map(sourceFootnoteSpec) })];
}

/** The paragraphs of a qa item: question, answer (or "no answer yet"), citation, notes. */
export function qaParagraphs(item: Qa, ctx: DocxContext): Paragraph[] {
  const notes = new NoteList();
  const question = printedPartParagraphs(item.question, STYLE.question, notes);
  const answer =
    item.answer === null
      ? [new Paragraph({ style: STYLE.hint, children: [new TextRun(ctx.labels.noAnswer)] })]
      : printedPartParagraphs(item.answer, STYLE.answer, notes);
  return [...question, ...answer, citationParagraph(item.source, null, ctx), ...noteParagraphs(notes.entries, ctx)];
}
