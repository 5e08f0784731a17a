/** End to end over the founding document: the real parser (core/parse) feeding the search engine. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.js';
import { createSearchEngine } from './index.js';
import { makeAnnotation, makeTag } from './test-documents.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seedText = readFileSync(path.resolve(repoRoot, '../shared/seed/000_c9bbddca1680c246.txt'), 'utf8');
const doc = parseText(seedText, { fileName: '000_c9bbddca1680c246.txt', sha256: 'c9bbddca1680c246'.padEnd(64, '0'), format: 'text' });
const answer8 = doc.answers.findIndex((a) => a.questionNumbers.includes(8));

const engine = createSearchEngine();
engine.upsert({
  document: doc,
  annotations: [makeAnnotation({ id: 'n1', documentId: doc.id, part: { type: 'answer', index: answer8 }, note: 'Geen genocide, wel mensenrechtenschendingen', tagIds: ['t'] })],
  documentTagIds: [],
}, [makeTag('t', 'Oeïgoeren')]);

describe('search over the parsed seed document', () => {
  it('finds answer 8 for "mensenrechtenschending", and the note on it', () => {
    const hits = engine.search('mensenrechtenschending', 10);
    const inAnswer = hits.find((h) => h.annotationId === null && h.part.type === 'answer' && h.part.index === answer8);
    expect(inAnswer?.snippet).toContain('grootschalige mensenrechtenschendingen tegen Oeigoeren');
    expect(hits.some((h) => h.annotationId === 'n1')).toBe(true);
    // answer 6 mentions "mensenrechtenschendingen door de Chinese overheid" too
    expect(hits.filter((h) => h.annotationId === null).map((h) => h.part)).toContainEqual({ type: 'answer', index: doc.answers.findIndex((a) => a.questionNumbers.includes(6)) });
  });

  it('finds the phrase of answer 8 and nothing for the words out of order', () => {
    expect(engine.search('"grootschalige mensenrechtenschendingen"', 5)).toHaveLength(1);
    expect(engine.search('"mensenrechtenschendingen grootschalige"', 5)).toEqual([]);
  });

  it('finds the document by its minister and answer date', () => {
    expect(engine.search('genocide minister:Blok van:2021-02 tot:2021-02-28', 5).length).toBeGreaterThan(0);
    expect(engine.search('genocide van:2022', 5)).toEqual([]);
  });

  it('finds the footnote URL text and the repatriation in answer 6 without diacritics', () => {
    expect(engine.search('repatrieren', 5)[0]?.part).toEqual({ type: 'answer', index: doc.answers.findIndex((a) => a.questionNumbers.includes(6)) });
    expect(engine.search('nrc', 5).some((h) => h.part.type === 'footnote')).toBe(true);
  });
});
