import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../api/types.js';
import { isVraagbaakError, type Tag } from '../model/index.js';
import type { IndexableDocument } from './engine.js';
import { createSearchEngine } from './index.js';
import { makeAnnotation, makeDocument, makeTag, SEED_ANSWER_8, seedDocument } from './test-documents.js';

/** The marked text of each mark, for readable assertions. */
function marked(hit: SearchHit): string[] {
  return hit.marks.map((m) => hit.snippet.slice(m.start, m.end));
}

const TAGS: Tag[] = [makeTag('t-mr', 'Mensenrechten'), makeTag('t-oe', 'Oeïgoeren', 't-mr'), makeTag('t-kl', 'Klimaat')];

function seedEntry(): IndexableDocument {
  const doc = seedDocument();
  return {
    document: doc,
    annotations: [
      makeAnnotation({ id: 'ann-8', documentId: doc.id, part: { type: 'answer', index: 1 }, note: 'Kabinet erkent mensenrechtenschending, geen genocide', tagIds: ['t-oe'] }),
    ],
    documentTagIds: ['t-mr'],
  };
}

/** Two more documents, so filters, exclusions and ranking have something to tell apart. */
function otherEntries(): IndexableDocument[] {
  return [
    {
      document: makeDocument({
        id: '2021Z11111', kind: 'answer', title: 'Stikstofuitstoot van de luchtvaart',
        identifiers: { zaak: '2021Z11111', aanhangsel: 'ah-tk-20202021-1682' },
        askedBy: [{ name: 'Tjeerd de Groot', party: 'D66' }, { name: 'Laura Bromet', party: 'GroenLinks' }],
        answeredBy: [{ name: 'Van Nieuwenhuizen Wijbenga', role: 'minister', portfolio: 'Infrastructuur en Waterstaat' }],
        submittedOn: '2020-11-02', receivedOn: '2021-01-20',
        questions: [{ number: 1, text: 'Hoeveel stikstof stoot de luchtvaart uit? Wordt de Oeigoerse kwestie besproken?', footnoteRefs: [] }],
        answers: [{ questionNumbers: [1], text: 'De luchtvaart stoot jaarlijks stikstof uit. Het kabinet onderzoekt maatregelen.', footnoteRefs: [] }],
      }),
      annotations: [],
      documentTagIds: ['t-kl'],
    },
    {
      document: makeDocument({
        id: '2019Z22222', kind: 'questions', title: 'De situatie in Xinjiang en Tibet',
        askedBy: [{ name: 'Sjoerdsma', party: 'D66' }], addressedTo: ['minister van Buitenlandse Zaken'],
        submittedOn: '2019-06-01',
        questions: [
          { number: 1, text: 'Wat weet u over de kampen voor Oeïgoeren in Xinjiang?', footnoteRefs: [] },
          { number: 2, text: 'Hoe beoordeelt u de mensenrechtensituatie in Tibet?', footnoteRefs: [] },
        ],
      }),
      annotations: [],
      documentTagIds: [],
    },
  ];
}

function engineWithAll(): ReturnType<typeof createSearchEngine> {
  const engine = createSearchEngine();
  engine.upsert(seedEntry(), TAGS);
  for (const e of otherEntries()) engine.upsert(e, TAGS);
  return engine;
}

const ids = (hits: SearchHit[]): string[] => [...new Set(hits.map((h) => h.documentId))];

describe('search engine: the seed answer', () => {
  const engine = engineWithAll();

  it('finds the answer to question 8 for "mensenrechtenschending" by stemming, with the word marked', () => {
    const hits = engine.search('mensenrechtenschending', 10);
    const answer = hits.find((h) => h.part.type === 'answer' && h.annotationId === null);
    expect(answer).toMatchObject({ documentId: 'sha256:c9bbddca1680c246', documentTitle: expect.stringContaining('Pompeo'), part: { type: 'answer', index: 1 } });
    expect(answer!.snippet).toContain('grootschalige mensenrechtenschendingen tegen Oeigoeren');
    expect(marked(answer!)).toEqual(['mensenrechtenschendingen']);
  });

  it('finds the annotation note with the word, ranked above the body text', () => {
    const hits = engine.search('mensenrechtenschending', 10);
    expect(hits[0]).toMatchObject({ annotationId: 'ann-8', part: { type: 'answer', index: 1 } });
    expect(marked(hits[0]!)).toEqual(['mensenrechtenschending']);
    expect(hits[0]!.score).toBeGreaterThan(hits.find((h) => h.annotationId === null)!.score);
  });

  it('takes its snippet from around the first match, at most ~160 characters', () => {
    const [hit] = engine.search('regeerakkoord', 1);
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(hit!.snippet.length).toBeLessThanOrEqual(170);
    expect(SEED_ANSWER_8).toContain(hit!.snippet.replace(/…/g, ''));
    expect(marked(hit!)).toEqual(['regeerakkoord']);
  });
});

