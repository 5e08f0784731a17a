/**
 * Finds where a part's text mentions the questions its `references` point to ("zie het antwoord op
 * vraag 8", "vragen 3 en 4"), so the reader can make those numbers links to the questions.
 */
import type { PartRef, QaDocument } from '../../src-main/core/model/document.js';
import type { LinkRange } from './segments.js';

/** Element id of the question with printed number `n` in the reader. */
export function questionElementId(n: number | string): string {
  return `vraag-${n}`;
}

/** Element id of the footnote with printed number `n` in the reader. */
export function footnoteElementId(n: number | string): string {
  return `voetnoot-${n}`;
}

const MENTION = /\b(?:vraag|vragen|question|questions)\s+(\d+(?:\s*(?:,|en|and|t\/m|tot en met)\s*\d+)*)/gi;

function samePart(a: PartRef, b: PartRef): boolean {
  return a.type === b.type && a.index === b.index;
}

/**
 * Question references of `part`, split into the ones found in `text` (as link ranges over the
 * number) and the ones the text does not spell out (to show after the text).
 * @param label - makes the accessible name of a link from the question number
 */
export function questionLinks(
  doc: QaDocument,
  part: PartRef,
  text: string,
  label: (n: string) => string,
): { inText: LinkRange[]; extra: string[] } {
  const existing = new Set(doc.questions.map((q) => String(q.number)));
  const wanted = new Set(
    doc.references
      .filter((r) => r.kind === 'question' && samePart(r.inPart, part) && existing.has(r.target))
      .map((r) => r.target),
  );
  const inText: LinkRange[] = [];
  for (const match of text.matchAll(MENTION)) {
    const listStart = match.index + match[0].length - match[1]!.length;
    for (const number of match[1]!.matchAll(/\d+/g)) {
      if (!wanted.has(number[0])) continue;
      const start = listStart + number.index;
      inText.push({ start, end: start + number[0].length, href: `#${questionElementId(number[0])}`, external: false, label: label(number[0]) });
    }
  }
  const found = new Set(inText.map((l) => l.href));
  const extra = [...wanted].filter((n) => !found.has(`#${questionElementId(n)}`));
  return { inText, extra };
}

const URL_PATTERN = /https?:\/\/[^\s<>()"'“”]+[^\s<>()"'“”.,;:!?]/gi;

/** True for the URLs the reader may open: http and https only. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * External link ranges for the http(s) URLs written out in `text` (trailing punctuation left
 * out). A footnote whose parsed `url` is not written out literally shows it apart.
 */
export function urlLinks(text: string): LinkRange[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    href: m[0],
    external: true,
    label: null,
  }));
}
