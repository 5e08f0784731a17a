/**
 * Cross-references in question, answer and footnote texts (DESIGN §2 `references`):
 * "zie het antwoord op vraag 8" → question "8"; "Kamerstuk 35 207, nr. 32" → kamerstuk
 * "35 207, nr. 32"; "Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 318" → aanhangsel
 * "ah-tk-20242025-318"; URLs → url.
 */
import type { PartRef, Reference } from '../model/index.js';
import { parseNumberList } from './headings.js';

const NUMLIST = String.raw`\d{1,3}(?:\s*(?:,|&|\ben\b|t\/m)\s*\d{1,3})*`;
/** Phrases that point at another question: "(het) antwoord op vraag 8", "zie vraag 3", "bij vraag 2", "onder vraag 2". */
const QUESTION_REF = new RegExp(
  String.raw`\b(?:(?:antwoord(?:en)?|beantwoording)\s+(?:op\s+|van\s+)?(?:de\s+)?|zie\s+(?:ook\s+)?|bij\s+|onder\s+)vra(?:ag|gen)\s+(${NUMLIST})`,
  'giu',
);
const KAMERSTUK = /\bKamerstuk(?:ken)?(?:\s+(?:I{1,2}|TK|EK))?(?:\s+\d{4}\s*[/–-]\s*\d{2,4})?,?\s+(\d{2}\s?\d{3}(?:[-–][A-Z0-9]{1,4})?(?:\s+(?:[IVXLC]+|[A-Z]{1,2}))?),\s*nr\.\s*(\d+)/gu;
/** "Tweede Kamer, vergaderjaar 2023–2024, 31 066, nr. 1372": a Kamerstuk cited by year. */
const KAMERSTUK_BY_YEAR = /\bvergaderjaar\s+\d{4}\s*[–/-]\s*\d{2,4},\s+(\d{2}\s\d{3}(?:[-–][A-Z0-9]{1,4})?(?:\s+(?:[IVXLC]+|[A-Z]{1,2}))?),\s*nr\.\s*(\d+)/gu;
/** "vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386" */
const AANHANGSEL_BY_YEAR = /\bvergaderjaar\s+(\d{4})\s*[–/-]\s*(\d{2,4}),\s+Aanhangsel\s+(?:van\s+de\s+)?Handelingen,?\s*(?:nr\.\s*)?(\d+)/gu;
/** An official id printed in running text: "ah-tk-20202021–2345". */
const AANHANGSEL_ID = /\bah-tk-(\d{8})\s*[–-]\s*(\d+)/gu;
const AANHANGSEL = /\bAanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+(?:II|TK))?,?\s+(?:vergaderjaar\s+)?(\d{4})\s*[–/-]\s*(\d{2,4}),?\s*nr\.\s*(\d+)/gu;
const URL = /(?:https?:\/\/|www\.)[^\s«»"<>]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|com|org|eu|int|net|gov|be|de|uk|info)\/[^\s«»"<>]*/giu;
/** A bare site name in brackets, "(dejuistezorgopdejuisteplek.nl)": only a fallback for a footnote's url. */
const BARE_DOMAIN = /\(([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|com|org|eu|int|net|gov|be|de|uk|info))\)/iu;

/**
 * Cleans a URL as printed: trailing punctuation and an unbalanced closing bracket removed,
 * "https://" added when it starts with "www." or a bare domain.
 * @param printed the URL as found in the text
 */
export function cleanUrl(printed: string): string {
  let url = printed.replace(/[.,;:!?’”'»]+$/u, '');
  while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
    url = url.slice(0, -1).replace(/[.,;:!?’”'»]+$/u, '');
  }
  if (!/^https?:\/\//iu.test(url)) url = `https://${url}`;
  return url;
}

/** A cheap test that must hold for URL to match anywhere (the URL pattern is slow on long prose). */
const MAY_HOLD_URL = /https?:\/\/|www\.|\.(?:nl|com|org|eu|int|net|gov|be|de|uk|info)\//iu;

function urlMatches(text: string): RegExpExecArray[] {
  return MAY_HOLD_URL.test(text) ? [...text.matchAll(URL)] : [];
}

/** All URLs in a text, cleaned, in order. */
export function findUrls(text: string): string[] {
  return urlMatches(text).map((m) => cleanUrl(m[0]));
}

/**
 * The link of a footnote: its first URL, else a bare site name in brackets, else null.
 * @param text the footnote text
 */
export function footnoteUrl(text: string): string | null {
  const url = findUrls(text)[0];
  if (url) return url;
  const bare = BARE_DOMAIN.exec(text)?.[1];
  return bare ? cleanUrl(bare) : null;
}

function fullYear(start: string, end: string): string {
  // "2023/24" → "20232024"
  return end.length === 2 ? `${start}${start.slice(0, 2)}${end}` : `${start}${end}`;
}

/**
 * Finds the references in one part's text.
 * @param text the part's text (markers removed)
 * @param inPart the part the text belongs to
 * @returns references in order of appearance, without duplicates
 */
export function findReferences(text: string, inPart: PartRef): Reference[] {
  const found: { at: number; ref: Reference }[] = [];
  // each pattern needs a literal word; testing for it first skips most of the prose cheaply
  const questionRefs = /vra/iu.test(text) ? text.matchAll(QUESTION_REF) : [];
  for (const m of questionRefs) {
    for (const n of parseNumberList(m[1] ?? '')) found.push({ at: m.index, ref: { inPart, kind: 'question', target: String(n) } });
  }
  for (const m of text.includes('Kamerstuk') ? text.matchAll(KAMERSTUK) : []) {
    const dossier = (m[1] ?? '').replace(/\s+/g, ' ').replace('–', '-');
    found.push({ at: m.index, ref: { inPart, kind: 'kamerstuk', target: `${dossier}, nr. ${m[2]}` } });
  }
  const hasYear = text.includes('vergaderjaar');
  for (const m of hasYear ? text.matchAll(KAMERSTUK_BY_YEAR) : []) {
    found.push({ at: m.index, ref: { inPart, kind: 'kamerstuk', target: `${(m[1] ?? '').replace(/\s+/g, ' ')}, nr. ${m[2]}` } });
  }
  const aanhangsel = text.includes('Aanhangsel') ? [...text.matchAll(AANHANGSEL), ...(hasYear ? text.matchAll(AANHANGSEL_BY_YEAR) : [])] : [];
  for (const m of aanhangsel) {
    found.push({ at: m.index, ref: { inPart, kind: 'aanhangsel', target: `ah-tk-${fullYear(m[1] ?? '', m[2] ?? '')}-${m[3]}` } });
  }
  for (const m of text.includes('ah-tk-') ? text.matchAll(AANHANGSEL_ID) : []) found.push({ at: m.index, ref: { inPart, kind: 'aanhangsel', target: `ah-tk-${m[1]}-${m[2]}` } });
  for (const m of urlMatches(text)) found.push({ at: m.index, ref: { inPart, kind: 'url', target: cleanUrl(m[0]) } });
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const refs: Reference[] = [];
  for (const { ref } of found) {
    const key = `${ref.kind}|${ref.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(ref);
  }
  return refs;
}
