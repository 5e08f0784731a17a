import { describe, expect, it } from 'vitest';
import { isFurnitureLine, splitLines } from './page-furniture.js';

describe('splitLines', () => {
  it('removes the first-page furniture block and records the official id', () => {
    const text = [
      'Vraag 3',
      'Bent u bereid om nauwe samenwerking te zoeken met de',
      ' ',
      '  ',
      'ah-tk-20242025-594',
      'ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1',
      'nieuwe regering?',
    ].join('\n');
    const { lines, officialIds } = splitLines(text);
    expect(officialIds).toEqual(['ah-tk-20242025-594']);
    expect(lines.map((l) => l.kind)).toEqual(['text', 'text', 'break', 'text']);
    expect(lines[3]?.text).toBe('nieuwe regering?');
  });

  it('removes running footers of answer and question documents', () => {
    expect(isFurnitureLine('Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2')).toBe(true);
    expect(isFurnitureLine('’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1')).toBe(true);
    expect(isFurnitureLine('’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen')).toBe(true);
    expect(isFurnitureLine('kv-tk-2024Z18796')).toBe(true);
    expect(isFurnitureLine('Tweede Kamer der Staten-Generaal2')).toBe(false);
  });

  it('treats three or more empty lines as a page break and drops blanks around it', () => {
    const { lines } = splitLines('a\n\nb\n\n\n\nc\n\n');
    expect(lines.map((l) => l.kind)).toEqual(['text', 'blank', 'text', 'break', 'text']);
  });

  it('drops the page number that pdftotext prints under a footer without number', () => {
    const { lines } = splitLines('tekst\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n1\n\nverder');
    expect(lines.map((l) => l.text)).toEqual(['tekst', '', 'verder']);
  });

  it('keeps a form feed as a page break', () => {
    const { lines } = splitLines('eerste pagina\fvolgende');
    expect(lines.map((l) => l.kind)).toEqual(['text', 'break', 'text']);
  });
});
