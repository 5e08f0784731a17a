/**
 * Footnote texts at the foot of a page (SOURCES §A/§B): in PDF text the note sits at the bottom
 * of the page its marker is on, so it lands in the middle of a later answer; in Word text the
 * notes follow the last answer. This module cuts those zones out of the body and returns the notes.
 * Notes are numbered through the document, which is what tells a note from a numbered list.
 */
import { parseHeading } from './headings.js';
import { cachedRegExp } from './regex-cache.js';
import type { Line } from './page-furniture.js';
import { tidyBreaks } from './page-furniture.js';
import type { Layout } from './text-layout.js';

export interface RawFootnote {
  number: number;
  /** the note's lines with the leading number removed */
  lines: Line[];
}

export interface FootnoteZones {
  /** the document lines without the footnote zones (each zone leaves a page break) */
  lines: Line[];
  footnotes: RawFootnote[];
  warnings: string[];
}

/**
 * Reads line `text` as the first line of footnote `n`: "1NOS, …" (PDF text, glued), "1 NRC.nl, …"
 * (Word text), "1) Pointer, …", "[1] NOS …", or "1" alone with the note on the next line
 * (pdftotext -layout). "22023 Annual report" is note 2 about 2023 when note 2 is expected.
 * "1. …" is never a note (numbered list).
 * @returns the rest of the line after the number, or null when the line does not start note n
 */
export function matchFootnoteStart(text: string, n: number, layout: Layout): string | null {
  const num = String(n);
  const first = text.charCodeAt(0);
  if (first !== 91 /* [ */ && (first < 48 || first > 57)) return null;
  const bracket = cachedRegExp(`^\\[${num}\\]\\s*(\\S.*)$`, 'u').exec(text) ?? cachedRegExp(`^${num}\\)\\s*(\\S.*)$`, 'u').exec(text);
  if (bracket) return bracket[1] ?? '';
  if (!text.startsWith(num)) return null;
  const rest = text.slice(num.length);
  if (rest === '') return layout.kind === 'glued' ? null : ''; // in glued PDF text a lone number is a marker
  if (/^\s+\S/u.test(rest)) {
    // "2 Deze richtlijnen …" in glued PDF text is a marker at a line start, not a note
    if (layout.kind === 'glued') return null;
    if (/^\s+\d{1,3}(?:\s|$)/u.test(rest)) return null; // "1 2": markers, or a table row
    return rest.trim();
  }
  if (/^(?:19|20)\d\d\b/u.test(rest)) return rest;
  if (/^[\d.,\-–)%/:;]/u.test(rest)) return null;
  return rest;
}

function isHeadingLike(text: string): boolean {
  return parseHeading(text) !== null || /^(?:Mondelinge\s+)?Vragen van\b/u.test(text);
}

interface ZoneEntry {
  number: number;
  lines: Line[];
}

/**
 * Tries to read lines[start..end) as footnotes `first`, `first + 1`, …: every note starts with the
 * next number and no question/answer heading occurs inside; a Toelichting heading ends the zone
 * early. Returns the notes and where the zone ends, or null when that fails.
 */
function readZone(lines: readonly Line[], start: number, end: number, first: number, layout: Layout): { entries: ZoneEntry[]; end: number } | null {
  const entries: ZoneEntry[] = [];
  let expected = first;
  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (line === undefined) return null;
    if (line.kind !== 'text') {
      entries[entries.length - 1]?.lines.push(line);
      continue;
    }
    const rest = matchFootnoteStart(line.text, expected, layout);
    if (rest !== null && (rest !== '' || i + 1 < end)) {
      entries.push({ number: expected, lines: rest === '' ? [] : [{ kind: 'text', text: rest }] });
      expected++;
      continue;
    }
    // a Toelichting printed after the notes (Word text) ends the zone
    if (entries.length > 0 && parseHeading(line.text)?.kind === 'toelichting') return { entries, end: i };
    if (entries.length === 0 || isHeadingLike(line.text)) return null;
    entries[entries.length - 1]?.lines.push(line); // a continuation line of the current note
  }
  return entries.length > 0 ? { entries, end } : null;
}

/**
 * Cuts the footnote zones out of the document. A zone is the largest run of lines at the end of a
 * page (before a page break or the end of the text) that reads as consecutive footnotes starting
 * with the next expected number (a gap of up to two missing notes is tolerated, with a warning).
 * @param lines document lines from page-furniture.ts
 * @param layout the document layout
 */
export function extractFootnoteZones(lines: readonly Line[], layout: Layout): FootnoteZones {
  const footnotes: RawFootnote[] = [];
  const warnings: string[] = [];
  const removed = new Set<number>();
  let next = 1;
  let pageStart = 0;
  // the chamber header (with its logo digit "2") is never a footnote zone: notes start after the
  // first header sentence or heading
  const floor = lines.findIndex((l) => l.kind === 'text' && (isHeadingLike(l.text) || /^(?:Antwoord|Mededeling)\s+van\s/u.test(l.text)));
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]?.kind !== 'break') continue;
    let end = i;
    while (end > pageStart && lines[end - 1]?.kind === 'blank') end--;
    const zone = findZone(lines, Math.max(pageStart, floor), end, next, layout);
    if (zone) {
      if (zone.entries[0] && zone.entries[0].number !== next) {
        warnings.push(`footnote ${next} was not found; the notes continue at ${zone.entries[0].number}`);
      }
      for (const entry of zone.entries) footnotes.push({ number: entry.number, lines: entry.lines });
      next = (zone.entries[zone.entries.length - 1]?.number ?? next) + 1;
      let from = zone.start;
      while (from > pageStart && lines[from - 1]?.kind === 'blank') from--;
      for (let k = from; k < zone.end; k++) removed.add(k);
    }
    pageStart = i + 1;
  }
  const kept: Line[] = [];
  lines.forEach((line, index) => {
    if (!removed.has(index)) kept.push(line);
    else if (!removed.has(index + 1)) kept.push({ kind: 'break', text: '' });
  });
  return { lines: tidyBreaks(kept), footnotes, warnings };
}

function findZone(lines: readonly Line[], pageStart: number, end: number, next: number, layout: Layout): { start: number; end: number; entries: ZoneEntry[] } | null {
  for (let s = pageStart; s < end; s++) {
    const line = lines[s];
    if (line?.kind !== 'text') continue;
    for (let first = next; first <= next + 2; first++) {
      if (matchFootnoteStart(line.text, first, layout) === null) continue;
      const zone = readZone(lines, s, end, first, layout);
      if (zone) return { start: s, end: zone.end, entries: zone.entries };
    }
  }
  return null;
}
