import { describe, expect, it } from 'vitest';
import { facetChipLabel, facetValueText, typedClauseLabel } from './facet-labels.js';

describe('facet labels', () => {
  it('translates kinds and yes/no, keeps names', () => {
    expect(facetValueText('nl', 'kind', 'delay-notice')).toBe('Uitstelbericht');
    expect(facetValueText('en', 'late', 'ja')).toBe('Yes');
    expect(facetValueText('nl', 'ministry', 'Buitenlandse Zaken')).toBe('Buitenlandse Zaken');
    expect(facetChipLabel('nl', 'late', 'nee')).toBe('Te laat beantwoord: Nee');
  });

  it('labels typed field clauses by their facet and leaves the rest as written', () => {
    expect(typedClauseLabel('nl', 'minister:Veldkamp')).toBe('Minister: Veldkamp');
    expect(typedClauseLabel('en', 'lid:"Van der Burg"')).toBe('Member: Van der Burg');
    expect(typedClauseLabel('nl', 'vertraagd:ja')).toBe('Te laat beantwoord: Ja');
    expect(typedClauseLabel('nl', '-partij:CDA')).toBe('-partij:CDA');
    expect(typedClauseLabel('nl', 'van:2021-01-01')).toBe('van:2021-01-01');
    expect(typedClauseLabel('nl', 'soort:uitstel')).toBe('soort:uitstel');
  });
});
