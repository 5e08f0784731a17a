import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewBriefingItem } from '../api/contract.js';
import { isVraagbaakError, type BriefingItem, type QaDocument } from '../model/index.js';
import { parseText } from '../parse/index.js';
import { appendItems, questionNumberOfPart, sourceKey, toStoredItem, type ItemLookup } from './add-items.js';
import { annotate } from './test-briefings.js';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/nl-text');
/** kvl-r03 (Boswijk → Veldkamp): 9 questions, one answer covers questions 4 and 5, 2 footnotes. */
const boswijk: QaDocument = parseText(readFileSync(resolve(CORPUS, 'kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt'), 'utf8'), {
  fileName: 'kvl-r03.txt',
  sha256: '0'.repeat(64),
  format: 'text',
});

const excerpt = annotate(boswijk, { type: 'answer', index: 3 }, 'In 2013 heeft de toenmalige Secretaris-Generaal', { id: 'a-1' });
const lookup: ItemLookup = {
  document: (id) => (id === boswijk.id ? boswijk : null),
  annotations: (id) => (id === boswijk.id ? [excerpt] : []),
};

function reasonOf(item: NewBriefingItem): unknown {
  try {
    toStoredItem(item, lookup);
  } catch (e) {
    if (isVraagbaakError(e)) return { code: e.code, ...e.details };
    throw e;
  }
  throw new Error('expected an error');
}

describe('questionNumberOfPart', () => {
  it('a question is its own number; an answer is the first question it covers; title and footnote are none', () => {
    expect(questionNumberOfPart(boswijk, { type: 'question', index: 4 })).toBe(5);
    expect(questionNumberOfPart(boswijk, { type: 'answer', index: 3 })).toBe(4); // covers 4 and 5
    expect(questionNumberOfPart(boswijk, { type: 'answer', index: 4 })).toBe(6);
    expect(questionNumberOfPart(boswijk, { type: 'title', index: 0 })).toBeNull();
    expect(questionNumberOfPart(boswijk, { type: 'footnote', index: 1 })).toBeNull();
  });

  it('refuses a part the document does not have', () => {
    expect(() => questionNumberOfPart(boswijk, { type: 'answer', index: 8 })).toThrow(/has no answer 9/);
    expect(() => questionNumberOfPart(boswijk, { type: 'footnote', index: 2 })).toThrow(/has no footnote 3/);
  });
});

describe('toStoredItem', () => {
  it('turns a search hit into its question/answer pair, or the whole document for a title or footnote hit', () => {
    expect(toStoredItem({ type: 'part', documentId: boswijk.id, part: { type: 'answer', index: 3 } }, lookup)).toEqual({
      type: 'qa',
      documentId: boswijk.id,
      questionNumber: 4,
    });
    expect(toStoredItem({ type: 'part', documentId: boswijk.id, part: { type: 'footnote', index: 0 } }, lookup)).toEqual({
      type: 'document',
      documentId: boswijk.id,
    });
  });

  it('stores an excerpt with its document, part and the quote as it is now', () => {
    expect(toStoredItem({ type: 'annotation', documentId: boswijk.id, annotationId: 'a-1' }, lookup)).toEqual({
      type: 'annotation',
      annotationId: 'a-1',
      documentId: boswijk.id,
      part: { type: 'answer', index: 3 },
      quote: 'In 2013 heeft de toenmalige Secretaris-Generaal',
    });
  });

  it('trims heading text and keeps text items as written', () => {
    expect(toStoredItem({ type: 'heading', text: '  Conclusie ', level: 2 }, lookup)).toEqual({ type: 'heading', text: 'Conclusie', level: 2 });
    expect(toStoredItem({ type: 'text', text: '**Let op**\n\n- een\n- twee' }, lookup)).toEqual({ type: 'text', text: '**Let op**\n\n- een\n- twee' });
  });

  it('names the unknown document, annotation, question or part', () => {
    expect(reasonOf({ type: 'document', documentId: 'ah-tk-0' })).toEqual({ code: 'not-found', reason: 'document-missing', documentId: 'ah-tk-0' });
    expect(reasonOf({ type: 'annotation', documentId: boswijk.id, annotationId: 'weg' })).toEqual({
      code: 'not-found',
      reason: 'annotation-missing',
      documentId: boswijk.id,
      annotationId: 'weg',
    });
    expect(reasonOf({ type: 'qa', documentId: boswijk.id, questionNumber: 10 })).toEqual({
      code: 'not-found',
      reason: 'question-missing',
      documentId: boswijk.id,
      questionNumber: 10,
    });
    expect(reasonOf({ type: 'part', documentId: boswijk.id, part: { type: 'question', index: 9 } })).toMatchObject({ reason: 'part-missing' });
    expect(reasonOf({ type: 'qa', documentId: 'elders', questionNumber: 1 })).toMatchObject({ reason: 'document-missing', documentId: 'elders' });
  });
});

describe('appendItems', () => {
  const existing: BriefingItem[] = [
    { type: 'heading', id: 'h', text: 'Inleiding', level: 1 },
    { type: 'annotation', id: 'x', annotationId: 'a-1', documentId: null, part: null, quote: '' },
    { type: 'qa', id: 'y', documentId: boswijk.id, questionNumber: 4 },
  ];
  let n = 0;
  const newId = () => `new-${String(++n)}`;

  it('gives new ids and leaves out what the briefing or the same request already holds', () => {
    n = 0;
    const result = appendItems(
      existing,
      [
        { type: 'annotation', annotationId: 'a-1', documentId: boswijk.id, part: null, quote: 'q' }, // held (old item without document)
        { type: 'qa', documentId: boswijk.id, questionNumber: 4 }, // held
        { type: 'qa', documentId: boswijk.id, questionNumber: 6 },
        { type: 'qa', documentId: boswijk.id, questionNumber: 6 }, // twice in one request
        { type: 'document', documentId: boswijk.id }, // a whole document is not its questions
        { type: 'heading', text: 'Inleiding', level: 1 }, // headings may repeat
      ],
      newId,
    );
    expect(result.duplicates).toBe(3);
    expect(result.addedItemIds).toEqual(['new-1', 'new-2', 'new-3']);
    expect(result.items.map((i) => `${i.id}:${sourceKey(i) ?? i.type}`)).toEqual([
      'h:heading',
      'x:annotation:a-1',
      `y:qa:${boswijk.id}:4`,
      `new-1:qa:${boswijk.id}:6`,
      `new-2:document:${boswijk.id}`,
      'new-3:heading',
    ]);
    expect(existing).toHaveLength(3); // not changed in place
  });
});
