/**
 * How the lines of an extracted text relate to its paragraphs, and how to re-join them
 * (DESIGN §2: a line break inside a sentence becomes a space, a hyphen at a line end inside a URL
 * or a broken word is joined without a space, paragraph breaks are kept as "\n\n").
 *
 * Three layouts occur (SOURCES §A/§B, seed):
 * - `wrapped`: every line is a printed line of about the same width (seed, pdftotext output);
 * - `glued`: PDF text whose line breaks were mostly dropped, so lines run together
 *   ("aan te pakken,zodat", "veranderen.Verschillende"); only a few line breaks remain;
 * - `paragraph-lines`: Word text, one line per paragraph.
 */
import type { Line } from './page-furniture.js';
import { stripSentinels } from './sentinels.js';

export type LayoutKind = 'wrapped' | 'glued' | 'paragraph-lines';

export interface Layout {
  kind: LayoutKind;
  /** typical printed line width in characters (only meaningful for `wrapped`) */
  width: number;
}

/**
 * Decides the layout. Typeset text (chamber header or page furniture) with sentences or commas run
 * together ("veranderen.Verschillende", "pakken,zodat") is `glued`. Otherwise the line lengths
 * decide: lines of 30+ characters are measured, and when nine in ten are at most 110 characters
 * the text is `wrapped`; else `glued` for typeset text and `paragraph-lines` for the rest.
 * @param lines the document lines
 * @param isTypeset true when chamber header or page furniture was seen
 */
export function detectLayout(lines: readonly Line[], isTypeset: boolean): Layout {
  if (isTypeset && lines.some((l) => l.kind === 'text' && hasGlueSignature(l.text))) return { kind: 'glued', width: 0 };
  const lengths = lines
    .filter((l) => l.kind === 'text' && l.text.length >= 30)
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  const p90 = lengths.length === 0 ? 0 : (lengths[Math.floor(lengths.length * 0.9)] ?? 0);
  if (lengths.length > 0 && p90 <= 110) {
    // the width of a full line: the upper quartile of the measured lines
    const width = lengths[Math.floor(lengths.length * 0.75)] ?? p90;
    return { kind: 'wrapped', width };
  }
  return { kind: isTypeset ? 'glued' : 'paragraph-lines', width: p90 };
}

