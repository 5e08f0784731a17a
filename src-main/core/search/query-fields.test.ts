import { describe, expect, it } from 'vitest';
import { isQueryField, readDateBound, readKind } from './query-fields.js';

describe('query fields', () => {
  it('knows the fields of DESIGN §5', () => {
    for (const f of ['minister', 'ministerie', 'lid', 'partij', 'tag', 'soort', 'van', 'tot']) expect(isQueryField(f)).toBe(true);
    expect(isQueryField('auteur')).toBe(false);
  });

  it('reads soort: in Dutch and English', () => {
    expect(readKind('antwoord')).toBe('answer');
    expect(readKind('Vragen')).toBe('questions');
    expect(readKind('uitstelbericht')).toBe('delay-notice');
    expect(readKind('other')).toBe('other');
    expect(readKind('brief')).toBeNull();
  });

  it('widens a year or month to its first or last day', () => {
    expect(readDateBound('2021', 'from')).toBe('2021-01-01');
    expect(readDateBound('2021', 'to')).toBe('2021-12-31');
    expect(readDateBound('2024-02', 'to')).toBe('2024-02-29');
    expect(readDateBound('2021-2', 'from')).toBe('2021-02-01');
  });

  it('reads ISO and Dutch day-month-year dates', () => {
    expect(readDateBound('2021-02-15', 'to')).toBe('2021-02-15');
    expect(readDateBound('15-2-2021', 'from')).toBe('2021-02-15');
  });

  it('rejects impossible and malformed dates', () => {
    expect(readDateBound('2021-02-30', 'from')).toBeNull();
    expect(readDateBound('2021-13', 'from')).toBeNull();
    expect(readDateBound('gisteren', 'from')).toBeNull();
    expect(readDateBound('21-2-21', 'from')).toBeNull();
  });
});
