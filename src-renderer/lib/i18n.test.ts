import { describe, expect, it } from 'vitest';
import { MESSAGE_MODULES, errorText, translate } from './i18n.js';

describe('translate', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('nl', 'import.failedItem', { file: 'scan.bin', reason: 'geen tekst' })).toBe('scan.bin: geen tekst');
    expect(translate('en', 'part.answer', {})).toBe('Answer {n}');
  });

  it('keeps the accessible names the e2e specs rely on', () => {
    expect(['import.button', 'annot.highlight', 'annot.save', 'app.showBriefings', 'addTo.button', 'briefings.exportPdf'].map((k) => translate('nl', k as never))).toEqual([
      'Importeren',
      'Markeren',
      'Opslaan',
      'Briefings',
      'Aan briefing toevoegen',
      'PDF',
    ]);
    expect(translate('nl', 'search.label')).toBe('Zoeken');
    expect(translate('nl', 'filter.label')).toBe('Filter op thema');
    expect(translate('nl', 'annot.note')).toBe('Notitie');
    expect(translate('nl', 'annot.tags')).toBe("Thema's");
  });
});

describe('the message modules', () => {
  it('have disjoint keys, so merging them loses none', () => {
    const keys = Object.values(MESSAGE_MODULES).flatMap((m) => Object.keys(m.nl));
    expect(new Set(keys).size).toBe(keys.length);
    for (const [name, m] of Object.entries(MESSAGE_MODULES)) expect(Object.keys(m.en).sort(), name).toEqual(Object.keys(m.nl).sort());
  });

  it('use the same {params} in Dutch and English', () => {
    const params = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const m of Object.values(MESSAGE_MODULES)) {
      for (const [key, nl] of Object.entries(m.nl)) expect(params(nl), key).toEqual(params((m.en as Record<string, string>)[key] ?? ''));
    }
  });
});

describe('errorText', () => {
  it('translates the code and keeps the technical message that names the file', () => {
    const error = { code: 'parse-failed' as const, message: 'scan.bin is not text', details: {} };
    expect(errorText('nl', error)).toBe('Het bestand kon niet als Kamervragen worden gelezen. (scan.bin is not text)');
    expect(errorText('en', error)).toBe('The file could not be read as parliamentary questions. (scan.bin is not text)');
  });

  it('explains transport failures of the browser shell', () => {
    const unauthorized = { code: 'internal' as const, message: 'HTTP 401', details: { transport: true, status: 401 } };
    expect(errorText('nl', unauthorized)).toMatch(/^Geen toegang/);
    const offline = { code: 'internal' as const, message: 'Failed to fetch', details: { transport: true, status: 0 } };
    expect(errorText('en', offline)).toBe('No connection to Vraagbaak.');
  });
});
