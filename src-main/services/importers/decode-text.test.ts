import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../../core/model/index.js';
import { parseText } from '../../core/parse/index.js';
import { decodeText, decodeTextFile, WINDOWS_1252_WARNING } from './decode-text.js';
import { importerFor, importFile } from './index.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const SEED = path.resolve(repoRoot, '../shared/seed/000_c9bbddca1680c246.txt');
const corpusFile = (name: string): string => path.resolve(repoRoot, '../shared/corpus/nl-text', name);

/**
 * Windows-1252 bytes of `text`, written out here independently of the decoder: Latin-1 characters
 * are their own byte; the characters Windows-1252 puts in 0x80–0x9F (quotes, dashes, €, …) use
 * this table (WHATWG index-windows-1252). Throws on a character the encoding cannot hold.
 */
function toWindows1252(text: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
    'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
    'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
  };
  return Uint8Array.from([...text], (c) => {
    const code = c.codePointAt(0) ?? 0;
    const byte = high[c] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (byte === undefined) throw new Error(`"${c}" has no Windows-1252 byte`);
    return byte;
  });
}

const reasonOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(isVraagbaakError(e, 'unsupported-format')).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected a failure');
};

describe('decodeText', () => {
  it('decodes UTF-8 and strips its BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Vraag 1 één')]), 'a.txt')).toBe('Vraag 1 één');
  });

  it('decodes UTF-16 when a BOM says so', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Vraag ĳ', 'utf16le')]);
    expect(decodeText(le, 'a.txt')).toBe('Vraag ĳ');
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('Vraag', 'utf16le').swap16()]);
    expect(decodeText(be, 'a.txt')).toBe('Vraag');
  });

  it('refuses binary, non-UTF-8 and empty files with a reason naming the file', () => {
    expect(reasonOf(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'scan.txt'))).toBe(
      'scan.txt is a binary file, not text (it contains NUL bytes).',
    );
    expect(reasonOf(() => decodeText(new Uint8Array([0x56, 0x72, 0xe9, 0x20]), 'latin1.txt'))).toMatch(/^latin1\.txt is not readable as UTF-8/);
    expect(reasonOf(() => decodeText(new Uint8Array([]), 'leeg.txt'))).toBe('leeg.txt is empty.');
    expect(reasonOf(() => decodeText(new TextEncoder().encode(' \n\t\n'), 'wit.txt'))).toBe('wit.txt is empty.');
  });
});

describe('decodeTextFile', () => {
  it('reads valid UTF-8 (with or without BOM) and UTF-16 by BOM without a warning', () => {
    const text = 'Vraag 1 – “één” € …';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeTextFile(utf8, 'a.txt')).toEqual({ text, encoding: 'utf-8', warnings: [] });
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.txt')).toEqual({ text, encoding: 'utf-8', warnings: [] });
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]), 'a.txt')).toEqual({ text, encoding: 'utf-16le', warnings: [] });
  });

  it('reads other bytes as Windows-1252, quotes, dashes, € and … included, with a warning', () => {
    const text = 'Vraag 1 – “één” ‘zo’ € 5 — enz…';
    expect(decodeTextFile(toWindows1252(text), 'ansi.txt')).toEqual({ text, encoding: 'windows-1252', warnings: [WINDOWS_1252_WARNING] });
  });

  it('still refuses NUL bytes and empty files; decodeText (JSON) stays strict UTF-8', () => {
    expect(reasonOf(() => decodeTextFile(new Uint8Array([0x56, 0x00, 0xe9]), 'scan.txt'))).toMatch(/binary file/);
    expect(reasonOf(() => decodeTextFile(new Uint8Array([0xa0, 0x20]), 'wit.txt'))).toBe('wit.txt is empty.');
    expect(reasonOf(() => decodeText(toWindows1252('{"a": "é"}'), 'a.json'))).toMatch(/^a\.json is not readable as UTF-8/);
  });
});

describe('importing Windows-1252 text', () => {
  it.each([
    ['the seed', SEED],
    ['corpus r23 (– « » ’ ë € ï é ö)', corpusFile('kvl-r23-Antwoord_op_vragen_van_de_leden_Koekkoek.pdf.txt')],
    ['corpus r54 (‘ ’ “ ” é ë)', corpusFile('kvl-r54-Antwoord_op_vragen_van_het_lid_Slagt-Tic.docx.txt')],
  ])('parses %s converted to Windows-1252 exactly as its UTF-8 original, plus the warning', async (_, file) => {
    const text = readFileSync(file, 'utf8');
    const [fromUtf8] = await importFile('vragen.txt', new TextEncoder().encode(text), parseText);
    const [fromAnsi] = await importFile('vragen.txt', toWindows1252(text), parseText);
    if (!fromUtf8 || !fromAnsi) throw new Error('no document');
    expect(fromAnsi.document.warnings).toEqual([WINDOWS_1252_WARNING, ...fromUtf8.document.warnings]);
    const { warnings: _w1, source: s1, ...utf8Rest } = fromUtf8.document;
    const { warnings: _w2, source: s2, ...ansiRest } = fromAnsi.document;
    expect(ansiRest).toEqual(utf8Rest);
    expect({ ...s2, sha256: s1.sha256 }).toEqual(s1);
    expect(fromAnsi.document.questions.length).toBeGreaterThan(0);
  });

  it('random bytes give a document with the warning or a clear parse error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 3000 }), async (bytes) => {
        try {
          const documents = await importFile('ruis.txt', bytes, parseText);
          expect(documents.length).toBeGreaterThan(0);
        } catch (e) {
          expect(isVraagbaakError(e), String(e)).toBe(true);
          expect((e as Error).message).toMatch(/^ruis\.txt/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('importerFor', () => {
  it('picks the text importer by extension, case-insensitively', () => {
    expect(importerFor('Vragen.TXT').format).toBe('text');
  });
  it.each(['antwoord.doc', 'README', 'archief.tar.gz'])('refuses %s as an unsupported format', (name) => {
    expect(reasonOf(() => importerFor(name))).toMatch(new RegExp(`^${name.replace('.', '\\.')}: unsupported format.*can import \\.txt`));
  });
});
