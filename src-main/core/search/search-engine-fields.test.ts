import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../api/types.js';
import { isVraagbaakError } from '../model/index.js';
import { createSearchEngine } from './index.js';
import { makeDocument, makeTag, seedDocument } from './test-documents.js';

const ids = (hits: SearchHit[]): string[] => [...new Set(hits.map((h) => h.documentId))].sort();

const TAGS = [makeTag('t-mr', 'Mensenrechten'), makeTag('t-oe', 'Oeïgoeren', 't-mr'), makeTag('t-xj', 'Xinjiang', 't-oe')];

/** Questions, a delay notice and a late answer on one case; a prompt answer and open questions on others. */
function engine(): ReturnType<typeof createSearchEngine> {
  const e = createSearchEngine();
  const entry = (document: ReturnType<typeof makeDocument>, documentTagIds: string[] = []): void => e.upsert({ document, annotations: [], documentTagIds }, TAGS);
  entry(makeDocument({
    id: 'q-1', kind: 'questions', identifiers: { zaak: '2021Z00001' }, submittedOn: '2021-01-04',
    questions: [{ number: 1, text: 'Wat doet u tegen de stikstofuitstoot?', footnoteRefs: [] }],
  }));
  entry(makeDocument({ id: 'u-1', kind: 'delay-notice', identifiers: { zaak: '2021Z00001' }, receivedOn: '2021-01-25', title: 'Uitstelbericht stikstof' }));
  entry(makeDocument({
    id: 'a-1', kind: 'answer', identifiers: { zaak: '2021z00001' }, submittedOn: '2021-01-04', receivedOn: '2021-01-20',
    answers: [{ questionNumbers: [1], text: 'Het kabinet neemt maatregelen tegen stikstof.', footnoteRefs: [] }],
  }));
  entry(makeDocument({
    id: 'a-2', kind: 'answer', identifiers: { zaak: '2021Z00002' }, submittedOn: '2021-03-01', receivedOn: '2021-04-15',
    answers: [{ questionNumbers: [1], text: 'Het toezicht op de stikstofregels wordt versterkt.', footnoteRefs: [] }],
  }));
  entry(makeDocument({
    id: 'a-3', kind: 'answer', identifiers: { zaak: '2021Z00003' }, submittedOn: '2021-03-01', receivedOn: '2021-03-10',
    answers: [{ questionNumbers: [1], text: 'De stikstof blijft binnen de norm.', footnoteRefs: [] }],
  }), ['t-xj']);
  entry(seedDocument());
  return e;
}

describe('search engine: beantwoord: and vertraagd:', () => {
  const e = engine();
  const docs = (q: string): string[] => ids(e.search(q, 50));

  it('tells answered documents from open questions', () => {
    expect(docs('beantwoord:ja stikstof')).toEqual(['a-1', 'a-2', 'a-3']);
    expect(docs('beantwoord:nee stikstof')).toEqual(['q-1', 'u-1']);
  });

  it('counts an answer after more than three weeks, a delay notice, and every document of its case as delayed', () => {
    // a-2: 45 days; u-1 is the notice; q-1 and a-1 share its zaak number (a-1 in lower case)
    expect(docs('vertraagd:ja')).toEqual(['a-1', 'a-2', 'q-1', 'u-1']);
    expect(docs('vertraagd:nee stikstof')).toEqual(['a-3']);
  });

  it('points at a bad ja/nee value', () => {
    try {
      e.search('stikstof beantwoord:misschien', 10);
      expect.unreachable();
    } catch (err) {
      expect(isVraagbaakError(err, 'search-syntax')).toBe(true);
      expect((err as { details: Record<string, unknown> }).details['position']).toBe(20);
    }
  });
});

describe('search engine: tags and compounds', () => {
  const e = engine();

  it('includes the children of a tag, at any depth', () => {
    expect(ids(e.search('tag:xinjiang', 10))).toEqual(['a-3']);
    expect(ids(e.search('tag:oeigoeren', 10))).toEqual(['a-3']);
    expect(ids(e.search('tag:mensenrechten', 10))).toEqual(['a-3']);
  });

  it('finds the second half of a compound, marking the whole compound', () => {
    const hits = e.search('schendingen', 10);
    expect(ids(hits)).toEqual(['sha256:c9bbddca1680c246']);
    expect(hits[0]!.marks.map((m) => hits[0]!.snippet.slice(m.start, m.end))).toContain('mensenrechtenschendingen');
    expect(ids(e.search('uitstoot', 10))).toEqual(['q-1']);
  });
});
