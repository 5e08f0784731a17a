import { describe, expect, it } from 'vitest';
import { createSearchEngine } from './index.js';
import { makeAnnotation, makeDocument, makeTag, seedDocument, storedCopy } from './test-documents.js';

const TAGS = [makeTag('t-mr', 'Mensenrechten'), makeTag('t-oe', 'Oeïgoeren', 't-mr')];

function filled(): ReturnType<typeof createSearchEngine> {
  const e = createSearchEngine();
  const seed = seedDocument();
  e.upsert({ document: seed, annotations: [makeAnnotation({ id: 'n1', documentId: seed.id, part: { type: 'answer', index: 1 }, note: 'zeldzaamnotitiewoord' })], documentTagIds: ['t-oe'] }, TAGS);
  e.upsert({
    document: makeDocument({ id: 'd2', title: 'Stikstofuitstoot van de luchtvaart', answers: [{ questionNumbers: [1], text: 'De luchtvaart stoot stikstof uit.', footnoteRefs: [] }] }),
    annotations: [], documentTagIds: [],
  }, TAGS);
  return e;
}

const QUERIES = ['Oeigoeren', 'mensenrecht', 'schendingen', '"grootschalige mensenrechtenschendingen"', 'stiks', 'luchtvaart -Oeigoeren', 'soort:antwoord'];

describe('saved search index', () => {
  it('answers every query alike after a round trip through the stored form, once notes and tags are re-added', () => {
    const original = filled();
    const saved = storedCopy(original.exportIndex());
    const loaded = createSearchEngine();
    loaded.importIndex(saved);
    expect(loaded.size).toBe(2);
    // the saved index leaves out notes and tags: they come from the archive at load
    expect(loaded.search('zeldzaamnotitiewoord', 5)).toEqual([]);
    const seed = seedDocument();
    loaded.retag(seed.id, [makeAnnotation({ id: 'n1', documentId: seed.id, part: { type: 'answer', index: 1 }, note: 'zeldzaamnotitiewoord' })], ['t-oe'], TAGS);
    for (const q of [...QUERIES, 'zeldzaamnotitiewoord', 'tag:mensenrechten']) expect(loaded.search(q, 20)).toEqual(original.search(q, 20));
    // and it stays incremental
    loaded.remove('d2');
    expect(loaded.search('luchtvaart', 5)).toEqual([]);
  });

  it('refuses data of another format', () => {
    const saved = filled().exportIndex();
    expect(() => createSearchEngine().importIndex({ ...saved, format: 999 })).toThrow();
  });

  it('refuses posting lists that name a document the tables do not hold', () => {
    const saved = storedCopy(filled().exportIndex());
    saved.tables.docs = saved.tables.docs.slice(1);
    expect(() => createSearchEngine().importIndex(saved)).toThrow(/damaged: .* not known/);
  });

  it('retag replaces notes and tags without touching the text', () => {
    const e = filled();
    expect(e.retag(seedDocument().id, [], [], TAGS)).toBe(true);
    expect(e.search('zeldzaamnotitiewoord', 5)).toEqual([]);
    expect(e.search('tag:mensenrechten', 5)).toEqual([]);
    expect(e.search('regeerakkoord', 5)).toHaveLength(1);
    expect(e.retag('unknown', [], [], TAGS)).toBe(false);
  });
});
