/**
 * A passage of a source (a quote with its context, a question, an answer) as Word paragraphs in
 * one style: highlights with their cue and note letters, the footnotes it refers to as real Word
 * footnotes at its end.
 */
import { Paragraph } from 'docx';
import type { MarkedText, PassageMark } from '../core/briefing/content.js';
import { paragraphRanges } from '../core/briefing/marks.js';
import { footnoteRefs, type FootnoteSpec } from './footnotes.js';
import { letterMarks, markedRuns } from './marked.js';
import type { NoteList } from './notes.js';

/** Options of one passage. */
export interface PassageOptions {
  /** the paragraph style (Quote, Question, Answer) */
  style: string;
  /** letters the highlights with notes and collects their notes */
  notes: NoteList;
  /** true for a highlight whose note is printed elsewhere (an excerpt's own note): no letter */
  skipNote?: (mark: PassageMark) => boolean;
  /** the footnotes the passage refers to: referenced at the end of its last paragraph, each once */
  footnotes?: readonly FootnoteSpec[];
}

/**
 * `passage` as paragraphs in `options.style`: split at blank lines, single newlines as line
 * breaks, highlights drawn with their cue, note letters after the highlights that have notes,
 * footnote references at the end.
 *
 * @returns at least one paragraph when there is text or footnotes; [] otherwise
 */
export function passageParagraphs(passage: MarkedText, options: PassageOptions): Paragraph[] {
  const ranges = paragraphRanges(passage.text);
  const refs = letterMarks(passage.text, passage.marks, ranges, options.notes, options.skipNote);
  const trailing = footnoteRefs(options.footnotes ?? [], options.notes);
  const paragraphs = ranges.map((r, i) => {
    const children = markedRuns(passage.text, r, passage.marks, refs);
    return new Paragraph({ style: options.style, children: i === ranges.length - 1 ? [...children, ...trailing] : children });
  });
  if (paragraphs.length === 0 && trailing.length > 0) paragraphs.push(new Paragraph({ style: options.style, children: [...trailing] }));
  return paragraphs;
}
