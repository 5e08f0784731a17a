import { describe, expect, it } from 'vitest';
import { analyze, analyzeText, exactForm, foldForm, phraseTermOf, termOf } from './analysis.js';

describe('foldForm', () => {
  it('folds diacritics and case', () => {
    expect(foldForm('Oeïgoeren')).toBe('oeigoeren');
    expect(foldForm('ideeën')).toBe('ideeen');
    expect(foldForm('Coördinatie')).toBe('coordinatie');
    expect(foldForm('repatriëren')).toBe('repatrieren');
  });

  it('turns the ĳ ligature into ij, in both cases', () => {
    expect(foldForm('ĳzer')).toBe('ijzer');
    expect(foldForm('Ĳsselmeer')).toBe('ijsselmeer');
    expect(foldForm('ĳsselmeer')).toBe(foldForm('IJsselmeer'));
  });

  it('treats NFD and NFC input alike', () => {
    expect(foldForm('Oe\u0069\u0308goeren')).toBe(foldForm('Oe\u00efgoeren'));
  });
});

describe('exactForm', () => {
  it('keeps diacritics, lowers case, normalises to NFC', () => {
    expect(exactForm('Oe\u0069\u0308goeren')).toBe('oe\u00efgoeren');
    expect(exactForm('Oeïgoeren')).not.toBe(exactForm('Oeigoeren'));
  });
});

describe('termOf', () => {
  it('gives equal terms for mensenrechtenschendingen and mensenrechtenschending', () => {
    expect(termOf('mensenrechtenschendingen')).toBe(termOf('mensenrechtenschending'));
  });

  it('matches Oeïgoeren, Oeigoeren and oeigoerse', () => {
    const t = termOf('Oeïgoeren');
    expect(t).toBe('oeigoer');
    expect(termOf('Oeigoeren')).toBe(t);
    expect(termOf('oeigoerse')).toBe(t);
  });

  it('matches ideeën with ideeen and ĳ with ij', () => {
    expect(termOf('ideeën')).toBe(termOf('ideeen'));
    expect(termOf('ĳverig')).toBe(termOf('ijverig'));
  });

  it('returns null for stopwords, in any case', () => {
    expect(termOf('De')).toBeNull();
    expect(termOf('van')).toBeNull();
    expect(phraseTermOf('van')).toBe('van');
  });
});

describe('analyze', () => {
  it('turns the seed sentence into stems without stopwords, each compound followed by its parts', () => {
    expect(analyze('grootschalige mensenrechtenschendingen tegen Oeigoeren.')).toEqual([
      termOf('grootschalige'), 'mensenrechtenschend', 'schending', 'recht', termOf('tegen'), 'oeigoer',
    ]);
  });

  it('keeps a zaak number as one term', () => {
    expect(analyze('Zaak 2024Z18796')).toEqual(['zak', '2024z18796']);
  });

  it('keeps offsets, stopwords and phrase terms in analyzeText', () => {
    const text = 'Het kabinet stelt';
    const analysed = analyzeText(text);
    expect(analysed.terms).toEqual([null, 'kabinet', 'stelt']);
    expect(analysed.phraseTerms).toEqual(['het', 'kabinet', 'stelt']);
    expect(analysed.starts).toEqual([0, 4, 12]);
    expect(analysed.raws).toEqual(['Het', 'kabinet', 'stelt']);
  });
});
