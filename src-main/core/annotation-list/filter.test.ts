import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/index.js';
import { annotate, foundingDocument } from '../briefing/test-briefings.js';
import { anchorStateOf, annotationMatcher } from './filter.js';

const doc = foundingDocument();
const oeigoeren = annotate(doc, { type: 'question', index: 0 }, 'Chinese behandeling Oeigoeren', { id: 'q1', tagIds: ['t-mr'], color: 'pink', note: 'Zie ook de Financiën-nota' });
const pompeo = annotate(doc, { type: 'answer', index: 1 }, 'Pompeo in een verklaring', { id: 'a2', tagIds: ['t-vs'], color: 'yellow' });
const plain = annotate(doc, { type: 'answer', index: 2 }, 'Nadere besluitvorming', { id: 'a3' });
const all: Annotation[] = [oeigoeren, pompeo, plain];
const ids = (filter: Parameters<typeof annotationMatcher>[0]) => all.filter(annotationMatcher(filter)).map((a) => a.id);

describe('annotationMatcher', () => {
  it('keeps everything without filters', () => {
    expect(ids({})).toEqual(['q1', 'a2', 'a3']);
  });

  it('finds text in the quote or the note, ignoring case and accents', () => {
    expect(ids({ text: 'oeigoeren' })).toEqual(['q1']);
    expect(ids({ text: 'OEÏGOEREN' })).toEqual(['q1']);
    expect(ids({ text: 'financien' })).toEqual(['q1']);
    expect(ids({ text: 'FINANCIËN'.normalize('NFD') })).toEqual(['q1']);
    expect(ids({ text: '  verklaring ' })).toEqual(['a2']);
    expect(ids({ text: 'niet aanwezig' })).toEqual([]);
  });

  it('does not match a needle spanning quote and note', () => {
    expect(ids({ text: 'oeigoeren zie' })).toEqual([]);
  });

  it('filters by theme set, colour and documents', () => {
    expect(ids({ tagIds: new Set(['t-mr', 't-vs']) })).toEqual(['q1', 'a2']);
    expect(ids({ tagIds: new Set() })).toEqual([]);
    expect(ids({ colors: ['yellow'] })).toEqual(['a2', 'a3']);
    expect(ids({ colors: [] })).toEqual(['q1', 'a2', 'a3']);
    expect(ids({ documentIds: new Set(['other']) })).toEqual([]);
    expect(ids({ documentIds: new Set([doc.id]), colors: ['pink', 'yellow'], tagIds: new Set(['t-vs']) })).toEqual(['a2']);
  });

  it("counts an annotation never re-anchored as 'anchored'", () => {
    const orphan: Annotation = { ...plain, id: 'o', anchorState: 'orphaned' };
    const relocated: Annotation = { ...pompeo, id: 'r', anchorState: 'relocated' };
    const list = [oeigoeren, orphan, relocated, { ...plain, id: 'x', anchorState: 'anchored' as const }];
    expect(anchorStateOf(oeigoeren)).toBe('anchored');
    expect(list.filter(annotationMatcher({ anchorStates: ['anchored'] })).map((a) => a.id)).toEqual(['q1', 'x']);
    expect(list.filter(annotationMatcher({ anchorStates: ['orphaned', 'relocated'] })).map((a) => a.id)).toEqual(['o', 'r']);
  });

  it('sees an edited note (a new object) with its new text', () => {
    const match = annotationMatcher({ text: 'nieuwe notitie' });
    expect(match(plain)).toBe(false);
    expect(match({ ...plain, note: 'Nieuwe notitie' })).toBe(true);
  });
});
