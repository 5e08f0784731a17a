/**
 * Footnote markers in the body (SOURCES §A/§B): a number glued to a word or punctuation
 * (`BDO-onderzoek?1`, `genocide’1?`), numbers on a line of their own (`1`, `2 3`, `2, 3 en 4`),
 * a number at a line start (`2 Deze richtlijnen …`, `4. De Commissie …` in glued PDF text), or Word
 * style ` 1)` / `[1]`. Markers are removed from the text and recorded per part; they are searched in
 * document order, note by note, which keeps numbers in running text from being taken for markers.
 */
import type { Line } from './page-furniture.js';
import { cachedRegExp } from './regex-cache.js';
import { sentinel } from './sentinels.js';
import type { Layout } from './text-layout.js';

/** A part's lines, in document order, whose markers are to be found. */
export interface MarkerPart {
  lines: Line[];
}

/** A line of markers only ("1", "2 3", "2, 3 en 4"), possibly with the sentence's punctuation ("6."). */
const MARKER_LIST = /^(\d{1,3}(?:(?:\s*,\s*|\s+en\s+|\s+)\d{1,3})*)([.,;:)»”’]*)$/u;
/** Upper-case words after which a digit is part of the word, not a marker. */
/** Words that take a number ("(zie het antwoord op vraag 2)"): "2)" after them closes a bracket, it is no marker. */
const NUMBERED_NOUN = /(?:vraag|vragen|antwoord|nr\.|nummer|artikel|lid|bijlage|punt|stap|fase|paragraaf|hoofdstuk|pagina|blz\.|p\.)/u;
const DIGIT_WORDS = /(?:^|[^\p{L}])(?:NIS|PFAS|COVID|SARS|BRICS|MH|PM|NO|SO|CO|H|G|F|A|B|C|E|K|M|N|S|T|U|V|Z)$/u;

interface Hit {
  /** index into the line's text where the marker (and what is removed with it) starts */
  start: number;
  end: number;
  /** numbers found in this hit (a run "?1 2" holds two) */
  numbers: number[];
  /** punctuation after a line-start marker that belongs to the previous line ("4. De" → ".") */
  carry: string;
  /** the whole line is markers only */
  wholeLine: boolean;
}

/** Extends a hit with directly following markers n+1, n+2 … (" 2", ", 3", " en 4"). */
function extendRun(text: string, hit: Hit, numbers: readonly number[], idx: number): void {
  let k = idx + 1;
  for (;;) {
    const n = numbers[k];
    if (n === undefined) return;
    const m = cachedRegExp(`^(?:\\s*,\\s*|\\s+en\\s+|\\s+)${n}(?![\\d\\p{L}])`, 'u').exec(text.slice(hit.end));
    if (!m) return;
    hit.end += m[0].length;
    hit.numbers.push(n);
    k++;
  }
}

/**
 * True when "N." at a line start is an item of a numbered list in this part: item N-1 or N+1 is
 * printed too ("…veranderen:1. Bekostiging …", "2. Meerjarige …", "3. Grote …").
 */
function isListItem(n: number, partText: string): boolean {
  return cachedRegExp(`(?:^|[\\s:])(?:${n - 1}|${n + 1})\\.\\s+\\p{Lu}`, 'u').test(partText);
}

function findInLine(text: string, from: number, numbers: readonly number[], idx: number, layout: Layout, isFirstLine: boolean, partText: () => string): Hit | null {
  const n = numbers[idx];
  if (n === undefined) return null;
  const num = String(n);
  // every form of the marker contains its digits (a merged "12" contains "1")
  if (!text.includes(num, from)) return null;
  const list = from === 0 ? MARKER_LIST.exec(text) : null;
  if (list) {
    const listed = (list[1] ?? '').match(/\d{1,3}/gu)?.map(Number) ?? [];
    if (listed[0] === n && listed.every((value, i) => value === numbers[idx + i])) {
      return { start: 0, end: text.length, numbers: listed, carry: list[2] ?? '', wholeLine: true };
    }
  }
  if (from === 0 && layout.kind === 'glued' && !isFirstLine) {
    const m = cachedRegExp(`^${num}(?=[\\s.,;:)»”’?!]|$)([.,;:)»”’?!]*)\\s*`, 'u').exec(text);
    if (m && m[0].length < text.length && !(m[1]?.startsWith('.') && isListItem(n, partText()))) {
      return { start: 0, end: m[0].length, numbers: [n], carry: m[1] ?? '', wholeLine: false };
    }
  }
  const candidates: Hit[] = [];
  const glued = cachedRegExp(`(?<=[\\p{L}?.!,;:»”’"')\\]]|\\d{4}[–-]\\d{4})${num}(?![\\d\\p{Ll}-])`, 'gu');
  glued.lastIndex = from;
  for (let m = glued.exec(text); m; m = glued.exec(text)) {
    const before = text.slice(0, m.index);
    if (/(?:https?:\/\/|www\.)\S*$/u.test(before)) continue; // inside a URL
    if (/\d[.,]$/u.test(before)) continue; // "27.7", "2,5"
    // after a capital only in an all-capital word of 3+ letters ("MIND3"), not in "CO2", "G7", "NIS2"
    if (/\p{Lu}$/u.test(before) && (!/(?:^|[^\p{L}])\p{Lu}{3,}$/u.test(before) || DIGIT_WORDS.test(before))) continue;
    candidates.push({ start: m.index, end: m.index + num.length, numbers: [n], carry: '', wholeLine: false });
    break;
  }
  const merged = findMerged(text, from, numbers, idx);
  if (merged) candidates.push(merged);
  const word = cachedRegExp(
    `\\s?(?:\\[${num}\\]|\\(${num}\\)(?=\\s*$)|(?<=\\s)(?<!${NUMBERED_NOUN.source}\\s)${num}\\)(?=\\s|$|[.,;:?!]))`,
    'giu',
  );
  word.lastIndex = from;
  const w = word.exec(text);
  if (w) candidates.push({ start: w.index, end: w.index + w[0].length, numbers: [n], carry: '', wholeLine: false });
  candidates.sort((a, b) => a.start - b.start);
  const hit = candidates[0] ?? null;
  if (hit) extendRun(text, hit, numbers, idx + hit.numbers.length - 1);
  return hit;
}

