import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../model/index.js';
import { annotate, foundingDocument } from '../briefing/test-briefings.js';
import { annotationRow, documentDateOf, partNumberingOf } from './rows.js';

const doc = foundingDocument();
const summary: DocumentSummary = {
  id: doc.id, kind: doc.kind, title: doc.title, askedBy: doc.askedBy, answeredBy: doc.answeredBy, submittedOn: doc.submittedOn,
  receivedOn: doc.receivedOn, identifiers: doc.identifiers, tagIds: [], annotationTagIds: [], annotationCount: 1, questionCount: 4,
  importedAt: '2024-01-01T00:00:00.000Z', source: doc.source,
};
const shared = annotate(doc, { type: 'answer', index: 2 }, 'Nadere besluitvorming');

describe('annotationRow', () => {
  it('labels an answer to two questions from the part numbers, in either language', () => {
    const numbering = partNumberingOf(doc);
    expect(annotationRow(shared, summary, numbering, 'nl')).toEqual({
      annotation: shared,
      documentTitle: 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren',
      documentKind: 'answer',
      documentDate: '2021-02-15',
      partLabel: 'Antwoord op vragen 3 en 4',
    });
    expect(annotationRow(shared, summary, numbering, 'en').partLabel).toBe('Answer to questions 3 and 4');
  });

  it('names parts by position without part numbers, and an untitled document by what it is', () => {
    const q = annotate(doc, { type: 'question', index: 1 }, 'Klopt het');
    const row = annotationRow(q, { ...summary, title: null }, null, 'nl');
    expect(row.partLabel).toBe('Vraag 2');
    expect(row.documentTitle).toMatch(/^Antwoord van minister Blok/);
  });

  it('keeps only the numbers of the parts', () => {
    expect(partNumberingOf(doc)).toEqual({
      questions: [{ number: 1 }, { number: 2 }, { number: 3 }, { number: 4 }],
      answers: [{ questionNumbers: [1] }, { questionNumbers: [2] }, { questionNumbers: [3, 4] }],
      footnotes: [{ number: 1 }],
    });
    expect(documentDateOf({ receivedOn: null, submittedOn: '2021-01-20' })).toBe('2021-01-20');
  });
});