describe('search engine: Dutch matching and ranking', () => {
  const engine = engineWithAll();

  it('folds diacritics both ways and finds inflected forms (Oeïgoeren / Oeigoeren / Oeigoerse)', () => {
    const all = ['sha256:c9bbddca1680c246', '2021Z11111', '2019Z22222'].sort();
    expect(ids(engine.search('Oeigoeren', 20)).sort()).toEqual(all);
    expect(ids(engine.search('Oeïgoeren', 20)).sort()).toEqual(all);
    expect(ids(engine.search('oeigoerse', 20)).sort()).toEqual(all);
  });

  it('ranks the exact spelling above the folded one, in equal parts', () => {
    const questionHits = (q: string): SearchHit[] => engine.search(q, 20).filter((h) => h.part.type === 'question');
    const withDiaeresis = questionHits('Oeïgoeren');
    expect(withDiaeresis[0]!.documentId).toBe('2019Z22222');
    expect(marked(withDiaeresis[0]!)).toEqual(['Oeïgoeren']);
    const plain = questionHits('Oeigoeren');
    expect(plain[0]!.documentId).toBe('sha256:c9bbddca1680c246');
  });

  it('ranks hits in titles and tags above hits in body text', () => {
    const hits = engine.search('Xinjiang', 10);
    expect(hits[0]).toMatchObject({ documentId: '2019Z22222', part: { type: 'title', index: 0 } });
    const tagHits = engine.search('klimaat', 10);
    expect(tagHits[0]).toMatchObject({ documentId: '2021Z11111', part: { type: 'title', index: 0 }, snippet: 'Klimaat' });
  });

  it('matches compounds and words being typed by prefix, below whole-word matches', () => {
    const compound = engine.search('mensenrecht', 10);
    expect(compound.some((h) => h.part.type === 'answer' && marked(h).includes('mensenrechtenschendingen'))).toBe(true);
    const typing = engine.search('stiks', 10);
    expect(ids(typing)).toEqual(['2021Z11111']);
    expect(marked(typing[0]!)).toContain('Stikstofuitstoot');
    // a word followed by a space is complete: no prefix expansion for short words
    expect(engine.search('sti ', 10)).toEqual([]);
  });

  it('finds a document by its zaak number and its aanhangsel number', () => {
    expect(engine.search('2021Z11111', 5)[0]).toMatchObject({ documentId: '2021Z11111', part: { type: 'title', index: 0 } });
    expect(ids(engine.search('ah-tk-20202021-1682', 5))).toEqual(['2021Z11111']);
  });

  it('returns nothing for a query of stopwords only', () => {
    expect(engine.search('de het van', 10)).toEqual([]);
    expect(engine.search('   ', 10)).toEqual([]);
  });
});

describe('search engine: query operators', () => {
  const engine = engineWithAll();

  it('ANDs words across the parts of one document', () => {
    // "Pompeo" is in the questions, "regeerakkoord" only in answer 8
    expect(ids(engine.search('Pompeo regeerakkoord', 10))).toEqual(['sha256:c9bbddca1680c246']);
    expect(ids(engine.search('luchtvaart regeerakkoord', 10))).toEqual([]);
  });

  it('checks phrases against the text, not only the words', () => {
    const hits = engine.search('"mensenrechtenschendingen tegen Oeigoeren"', 10);
    expect(hits).toHaveLength(1);
    expect(marked(hits[0]!)).toEqual(['mensenrechtenschendingen tegen Oeigoeren']);
    expect(engine.search('"Oeigoeren tegen mensenrechtenschendingen"', 10)).toEqual([]);
  });

  it('excludes documents holding an excluded word or phrase anywhere', () => {
    expect(ids(engine.search('Oeigoeren -luchtvaart', 10)).sort()).toEqual(['2019Z22222', 'sha256:c9bbddca1680c246']);
    expect(ids(engine.search('Oeigoeren -"kampen voor"', 10)).sort()).toEqual(['2021Z11111', 'sha256:c9bbddca1680c246']);
  });

  it('unites alternatives with OR and groups with parentheses', () => {
    expect(ids(engine.search('Tibet OR luchtvaart', 10)).sort()).toEqual(['2019Z22222', '2021Z11111']);
    expect(ids(engine.search('kabinet (regeerakkoord OR stikstof)', 10)).sort()).toEqual(['2021Z11111', 'sha256:c9bbddca1680c246']);
    expect(ids(engine.search('-(Tibet OR luchtvaart) Oeigoeren', 10))).toEqual(['sha256:c9bbddca1680c246']);
  });

  it('throws search-syntax with the position for a malformed query', () => {
    try {
      engine.search('genocide (China', 10);
      expect.unreachable();
    } catch (e) {
      expect(isVraagbaakError(e, 'search-syntax')).toBe(true);
      expect((e as { details: Record<string, unknown> }).details['position']).toBe(9);
    }
  });
});

