/**
 * The context of an excerpt: the sentence (or sentences) of its paragraph that the quote stands
 * in, so a reader sees the government's words in full. Sentences come from Intl.Segmenter (ICU,
 * Unicode sentence rules); ICU breaks after every "nr. " or "Dr. " before a number or a capital,
 * so the breaks after the abbreviations of Dutch official text are taken back (what ICU calls
 * sentence-break suppressions, which Intl.Segmenter does not offer).
 */
import { paragraphRanges } from './marks.js';

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/**
 * Abbreviations (lower case, with their dots) after which a sentence does not end. Dutch official
 * text first, then the English of UK answers. "etc." is left out: it usually does end a sentence.
 */
const ABBREVIATIONS = new Set([
  'nr.', 'nrs.', 'art.', 'artt.', 'blz.', 'pp.', 'pag.', 'par.', 'hfst.', 'bijl.', 'jl.', 'vgl.',
  'dhr.', 'mevr.', 'mr.', 'mrs.', 'ms.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'st.', 'jr.', 'sr.',
  'bijv.', 'bv.', 'ca.', 'resp.', 'zgn.', 'incl.', 'excl.', 'min.', 'max.', 'mln.', 'mld.', 'mrd.', 'ongev.', 'evt.',
  'no.', 'vol.', 'cf.', 'vs.', 'approx.', 'dept.', 'hon.', 'rt.',
]);

/** True when a sentence ending in `token` (its last word) most likely goes on: an abbreviation or an initial. */
function endsInAbbreviation(token: string): boolean {
  const word = token.replace(/^[(“‘"'«]+/u, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // "J." (an initial) and "o.a.", "d.w.z.", "t.a.v.", "e.g.": letters each followed by a dot
  return /^(\p{L}\.)+$/u.test(word);
}

/** Sentence start offsets within `text`, after taking back the breaks after abbreviations. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const s of segmenter.segment(text)) {
    const previous = text.slice(starts[starts.length - 1] ?? 0, s.index).trimEnd();
    const lastWord = previous.split(/\s/u).pop() ?? '';
    if (starts.length === 0 || !endsInAbbreviation(lastWord)) starts.push(s.index);
  }
  return starts;
}

/** The range `[start, end)` of the sentence of `text[from, to)` that holds `offset`, trailing space trimmed. */
function sentenceAround(text: string, from: number, to: number, offset: number): { start: number; end: number } {
  const local = text.slice(from, to);
  const starts = sentenceStarts(local);
  let start = 0;
  let end = local.length;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] ?? 0;
    if (s <= offset - from) {
      start = s;
      end = starts[i + 1] ?? local.length;
    }
  }
  return { start: from + start, end: from + local.slice(0, end).trimEnd().length };
}

/** The paragraph holding `offset`; an offset in the blank lines between paragraphs belongs to the next one. */
function paragraphAt(text: string, offset: number): { start: number; end: number } {
  const paragraphs = paragraphRanges(text);
  return paragraphs.find((p) => offset < p.end) ?? paragraphs[paragraphs.length - 1] ?? { start: 0, end: text.length };
}

/**
 * The text around a quote up to the sentence boundaries: from the start of the sentence the quote
 * starts in to the end of the sentence it ends in (both within their paragraphs, so context never
 * runs over a blank line). A quote that crosses sentence boundaries gets all the sentences it touches.
 *
 * @param text - the part text (NFC, paragraphs separated by blank lines)
 * @param start - UTF-16 offset where the quote starts
 * @param end - UTF-16 offset after the quote (exclusive); `start < end <= text.length`
 * @returns `before`: from the sentence start up to the quote; `after`: from the quote to the sentence end
 *   (trailing white space trimmed). Either is '' when the quote starts or ends its sentence.
 */
export function sentenceContext(text: string, start: number, end: number): { before: string; after: string } {
  const first = paragraphAt(text, start);
  const last = paragraphAt(text, Math.max(start, end - 1));
  const sentenceStart = sentenceAround(text, first.start, first.end, start).start;
  const sentenceEnd = sentenceAround(text, last.start, last.end, Math.max(start, end - 1)).end;
  return {
    before: text.slice(Math.min(sentenceStart, start), start),
    after: text.slice(end, Math.max(end, sentenceEnd)),
  };
}
