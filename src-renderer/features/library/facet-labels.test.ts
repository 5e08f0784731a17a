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
    expect(typedClauseLabel('nl', 'van:gisteren')).toBe('van:gisteren');
    expect(typedClauseLabel('nl', 'soort:brief')).toBe('soort:brief');
    expect(typedClauseLabel('nl', 'beantwoord:misschien')).toBe('beantwoord:misschien');
  });

  it('labels dates, beantwoord: and kinds typed by hand like the facet chips', () => {
    expect(typedClauseLabel('nl', 'van:2024')).toBe('Vanaf: 2024');
    expect(typedClauseLabel('nl', 'tot:2024-06')).toBe('Tot en met: juni 2024');
    expect(typedClauseLabel('nl', 'van:2021-01-05')).toBe('Vanaf: 5 januari 2021');
    expect(typedClauseLabel('en', 'tot:2024-06')).toBe('Up to: June 2024');
    expect(typedClauseLabel('nl', 'beantwoord:ja')).toBe('Beantwoord: Ja');
    expect(typedClauseLabel('en', 'beantwoord:nee')).toBe('Answered: No');
    expect(typedClauseLabel('nl', 'vertraagd:j')).toBe('Te laat beantwoord: Ja');
    expect(typedClauseLabel('nl', 'soort:uitstel')).toBe('Soort: Uitstelbericht');
  });

  it('gives kind "other" the same word in the facet panel and on the soort:overig chip', () => {
    expect(facetValueText('nl', 'kind', 'other')).toBe('Overig');
    expect(facetChipLabel('nl', 'kind', 'other')).toBe('Soort: Overig');
    expect(typedClauseLabel('nl', 'soort:overig')).toBe('Soort: Overig');
    expect(facetChipLabel('en', 'kind', 'other')).toBe('Kind: Other');
  });
});
