import { describe, expect, it } from 'vitest';
import { makeAnnotation, makeTag, seedDocument } from './test-documents.js';
import { UNIT_WEIGHT, unitsOf } from './units.js';

describe('unitsOf', () => {
  const doc = seedDocument();
  const tags = [makeTag('t1', 'Mensenrechten'), makeTag('t2', 'China')];
  const note = makeAnnotation({ id: 'a1', documentId: doc.id, part: { type: 'answer', index: 1 }, note: 'Let op: mensenrechtenschending', tagIds: ['t2', 'gone'] });
  const bare = makeAnnotation({ id: 'a2', documentId: doc.id, part: { type: 'question', index: 0 } });
  const units = unitsOf({ document: doc, annotations: [note, bare], documentTagIds: ['t1'] }, tags);

  it('makes one unit per part, in document order', () => {
    expect(units.slice(0, 6).map((u) => [u.kind, u.part.type, u.part.index])).toEqual([
      ['title', 'title', 0], ['question', 'question', 0], ['question', 'question', 1],
      ['answer', 'answer', 0], ['answer', 'answer', 1], ['footnote', 'footnote', 0],
    ]);
  });

  it('indexes document tag names against the title', () => {
    expect(units.find((u) => u.kind === 'tags')).toEqual({ kind: 'tags', part: { type: 'title', index: 0 }, annotationId: null, text: 'Mensenrechten' });
  });

  it('puts an annotation note and its tag names in one unit on the annotated part, skipping empty ones', () => {
    const notes = units.filter((u) => u.kind === 'note');
    expect(notes).toEqual([{ kind: 'note', part: { type: 'answer', index: 1 }, annotationId: 'a1', text: 'Let op: mensenrechtenschending · China' }]);
  });

  it('ranks title, notes and tags above body text', () => {
    expect(UNIT_WEIGHT.title).toBeGreaterThan(UNIT_WEIGHT.answer);
    expect(UNIT_WEIGHT.note).toBeGreaterThan(UNIT_WEIGHT.question);
    expect(UNIT_WEIGHT.tags).toBeGreaterThan(UNIT_WEIGHT.footnote);
  });
});
