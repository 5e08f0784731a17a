import { describe, expect, it } from 'vitest';
import { isBinaryLooking, normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('applies NFC, drops soft hyphens and zero-width characters, turns nbsp into spaces', () => {
    expect(normalizeText('offici\u0065\u0308le\u00AD ma\u200Bat\u00A0regel\r\nvolgende  \n')).toBe('officiële maat regel\nvolgende\n');
  });
  it('puts split-off diacritics back on their letter', () => {
    expect(normalizeText('Vragen van het lid Kostic \u00B4 (PvdD)')).toBe('Vragen van het lid Kostić (PvdD)');
    expect(normalizeText('Minister Yes\u00B8ilgöz-Zegerius')).toBe('Minister Yeşilgöz-Zegerius');
  });
});

describe('isBinaryLooking', () => {
  it('tells binary from prose', () => {
    expect(isBinaryLooking('Vraag 1\nHeeft u het bericht gelezen?')).toBe(false);
    expect(isBinaryLooking('\u0000\u0001\u0002PK\u0003\u0004'.repeat(20))).toBe(true);
    expect(isBinaryLooking('1234 5678 9012 3456 7890 '.repeat(20))).toBe(true);
  });
});
