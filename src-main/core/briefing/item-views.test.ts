import { describe, expect, it } from 'vitest';
import { describeBriefingItems } from './item-views.js';
import { annotate, briefingOf, excerptItem, foundingDocument, sourcesOf } from './test-briefings.js';

const doc = foundingDocument();
const core = annotate(doc, { type: 'answer', index: 1 }, 'de Chinese staat genocide heeft gepleegd', { id: 'a-core', note: 'Kern.', color: 'green', tagIds: ['t-mr', 't-gone'] });
const sources = sourcesOf([doc], [core], { [doc.id]: ['t-vs'] });

const EMPTY = { state: 'ok', missingReason: null, documentId: null, documentTitle: null, date: null, part: null, partLabel: null, quote: null, note: null, color: null, themes: [] };
const TITLE = 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren';

describe('describeBriefingItems', () => {
  it('describes every kind of item whose source exists', () => {
    const b = briefingOf([
      { type: 'heading', id: 'h', text: 'Kop' },
      { type: 'text', id: 't', text: 'Tekst' },
      excerptItem('e', core),
      { type: 'qa', id: 'q', documentId: doc.id, questionNumber: 4 },
      { type: 'document', id: 'd', documentId: doc.id },
    ]);
    expect(describeBriefingItems(b, sources, 'nl')).toEqual([
      { ...EMPTY, itemId: 'h' },
      { ...EMPTY, itemId: 't' },
      { ...EMPTY, itemId: 'e', documentId: doc.id, documentTitle: TITLE, date: '2021-02-15', part: { type: 'answer', index: 1 }, partLabel: 'Antwoord op vraag 2', quote: 'de Chinese staat genocide heeft gepleegd', note: 'Kern.', color: 'green', themes: ['Mensenrechten'] },
      { ...EMPTY, itemId: 'q', documentId: doc.id, documentTitle: TITLE, date: '2021-02-15', part: { type: 'question', index: 3 }, partLabel: 'Vraag 4', quote: 'Wat zijn de gevolgen van deze Amerikaanse stellingname?' },
      { ...EMPTY, itemId: 'd', documentId: doc.id, documentTitle: TITLE, date: '2021-02-15', themes: ['Verenigde Staten'] },
    ]);
  });

  it('marks items whose annotation, document or question is gone as missing, with the stored quote of an excerpt', () => {
    const b = briefingOf([
      { type: 'annotation', id: 'e1', annotationId: 'a-deleted', documentId: doc.id, part: { type: 'answer', index: 0 }, quote: 'Ja.' },
      { type: 'annotation', id: 'e2', annotationId: 'a-core', documentId: 'gone-doc', part: null, quote: 'weg' },
      { type: 'annotation', id: 'e3', annotationId: 'a-nowhere' },
      { type: 'qa', id: 'q1', documentId: doc.id, questionNumber: 12 },
      { type: 'qa', id: 'q2', documentId: 'gone-doc', questionNumber: 1 },
      { type: 'document', id: 'd', documentId: 'gone-doc' },
    ]);
    expect(describeBriefingItems(b, sources, 'en')).toEqual([
      { ...EMPTY, itemId: 'e1', state: 'missing', missingReason: 'annotation-deleted', documentId: doc.id, part: { type: 'answer', index: 0 }, quote: 'Ja.' },
      { ...EMPTY, itemId: 'e2', state: 'missing', missingReason: 'document-deleted', documentId: 'gone-doc', quote: 'weg' },
      { ...EMPTY, itemId: 'e3', state: 'missing', missingReason: 'annotation-deleted' },
      { ...EMPTY, itemId: 'q1', state: 'missing', missingReason: 'question-missing', documentId: doc.id, partLabel: 'Question 12' },
      { ...EMPTY, itemId: 'q2', state: 'missing', missingReason: 'document-deleted', documentId: 'gone-doc', partLabel: 'Question 1' },
      { ...EMPTY, itemId: 'd', state: 'missing', missingReason: 'document-deleted', documentId: 'gone-doc' },
    ]);
  });

  it('shows the stored quote of an annotation whose text changed, in the composer’s language', () => {
    const changed = { ...doc, title: null, answers: doc.answers.map((a, i) => (i === 1 ? { ...a, text: 'Herschreven.' } : a)) };
    const [view] = describeBriefingItems(briefingOf([excerptItem('e', core)]), sourcesOf([changed], [core]), 'en');
    expect(view).toMatchObject({ state: 'ok', quote: 'de Chinese staat genocide heeft gepleegd', partLabel: 'Answer to question 2', documentTitle: 'Answer by Minister Blok (Buitenlandse Zaken), 15 February 2021' });
  });
});
