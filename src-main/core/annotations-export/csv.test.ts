import { describe, expect, it } from 'vitest';
import { annotate, foundingDocument } from '../briefing/test-briefings.js';
import type { Tag } from '../model/index.js';
import { annotationsToCsv, CSV_HEADERS, officialIdentifier, themesCell } from './csv.js';

const doc = foundingDocument();
const TAGS: Tag[] = [
  { id: 't-fin', name: 'Financiën', color: '#b45309', parentId: null, description: '' },
  { id: 't-mr', name: 'Mensenrechten; VN', color: '#1d4ed8', parentId: null, description: '' },
];
const tricky = annotate(doc, { type: 'answer', index: 2 }, 'Nadere besluitvorming moet worden afgewacht.', {
  note: 'Zie "Kamerbrief", p. 3; later;\r\nnieuwe regel\nen nog één',
  tagIds: ['t-fin', 't-mr'],
  color: 'green',
});
const simple = annotate(doc, { type: 'question', index: 2 }, 'officiële standpunt');
const documents = new Map([[doc.id, doc]]);

/** RFC 4180 reader for the test: fields split on `delimiter`, quoted fields with "" and line breaks. */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('annotationsToCsv', () => {
  const nl = annotationsToCsv([tricky, simple], documents, TAGS, 'nl');

  it('starts with a UTF-8 BOM, ends every record with CRLF and keeps accents as written', () => {
    expect(nl.charCodeAt(0)).toBe(0xfeff);
    expect(nl.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(nl).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(nl).toContain('officiële standpunt');
    expect(nl).toContain('Financiën');
    // records: the header, two rows (the first with a CRLF inside its quoted note), then the end
    expect(nl.slice(1).split('\r\n')).toHaveLength(4 + 1);
  });

  it('writes a header and one row per annotation, every column, read back intact', () => {
    const rows = readCsv(nl.slice(1), ';');
    expect(rows[0]).toEqual([...CSV_HEADERS.nl]);
    expect(rows[1]).toEqual([
      'Nadere besluitvorming moet worden afgewacht.',
      tricky.note,
      'Financiën; "Mensenrechten; VN"',
      'groen',
      'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren',
      'ah-tk-20202021-1682',
      'ah-tk-20202021-1682',
      'Antwoord op vragen 3 en 4',
      'answer:2',
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
    ]);
    expect(rows[2]?.slice(0, 4)).toEqual(['officiële standpunt', '', '', 'geel']);
    expect(rows[2]?.[7]).toBe('Vraag 3');
    expect(rows).toHaveLength(3);
  });

  it('quotes fields with ; , " and line breaks (quotes doubled), and leaves plain fields bare', () => {
    expect(nl).toContain('"Zie ""Kamerbrief"", p. 3; later;\r\nnieuwe regel\nen nog één"');
    expect(nl).toContain('"Financiën; ""Mensenrechten; VN"""');
    expect(nl).toContain(';groen;');
  });

  it('uses English headers, part names and "," between fields for locale en', () => {
    const en = annotationsToCsv([simple], documents, TAGS, 'en');
    const rows = readCsv(en.slice(1), ',');
    expect(rows[0]).toEqual([...CSV_HEADERS.en]);
    expect(rows[1]?.[7]).toBe('Question 3');
    expect(rows[1]?.[3]).toBe('yellow');
  });

  it('neutralises cells that a spreadsheet would run as a formula with a leading apostrophe', () => {
    const notes = ['=HYPERLINK("http://x","klik")', '+31 20 123', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', 'gewoon = tekst'];
    const made = notes.map((note) => ({ ...simple, note }));
    const rows = readCsv(annotationsToCsv(made, documents, TAGS, 'en').slice(1), ',');
    expect(rows.slice(1).map((r) => r[1])).toEqual(["'=HYPERLINK(\"http://x\",\"klik\")", "'+31 20 123", "'-2+3", "'@SUM(A1)", "'\tTAB", "'\rCR", 'gewoon = tekst']);
    const themed = readCsv(annotationsToCsv([{ ...simple, tagIds: ['t-fin'] }], documents, [{ ...TAGS[0]!, name: '=1+1' }], 'nl').slice(1), ';');
    expect(themed[1]?.[2]).toBe("'=1+1");
  });

  it('keeps a theme name holding the separator (or quotes) one theme in the themes cell', () => {
    expect(themesCell(['Financiën', 'Stikstof; Natuur', 'Zg. "nieuw" beleid'])).toBe('Financiën; "Stikstof; Natuur"; "Zg. ""nieuw"" beleid"');
    expect(themesCell(['Stikstof'])).toBe('Stikstof');
  });

  it('leaves out annotations whose document is not given, and writes only the header when nothing is left', () => {
    expect(readCsv(annotationsToCsv([{ ...simple, documentId: 'weg' }], documents, TAGS).slice(1), ';')).toEqual([[...CSV_HEADERS.nl]]);
  });

  it('picks the Aanhangsel number, else the case number, as official identifier', () => {
    expect(officialIdentifier({ zaak: '2021Z00843', aanhangsel: 'ah-tk-20202021-1682' })).toBe('ah-tk-20202021-1682');
    expect(officialIdentifier({ zaak: '2021Z00843' })).toBe('2021Z00843');
    expect(officialIdentifier({ house: 'Commons' })).toBe('');
  });
});
