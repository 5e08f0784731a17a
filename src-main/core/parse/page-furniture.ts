/**
 * Page furniture of typeset Kamervragen (SOURCES §A): running footers, ISSN lines, document ids and
 * page numbers. They are cut out of the text and leave a page-break marker, so that a sentence
 * broken by a page can be healed and footnotes can be found at the foot of each page.
 */

/** One line of the document after furniture removal: text, an empty line, or a page break. */
export interface Line {
  kind: 'text' | 'blank' | 'break';
  /** trimmed text; '' for blank and break lines */
  text: string;
  /** the line continues the sentence of the line before (set where a footnote marker was cut from its start) */
  continues?: boolean;
}

/** What the furniture pass found besides the lines: the official ids printed on the pages. */
export interface FurnitureResult {
  lines: Line[];
  /** ids printed as furniture, in order of appearance, e.g. "ah-tk-20242025-594", "kv-tk-2024Z18796" */
  officialIds: string[];
}

const OFFICIAL_ID = /^(ah-tk-\d{8}-\d+|kv-tk-\d{4}Z\d{4,6})$/;
const ISSN = /^ISSN\s+\d{4}\s*-\s*\d{4}/;
/** Running footer, optionally prefixed by the place line: "’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1". */
const RUNNING_FOOTER = /^(?:['’]s-Gravenhage\s+\d{4}\s*)?Tweede Kamer,\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s+(?:Aanhangsel|Vragen)(?:\s+(\d+))?$/;
const PLACE_LINE = /^['’]s-Gravenhage\s+\d{4}$/;
const SEPARATOR = /^[_\-–—=*]{5,}$/;

/** True when the (trimmed) line is page furniture that carries no content. */
export function isFurnitureLine(text: string): boolean {
  return OFFICIAL_ID.test(text) || ISSN.test(text) || RUNNING_FOOTER.test(text) || PLACE_LINE.test(text);
}

/**
 * Splits normalised text into trimmed lines, removes page furniture and marks page breaks.
 * A page break is recorded where furniture stood, at a form feed, and for a run of three or more
 * empty lines (how Word text shows a page). Empty lines next to a break are dropped.
 * @param text normalised text (see normalize.ts)
 */
export function splitLines(text: string): FurnitureResult {
  const officialIds: string[] = [];
  const raw: Line[] = [];
  const pushBreak = (): void => {
    // blanks before a break carry no meaning
    while (raw.length > 0 && raw[raw.length - 1]?.kind === 'blank') raw.pop();
    if (raw.length > 0 && raw[raw.length - 1]?.kind !== 'break') raw.push({ kind: 'break', text: '' });
  };
  let expectPageNumber = false;
  for (const rawLine of text.split('\n')) {
    const pieces = rawLine.split('\f');
    pieces.forEach((piece, i) => {
      if (i > 0) pushBreak();
      const line = piece.trim().replace(/\s{2,}/g, ' ');
      if (line === '') {
        raw.push({ kind: 'blank', text: '' });
        return;
      }
      if (expectPageNumber && /^\d{1,3}$/.test(line)) {
        expectPageNumber = false;
        return;
      }
      expectPageNumber = false;
      // learninglion-style: "ah-tk-20232024-909 ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, …" on one line
      const gluedId = /^(ah-tk-\d{8}-\d+|kv-tk-\d{4}Z\d{4,6})\s+(?:ISSN|['’]s-Gravenhage|Tweede Kamer,)/u.exec(line);
      const id = OFFICIAL_ID.exec(line) ?? gluedId;
      if (id?.[1]) {
        if (!officialIds.includes(id[1])) officialIds.push(id[1]);
        pushBreak();
        return;
      }
      const footer = RUNNING_FOOTER.exec(line);
      if (footer) {
        // pdftotext (raw mode) prints the page number of a footer on a line of its own
        expectPageNumber = footer[1] === undefined;
        pushBreak();
        return;
      }
      if (ISSN.test(line) || PLACE_LINE.test(line)) {
        pushBreak();
        return;
      }
      if (SEPARATOR.test(line)) {
        raw.push({ kind: 'blank', text: '' });
        return;
      }
      // "1  Antwoord 1 Ja.": a footnote marker run into the next heading
      const markerThenHeading = /^(\d{1,3})\s+((?:Vraag|Antwoord)\s+\d.*)$/u.exec(line);
      if (markerThenHeading?.[1] && markerThenHeading[2]) {
        raw.push({ kind: 'text', text: markerThenHeading[1] }, { kind: 'text', text: markerThenHeading[2] });
        return;
      }
      raw.push({ kind: 'text', text: line });
    });
  }
  return { lines: collapseBlankRuns(raw), officialIds };
}

/** Turns runs of 3+ blank lines into a break and drops blanks that touch a break or the ends. */
function collapseBlankRuns(lines: Line[]): Line[] {
  const out: Line[] = [];
  let run = 0;
  const flush = (): void => {
    if (run >= 3) out.push({ kind: 'break', text: '' });
    else for (let i = 0; i < run; i++) out.push({ kind: 'blank', text: '' });
    run = 0;
  };
  for (const line of lines) {
    if (line.kind === 'blank') {
      run++;
      continue;
    }
    flush();
    out.push(line);
  }
  flush();
  return tidyBreaks(out);
}

/**
 * Removes blank lines adjacent to breaks, repeated breaks, and blanks/breaks at both ends.
 * @param lines lines in document order
 */
export function tidyBreaks(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (line.kind === 'blank' && (last === undefined || last.kind !== 'text')) continue;
    if (line.kind === 'break') {
      while (out.length > 0 && out[out.length - 1]?.kind === 'blank') out.pop();
      if (out.length === 0 || out[out.length - 1]?.kind === 'break') continue;
    }
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1]?.kind !== 'text') out.pop();
  return out;
}
