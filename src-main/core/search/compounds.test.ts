import { describe, expect, it } from 'vitest';
import { compoundParts } from './compounds.js';
import { termOf } from './analysis.js';

describe('compoundParts', () => {
  it('splits a compound into the stems of its later parts, last part first', () => {
    expect(compoundParts('mensenrechtenschendingen')).toEqual(['schending', 'recht']);
    expect(compoundParts('gezondheidszorg')).toEqual(['zorg']);
    expect(compoundParts('stikstofuitstoot')).toEqual([termOf('uitstoot')]);
  });

  it('gives the part the same stem a query for it gets', () => {
    expect(compoundParts('mensenrechtenschendingen')[0]).toBe(termOf('schendingen'));
    expect(compoundParts('mensenrechtenschendingen')[0]).toBe(termOf('schending'));
  });

  it('leaves simple and short words alone', () => {
    expect(compoundParts('schendingen')).toEqual([]);
    expect(compoundParts('beleid')).toEqual([]);
    expect(compoundParts('opbouw')).toEqual([]);
    expect(compoundParts('genocide')).toEqual([]);
  });
});
