import { describe, expect, it } from 'vitest';
import { identifierLabel, presentLabels } from './labels.js';

describe('identifierLabel', () => {
  it('names the schemes the importers write, in both languages', () => {
    expect(identifierLabel('zaak', 'nl')).toBe('Zaaknummer');
    expect(identifierLabel('zaak', 'en')).toBe('Case number');
    expect(identifierLabel('asking-member-id', 'nl')).toBe('Nummer vragensteller');
    expect(Object.keys(presentLabels('nl').identifierSchemes).sort()).toEqual(Object.keys(presentLabels('en').identifierSchemes).sort());
  });

  it('gives an unknown scheme as it is, also one named like an object property', () => {
    expect(identifierLabel('isbn', 'nl')).toBe('isbn');
    expect(identifierLabel('constructor', 'en')).toBe('constructor');
  });
});
