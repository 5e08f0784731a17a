import { describe, expect, it } from 'vitest';
import { cleanUrl, findReferences } from './references.js';

const inPart = { type: 'answer' as const, index: 9 };

describe('findReferences', () => {
  it('finds references to other questions', () => {
    expect(findReferences('Wat betreft het vaststellen van genocide, zie het antwoord op vraag 8.', inPart)).toEqual([{ inPart, kind: 'question', target: '8' }]);
    expect(findReferences('Ja. Zie ook het antwoord op vraag 1 en 3.', inPart).map((r) => r.target)).toEqual(['1', '3']);
    expect(findReferences('Zoals bij vraag 2 aangegeven was', inPart).map((r) => r.target)).toEqual(['2']);
    expect(findReferences('Zoals in mijn beantwoording op vragen 1 en 5 vermeld', inPart).map((r) => r.target)).toEqual(['1', '5']);
    expect(findReferences('Zie vraag 3.', inPart).map((r) => r.target)).toEqual(['3']);
  });
  it('finds Kamerstukken in their printed forms', () => {
    expect(findReferences('(Kamerstuk 35 207, nr. 32).', inPart)).toEqual([{ inPart, kind: 'kamerstuk', target: '35 207, nr. 32' }]);
    expect(findReferences('Kamerstukken II 2021–2022, 29 279, nr. 339', inPart)[0]?.target).toBe('29 279, nr. 339');
    expect(findReferences('Kamerstuk 36 200 IV, nr. 25.', inPart)[0]?.target).toBe('36 200 IV, nr. 25');
    expect(findReferences('Kamerstuk 21 501-20, nr. 2018.', inPart)[0]?.target).toBe('21 501-20, nr. 2018');
    expect(findReferences('motie Dobbe c.s. (Kamerstuk 36180, nr. 107)', inPart)[0]?.target).toBe('36180, nr. 107');
    expect(findReferences('Kamerstukken II 2024/25, 30 821, nr. 240', inPart)[0]?.target).toBe('30 821, nr. 240');
  });
  it('finds Aanhangsel references as official ids', () => {
    expect(findReferences('Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 318.', inPart)).toEqual([{ inPart, kind: 'aanhangsel', target: 'ah-tk-20242025-318' }]);
    expect(findReferences('Aanhangsel Handelingen II 2023/24, nr. 1234', inPart)[0]?.target).toBe('ah-tk-20232024-1234');
  });
  it('finds URLs and cleans them', () => {
    expect(findReferences("'Minister Pompeo' (https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-a4028198).", inPart)).toEqual([
      { inPart, kind: 'url', target: 'https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-a4028198' },
    ]);
    expect(findReferences('(nos.nl/artikel/2544064-aantal-sociaal-advocaten).', inPart)[0]?.target).toBe('https://nos.nl/artikel/2544064-aantal-sociaal-advocaten');
  });
});

describe('cleanUrl', () => {
  it('keeps balanced brackets inside a URL', () => {
    expect(cleanUrl('https://en.wikipedia.org/wiki/Foo_(bar))')).toBe('https://en.wikipedia.org/wiki/Foo_(bar)');
    expect(cleanUrl('www.ft.com/content/ada8343c,')).toBe('https://www.ft.com/content/ada8343c');
  });
});

describe('findReferences, citations by year', () => {
  it('reads "Tweede Kamer, vergaderjaar …, 31 066, nr. 1372" as a Kamerstuk', () => {
    expect(findReferences('Tweede Kamer, vergaderjaar 2023–2024, 31 066, nr. 1372', inPart)).toEqual([{ inPart, kind: 'kamerstuk', target: '31 066, nr. 1372' }]);
  });
  it('reads "vergaderjaar …, Aanhangsel van de Handelingen, nr. 2386" as an aanhangsel', () => {
    expect(findReferences('Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386 (Antwoord op vragen)', inPart)).toEqual([
      { inPart, kind: 'aanhangsel', target: 'ah-tk-20232024-2386' },
    ]);
    expect(findReferences('Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen 2386.', inPart)[0]?.target).toBe('ah-tk-20232024-2386');
  });
});
