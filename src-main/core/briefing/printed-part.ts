/**
 * Renders a `PrintedPart` (or its text): paragraphs with the highlights drawn, the highlights that
 * carry a note lettered (a, b, …) and their notes collected for listing under the passage, and the
 * part's footnotes as references to the briefing's endnotes.
 */
import type { MarkedText, PrintedPart } from './content.js';
import { appendToLastParagraph, endnoteRefs } from './endnotes.js';
import { renderMarkedParagraphs, type Mark } from './marks.js';
import { noteLetter, type MarkNote } from './notes-html.js';
import type { RenderContext } from './render-context.js';

/** Letters the notes of one item (a question and its answer share one sequence). */
export interface NoteLettering {
  /** prefix of the notes' ids, e.g. the item's anchor */
  idPrefix: string;
  /** notes lettered so far */
  count: number;
}

/**
 * The HTML of `text` as paragraphs with its marks; marks with a note or themes get the next letter.
 *
 * @param skip - a mark not to letter (an excerpt's own highlight, whose note is printed beside it)
 * @returns escaped HTML and the lettered notes in reading order
 */
export function renderMarkedText(text: MarkedText, lettering: NoteLettering, skip: (m: MarkedText['marks'][number]) => boolean = () => false): { html: string; notes: MarkNote[] } {
  const notes: MarkNote[] = [];
  const marks: Mark[] = text.marks.map((m) => {
    if (skip(m) || (m.note.trim() === '' && m.themes.length === 0)) return { start: m.start, end: m.end, color: m.color, ref: null };
    const label = noteLetter(lettering.count++);
    const ref = { label, target: `${lettering.idPrefix}-note-${label}` };
    notes.push({ ref, quote: text.text.slice(m.start, m.end), note: m.note, themes: m.themes });
    return { start: m.start, end: m.end, color: m.color, ref };
  });
  return { html: renderMarkedParagraphs(text.text, marks), notes };
}

/** The endnote references of `part`'s footnotes (numbered through the briefing), as superscripts. */
export function footnoteRefsHtml(footnotes: PrintedPart['footnotes'], documentId: string, ctx: RenderContext): string {
  return endnoteRefs(footnotes.map((f) => ctx.endnotes.register(documentId, f)));
}

/**
 * A part's paragraphs with marks and endnote references at the end of its last paragraph.
 *
 * @param documentId - the source document (endnotes are kept apart per document)
 */
export function renderPrintedPart(part: PrintedPart, documentId: string, lettering: NoteLettering, ctx: RenderContext): { html: string; notes: MarkNote[] } {
  const { html, notes } = renderMarkedText(part.text, lettering);
  return { html: appendToLastParagraph(html, footnoteRefsHtml(part.footnotes, documentId, ctx)), notes };
}
