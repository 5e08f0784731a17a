import { describe, expect, it } from 'vitest';
import { compileFieldFilter, factsOf, foldText } from './doc-facts.js';
import { parseQuery, type FieldNode } from './query.js';
import { makeAnnotation, makeDocument, makeTag, seedDocument } from './test-documents.js';

const NO_NOTICES = { hasDelayNotice: (): boolean => false };

function filter(query: string): (f: ReturnType<typeof factsOf>) => boolean {
  const test = compileFieldFilter(parseQuery(query) as FieldNode);
  return (f) => test(f, NO_NOTICES);
}

describe('document facts and field filters', () => {
  const tags = [makeTag('p', 'Mensenrechten'), makeTag('c', 'Oeïgoeren', 'p')];
  const doc = seedDocument();
  const facts = factsOf({ document: doc, annotations: [makeAnnotation({ id: 'a', documentId: doc.id, part: { type: 'answer', index: 1 }, tagIds: ['c'] })], documentTagIds: [] }, tags);

  it('folds multi-word values', () => {
    expect(foldText('GroenLinks-PvdA')).toBe('groenlinks pvda');
    expect(foldText('Hugo de Jonge')).toBe('hugo de jonge');
  });

  it('filters on minister, ministry, member and party by word prefix', () => {
    expect(filter('minister:blok')(facts)).toBe(true);
    expect(filter('minister:rutte')(facts)).toBe(false);
    expect(filter('ministerie:"buitenlandse zaken"')(facts)).toBe(true);
    expect(filter('ministerie:zaken')(facts)).toBe(true);
    expect(filter('ministerie:defensie')(facts)).toBe(false);
    expect(filter('lid:sjoerdsma')(facts)).toBe(true);
    expect(filter('partij:d66')(facts)).toBe(true);
    expect(filter('partij:vvd')(facts)).toBe(false);
  });

  it('matches a multi-word name from any of its words', () => {
    const f = factsOf({ document: makeDocument({ id: 'x', answeredBy: [{ name: 'Hugo de Jonge', role: 'minister', portfolio: null }] }), annotations: [], documentTagIds: [] }, []);
    expect(filter('minister:"de jonge"')(f)).toBe(true);
    expect(filter('minister:jonge')(f)).toBe(true);
    expect(filter('minister:onge')(f)).toBe(false);
  });

  it('filters on annotation tags, their parents and folded names', () => {
    expect(filter('tag:oeigoeren')(facts)).toBe(true);
    expect(filter('tag:mensenrechten')(facts)).toBe(true);
    expect(filter('tag:klimaat')(facts)).toBe(false);
  });

  it('filters on kind and inclusive date bounds', () => {
    expect(filter('soort:antwoord')(facts)).toBe(true);
    expect(filter('soort:vragen')(facts)).toBe(false);
    expect(filter('van:2021-02-15')(facts)).toBe(true);
    expect(filter('tot:2021-02-15')(facts)).toBe(true);
    expect(filter('van:2021-02-16')(facts)).toBe(false);
    expect(filter('tot:2020')(facts)).toBe(false);
  });

  it('falls back to submittedOn and fails date filters without any date', () => {
    const questions = factsOf({ document: makeDocument({ id: 'q', kind: 'questions', submittedOn: '2020-05-01' }), annotations: [], documentTagIds: [] }, []);
    expect(filter('van:2020')(questions)).toBe(true);
    const undated = factsOf({ document: makeDocument({ id: 'u' }), annotations: [], documentTagIds: [] }, []);
    expect(filter('van:2000')(undated)).toBe(false);
  });

  it('never counts a delay notice as answered, even when its text was read as an answer', () => {
    const notice = factsOf({
      document: makeDocument({ id: 'n', kind: 'delay-notice', answers: [{ questionNumbers: [], text: 'De vragen kunnen niet binnen drie weken worden beantwoord.', footnoteRefs: [] }] }),
      annotations: [], documentTagIds: [],
    }, []);
    expect(filter('beantwoord:ja')(notice)).toBe(false);
    expect(filter('beantwoord:nee')(notice)).toBe(true);
  });
});
