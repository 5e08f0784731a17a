import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../src-main/core/model/document.js';
import { foldForFilter, orderChoices } from './briefing-choice.js';

function summary(id: string, title: string, asker: string, minister: string): DocumentSummary {
  return {
    id,
    kind: 'answer',
    title,
    askedBy: [{ name: asker, party: 'CDA' }],
    answeredBy: [{ name: minister, role: 'minister', portfolio: 'Buitenlandse Zaken' }],
    submittedOn: '2024-03-03',
    receivedOn: null,
    identifiers: {},
    tagIds: [],
    annotationTagIds: [],
    annotationCount: 0,
  } as unknown as DocumentSummary;
}

const all = [
  summary('a', 'de situatie in Gaza', 'Boswijk', 'Veldkamp'),
  summary('b', 'het Curaçaose café', 'Sjoerdsma', 'Blok'),
  summary('c', 'visumbeleid', 'Ceder', 'Blok'),
];

describe('briefing choice', () => {
  it('folds case and accents', () => {
    expect(foldForFilter('Curaçao Café ËEN')).toBe('curacao cafe een');
  });

  it('filters on title, asker and minister, ignoring case and accents; every word must match', () => {
    expect(orderChoices(all, [], 'CURACAOSE', 'nl').map((s) => s.id)).toEqual(['b']);
    expect(orderChoices(all, [], 'blok', 'nl').map((s) => s.id)).toEqual(['b', 'c']);
    expect(orderChoices(all, [], 'blok ceder', 'nl').map((s) => s.id)).toEqual(['c']);
    expect(orderChoices(all, [], 'boswijk', 'nl').map((s) => s.id)).toEqual(['a']);
    expect(orderChoices(all, [], '  ', 'nl').map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('lists the chosen documents first, whatever the filter, and skips unknown ids', () => {
    expect(orderChoices(all, ['c', 'x', 'a'], 'blok', 'nl').map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});
