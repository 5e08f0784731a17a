import { describe, expect, it } from 'vitest';
import type { QaDocument } from '../../src-main/core/model/document.js';
import { partLabel } from './part-label.js';

const doc: QaDocument = {
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

describe('partLabel', () => {
  it('labels parts by their printed numbers', () => {
    expect(partLabel('nl', { type: 'question', index: 2 }, doc)).toBe('Vraag 3');
    expect(partLabel('nl', { type: 'answer', index: 1 }, doc)).toBe('Antwoord 3–4');
    expect(partLabel('en', { type: 'footnote', index: 0 }, doc)).toBe('Footnote 1');
    expect(partLabel('nl', { type: 'answer', index: 1 }, doc, true)).toBe('Notitie');
  });

  it('falls back to the index without the document', () => {
    expect(partLabel('nl', { type: 'answer', index: 6 }, null)).toBe('Antwoord 7');
  });
});
