import { describe, expect, it } from 'vitest';
import { findDutchDate, parseDutchDate, vergaderjaarOf } from './dates.js';

describe('parseDutchDate', () => {
  it('parses printed Dutch dates', () => {
    expect(parseDutchDate('15 februari 2021')).toBe('2021-02-15');
    expect(parseDutchDate('1 mei 2024')).toBe('2024-05-01');
    expect(parseDutchDate('30 oktober 2024')).toBe('2024-10-30');
  });
  it('accepts a month glued to the year and extra spaces', () => {
    expect(parseDutchDate('18 november2024')).toBe('2024-11-18');
    expect(parseDutchDate(' 11 november  2019 ')).toBe('2019-11-11');
  });
  it('rejects incomplete or impossible dates', () => {
    expect(parseDutchDate('14 2024')).toBeNull();
    expect(parseDutchDate('31 februari 2024')).toBeNull();
    expect(parseDutchDate('15 february 2021')).toBeNull();
  });
  it('finds a date inside a sentence', () => {
    expect(findDutchDate('(ontvangen 15 \nfebruari 2021)')).toBe('2021-02-15');
    expect(findDutchDate('(ingezonden 14\n2024)')).toBeNull();
  });
});

describe('vergaderjaarOf', () => {
  it('switches on Prinsjesdag, the third Tuesday of September', () => {
    expect(vergaderjaarOf('2024-11-20')).toBe('20242025');
    expect(vergaderjaarOf('2024-09-16')).toBe('20232024');
    expect(vergaderjaarOf('2024-09-17')).toBe('20242025');
    expect(vergaderjaarOf('2021-02-15')).toBe('20202021');
  });
});