/** Sentences or commas run together where a line break was lost, outside URLs. */
const GLUE_SIGNATURE = /\p{Ll}{2}[.?!][»”’"]?\p{Lu}\p{Ll}|\p{Ll}{3},\p{Ll}{3}/u;

function hasGlueSignature(text: string): boolean {
  // the signature holds no whitespace, so a line without it anywhere has no token with it
  if (!/[.?!,][^\s]/u.test(text) || !GLUE_SIGNATURE.test(text)) return false;
  return text.split(/\s+/).some((token) => !isUrlToken(token) && !/[/@]/.test(token) && /\p{Ll}{2}[.?!][»”’"]?\p{Lu}\p{Ll}|\p{Ll}{3},\p{Ll}{3}/u.test(token));
}

const URL_START = /^(?:\(|«|“|")?(?:https?:\/\/|www\.)/i;

/** True when a whitespace-free token is (part of) a URL. */
export function isUrlToken(token: string): boolean {
  return URL_START.test(token) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|com|org|eu|int|net|gov|be|de|uk|info)\/\S*/i.test(token);
}

function lastToken(text: string): string {
  const i = text.lastIndexOf(' ');
  return i < 0 ? text : text.slice(i + 1);
}

/** The follow-up of a question ("Zo ja, …", "Zo nee, waarom niet?") continues its paragraph. */
const FOLLOW_UP = /^(?:Zo\s*(?:ja|nee|niet|neen)\b|Indien\s+(?:ja|nee|niet)\b|Als\s+(?:dat|dit)\s+(?:zo|niet)\b|Waarom\s+(?:wel|niet)\b)/u;
const ENDS_SENTENCE = /[.?!:][»”’"')\]]*$/u;
const STARTS_NEW = /^[«“‘"'(•●▪–-]?\s*[\p{Lu}\d]/u;
const STARTS_LIST_ITEM = /^(?:\d{1,2}[.)]|[a-z][.)]|[•●▪–-])\s/u;
/** Prefixes after which a hyphen at a line end is a real hyphen: "niet-", "oud-", "ex-" ... */
const KEEP_HYPHEN_PREFIX = /(?:^|[^\p{L}])(?:niet|oud|ex|anti|pro|co|non|vice|semi|mede|post|pre|pseudo|extra|inter|super|sub)-$/iu;

/**
 * How two consecutive text lines of one part join: '' (no space: broken word or URL), ' ' (same
 * paragraph) or '\n\n' (paragraph break).
 * @param a the earlier line
 * @param b the next line
 * @param layout the document layout
 * @param blankBetween true when an empty line separated them in the source
 */
export function joinSeparator(rawA: string, rawB: string, layout: Layout, blankBetween: boolean): '' | ' ' | '\n\n' {
  const a = stripSentinels(rawA);
  const b = stripSentinels(rawB);
  const token = lastToken(a);
  if (isUrlToken(token) && /[-/_=?&.#%~]$/.test(token) && /^[\w%./#?=&~-]/.test(b)) {
    // a URL broken over lines; a trailing "." is only a continuation when the next piece is one too
    if (!token.endsWith('.') || /^[a-z0-9]/.test(b)) return '';
  }
  if (blankBetween) return '\n\n';
  if (/[\p{Ll}]-$/u.test(a) && /^\p{Ll}/u.test(b) && !/^(?:en|of|tot|t\/m|dan)\b/u.test(b) && !KEEP_HYPHEN_PREFIX.test(token)) {
    return '';
  }
  // "BDO-" + "onderzoek", "Noord-" + "Holland", "21 501-" + "20": a real hyphen, joined without space
  if ((/[\p{Lu}\d]-$/u.test(a) && /^[\p{L}\d]/u.test(b)) || (/\p{Ll}-$/u.test(a) && /^\p{Lu}/u.test(b))) return '';
  if (ENDS_SENTENCE.test(a) && STARTS_NEW.test(b) && !(a.endsWith('?') && FOLLOW_UP.test(b))) {
    if (layout.kind !== 'wrapped') return '\n\n';
    if (a.length < layout.width * 0.85 || STARTS_LIST_ITEM.test(b)) return '\n\n';
  }
  if (layout.kind === 'wrapped' && STARTS_LIST_ITEM.test(b) && /[.:;]$/.test(a)) return '\n\n';
  return ' ';
}

/**
 * Joins the lines of one part (question, answer, footnote) into text with paragraphs separated by
 * "\n\n". Blank lines are paragraph breaks; page breaks are transparent (a sentence continues on
 * the next page). A line-end hyphen inside a broken word is dropped ("Zorgak-" + "koord"); a hyphen
 * in a URL or after a capital/digit is kept ("BDO-" + "onderzoek").
 * @param lines the part's lines in order
 * @param layout the document layout
 * @returns the joined text, trimmed, with single spaces
 */
export function joinLines(lines: readonly Line[], layout: Layout): string {
  let out = '';
  let prev: string | null = null;
  let blank = false;
  for (const line of lines) {
    if (line.kind === 'blank') {
      blank = prev !== null;
      continue;
    }
    if (line.kind === 'break') continue;
    const text = line.text.trim();
    if (text === '') continue;
    if (prev === null) {
      out = text;
    } else {
      let sep = joinSeparator(prev, text, layout, blank);
      if (line.continues === true && sep === '\n\n') sep = ' ';
      if (sep === '' && out.endsWith('-') && /[\p{Ll}]-$/u.test(prev) && /^\p{Ll}/u.test(text) && !isUrlToken(lastToken(prev))) {
        out = out.slice(0, -1) + text; // broken word: drop the hyphen
      } else {
        out += sep + text;
      }
    }
    prev = text;
    blank = false;
  }
  return tidySpaces(layout.kind === 'glued' ? healGlue(out) : out);
}

/** Collapses runs of spaces, trims each paragraph and removes space before closing punctuation. */
export function tidySpaces(text: string): string {
  return text
    .split('\n\n')
    .map((p) => {
      let t = p.includes('  ') ? p.replace(/[ ]{2,}/g, ' ') : p;
      if (t.includes(' ,') || t.includes(' ;')) t = t.replace(/ +([,;])(?=\s|$)/g, '$1');
      if (t.includes('( ')) t = t.replace(/\( +/g, '(');
      if (t.includes(' )')) t = t.replace(/ +\)/g, ')');
      return t.trim();
    })
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * Repairs the joins of `glued` PDF text outside URLs: a sentence end glued to the next sentence
 * ("veranderen.Verschillende") was a line end and is taken as a paragraph break; a comma glued to
 * the next word ("pakken,zodat") gets its space back.
 * @param text joined text of one part
 */
export function healGlue(text: string): string {
  // each repair is tried only when its literal part occurs: most parts need none of them
  let prepared = text;
  if (prepared.includes('Zo')) prepared = prepared.replace(/\bZo(nee|ja|niet)\b/gu, 'Zo $1');
  if (prepared.includes('waarom')) prepared = prepared.replace(/\bwaarom(niet|wel)\b/gu, 'waarom $1');
  if (prepared.includes(':')) prepared = prepared.replace(/(\p{Ll}):(\d{1,2}\.\s\p{Lu})/gu, '$1:\n\n$2');
  if (/[a-z]\d{4}/u.test(prepared)) {
    prepared = prepared.replace(/\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(\d{4})\b/gu, '$1 $2');
  }
  return mapCandidateTokens(prepared, (token) => {
    if (isUrlToken(token) || /[/@]/.test(token)) return token;
    let out = token.includes('-') ? healHyphens(token) : token;
    if (out.includes('?')) out = out.replace(/\?((?:\uE000\d+\uE001)*)(?=Zo$|Zo,|Indien$)/gu, '?$1 ');
    if (/[.?!]./u.test(out)) out = out.replace(/(\p{Ll}{2}|\p{Lu}{2}|[\p{Ll}\d][»”’")]|\d)([.?!][»”’")]?)((?:\uE000\d+\uE001)*)(?=[«“‘"(]?\p{Lu}\p{Ll})/gu, '$1$2$3\n\n');
    if (out.includes(',')) out = out.replace(/(\p{Ll}{2}[»”’")]?),(?=\p{Ll}{2})/gu, '$1, ');
    return out;
  });
}

/** A character inside a token that healGlue may change: a hyphen, or punctuation followed by more of the token. */
const GLUE_CANDIDATE = /-|[.?!,](?=\S)/gu;

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || (c >= 9 && c <= 13) || (c > 127 && /\s/u.test(text[i] ?? ''));
}

/**
 * Applies `fix` to every whitespace-free token that holds a GLUE_CANDIDATE character and leaves the
 * rest of the text as it is: most tokens are plain words, and not splitting them saves the time.
 * Linear in the text length.
 */
function mapCandidateTokens(text: string, fix: (token: string) => string): string {
  let out = '';
  let last = 0;
  GLUE_CANDIDATE.lastIndex = 0;
  for (let m = GLUE_CANDIDATE.exec(text); m; m = GLUE_CANDIDATE.exec(text)) {
    let start = m.index;
    while (start > last && !isSpaceAt(text, start - 1)) start--;
    let end = m.index + 1;
    while (end < text.length && !isSpaceAt(text, end)) end++;
    out += text.slice(last, start) + fix(text.slice(start, end));
    last = end;
    GLUE_CANDIDATE.lastIndex = end;
  }
  return out + text.slice(last);
}

/** Prefixes that keep their hyphen in Dutch ("macro-financiële", "mede-indiener"). */
const HYPHEN_PREFIXES = new Set(['anti', 'niet', 'non', 'oud', 'ex', 'pre', 'post', 'semi', 'pro', 'co', 'vice', 'inter', 'extra', 'super', 'hyper', 'pseudo', 'macro', 'micro', 'multi', 'mede', 'zij', 'sub']);

/**
 * Removes the syllable hyphens that glued PDF text keeps in the middle of a line
 * ("transforma-tiemiddelen", "Commis-sie", "regelge-ving"), where the line break that followed
 * them was lost. A hyphen stays when the part before it is short (an abbreviation or prefix:
 * "btw-verhoging", "niet-commerciële"), is a known prefix, when vowels meet
 * ("olie-industrie", "stage-instellingen"), or when the word has several hyphens ("één-op-één").
 * @param token one whitespace-free token, not a URL
 */
export function healHyphens(token: string): string {
  if ((token.match(/-/g)?.length ?? 0) !== 1) return token;
  return token.replace(/(\p{L}+)-(\p{Ll}+)/u, (whole, left: string, right: string) => {
    if (!/\p{Ll}$/u.test(left)) return whole;
    const lower = left.toLowerCase();
    if (left.length <= 4 || HYPHEN_PREFIXES.has(lower)) return whole;
    const vowelsMeet = /[aeiouyáéíóúëïöü]$/u.test(lower) && /^[aeiouyáéíóúëïöü]/u.test(right);
    // "nati-onaal", "speci-aliseerd": a syllable break inside a loanword, not two words
    const loanwordBreak = /[^e]i$/u.test(lower) && /^[ao]/u.test(right);
    if (vowelsMeet && !loanwordBreak) return whole;
    return left + right;
  });
}
