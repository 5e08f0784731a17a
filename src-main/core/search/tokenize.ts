/**
 * Splits text into word tokens with their UTF-16 offsets, so search can both index words and point
 * back at them in the original text (snippets, marks, phrase checks).
 */

/** One word in a text: `text.slice(start, end) === raw`. */
export interface Token {
  raw: string;
  /** UTF-16 offset of the first code unit */
  start: number;
  /** UTF-16 offset just after the last code unit */
  end: number;
}

// A word is a run of letters and digits (combining marks allowed inside), so identifiers such as
// "2024Z18796" stay one token and "Noordoost-Syrië" or "auto's" split at the punctuation.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Calls `visit` for each word of a text, in order, without building token objects (the hot path of
 * indexing and snippet scanning). Single letters ("s" of "auto's", "e" of "e-mail") are dropped as
 * noise; single digits are kept ("vraag 8").
 * @param text any text (NFC expected, per DESIGN §2)
 * @param visit receives the word and its UTF-16 start offset; returning true stops the walk
 */
export function forEachWord(text: string, visit: (raw: string, start: number) => boolean | void): void {
  const re = new RegExp(WORD);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    if (raw.length === 1 && (raw < '0' || raw > '9') && !/\p{N}/u.test(raw)) continue;
    if (visit(raw, m.index) === true) return;
  }
}

/**
 * Tokenises text on letters and digits (see `forEachWord` for what counts as a word).
 * @returns tokens in text order with UTF-16 offsets
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (raw, start) => {
    tokens.push({ raw, start, end: start + raw.length });
  });
  return tokens;
}
