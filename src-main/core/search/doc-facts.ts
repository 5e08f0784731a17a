/**
 * The metadata a document is filtered on (minister:, ministerie:, lid:, partij:, tag:, soort:,
 * van:, tot:), folded once at index time so a filter is a few string checks per document.
 */
import type { DocumentKind, QaDocument, Tag } from '../model/index.js';
import type { IndexableDocument } from './engine.js';
import { foldForm } from './analysis.js';
import type { FieldNode } from './query.js';
import { tokenize } from './tokenize.js';

export interface DocumentFacts {
  kind: DocumentKind;
  /** receivedOn, else submittedOn (ISO), else null */
  date: string | null;
  ministers: string[];
  /** answeredBy portfolios and the addressedTo lines ("minister van Buitenlandse Zaken") */
  ministries: string[];
  members: string[];
  parties: string[];
  /** names of the document's and its annotations' tags, with their ancestors' names */
  tagNames: string[];
}

/**
 * Folds a multi-word value for filtering: words folded (see `foldForm`) and joined by one space.
 * "GroenLinks-PvdA" → "groenlinks pvda".
 */
export function foldText(text: string): string {
  return tokenize(text).map((t) => foldForm(t.raw)).join(' ');
}

function tagNamesWithAncestors(tagIds: Iterable<string>, tags: readonly Tag[]): string[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const names = new Set<string>();
  for (const id of tagIds) {
    // walk up the parents; the seen set guards against a cycle in bad data
    const seen = new Set<string>();
    for (let tag = byId.get(id); tag && !seen.has(tag.id); tag = tag.parentId ? byId.get(tag.parentId) : undefined) {
      seen.add(tag.id);
      names.add(foldText(tag.name));
    }
  }
  return [...names];
}

/**
 * Collects the filterable metadata of one document.
 * @param entry the document with its annotations and document tag ids
 * @param tags all tags of the workspace (for names and parents); unknown tag ids are skipped
 */
export function factsOf(entry: IndexableDocument, tags: readonly Tag[]): DocumentFacts {
  const doc: QaDocument = entry.document;
  const tagIds = [...entry.documentTagIds, ...entry.annotations.flatMap((a) => a.tagIds)];
  return {
    kind: doc.kind,
    date: doc.receivedOn ?? doc.submittedOn,
    ministers: doc.answeredBy.map((o) => foldText(o.name)),
    ministries: [...doc.answeredBy.flatMap((o) => (o.portfolio ? [o.portfolio] : [])), ...doc.addressedTo].map(foldText),
    members: doc.askedBy.map((m) => foldText(m.name)),
    parties: doc.askedBy.flatMap((m) => (m.party ? [foldText(m.party)] : [])),
    tagNames: tagNamesWithAncestors(tagIds, tags),
  };
}

/** True when the folded `needle` starts at a word boundary in one of the folded `values`. */
function hasWordsStartingWith(values: readonly string[], needle: string): boolean {
  if (needle === '') return false;
  return values.some((v) => (' ' + v).includes(' ' + needle));
}

/** A compiled field filter: true when the document's facts pass. */
export type FactsFilter = (facts: DocumentFacts) => boolean;

/**
 * Compiles one field filter (the value is folded once). Text fields match when the folded value
 * begins at a word of the metadata (`minister:jonge` matches "Hugo de Jonge", `partij:groenlinks`
 * matches "GroenLinks-PvdA"); van:/tot: are inclusive and fail for a document without a date.
 */
export function compileFieldFilter(field: FieldNode): FactsFilter {
  switch (field.field) {
    case 'soort': { const kind = field.value; return (f) => f.kind === kind; }
    case 'van': { const from = field.value; return (f) => f.date !== null && f.date >= from; }
    case 'tot': { const to = field.value; return (f) => f.date !== null && f.date <= to; }
    default: {
      const needle = foldText(field.value);
      const pick = FACT_OF_FIELD[field.field];
      return (f) => hasWordsStartingWith(pick(f), needle);
    }
  }
}

const FACT_OF_FIELD: Record<'minister' | 'ministerie' | 'lid' | 'partij' | 'tag', (f: DocumentFacts) => readonly string[]> = {
  minister: (f) => f.ministers,
  ministerie: (f) => f.ministries,
  lid: (f) => f.members,
  partij: (f) => f.parties,
  tag: (f) => f.tagNames,
};