/**
 * Two or three markers printed without a space between them ("berichten?12" for notes 1 and 2):
 * read as a run only when the notes n, n+1 (, n+2) exist and no note carries the merged number.
 */
function findMerged(text: string, from: number, numbers: readonly number[], idx: number): Hit | null {
  const n = numbers[idx];
  if (n === undefined) return null;
  for (const count of [3, 2]) {
    const run = numbers.slice(idx, idx + count);
    if (run.length !== count || run.some((v, i) => v !== n + i)) continue;
    const joined = run.join('');
    if (numbers.includes(Number(joined))) continue;
    const re = cachedRegExp(`(?<=[\\p{Ll}?.!,;:»”’"')\\]])${joined}(?![\\d\\p{L}-])`, 'gu');
    re.lastIndex = from;
    const m = re.exec(text);
    if (m && !/(?:https?:\/\/|www\.)\S*$/u.test(text.slice(0, m.index))) {
      return { start: m.index, end: m.index + joined.length, numbers: [...run], carry: '', wholeLine: false };
    }
  }
  return null;
}

/**
 * Finds the markers of the given footnotes in the parts, in document order, and replaces each by
 * its sentinel (see takeSentinels). A note whose marker is not found is reported and skipped;
 * later notes are still searched for.
 * @param parts parts in document order (header title, questions, answers …); lines are modified
 * @param footnoteNumbers the numbers of the footnotes found, ascending
 * @param layout the document layout (line-start markers are only read in glued PDF text)
 * @returns warnings for notes without a marker
 */
export function extractMarkers(parts: MarkerPart[], footnoteNumbers: readonly number[], layout: Layout): string[] {
  const warnings: string[] = [];
  let partIdx = 0;
  let lineIdx = 0;
  let offset = 0;
  let idx = 0;
  while (idx < footnoteNumbers.length) {
    const found = search(parts, partIdx, lineIdx, offset, footnoteNumbers, idx, layout);
    if (!found) {
      warnings.push(`the marker of footnote ${footnoteNumbers[idx]} was not found in the text`);
      idx++;
      continue;
    }
    const { p, l, hit } = found;
    const part = parts[p];
    const line = part?.lines[l];
    if (!part || !line) break;
    const marks = hit.numbers.map(sentinel).join('');
    const prev = findPrevText(part.lines, l);
    if (hit.wholeLine) {
      // a line of markers only is not a paragraph of its own: the markers go to the line before
      if (prev) {
        prev.text += marks;
        part.lines.splice(l, 1);
        lineIdx = l;
        offset = 0;
      } else {
        line.text = marks;
        lineIdx = l + 1;
        offset = 0;
      }
    } else if (hit.start === 0 && prev) {
      // a marker at a line start belongs to the end of the line before, with its punctuation
      prev.text += hit.carry + marks;
      line.text = line.text.slice(hit.end);
      line.continues = true;
      lineIdx = l;
      offset = 0;
    } else {
      line.text = line.text.slice(0, hit.start) + hit.carry + marks + line.text.slice(hit.end);
      lineIdx = l;
      offset = hit.start + hit.carry.length + marks.length;
    }
    partIdx = p;
    idx += hit.numbers.length;
  }
  return warnings;
}

function findPrevText(lines: Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (lines[i]?.kind === 'text') return lines[i];
  return undefined;
}

function search(parts: MarkerPart[], partIdx: number, lineIdx: number, offset: number, numbers: readonly number[], idx: number, layout: Layout): { p: number; l: number; hit: Hit } | null {
  for (let p = partIdx; p < parts.length; p++) {
    const lines = parts[p]?.lines ?? [];
    let joined: string | null = null;
    // the part's whole text is only needed for a line-start "N." in glued text: built on demand
    const partText = (): string => (joined ??= lines.map((l) => l.text).join('\n'));
    let firstText = true;
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l];
      if (line?.kind !== 'text') continue;
      const isFirst = firstText;
      firstText = false;
      if (p === partIdx && l < lineIdx) continue;
      const from = p === partIdx && l === lineIdx ? offset : 0;
      const hit = findInLine(line.text, from, numbers, idx, layout, isFirst, partText);
      if (hit) return { p, l, hit };
    }
  }
  return null;
}
