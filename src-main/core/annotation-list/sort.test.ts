import { describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../model/index.js';
import { annotate, foundingDocument } from '../briefing/test-briefings.js';
import { sortAnnotations, themeRanks } from './sort.js';

const doc = foundingDocument();
const older = { ...foundingDocument(), id: 'older' };
const undated = { ...foundingDocument(), id: 'undated' };
const dates: Record<string, string | null> = { [doc.id]: '2021-02-15', older: '2020-05-01', undated: null };
const tags: Tag[] = [
  { id: 't-z', name: 'Zorg', color: '#000000', parentId: null, description: '' },
  { id: 't-e', name: 'Économie', color: '#000000', parentId: null, description: '' },
  { id: 't-a', name: 'asiel', color: '#000000', parentId: null, description: '' },
  { id: 't-f', name: 'Financiën', color: '#000000', parentId: null, description: '' },
];
const at = (a: Annotation, createdAt: string, tagIds: string[] = []): Annotation => ({ ...a, createdAt, tagIds });

const footnote = at(annotate(doc, { type: 'footnote', index: 0 }, 'NRC.nl', { id: 'fn' }), '2024-03-01T10:00:00.000Z', ['t-z']);
const answerLate = at(annotate(doc, { type: 'answer', index: 1 }, 'genocide heeft gepleegd', { id: 'ans-late' }), '2024-03-02T10:00:00.000Z', ['t-f', 't-z']);
const answerEarly = at(annotate(doc, { type: 'answer', index: 1 }, 'Ja.', { id: 'ans-early' }), '2024-01-01T10:00:00.000Z');
const question = at(annotate(doc, { type: 'question', index: 3 }, 'gevolgen', { id: 'q4' }), '2024-02-01T10:00:00.000Z', ['t-e']);
const title = at(annotate(doc, { type: 'title', index: 0 }, 'Vragen', { id: 'title' }), '2023-12-01T10:00:00.000Z', ['t-gone']);
const onOlder = at(annotate(older, { type: 'question', index: 0 }, 'bericht', { id: 'old-q' }), '2024-05-01T10:00:00.000Z', ['t-a']);
const onUndated = at(annotate(undated, { type: 'question', index: 0 }, 'bericht', { id: 'undated-q' }), '2024-06-01T10:00:00.000Z');
const all = [footnote, answerLate, onUndated, answerEarly, question, title, onOlder];
const context = { documentDate: (id: string) => dates[id] ?? null, tags };
const order = (sort: 'date' | 'document' | 'theme') => sortAnnotations(all, sort, context).map((a) => a.id);

describe('sortAnnotations', () => {
  it("'date' puts the newest annotation first", () => {
    expect(order('date')).toEqual(['undated-q', 'old-q', 'ans-late', 'fn', 'q4', 'ans-early', 'title']);
  });

  it("'document' puts the newest document first, then title, questions, answers, footnotes by position; undated last", () => {
    expect(order('document')).toEqual(['title', 'q4', 'ans-early', 'ans-late', 'fn', 'old-q', 'undated-q']);
  });

  it("'theme' sorts by the first theme name in Dutch collation (accents and case do not lead); no theme last", () => {
    // asiel < Économie < Financiën < Zorg; ans-late carries Financiën and Zorg: Financiën counts
    expect(order('theme')).toEqual(['old-q', 'q4', 'ans-late', 'fn', 'title', 'ans-early', 'undated-q']);
  });

  it('does not change its input and breaks ties by id', () => {
    const copy = [...all];
    const same = [at(answerEarly, 'x'), { ...at(answerEarly, 'x'), id: 'ans-early-2' }];
    expect(sortAnnotations(same.reverse(), 'date', context).map((a) => a.id)).toEqual(['ans-early', 'ans-early-2']);
    expect(all).toEqual(copy);
  });

  it('ranks themes by name', () => {
    expect([...themeRanks(tags)].sort((a, b) => a[1] - b[1]).map(([id]) => id)).toEqual(['t-a', 't-e', 't-f', 't-z']);
  });
});