describe('search engine: field filters', () => {
  const engine = engineWithAll();
  const docsFor = (q: string): string[] => ids(engine.search(q, 20)).sort();

  it('filters on minister, ministry, member and party', () => {
    expect(docsFor('Oeigoeren minister:Blok')).toEqual(['sha256:c9bbddca1680c246']);
    expect(docsFor('ministerie:"Buitenlandse Zaken"')).toEqual(['2019Z22222', 'sha256:c9bbddca1680c246']);
    expect(docsFor('lid:bromet')).toEqual(['2021Z11111']);
    expect(docsFor('partij:D66 Oeigoeren')).toEqual(['2019Z22222', '2021Z11111', 'sha256:c9bbddca1680c246']);
    expect(docsFor('partij:groenlinks')).toEqual(['2021Z11111']);
  });

  it('filters on document and annotation tags, parents included', () => {
    expect(docsFor('tag:klimaat')).toEqual(['2021Z11111']);
    expect(docsFor('tag:oeigoeren')).toEqual(['sha256:c9bbddca1680c246']);
    expect(docsFor('tag:mensenrechten')).toEqual(['sha256:c9bbddca1680c246']);
  });

  it('filters on kind and on the answer date, else the submission date', () => {
    expect(docsFor('soort:vragen')).toEqual(['2019Z22222']);
    expect(docsFor('Oeigoeren soort:antwoord')).toEqual(['2021Z11111', 'sha256:c9bbddca1680c246']);
    expect(docsFor('van:2021-02')).toEqual(['sha256:c9bbddca1680c246']);
    expect(docsFor('van:2021 tot:2021-01')).toEqual(['2021Z11111']);
    expect(docsFor('tot:2019')).toEqual(['2019Z22222']);
  });

  it('gives a filter-only match one hit on the title, newest first', () => {
    const hits = engine.search('partij:d66', 10);
    expect(hits.map((h) => h.documentId)).toEqual(['sha256:c9bbddca1680c246', '2021Z11111', '2019Z22222']);
    expect(hits[0]).toMatchObject({ part: { type: 'title', index: 0 }, marks: [], score: 0 });
  });

  it('lists everything but the excluded for an exclusion-only query', () => {
    expect(docsFor('-Xinjiang')).toEqual(['2021Z11111', 'sha256:c9bbddca1680c246']);
  });
});

describe('search engine: upsert, remove, limits', () => {
  it('replaces a document on upsert and forgets it on remove', () => {
    const engine = createSearchEngine();
    const entry = seedEntry();
    engine.upsert(entry, TAGS);
    expect(engine.size).toBe(1);
    const changed = structuredClone(entry);
    changed.document.answers[1]!.text = 'Het kabinet verwijst naar de Verenigde Naties.';
    changed.annotations = [];
    engine.upsert(changed, TAGS);
    expect(engine.size).toBe(1);
    expect(engine.search('regeerakkoord', 10)).toEqual([]);
    expect(engine.search('Naties', 10)).toHaveLength(1);
    expect(engine.search('mensenrechtenschending', 10).some((h) => h.annotationId !== null)).toBe(false);
    engine.remove(entry.document.id);
    engine.remove('unknown-id');
    expect(engine.size).toBe(0);
    expect(engine.search('Naties', 10)).toEqual([]);
    expect(engine.search('mensenr', 10)).toEqual([]);
  });

  it('re-indexes tag names given at upsert', () => {
    const engine = createSearchEngine();
    engine.upsert(seedEntry(), [makeTag('t-mr', 'Rechten van de mens'), makeTag('t-oe', 'Xinjiang')]);
    expect(engine.search('tag:rechten', 5)).toHaveLength(1);
    expect(engine.search('tag:mensenrechten', 5)).toEqual([]);
  });

  it('keeps to the limit and shows at most 3 hits per document while others wait', () => {
    const engine = engineWithAll();
    expect(engine.search('Oeigoeren', 2)).toHaveLength(2);
    expect(engine.search('Oeigoeren', 0)).toEqual([]);
    const hits = engine.search('Oeigoeren', 6);
    const firstSix = hits.map((h) => h.documentId);
    expect(new Set(firstSix).size).toBe(3);
    // with room to spare, the seed's further hits follow
    const many = engine.search('Oeigoeren', 50);
    expect(many.filter((h) => h.documentId === 'sha256:c9bbddca1680c246').length).toBeGreaterThan(3);
  });

  it('puts every mark on a word of the query, in snippet coordinates', () => {
    const engine = engineWithAll();
    for (const hit of engine.search('genocide OR Oeigoeren', 50)) {
      expect(hit.marks.length).toBeGreaterThan(0);
      for (const w of marked(hit)) expect(w.toLowerCase()).toMatch(/genocide|oe[iï]goer/);
    }
  });
});
