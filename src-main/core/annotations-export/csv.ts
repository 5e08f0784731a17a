/**
 * Annotations as CSV, one row per annotation, for spreadsheets: a UTF-8 byte order mark (so Excel
 * reads accents as UTF-8), a header row, CRLF line ends, ";" between fields in Dutch and "," in
 * English (what Excel expects in that locale), and every field that holds ";", ",", a quote or a
 * line break quoted (quotes doubled).
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or a carriage
 * return would be run as a formula by a spreadsheet; such a cell gets a leading apostrophe ('),
 * which spreadsheets show as text. The colour is written in the export's language ("groen" /
 * "green").
 */
import { stringify } from 'csv-stringify/sync';
import { labelsFor } from '../briefing/labels.js';
import { partLabel } from '../briefing/part-label.js';
import type { Annotation, QaDocument, Tag } from '../model/index.js';
import { displayTitle } from '../present/title.js';
import { partFragment } from './vocabulary.js';

export type CsvLocale = 'nl' | 'en';

/** Identifier schemes that name a document officially, best first. */
const OFFICIAL_SCHEMES = ['aanhangsel', 'kamervragen', 'zaak', 'document', 'officielebekendmakingen', 'uin'];

/** The column headers, in order. */
export const CSV_HEADERS: Record<CsvLocale, readonly string[]> = {
  nl: ['Citaat', 'Notitie', "Thema's", 'Kleur', 'Document', 'Document-id', 'Officieel kenmerk', 'Deel', 'Deelsleutel', 'Gemaakt', 'Gewijzigd'],
  en: ['Quote', 'Note', 'Themes', 'Colour', 'Document', 'Document id', 'Official identifier', 'Part', 'Part key', 'Created', 'Modified'],
};

/**
 * The field separator per locale: Dutch Excel splits on ";" (its list separator; "," is the
 * decimal comma there), English Excel on ",".
 */
export const CSV_DELIMITERS: Record<CsvLocale, string> = { nl: ';', en: ',' };

/** Separates the themes of one annotation in its cell. */
export const THEME_SEPARATOR = '; ';

/** The characters a spreadsheet may take as the start of a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `cell` made safe to open in a spreadsheet: a leading ' when it starts like a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The themes cell: names joined with "; ". A name that holds ";" or a double quote, or starts or
 * ends with a space, is written in double quotes (quotes inside doubled), so `Financiën; "Stikstof;
 * Natuur"` reads back as two themes without doubt.
 */
export function themesCell(names: readonly string[]): string {
  return names.map((n) => (/[;"]|^\s|\s$/.test(n) ? `"${n.replaceAll('"', '""')}"` : n)).join(THEME_SEPARATOR);
}

/** The best official identifier of a document ("ah-tk-20242025-575", else the case number, …), or ''. */
export function officialIdentifier(identifiers: Readonly<Record<string, string>>): string {
  for (const scheme of OFFICIAL_SCHEMES) {
    const value = identifiers[scheme]?.trim();
    if (value) return value;
  }
  return '';
}

/**
 * The CSV text of `annotations` (those whose document is in `documents`), in the order given.
 * Columns: quote, note, themes (`themesCell`), colour (in `locale`: "geel", "yellow"), document
 * title, document id, official identifier, part ("Antwoord op vraag 4"), part key ("answer:3"),
 * created, modified. Every cell is passed through `neutraliseFormula`.
 *
 * @returns text starting with U+FEFF (the BOM), lines ending in CRLF
 */
export function annotationsToCsv(
  annotations: readonly Annotation[],
  documents: ReadonlyMap<string, QaDocument>,
  tags: readonly Tag[],
  locale: CsvLocale = 'nl',
): string {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  const labels = labelsFor(locale);
  const rows: string[][] = [];
  for (const a of annotations) {
    const doc = documents.get(a.documentId);
    if (!doc) continue;
    const row = [
      a.target.quote.exact,
      a.note,
      themesCell(a.tagIds.flatMap((id) => names.get(id) ?? [])),
      labels.colors[a.color],
      displayTitle(doc, locale),
      doc.id,
      officialIdentifier(doc.identifiers),
      partLabel(doc, a.target.part, labels),
      partFragment(a.target.part),
      a.createdAt,
      a.updatedAt,
    ];
    rows.push(row.map(neutraliseFormula));
  }
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...CSV_HEADERS[locale]],
    delimiter: CSV_DELIMITERS[locale],
    record_delimiter: 'windows',
    // csv-stringify quotes the delimiter, quotes and CRLF itself; also a lone LF/CR and the other
    // delimiter, so the file reads the same whichever list separator the spreadsheet assumes
    quoted_match: /[;,\r\n]/,
  });
}
