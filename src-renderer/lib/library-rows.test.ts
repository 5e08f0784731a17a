import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src-main/core/api/types.js';
import type { DocumentSummary } from '../../src-main/core/model/document.js';
import { bestHitPerDocument, summariesById, summariesInOrder } from './library-rows.js';

const summary = (id: string) => ({ id }) as DocumentSummary;
const hit = (documentId: string, index: number): SearchHit => ({
  documentId,
  documentTitle: null,
  part: { type: 'answer', index },
  annotationId: null,
  snippet: '',
  marks: [],
  score: 1,
});

describe('library rows', () => {
  it('lists browse ids in their order and skips unknown ones', () => {
    const byId = summariesById([summary('a'), summary('b'), summary('c')]);
    expect(summariesInOrder(['c', 'x', 'a'], byId).map((s) => s.id)).toEqual(['c', 'a']);
  });

  it('keeps the first hit of each document and all its hits in order', () => {
    const best = bestHitPerDocument([hit('d1', 3), hit('d2', 0), hit('d1', 5), hit('d1', 1)]);
    expect([...best.keys()]).toEqual(['d1', 'd2']);
    expect(best.get('d1')).toEqual({ hit: hit('d1', 3), hits: [hit('d1', 3), hit('d1', 5), hit('d1', 1)] });
    expect(best.get('d2')?.hits).toHaveLength(1);
  });
});
