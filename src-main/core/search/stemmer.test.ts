import { describe, expect, it } from 'vitest';
import { stemDutch } from './stemmer.js';

describe('stemDutch (Snowball Dutch)', () => {
  it('gives singular and plural of a compound the same stem', () => {
    expect(stemDutch('mensenrechtenschendingen')).toBe(stemDutch('mensenrechtenschending'));
  });

  it('stems inflected forms to one stem', () => {
    expect(stemDutch('onderzoeken')).toBe('onderzoek');
    expect(stemDutch('vragen')).toBe(stemDutch('vraag'));
    expect(stemDutch('oeigoeren')).toBe(stemDutch('oeigoerse'));
  });

  it('leaves identifiers with digits alone', () => {
    expect(stemDutch('2024z18796')).toBe('2024z18796');
    expect(stemDutch('35')).toBe('35');
  });

  it('returns the same stem from the memo on a second call', () => {
    expect(stemDutch('regeringen')).toBe(stemDutch('regeringen'));
  });
});
