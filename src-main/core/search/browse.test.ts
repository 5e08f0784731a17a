import { describe, expect, it } from 'vitest';
import { FACET_NAMES } from '../api/types.js';
import { isVraagbaakError, type QaDocument } from '../model/index.js';
import { createSearchEngine } from './index.js';
import { makeAnnotation, makeDocument, makeTag, seedDocument, storedCopy } from './test-documents.js';

const TAGS = [makeTag('t-mr', 'Mensenrechten'), makeTag('t-oe', 'Oeïgoeren', 't-mr')];

const answer = (text: string): QaDocument['answers'] => [{ questionNumbers: [1], text, footnoteRefs: [] }];

/** Six documents with known facets: 2 ministries, 3 members of 2 parties, years 2020–2022, one late answer, one delay notice. */
function archive(): ReturnType<typeof createSearchEngine> {
  const e = createSearchEngine();
  const add = (document: QaDocument, tagIds: string[] = [], annotationTags: string[] = []): void =>
    e.upsert({
      document,
      annotations: annotationTags.length ? [makeAnnotation({ id: `n-${document.id}`, documentId: document.id, part: { type: 'answer', index: 0 }, tagIds: annotationTags })] : [],
      documentTagIds: tagIds,
    }, TAGS);
  const blok = [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }];
  const hoekstra = [{ name: 'Hoekstra', role: 'minister', portfolio: 'Financiën' }];
  add(seedDocument(), ['t-oe']); // 2021-02-15, Sjoerdsma (D66), Blok, Buitenlandse Zaken
  add(makeDocument({
    id: 'a-late', title: 'Stikstof en natuur', askedBy: [{ name: 'Van der Plas', party: 'BBB' }], answeredBy: hoekstra,
    submittedOn: '2022-01-03', receivedOn: '2022-03-01', answers: answer('De stikstofuitstoot daalt langzaam.'),
  }));
  add(makeDocument({
    id: 'a-prompt', title: 'Belasting op stikstof', askedBy: [{ name: 'Sjoerdsma', party: 'D66' }, { name: 'Van der Plas', party: 'BBB' }],
    answeredBy: hoekstra, submittedOn: '2022-02-01', receivedOn: '2022-02-10', answers: answer('Er komt geen belasting op stikstof.'),
  }), [], ['t-mr']);
  add(makeDocument({
    id: 'q-open', kind: 'questions', title: 'Mensenrechten in Xinjiang', askedBy: [{ name: 'Koekkoek', party: 'Volt' }],
    addressedTo: ['minister van Buitenlandse Zaken'], submittedOn: '2020-06-01',
    questions: [{ number: 1, text: 'Hoe staat het met de mensenrechten in Xinjiang?', footnoteRefs: [] }],
  }));
  add(makeDocument({ id: 'u-notice', kind: 'delay-notice', title: 'Uitstel mensenrechten', answeredBy: blok, receivedOn: '2020-06-20' }));
  add(makeDocument({ id: 'o-undated', kind: 'other', title: 'Mondelinge vragen' }));
  return e;
}

