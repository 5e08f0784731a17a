import { describe, expect, it } from 'vitest';
import { extractFootnoteZones, matchFootnoteStart } from './footnotes.js';
import type { Line } from './page-furniture.js';
import type { Layout } from './text-layout.js';

const glued: Layout = { kind: 'glued', width: 0 };
const wrapped: Layout = { kind: 'wrapped', width: 78 };
const t = (text: string): Line => ({ kind: 'text', text });
const br: Line = { kind: 'break', text: '' };

describe('matchFootnoteStart', () => {
  it('reads the note forms of PDF and Word text', () => {
    expect(matchFootnoteStart('1NOS, 29 oktober 2024', 1, glued)).toBe('NOS, 29 oktober 2024');
    expect(matchFootnoteStart('22023 Annual report: https://op.europa.eu', 2, glued)).toBe('2023 Annual report: https://op.europa.eu');
    expect(matchFootnoteStart('1 NRC.nl, 19 januari 2021', 1, wrapped)).toBe('NRC.nl, 19 januari 2021');
    expect(matchFootnoteStart('1) Pointer, 17 november 2024', 1, wrapped)).toBe('Pointer, 17 november 2024');
    expect(matchFootnoteStart('[2] NOS Nieuws', 2, wrapped)).toBe('NOS Nieuws');
  });
  it('does not read markers, list items or numbers as notes', () => {
    expect(matchFootnoteStart('2 Deze richtlijnen voorzien niet', 2, glued)).toBeNull();
    expect(matchFootnoteStart('2. Meerjarige financiële afspraken', 2, glued)).toBeNull();
    expect(matchFootnoteStart('2024 (tot 1 juni 2024) 2 1 331', 2, glued)).toBeNull();
    expect(matchFootnoteStart('1', 1, glued)).toBeNull();
  });
});

describe('extractFootnoteZones', () => {
  it('cuts the notes at the foot of each page and keeps same-numbered body lines', () => {
    const lines = [
      t('Antwoord 4 en 5'),
      t('In 2013 zijn richtlijnen opgesteld.'),
      t('2 Deze richtlijnen voorzien niet in een contactverbod.'),
      t('Vraag 6'),
      t('Deelt u de mening?'),
      t('2Zie A/67/828–S/2013/210.'),
      br,
      t('Vraag 8'),
      t('Deelt u de mening dat de'),
      t('3Kamerstuk 29 826, nr. 214'),
      t('4Kamerstuk 29 035,'),
      t('nr. 515'),
      br,
      t('VN als instituut minder relevant wordt?'),
    ];
    const zones = extractFootnoteZones(lines, glued);
    expect(zones.footnotes.map((f) => [f.number, f.lines.map((l) => l.text).join(' ')])).toEqual([
      [2, 'Zie A/67/828–S/2013/210.'],
      [3, 'Kamerstuk 29 826, nr. 214'],
      [4, 'Kamerstuk 29 035, nr. 515'],
    ]);
    expect(zones.warnings).toEqual(['footnote 1 was not found; the notes continue at 2']);
    expect(zones.lines.filter((l) => l.kind === 'text').map((l) => l.text)).toContain('2 Deze richtlijnen voorzien niet in een contactverbod.');
    expect(zones.lines.map((l) => l.kind)).toEqual(['text', 'text', 'text', 'text', 'text', 'break', 'text', 'text', 'break', 'text']);
  });
});
