/**
 * The PDF route of the parser: the positioned text of an Aanhangsel/Vragen PDF (SOURCES §A) is
 * turned into the text the text parser reads. Page furniture is dropped by its place on the page,
 * its repetition and its shape; footnotes are taken from the foot of each page by their smaller
 * type and laid out as a clean block that the text parser's footnote zones recognise.
 */
import { VraagbaakError, type QaDocument } from '../model/index.js';
import { parseText, type ParseSource } from './index.js';
import { dominantFontSize, pageLines, type PdfLine, type PdfPage } from './pdf-lines.js';

export type { PdfPage, PdfTextItem } from './pdf-lines.js';

/** Share of the page height, from the top and from the bottom, where running furniture is printed. */
const TOP_BAND = 0.08;
const BOTTOM_BAND = 0.15;
/** A line in smaller type than this share of the body size is a footnote line (when at the foot). */
const FOOTNOTE_RATIO = 0.9;
/** A gap between baselines above this many times the font size is a paragraph space. */
const PARAGRAPH_GAP = 1.85;

const OFFICIAL_ID = /\b(ah-tk-\d{8}-\d+|kv-tk-\d{4}Z\d{4,6})\b/;
const PAGE_NUMBER = /^\d{1,4}$/;
/** Question and answer headings ("Vraag 3", "Antwoord 5 en 6") are never running lines. */
const HEADING = /^(?:Vraag|Antwoord)(?:\s+op\s+vraag)?\s+\d/iu;
const FURNITURE_SHAPES: readonly RegExp[] = [
  /^ISSN\s+\d{4}\s*-\s*\d{4}/,
  /^(?:ah-tk-\d{8}-\d+|kv-tk-\d{4}Z\d{4,6})$/,
  /^(?:['’]s-Gravenhage\s+\d{4}\s*)?(?:Tweede|Eerste) Kamer,\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s+(?:Aanhangsel|Vragen)(?:\s+\d+)?$/,
  /^['’]s-Gravenhage\s+\d{4}$/,
];

/** The text route's result for a PDF: the text handed to `parseText`, and what was cut from it. */
export interface PdfText {
  text: string;
  /** official ids printed as page furniture, in order */
  officialIds: string[];
  /** number of furniture lines dropped */
  droppedLines: number;
  /** number of footnotes taken from the feet of the pages */
  footnoteCount: number;
}

interface PageInfo {
  height: number;
  lines: PdfLine[];
}

function inBand(line: PdfLine, height: number): boolean {
  return line.y > height * (1 - TOP_BAND) || line.y < height * BOTTOM_BAND;
}

/** Digits stand for page numbers and years, so "Aanhangsel 2" and "Aanhangsel 3" repeat. */
function repeatKey(text: string): string {
  return text.replace(/\d+/g, '#');
}

/**
 * Furniture lines per page: in a band and of a furniture shape, or in a band on most pages. A lone
 * number is a page number unless it is set large: the chamber logo "2" of the first page is not.
 */
function furnitureFlags(pages: readonly PageInfo[], bodySize: number): boolean[][] {
  // a running line repeats with the same words at the same height; "Antwoord 4" opening a page is
  // a heading, however often pages open with one
  const keyOf = (l: PdfLine): string => `${Math.round(l.y / 4)}|${repeatKey(l.text)}`;
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((l) => inBand(l, page.height) && !HEADING.test(l.text)).map(keyOf));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const repeatedFloor = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page) =>
    page.lines.map((line) => {
      if (!inBand(line, page.height)) return false;
      if (FURNITURE_SHAPES.some((re) => re.test(line.text))) return true;
      if (PAGE_NUMBER.test(line.text) && line.fontSize <= 1.5 * bodySize) return true;
      return pages.length > 1 && !HEADING.test(line.text) && (pagesWithKey.get(keyOf(line)) ?? 0) >= repeatedFloor;
    }),
  );
}

interface Note {
  number: string;
  lines: string[];
}

/** Lines of one note, or of notes that follow each other, are at most this many font sizes apart. */
const NOTE_LINE_GAP = 1.5;

function opensNote(line: PdfLine): RegExpExecArray | null {
  return line.startsWithSmallNumber ? /^(\d{1,3})\s*(.*)$/.exec(line.text) : null;
}

/**
 * Splits a page's content lines (furniture removed) into body lines and the footnote block at its
 * foot. Candidates are the run of lines below the last body-size line whose type is smaller than
 * the body's; the block starts at the first of them that opens with a small number (the note's
 * own number). Small lines just above it, set as tightly as note lines, continue the last note of
 * the page before; other small lines (a table in small type) stay in the body.
 * @param notes notes found so far; the page's notes are appended, continuations extend the last
 * @param canContinue the page before ended with a note
 * @returns the body lines
 */
