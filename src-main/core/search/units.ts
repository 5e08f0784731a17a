/**
 * Splits a document into the pieces the index searches separately ("units"): the title, the
 * identifiers, each question, answer and footnote, the document's tag names, and per annotation
 * its note and tags.
 * A hit always points at one unit, so it can name its part and annotation.
 */
import type { Annotation, PartRef, Tag } from '../model/index.js';
import type { IndexableDocument } from './indexable.js';

export type UnitKind = 'title' | 'identifiers' | 'question' | 'answer' | 'footnote' | 'tags' | 'note';

/** The kinds `markUnitsOf` makes: they change with annotations and tags, the others only with the document. */
export const MARK_KINDS: ReadonlySet<UnitKind> = new Set(['tags', 'note']);

export interface SearchUnit {
  kind: UnitKind;
  /** the part a hit in this unit points at; document tags point at the title */
  part: PartRef;
  annotationId: string | null;
  /** the searchable text; snippets and marks are cut from it */
  text: string;
}

/**
 * Ranking weight per unit kind: hits in the title, notes and tags rank above the body text, and
 * footnotes (mostly source citations) below it.
 */
export const UNIT_WEIGHT: Readonly<Record<UnitKind, number>> = {
  title: 3, identifiers: 3, tags: 3, note: 3, question: 1.2, answer: 1, footnote: 0.5,
};

/** Separator between a note and tag names in one unit's text. */
const JOIN = ' · ';

/**
 * Lists the searchable units of one document, empty texts left out.
 * @param entry the document, its annotations and its document tag ids
 * @param tags all tags (for names); unknown tag ids are skipped
 */
export function unitsOf(entry: IndexableDocument, tags: readonly Tag[]): SearchUnit[] {
  const doc = entry.document;
  const units: SearchUnit[] = [];
  const push = (kind: UnitKind, part: PartRef, text: string): void => {
    if (text.trim() !== '') units.push({ kind, part, annotationId: null, text });
  };
  if (doc.title) push('title', { type: 'title', index: 0 }, doc.title);
  // official numbers (zaak 2021Z00843, aanhangsel …) so a pasted identifier finds its document
  push('identifiers', { type: 'title', index: 0 }, Object.values(doc.identifiers).join(JOIN));
  doc.questions.forEach((q, index) => push('question', { type: 'question', index }, q.text));
  doc.answers.forEach((a, index) => push('answer', { type: 'answer', index }, a.text));
  doc.footnotes.forEach((f, index) => push('footnote', { type: 'footnote', index }, f.text));
  return [...units, ...markUnitsOf(entry.annotations, entry.documentTagIds, tags)];
}

/**
 * The units the analyst adds to a document: its tag names, and per annotation its note and tags
 * (the last units of `unitsOf`, so they can be replaced without touching the document's own text).
 * @param tags all tags (for names); unknown tag ids are skipped
 */
export function markUnitsOf(annotations: readonly Annotation[], documentTagIds: readonly string[], tags: readonly Tag[]): SearchUnit[] {
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  const namesOf = (ids: readonly string[]): string[] => ids.flatMap((id) => tagName.get(id) ?? []);
  const units: SearchUnit[] = [];
  const docTags = namesOf(documentTagIds).join(JOIN);
  if (docTags.trim() !== '') units.push({ kind: 'tags', part: { type: 'title', index: 0 }, annotationId: null, text: docTags });
  for (const a of annotations) {
    const text = [a.note, ...namesOf(a.tagIds)].filter((s) => s.trim() !== '').join(JOIN);
    if (text.trim() !== '') units.push({ kind: 'note', part: a.target.part, annotationId: a.id, text });
  }
  return units;
}
