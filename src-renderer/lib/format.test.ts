import { describe, expect, it } from 'vitest';
import type { QaDocument } from '../../src-main/core/model/document.js';
import { formatCitation } from './citation.js';
import { displayTitle, formatDate } from './format.js';
import { partLabel } from './part-label.js';

const base: QaDocument = {
  id: 'ah-tk-20242025-575',
  kind: 'answer',
  title: 'het bezoek van de Secretaris-Generaal van de Verenigde Naties aan de top van de BRICS-landen',
  askedBy: [{ name: 'Boswijk', party: 'CDA' }],
  addressedTo: [],
  answeredBy: [{ name: 'Veldkamp', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
  submittedOn: null,
  receivedOn: '2024-11-18',
  identifiers: { aanhangsel: 'ah-tk-20242025-575' },
  questions: [1, 2, 3, 4].map((number) => ({ number, text: '', footnoteRefs: [] })),
  answers: [
    { questionNumbers: [1], text: '', footnoteRefs: [] },
    { questionNumbers: [3, 4], text: '', footnoteRefs: [] },
  ],
  footnotes: [{ number: 1, text: '', url: null }],
  references: [],
  source: { fileName: 'kvl-r03.txt', format: 'text', sha256: '0'.repeat(64) },
  warnings: [],
};

describe('formatDate', () => {
  it('writes a calendar date in words, independent of the time zone', () => {
    expect(formatDate('2021-02-15', 'nl')).toBe('15 februari 2021');
    expect(formatDate('2021-02-15', 'en')).toBe('15 February 2021');
    expect(formatDate('not a date', 'nl')).toBe('not a date');
  });
});

describe('displayTitle', () => {
  it('uses the subject with a capital', () => {
    expect(displayTitle({ ...base }, 'nl')).toMatch(/^Het bezoek van de Secretaris-Generaal/);
  });

  it('describes an untitled answer by who answered when (the founding document)', () => {
    const seed = { ...base, title: null, askedBy: [], answeredBy: [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }], receivedOn: '2021-02-15' };
    expect(displayTitle(seed, 'nl')).toBe('Antwoord van minister Blok (Buitenlandse Zaken), 15 februari 2021');
    expect(displayTitle(seed, 'en')).toBe('Answer by minister Blok (Buitenlandse Zaken), 15 February 2021');
  });

  it('falls back to the file name when nothing else is known', () => {
    expect(displayTitle({ ...base, title: null, askedBy: [], answeredBy: [], receivedOn: null }, 'nl')).toBe('kvl-r03.txt');
  });
});

describe('formatCitation', () => {
  it('cites the Aanhangsel number, the askers and subject, and who answered when', () => {
    expect(formatCitation(base, 'nl')).toBe(
      'Aanhangsel Handelingen II 2024/25, nr. 575. Vragen van Boswijk (CDA) over “het bezoek van de Secretaris-Generaal ' +
        'van de Verenigde Naties aan de top van de BRICS-landen”; antwoord van minister Veldkamp (Buitenlandse Zaken), ' +
        'ontvangen 18 november 2024.',
    );
  });

  it('adds the identifiers when there is no Aanhangsel number', () => {
    const doc = { ...base, title: null, identifiers: { zaak: '2021Z00843' } };
    expect(formatCitation(doc, 'en')).toBe(
      'Questions by Boswijk (CDA); answer by minister Veldkamp (Buitenlandse Zaken), received 18 November 2024. Zaak 2021Z00843.',
    );
  });
});

describe('partLabel', () => {
  it('labels parts by their printed numbers', () => {
    expect(partLabel('nl', { type: 'question', index: 2 }, base)).toBe('Vraag 3');
    expect(partLabel('nl', { type: 'answer', index: 1 }, base)).toBe('Antwoord 3–4');
    expect(partLabel('en', { type: 'footnote', index: 0 }, base)).toBe('Footnote 1');
    expect(partLabel('nl', { type: 'answer', index: 1 }, base, true)).toBe('Notitie');
  });

  it('falls back to the index without the document', () => {
    expect(partLabel('nl', { type: 'answer', index: 6 }, null)).toBe('Antwoord 7');
  });
});
