import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits on punctuation and keeps UTF-16 offsets', () => {
    const text = 'Noordoost-Syrië, (zie vraag 8).';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(['Noordoost', 'Syrië', 'zie', 'vraag', '8']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('keeps identifiers of letters and digits as one token', () => {
    expect(tokenize('zaak 2024Z18796 en 2021D01234').map((t) => t.raw)).toEqual(['zaak', '2024Z18796', 'en', '2021D01234']);
  });

  it('drops single letters but not single digits', () => {
    expect(tokenize("auto's en e-mail, vraag 3").map((t) => t.raw)).toEqual(['auto', 'en', 'mail', 'vraag', '3']);
  });

  it('keeps words with ĳ, diaereses and combining marks whole', () => {
    const nfd = 'idee\u0308n'; // ideeën in NFD: the diaeresis is a separate combining mark
    expect(tokenize(`Oeïgoeren ĳzer ${nfd}`).map((t) => t.raw)).toEqual(['Oeïgoeren', 'ĳzer', nfd]);
  });

  it('counts offsets in UTF-16 code units after astral characters', () => {
    const text = '𝔄 gevolgen';
    const [t] = tokenize(text).filter((x) => x.raw === 'gevolgen');
    expect(t?.start).toBe(3);
  });
});