function splitFootnotes(lines: readonly PdfLine[], bodySize: number, notes: Note[], canContinue: boolean): PdfLine[] {
  const isSmall = (l: PdfLine | undefined): boolean => l !== undefined && l.fontSize < FOOTNOTE_RATIO * bodySize;
  let runStart = lines.length;
  while (runStart > 0 && isSmall(lines[runStart - 1])) runStart--;
  const found = lines.findIndex((l, i) => i >= runStart && opensNote(l) !== null);
  const firstNote = found < 0 ? lines.length : found;
  let from = firstNote;
  if (canContinue && runStart < firstNote) {
    // the small lines above the first note (or the whole run) continue a note only when set as
    // tightly as note lines all the way down
    const last = Math.min(firstNote, lines.length - 1);
    let tight = true;
    for (let k = runStart; k < last && tight; k++) {
      const upper = lines[k] as PdfLine;
      const lower = lines[k + 1] as PdfLine;
      tight = upper.y - lower.y <= NOTE_LINE_GAP * Math.max(upper.fontSize, lower.fontSize);
    }
    if (tight) from = runStart;
  }
  for (const line of lines.slice(from)) {
    const open = opensNote(line);
    if (open) notes.push({ number: open[1] ?? '', lines: open[2] ? [open[2]] : [] });
    else notes[notes.length - 1]?.lines.push(line.text);
  }
  return lines.slice(0, from);
}

/**
 * A note as the text parser's footnote zones read it in every layout (footnotes.ts
 * `matchFootnoteStart`): the number glued to the first word ("1Bijlage 1 van …"), as glued PDF
 * text prints it; when the note starts with a digit or punctuation, the number on its own line.
 */
function noteLines(note: Note): string[] {
  const [first, ...rest] = note.lines;
  if (first === undefined) return [note.number];
  if (/^[\d.,\-–)%/:;]/u.test(first)) return [note.number, first, ...rest];
  return [`${note.number}${first}`, ...rest];
}

/**
 * Lays out PDF pages as the text the text parser reads (SOURCES §A, as `pdftotext -layout` gives it
 * but without furniture): the official id first, then per page its body lines (one empty line
 * where the baselines are further apart than a paragraph space) and its footnotes (see
 * `noteLines`); a form feed opens the next page. A note that runs on at the foot of the next page
 * is completed on the page where it starts. Notes stay per page rather than
 * at the end of the text: identical notes on different pages would otherwise stand close enough
 * for the parser's repeated-chunk filter (repeated-chunks.ts) to drop them. Line-end hyphens are
 * left for the text parser to resolve.
 * @param pages the document's pages, in order
 */
export function pdfPagesToText(pages: readonly PdfPage[]): PdfText {
  const bodySize = dominantFontSize(pages.flatMap((p) => p.items));
  const infos: PageInfo[] = pages.map((p) => ({ height: p.height, lines: pageLines(p) }));
  const flags = furnitureFlags(infos, bodySize);
  const officialIds: string[] = [];
  const allNotes: Note[] = [];
  let dropped = 0;
  let previousHadNotes = false;
  const laidOut = infos.map((page, p) => {
    const content: PdfLine[] = [];
    page.lines.forEach((line, i) => {
      if (!flags[p]?.[i]) {
        content.push(line);
        return;
      }
      dropped++;
      const id = OFFICIAL_ID.exec(line.text)?.[1];
      if (id !== undefined && !officialIds.includes(id)) officialIds.push(id);
    });
    const before = allNotes.length;
    const body = splitFootnotes(content, bodySize, allNotes, previousHadNotes);
    previousHadNotes = allNotes.length > before;
    return { body, notes: allNotes.slice(before) };
  });
  const pageTexts = laidOut.map(({ body, notes }) => {
    const out: string[] = [];
    let prev: PdfLine | null = null;
    for (const line of body) {
      if (prev !== null && prev.y - line.y > PARAGRAPH_GAP * Math.max(prev.fontSize, line.fontSize)) out.push('');
      out.push(line.text);
      prev = line;
    }
    if (notes.length > 0) out.push('', ...notes.flatMap(noteLines));
    return out.join('\n');
  });
  // the form feed opens the next page's first line, as pdftotext prints it (normalize.ts trims
  // whitespace at line ends, so a form feed alone on a line would be lost)
  const text = [...officialIds, pageTexts.join('\n\f')].join('\n');
  return { text: `${text}\n`, officialIds, droppedLines: dropped, footnoteCount: allNotes.length };
}

/**
 * Parses a PDF's positioned text (laid out by `pdfPagesToText`) with the text parser.
 * @param pages the pages as pdf.js gives them, mapped to plain data
 * @param source file name and sha256 of the PDF bytes (format is set to 'pdf')
 * @param parse the text parser (`parseText`; the importers pass the one the shell wired)
 * @throws VraagbaakError 'parse-failed' "<file>: the PDF has no text layer (scanned?)" when no page
 *   has text, and every error of `parseText`
 */
export function parsePdfPages(
  pages: readonly PdfPage[],
  source: Omit<ParseSource, 'format'>,
  parse: (text: string, source: ParseSource) => QaDocument = parseText,
): QaDocument {
  const hasText = pages.some((p) => p.items.some((i) => i.str.trim() !== ''));
  if (!hasText) {
    throw new VraagbaakError('parse-failed', `${source.fileName}: the PDF has no text layer (scanned?)`, { fileName: source.fileName, reason: 'pdf-no-text-layer' });
  }
  return parse(pdfPagesToText(pages).text, { ...source, format: 'pdf' });
}
