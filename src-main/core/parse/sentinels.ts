/**
 * Footnote-marker sentinels: while a part's lines are joined and split into paragraphs, each
 * removed marker is held in the text as private-use characters around the note number, so the
 * reference stays with the paragraph it was printed in.
 */

const SENTINEL_OPEN = '\uE000';
const SENTINEL_CLOSE = '\uE001';
const SENTINEL_RE = /\uE000(\d+)\uE001/gu;

/** The sentinel standing for footnote marker `n`. */
export function sentinel(n: number): string {
  return `${SENTINEL_OPEN}${n}${SENTINEL_CLOSE}`;
}

/** The text without marker sentinels. */
export function stripSentinels(text: string): string {
  return text.includes(SENTINEL_OPEN) ? text.replace(SENTINEL_RE, '') : text;
}

/**
 * Removes the marker sentinels from a part's text and returns the note numbers they stood for.
 * @param text joined part text
 * @returns the text without markers (spaces tidied) and the note numbers in order of appearance
 */
export function takeSentinels(text: string): { text: string; refs: number[] } {
  const refs = [...text.matchAll(SENTINEL_RE)].map((m) => Number(m[1]));
  const clean = text
    .replace(SENTINEL_RE, '')
    .split('\n\n')
    .map((p) => p.replace(/[ ]{2,}/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
  return { text: clean, refs };
}

