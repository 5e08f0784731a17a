import { describe, expect, it } from 'vitest';
import { isVraagbaakError, type QaDocument } from '../model/index.js';
import { createSearchEngine } from './index.js';
import { makeAnnotation, makeDocument, makeTag, seedDocument, storedCopy } from './test-documents.js';

const TAGS = [makeTag('t-mr', 'Mensenrechten')];

function documents(): QaDocument[] {
  return [
    seedDocument(),
    makeDocument({
      id: 'a-1', title: 'Stikstof', receivedOn: '2022-03-01', identifiers: { zaak: '2022Z00001' },
      questions: [{ number: 1, text: 'Wat doet u aan de stikstofuitstoot van de luchtvaart?', footnoteRefs: [] }],
      answers: [{ questionNumbers: [1], text: 'Het kabinet neemt maatregelen tegen de stikstofuitstoot.', footnoteRefs: [] }],
      footnotes: [{ number: 1, text: 'Kamerstuk 35 334, nr. 82', url: null }],
    }),
  ];
}

/** An engine that keeps no part texts, reading them from `store` (like documents/<id>.json) and counting reads. */
function sourced(store: Map<string, QaDocument>): { engine: ReturnType<typeof createSearchEngine>; reads: () => number } {
  let reads = 0;
  const engine = createSearchEngine({ textSource: (id) => { reads++; return store.get(id) ?? null; }, textCacheSize: 10 });
  return { engine, reads: () => reads };
}

describe('search engine with a text source (part texts read back, not kept)', () => {
  const queries = ['genocide', '"grootschalige mensenrechtenschendingen"', 'stikstof', 'stikstofuitstoot luchtvaart', 'kamerstuk', 'oeigoer*', '-stikstof'];

  it('finds the same hits with the same snippets and marks as the in-memory engine', () => {
    const memory = createSearchEngine();
    const store = new Map(documents().map((d) => [d.id, d]));
    const { engine } = sourced(store);
    for (const d of documents()) {
      memory.upsert({ document: d, annotations: [], documentTagIds: [] }, TAGS);
      engine.upsert({ document: d, annotations: [], documentTagIds: [] }, TAGS);
    }
    for (const q of queries) expect({ q, hits: engine.search(q, 20) }).toEqual({ q, hits: memory.search(q, 20) });
    expect(engine.browse('"maatregelen tegen de stikstofuitstoot"', 'relevance').documentIds).toEqual(['a-1']);
  });

  it('saves no question, answer or footnote text, reloads, and reads each document once per cache life', () => {
    const store = new Map(documents().map((d) => [d.id, d]));
    const first = sourced(store);
    for (const d of documents()) first.engine.upsert({ document: d, annotations: [], documentTagIds: [] }, TAGS);
    const saved = storedCopy(first.engine.exportIndex());
    const kept = saved.tables.docs.flatMap((d) => d.units.filter(([, , text]) => text !== null).map(([kind]) => kind));
    expect(new Set(kept)).toEqual(new Set(['title', 'identifiers']));

    const second = sourced(store);
    second.engine.importIndex(saved);
    second.engine.retag('a-1', [makeAnnotation({ id: 'n', documentId: 'a-1', part: { type: 'answer', index: 0 }, note: 'luchtvaart nalopen', tagIds: ['t-mr'] })], [], TAGS);
    const hits = second.engine.search('stikstofuitstoot', 5);
    expect(hits[0]).toMatchObject({ documentId: 'a-1', part: { type: 'question', index: 0 } });
    expect(hits[0]?.snippet).toContain('stikstofuitstoot van de luchtvaart');
    const after = second.reads();
    second.engine.search('stikstofuitstoot', 5);
    second.engine.browse('"de stikstofuitstoot"', 'relevance');
    expect(second.reads()).toBe(after); // the same documents again: read from the cache
    expect(second.engine.search('nalopen', 5)[0]).toMatchObject({ documentId: 'a-1', annotationId: 'n' });
  });

  it('gives empty snippets, not a crash, when a document file has gone', () => {
    const store = new Map(documents().map((d) => [d.id, d]));
    const { engine } = sourced(store);
    for (const d of documents()) engine.upsert({ document: d, annotations: [], documentTagIds: [] }, TAGS);
    store.delete('a-1');
    // the index still knows the words; the part text cannot be shown, so no part matches and the title stands in
    const hits = engine.search('stikstofuitstoot', 5);
    expect(hits.map((h) => h.documentId)).toEqual(['a-1']);
    expect(hits[0]?.part).toEqual({ type: 'title', index: 0 });
  });

  it('refuses a text-less saved index without a text source', () => {
    const store = new Map(documents().map((d) => [d.id, d]));
    const { engine } = sourced(store);
    for (const d of documents()) engine.upsert({ document: d, annotations: [], documentTagIds: [] }, TAGS);
    try {
      createSearchEngine().importIndex(engine.exportIndex());
      expect.unreachable();
    } catch (e) {
      expect(isVraagbaakError(e, 'internal')).toBe(true);
    }
  });
});
