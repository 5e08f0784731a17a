/**
 * Where keyboard selection steps land in a part's text: the next word boundary, the sentence or
 * paragraph around an offset. Pure functions of the text (UTF-16 offsets, as the selectors use),
 * so the reader's keyboard selection behaves the same in Chromium and in tests.
 */

const wordSegmenter = new Intl.Segmenter('nl', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** A half-open range `[start, end)` of a part's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The offset one word away from `offset` in direction `dir` (1 forward, -1 back): forward lands
 * at the end of the next word, back at the start of the previous one (as Ctrl+arrows do).
 * @returns an offset in [0, text.length]
 */
export function wordStep(text: string, offset: number, dir: 1 | -1): number {
  const words = [...wordSegmenter.segment(text)].filter((s) => s.isWordLike);
  if (dir === 1) {
    const next = words.find((w) => w.index + w.segment.length > offset);
    return next ? next.index + next.segment.length : text.length;
  }
  const previous = words.filter((w) => w.index < offset).at(-1);
  return previous ? previous.index : 0;
}

/** Leaves out leading and trailing whitespace of `span`. */
function trimmed(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The sentence holding `offset` (whitespace around it left out); at a sentence's end the sentence
 * before is meant. @returns an empty span at `offset` when the text has no sentence there
 */
export function sentenceAt(text: string, offset: number): TextSpan {
  for (const s of sentenceSegmenter.segment(text)) {
    const span = trimmed(text, { start: s.index, end: s.index + s.segment.length });
    if (span.end > span.start && offset <= span.end) return span;
  }
  return { start: offset, end: offset };
}

/**
 * The paragraph (text between blank lines, `\n\n`, as the importer keeps them) holding `offset`,
 * whitespace left out.
 */
export function paragraphAt(text: string, offset: number): TextSpan {
  const before = text.lastIndexOf('\n\n', Math.max(0, offset - 1));
  const after = text.indexOf('\n\n', offset);
  return trimmed(text, { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after });
}

/**
 * What pressing "select sentence" again does: with nothing selected, the sentence at the caret;
 * with a selection, the selection grown to the end of the sentence after it.
 */
export function growBySentence(text: string, selection: TextSpan): TextSpan {
  if (selection.start === selection.end) return sentenceAt(text, selection.start);
  const next = sentenceAt(text, Math.min(text.length, selection.end + 1));
  const grown = trimmed(text, { start: selection.start, end: Math.max(selection.end, next.end) });
  // the last sentence was selected already: nothing further to grow into
  return grown.end > selection.end ? grown : selection;
}
