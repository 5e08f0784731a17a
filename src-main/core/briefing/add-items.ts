/**
 * "Add to briefing" as data: what a requested item is stored as (a search hit becomes the
 * question/answer pair it is in, an excerpt keeps its document, part and quote), and which
 * requested items the briefing already holds, so the same excerpt is never added twice.
 */
import type { NewBriefingItem } from '../api/contract.js';
import type { VraagbaakError } from '../model/errors.js';
import type { Annotation, BriefingItem, PartRef, QaDocument } from '../model/index.js';
import { briefingError } from './errors.js';

/** A briefing item before it has its id. */
export type UnsavedItem = BriefingItem extends infer T ? (T extends BriefingItem ? Omit<T, 'id'> : never) : never;

/** What turning requested items into stored ones needs from the archive. */
export interface ItemLookup {
  /** the document with this id, or null when the archive does not hold it */
  document(documentId: string): QaDocument | null;
  /** the annotations on a document ([] when it has none or does not exist) */
  annotations(documentId: string): readonly Annotation[];
}

/** The result of appending items to a briefing's list. */
export interface AppendResult {
  /** the briefing's items followed by the ones added */
  items: BriefingItem[];
  /** ids of the added items, in order */
  addedItemIds: string[];
  /** requested items the briefing (or an earlier one of the same request) already holds */
  duplicates: number;
}

function documentMissing(documentId: string): VraagbaakError {
  return briefingError('not-found', `The archive has no document "${documentId}".`, 'document-missing', { documentId });
}

function requireDocument(lookup: ItemLookup, documentId: string): QaDocument {
  const document = lookup.document(documentId);
  if (document === null) throw documentMissing(documentId);
  return document;
}

function requireQuestion(document: QaDocument, questionNumber: number): number {
  if (!document.questions.some((q) => q.number === questionNumber)) {
    throw briefingError('not-found', `Document "${document.id}" has no question ${String(questionNumber)}.`, 'question-missing', {
      documentId: document.id,
      questionNumber,
    });
  }
  return questionNumber;
}

/**
 * The question number a search hit's part stands for: a question → its own number; an answer →
 * the first question it covers. Null for the title, a footnote and an answer that covers no
 * question (those become the whole document).
 * @throws VraagbaakError('not-found', reason 'part-missing') when the document has no such part
 */
export function questionNumberOfPart(document: QaDocument, part: PartRef): number | null {
  const missing = (): VraagbaakError =>
    briefingError('not-found', `Document "${document.id}" has no ${part.type} ${String(part.index + 1)}.`, 'part-missing', {
      documentId: document.id,
      part,
    });
  switch (part.type) {
    case 'question': {
      const question = document.questions[part.index];
      if (question === undefined) throw missing();
      return question.number;
    }
    case 'answer': {
      const answer = document.answers[part.index];
      if (answer === undefined) throw missing();
      return answer.questionNumbers[0] ?? null;
    }
    case 'footnote':
      if (document.footnotes[part.index] === undefined) throw missing();
      return null;
    case 'title':
      return null;
  }
}

/**
 * The item to store for a requested one. Excerpts keep their document, part and quote as they are
 * now (so the briefing can say what it was if the annotation is deleted); a search hit (`part`)
 * becomes the question/answer pair it is in, or the whole document for a title or footnote hit.
 * @throws VraagbaakError('not-found') naming the unknown document (reason 'document-missing'),
 *   annotation ('annotation-missing'), question ('question-missing') or part ('part-missing')
 */
export function toStoredItem(item: NewBriefingItem, lookup: ItemLookup): UnsavedItem {
  switch (item.type) {
    case 'heading':
      return { type: 'heading', text: item.text.trim(), level: item.level };
    case 'text':
      return { type: 'text', text: item.text };
    case 'document':
      return { type: 'document', documentId: requireDocument(lookup, item.documentId).id };
    case 'qa': {
      const document = requireDocument(lookup, item.documentId);
      return { type: 'qa', documentId: document.id, questionNumber: requireQuestion(document, item.questionNumber) };
    }
    case 'part': {
      const document = requireDocument(lookup, item.documentId);
      const questionNumber = questionNumberOfPart(document, item.part);
      return questionNumber === null
        ? { type: 'document', documentId: document.id }
        : { type: 'qa', documentId: document.id, questionNumber };
    }
    case 'annotation': {
      const document = requireDocument(lookup, item.documentId);
      const annotation = lookup.annotations(document.id).find((a) => a.id === item.annotationId);
      if (!annotation) {
        throw briefingError('not-found', `Document "${document.id}" has no annotation "${item.annotationId}".`, 'annotation-missing', {
          documentId: document.id,
          annotationId: item.annotationId,
        });
      }
      return { type: 'annotation', annotationId: annotation.id, documentId: document.id, part: annotation.target.part, quote: annotation.target.quote.exact };
    }
  }
}

/**
 * What makes two items "the same source": the same annotation; the same question of the same
 * document; the same whole document. Headings and text have none (they may repeat).
 * @returns a key, or null for headings and text
 */
export function sourceKey(item: UnsavedItem | BriefingItem): string | null {
  switch (item.type) {
    case 'annotation':
      return `annotation:${item.annotationId}`;
    case 'qa':
      return `qa:${item.documentId}:${String(item.questionNumber)}`;
    case 'document':
      return `document:${item.documentId}`;
    case 'heading':
    case 'text':
      return null;
  }
}

/** The source keys of `items` (headings and text have none). */
export function sourceKeys(items: readonly BriefingItem[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    const key = sourceKey(item);
    if (key !== null) keys.add(key);
  }
  return keys;
}

/**
 * Appends `candidates` to `existing`, giving each a new id and leaving out every one whose source
 * the list already holds (or an earlier candidate of the same call added).
 * @param newId a fresh, unique item id per call
 */
export function appendItems(existing: readonly BriefingItem[], candidates: readonly UnsavedItem[], newId: () => string): AppendResult {
  const held = sourceKeys(existing);
  const items = [...existing];
  const addedItemIds: string[] = [];
  let duplicates = 0;
  for (const candidate of candidates) {
    const key = sourceKey(candidate);
    if (key !== null && held.has(key)) {
      duplicates++;
      continue;
    }
    if (key !== null) held.add(key);
    const item: BriefingItem = { ...candidate, id: newId() };
    items.push(item);
    addedItemIds.push(item.id);
  }
  return { items, addedItemIds, duplicates };
}
