import { describe, expect, it } from 'vitest';
import type { BriefingExport } from '../../src-main/core/api/types.js';
import { addResultText, exportBlocker, exportReportText } from './briefing-texts.js';

const pdf = (changes: Partial<BriefingExport> = {}): BriefingExport => ({
  fileName: 'Stikstof.pdf',
  format: 'pdf',
  base64: 'JVBERi0=',
  savedPath: null,
  byteLength: 48_300,
  omitted: [],
  pageCount: 4,
  ...changes,
});

describe('addResultText', () => {
  it('says an excerpt, question or document is already in the briefing', () => {
    expect(addResultText('nl', 0, 1, 'Stikstof', 'annotation')).toBe('Dit fragment staat al in de briefing.');
    expect(addResultText('nl', 0, 1, 'Stikstof', 'qa')).toBe('Deze vraag staat al in de briefing.');
    expect(addResultText('en', 0, 1, 'Stikstof', 'document')).toBe('This document is already in the briefing.');
    expect(addResultText('nl', 0, 12, 'Stikstof', 'other')).toBe('Deze 12 onderdelen staan al in de briefing.');
  });

  it('counts what was added and what was there already', () => {
    expect(addResultText('nl', 1, 0, 'Stikstof', 'annotation')).toBe('Toegevoegd aan „Stikstof”.');
    expect(addResultText('nl', 1200, 3, 'Stikstof', 'other')).toBe('1.200 onderdelen toegevoegd aan „Stikstof”. 3 stonden er al in.');
    expect(addResultText('en', 2, 1, 'Nitrogen', 'other')).toBe('2 items added to “Nitrogen”. 1 was already in it.');
    expect(addResultText('en', 0, 0, 'Nitrogen', 'other')).toBe('There are no hits to add.');
  });
});

describe('exportReportText', () => {
  it('reports a download with its size and pages', () => {
    expect(exportReportText('nl', pdf(), true)).toBe("Stikstof.pdf is gedownload (48 kB). 4 pagina's.");
    expect(exportReportText('en', pdf({ pageCount: 1 }), true)).toBe('Stikstof.pdf was downloaded (48 kB). 1 page.');
  });

  it('reports a saved file, a cancelled save dialog, and a Word file without pages', () => {
    expect(exportReportText('nl', pdf({ base64: null, savedPath: '/tmp/Stikstof.pdf' }), false)).toBe("Opgeslagen als /tmp/Stikstof.pdf. 4 pagina's.");
    expect(exportReportText('nl', pdf({ base64: null }), false)).toBe('Niet opgeslagen.');
    expect(exportReportText('en', pdf({ format: 'docx', fileName: 'Stikstof.docx', pageCount: null }), true)).toBe('Stikstof.docx was downloaded (48 kB).');
  });

  it('lists the items left out because their source was deleted', () => {
    const omitted = [
      { itemId: 'i1', reason: 'annotation-deleted' as const, label: 'Fragment „het kabinet…”' },
      { itemId: 'i2', reason: 'document-deleted' as const, label: 'Antwoord op vragen over PFAS' },
    ];
    expect(exportReportText('nl', pdf({ omitted }), true)).toBe(
      "Stikstof.pdf is gedownload (48 kB). 4 pagina's. 2 onderdelen weggelaten omdat de bron is verwijderd: Fragment „het kabinet…”; Antwoord op vragen over PFAS.",
    );
    expect(exportReportText('en', pdf({ omitted: omitted.slice(0, 1) }), true)).toContain('1 item left out because its source was deleted: Fragment „het kabinet…”.');
  });
});

describe('exportBlocker', () => {
  it('blocks an empty briefing and one whose every source is gone', () => {
    expect(exportBlocker([])).toBe('empty');
    expect(exportBlocker([{ state: 'missing' }, { state: 'missing' }])).toBe('missing');
    expect(exportBlocker([{ state: 'missing' }, { state: 'ok' }])).toBeNull();
  });
});
