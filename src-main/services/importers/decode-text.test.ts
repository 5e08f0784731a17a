import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../../core/model/index.js';
import { decodeText } from './decode-text.js';
import { importerFor } from './index.js';

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

describe('importerFor', () => {
  it('picks the text importer by extension, case-insensitively', () => {
    expect(importerFor('Vragen.TXT').format).toBe('text');
  });
  it.each(['antwoord.doc', 'README', 'archief.tar.gz'])('refuses %s as an unsupported format', (name) => {
    expect(reasonOf(() => importerFor(name))).toMatch(new RegExp(`^${name.replace('.', '\\.')}: unsupported format.*can import \\.txt`));
  });
});
