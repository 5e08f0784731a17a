import { describe, expect, it } from 'vitest';
import { cleanTagName, sameTagName, tagNameKey } from './tag-names.js';

const nfd = (s: string) => s.normalize('NFD');

describe('tagNameKey (the theme identity rule)', () => {
  it('folds case: "Stikstof", "stikstof" and "STIKSTOF" are one theme', () => {
    expect(tagNameKey('Stikstof')).toBe('stikstof');
    expect(sameTagName('Stikstof', 'STIKSTOF')).toBe(true);
    expect(sameTagName('IJsselmeer', 'ijsselmeer')).toBe(true);
    expect(sameTagName('Éducation', 'éducation')).toBe(true);
  });

  it('treats the NFC and NFD spellings of "Financiën" as one theme', () => {
    const decomposed = nfd('Financiën');
    expect(decomposed).not.toBe('Financiën');
    expect(decomposed.length).toBe('Financiën'.length + 1);
    expect(tagNameKey(decomposed)).toBe(tagNameKey('Financiën'));
    expect(tagNameKey(decomposed)).toBe('financiën');
    expect(sameTagName(nfd('FINANCIËN'), 'financiën')).toBe(true);
  });

  it('keeps accents distinct: "een" is not "één", "Financien" is not "Financiën"', () => {
    expect(sameTagName('een', 'één')).toBe(false);
    expect(sameTagName('Een', nfd('ÉÉN'))).toBe(false);
    expect(sameTagName('Financien', 'Financiën')).toBe(false);
    expect(sameTagName('één', nfd('ÉÉN'))).toBe(true);
  });

  it('ignores surrounding whitespace and collapses inner whitespace of any kind', () => {
    expect(tagNameKey('  Mensen\t rechten \n')).toBe('mensen rechten');
    expect(sameTagName('Mensen rechten', 'mensen\u00a0\u00a0rechten')).toBe(true);
    expect(sameTagName('Mensenrechten', 'Mensen rechten')).toBe(false);
  });

  it('stays NFC after lower-casing a letter whose lower case decomposes', () => {
    const key = tagNameKey('İstanbul');
    expect(key).toBe(key.normalize('NFC'));
    expect(sameTagName('İstanbul', nfd('i̇stanbul'))).toBe(true);
  });
});

describe('cleanTagName', () => {
  it('keeps case and accents, normalises to NFC and tidies whitespace', () => {
    expect(cleanTagName(`  ${nfd('Financiën')}   en  Één `)).toBe('Financiën en Één');
    expect(cleanTagName(' \t ')).toBe('');
  });
});