describe('search engine: browse (library list with facets)', () => {
  const e = archive();

  it('lists every document for an empty query, newest first by date', () => {
    const r = e.browse('', 'date');
    expect(r.total).toBe(6);
    expect(r.documentIds).toEqual(['a-late', 'a-prompt', 'sha256:c9bbddca1680c246', 'u-notice', 'q-open', 'o-undated']);
    expect(r.approximate).toBe(false);
  });

  it('counts each facet value over the matching documents', () => {
    const f = e.browse('', 'date').facets;
    const counts = (name: (typeof FACET_NAMES)[number]): Record<string, number> => Object.fromEntries(f[name].map((c) => [c.value, c.count]));
    expect(counts('kind')).toEqual({ answer: 3, questions: 1, 'delay-notice': 1, other: 1 });
    expect(counts('year')).toEqual({ '2022': 2, '2021': 1, '2020': 2 });
    expect(f.year.map((c) => c.value)).toEqual(['2022', '2021', '2020']);
    expect(counts('ministry')).toEqual({ 'Buitenlandse Zaken': 3, Financiën: 2 });
    expect(counts('minister')).toEqual({ Blok: 2, Hoekstra: 2 });
    expect(counts('party')).toEqual({ D66: 2, BBB: 2, Volt: 1 });
    expect(counts('member')).toEqual({ Sjoerdsma: 2, 'Van der Plas': 2, Koekkoek: 1 });
    // a child tag counts for its parent too (tag: includes children); annotation tags count
    expect(counts('tag')).toEqual({ Mensenrechten: 2, Oeïgoeren: 1 });
    expect(counts('late')).toEqual({ ja: 2, nee: 4 });
    expect(f.ministry[0]).toEqual({ value: 'Buitenlandse Zaken', filter: 'ministerie:"Buitenlandse Zaken"', count: 3 });
  });

  it('gives each facet value a clause that finds exactly its count', () => {
    for (const query of ['', 'stikstof', 'mensenrechten OR genocide']) {
      const base = e.browse(query, 'relevance');
      for (const name of FACET_NAMES) {
        for (const value of base.facets[name]) {
          const narrowed = e.browse(`${query} ${value.filter}`.trim(), 'relevance');
          expect({ query, name, value: value.value, total: narrowed.total }).toEqual({ query, name, value: value.value, total: value.count });
        }
      }
    }
  });

  it('counts facets over the matches of a query only', () => {
    const r = e.browse('stikstof', 'relevance');
    expect([...r.documentIds].sort()).toEqual(['a-late', 'a-prompt']);
    expect(r.facets.minister).toEqual([{ value: 'Hoekstra', filter: 'minister:"Hoekstra"', count: 2 }]);
    expect(r.facets.late.map((c) => `${c.value}:${c.count}`).sort()).toEqual(['ja:1', 'nee:1']);
  });

  it('sorts by relevance (title hits first), by date and by answer delay', () => {
    // "belasting" is in a-prompt's title and body: both stikstof documents match, the title hit ranks first
    expect(e.browse('stikstof belasting OR stikstof', 'relevance').documentIds[0]).toBe('a-prompt');
    expect(e.browse('stikstof', 'date').documentIds).toEqual(['a-late', 'a-prompt']); // received 1 March vs 10 February
    // a-late took 57 days, a-prompt 9; documents without both dates come last, newest first
    expect(e.browse('', 'delay').documentIds.slice(0, 2)).toEqual(['a-late', 'a-prompt']);
  });

  it('checks quoted phrases against the text for every listed document', () => {
    expect(e.browse('"belasting op stikstof"', 'relevance').documentIds).toEqual(['a-prompt']);
    expect(e.browse('"stikstof op belasting"', 'relevance').total).toBe(0);
  });

  it('follows annotation tag changes through retag', () => {
    const local = archive();
    local.retag('a-late', [makeAnnotation({ id: 'x', documentId: 'a-late', part: { type: 'answer', index: 0 }, tagIds: ['t-oe'] })], [], TAGS);
    const tags = Object.fromEntries(local.browse('', 'date').facets.tag.map((c) => [c.value, c.count]));
    expect(tags).toEqual({ Mensenrechten: 3, Oeïgoeren: 2 });
  });

  it('keeps facets through export and import of the saved index', () => {
    const saved = storedCopy(e.exportIndex());
    const fresh = createSearchEngine();
    fresh.importIndex(saved);
    expect(fresh.browse('', 'delay').documentIds).toEqual(e.browse('', 'delay').documentIds);
    expect(fresh.browse('', 'date').facets.ministry).toEqual(e.browse('', 'date').facets.ministry);
  });

  it('reports a syntax error with its position, and nothing for a query of stop words', () => {
    try {
      e.browse('stikstof (', 'relevance');
      expect.unreachable();
    } catch (err) {
      expect(isVraagbaakError(err, 'search-syntax')).toBe(true);
    }
    expect(e.browse('de het een', 'relevance').total).toBe(0);
  });
});
