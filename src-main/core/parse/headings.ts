/**
 * Recognises the block headings of Kamervragen text (SOURCES §A/§B): `Vraag 4 en 5`,
 * `Antwoord`, `Antwoord op vragen 3 en 4`, `Antwoorden 5 en 6`, `Antwoord vragen 1,2,3,4 en 5`,
 * `Antwoord vraag 1:`, `Antwoord:`, `Mededeling`, `Toelichting:`, and the Word-style question
 * numbers `1.` / bare `1` / `1. Kunt u …`.
 */

export type HeadingKind = 'question' | 'answer' | 'notice' | 'toelichting';

export interface Heading {
  kind: HeadingKind;
  /** the numbers printed in the heading, in printed order; null when none were printed */
  numbers: number[] | null;
  /** text that follows the heading on the same line ('' when none) */
  rest: string;
  /** the heading as printed, e.g. "Antwoord op vragen 3 en 4" */
  label: string;
}

/** A printed number list; a missing comma ("9 10 en 11") is read as a plain space between numbers. */
const NUMLIST = String.raw`\d{1,3}(?:(?:\s*(?:,|&|\ben\b|t\/m|tot en met|[–-])\s*|\s+)\d{1,3}(?!\d))*`;
const QUESTION = new RegExp(String.raw`^(Vra(?:ag|gen)\s+(${NUMLIST}))\s*(?:([:.])\s*)?(.*)$`, 'u');
const ANSWER = new RegExp(
  String.raw`^(Antwoord(?:en)?(?:\s+(?:op\s+)?(?:de\s+)?vra(?:ag|gen))?(?:\s+(${NUMLIST}))?)\s*(?:([:.])\s*)?(.*)$`,
  'iu',
);
const NOTICE = /^(Mededeling)\s*:?$/u;
const TOELICHTING = /^(Toelichting)\s*(?::\s*(.*))?$/u;

/**
 * Parses a number list as printed: "4, 5, 7 en 8" → [4, 5, 7, 8]; "1,2,3,4 en 5"; "3 t/m 6" → [3, 4, 5, 6].
 * @param text the printed list
 */
export function parseNumberList(text: string): number[] {
  const numbers: number[] = [];
  const re = /(\d{1,3})(?:\s*(?:t\/m|tot en met|[–-])\s*(\d{1,3}))?/gu;
  for (const m of text.matchAll(re)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to >= from && to - from < 50) for (let n = from; n <= to; n++) numbers.push(n);
    else numbers.push(from);
  }
  return numbers;
}

/**
 * Parses a line as a `Vraag`/`Antwoord`/`Mededeling`/`Toelichting` heading.
 * Text after a heading on the same line is accepted after a colon, or when it starts a sentence.
 * "Antwoord van Minister …" (the header sentence) is not a heading.
 * @param line one trimmed line
 * @returns the heading, or null
 */
export function parseHeading(line: string): Heading | null {
  const q = QUESTION.exec(line);
  if (q?.[1] && q[2]) {
    const rest = q[4] ?? '';
    if (rest === '' || q[3] === ':' || /^[\p{Lu}«“‘'"]/u.test(rest)) {
      return { kind: 'question', numbers: parseNumberList(q[2]), rest, label: q[1] };
    }
    return null;
  }
  const a = ANSWER.exec(line);
  if (a?.[1]) {
    const rest = a[4] ?? '';
    const hasNumbers = a[2] !== undefined;
    if (rest === '' || a[3] === ':' || (hasNumbers && /^[\p{Lu}«“‘'"]/u.test(rest))) {
      return { kind: 'answer', numbers: hasNumbers && a[2] ? parseNumberList(a[2]) : null, rest, label: a[1].trim() };
    }
    return null;
  }
  const n = NOTICE.exec(line);
  if (n?.[1]) return { kind: 'notice', numbers: null, rest: '', label: n[1] };
  const t = TOELICHTING.exec(line);
  if (t?.[1]) return { kind: 'toelichting', numbers: null, rest: t[2] ?? '', label: t[1] };
  return null;
}

/**
 * Parses a Word-style question number: `1.` or `1` alone, or `1. Kunt u …` (number, dot or
 * parenthesis, text). Only used in documents without `Vraag N` headings.
 * @param line one trimmed line
 * @returns the number and any text after it, or null
 */
export function parseNumberedQuestionStart(line: string): { number: number; rest: string } | null {
  const m = /^(\d{1,2})(?:[.)]?$|[.)]\s+(\S.*)$)/u.exec(line);
  if (!m?.[1]) return null;
  return { number: Number(m[1]), rest: m[2] ?? '' };
}
