import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.js';

describe('formatDate', () => {
  it('writes a calendar date in words, independent of the time zone', () => {
    expect(formatDate('2021-02-15', 'nl')).toBe('15 februari 2021');
    expect(formatDate('2021-02-15', 'en')).toBe('15 February 2021');
    expect(formatDate('2024-03-05', 'nl')).toBe('5 maart 2024');
    expect(formatDate('2024-03-05', 'en')).toBe('5 March 2024');
  });

  it('reads the day of a timestamp', () => {
    expect(formatDate('2024-01-01T23:30:00.000Z', 'nl')).toBe('1 januari 2024');
  });

  it('returns what is not a valid ISO day unchanged', () => {
    expect(formatDate('not a date', 'nl')).toBe('not a date');
    expect(formatDate('2021-02-30', 'nl')).toBe('2021-02-30');
    expect(formatDate('', 'en')).toBe('');
  });
});
