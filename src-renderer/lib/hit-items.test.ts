import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src-main/core/api/types.js';
import type { QaDocument } from '../../src-main/core/model/document.js';
import { hitItems } from './hit-items.js';

const hit = (documentId: string, type: 'question' | 'answer' | 'footnote' | 'title', index: number, annotationId: string | null = null): SearchHit => ({
  documentId,
  documentTitle: null,
  part: { type, index },
  annotationId,
  snippet: '',
  marks: [],
  score: 1,
});

/** Questions 3 and 4 answered together by answer 0, question 5 by answer 1. */
const doc = {
  id: 'd1',
  questions: [{ number: 3 }, { number: 4 }, { number: 5 }],
  answers: [{ questionNumbers: [3, 4] }, { questionNumbers: [5] }],
} as unknown as QaDocument;

describe('hitItems', () => {
  it('sends a question/answer pair once, whether the hits are in the question or the answer', () => {
    const items = hitItems([hit('d1', 'question', 0), hit('d1', 'answer', 0), hit('d1', 'question', 1), hit('d1', 'answer', 1)], (id) => (id === 'd1' ? doc : null));
    expect(items).toEqual([
      { type: 'qa', documentId: 'd1', questionNumber: 3 },
      { type: 'qa', documentId: 'd1', questionNumber: 4 },
      { type: 'qa', documentId: 'd1', questionNumber: 5 },
    ]);
  });

  it('sends note hits as their excerpt, title and footnote hits as the document, unknown documents as parts', () => {
    const items = hitItems([hit('d1', 'answer', 1, 'a9'), hit('d1', 'answer', 0, 'a9'), hit('d1', 'title', 0), hit('d1', 'footnote', 0), hit('d2', 'answer', 2), hit('d2', 'answer', 2)], (id) =>
      id === 'd1' ? doc : null,
    );
    expect(items).toEqual([
      { type: 'annotation', documentId: 'd1', annotationId: 'a9' },
      { type: 'document', documentId: 'd1' },
      { type: 'part', documentId: 'd2', part: { type: 'answer', index: 2 } },
    ]);
  });
});
