/**
 * The sources' footnotes as real Word footnotes: a reference at the end of the passage that
 * refers to them (each footnote once per passage), the footnote's text with its URL as a link at
 * the foot of the page. Word numbers them through the whole briefing.
 */
import { FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { MarkedText, SourceFootnote } from '../core/briefing/content.js';
import { hyperlink } from './citation.js';
import { letterMarks, markedRuns } from './marked.js';
import { STYLE } from './styles.js';
import type { NoteList } from './notes.js';
import { cleanText, isLinkable } from './text.js';

/** A footnote to print: its number in the source, its text (with any highlights on it) and URL. */
export interface FootnoteSpec {
  number: number;
  text: MarkedText;
  url: string | null;
}

/** A `SourceFootnote` of the resolved content (no highlights) as a spec. */
export function sourceFootnoteSpec(f: SourceFootnote): FootnoteSpec {
  return { number: f.number, text: { text: f.text, marks: [] }, url: f.url };
}

/** The footnote's one paragraph: its text, and its URL as a link (in place when the text holds it unmarked). */
function footnoteParagraph(f: FootnoteSpec, notes: NoteList): Paragraph {
  const { text, marks } = f.text;
  const children: ParagraphChild[] = [];
  const whole = { start: 0, end: text.length };
  const refs = letterMarks(text, marks, [whole], notes);
  const url = f.url?.trim() ?? null;
  const at = url === null || url === '' ? -1 : text.indexOf(url);
  if (url !== null && at >= 0 && marks.length === 0 && isLinkable(url, true)) {
    children.push(...markedRuns(text, { start: 0, end: at }, [], new Map(), {}, true), hyperlink(url, url));
    children.push(...markedRuns(text, { start: at + url.length, end: text.length }, [], new Map(), {}, true));
  } else {
    children.push(...markedRuns(text, whole, marks, refs, {}, true));
    if (url !== null && url !== '' && at < 0) children.push(new TextRun(' '), isLinkable(url, true) ? hyperlink(url, url) : new TextRun(cleanText(url)));
  }
  return new Paragraph({ style: STYLE.footnoteText, children });
}

/**
 * Footnote references for one passage, each footnote once (by its source number), in order.
 * Highlights on a footnote's text are drawn there; their notes are lettered into `notes`.
 *
 * @returns runs to append to the passage's last paragraph ([] for none)
 */
export function footnoteRefs(footnotes: readonly FootnoteSpec[], notes: NoteList): FootnoteReferenceRun[] {
  const seen = new Set<number>();
  const out: FootnoteReferenceRun[] = [];
  for (const f of footnotes) {
    if (seen.has(f.number)) continue;
    seen.add(f.number);
    out.push(new FootnoteReferenceRun({ children: [footnoteParagraph(f, notes)] }));
  }
  return out;
}
