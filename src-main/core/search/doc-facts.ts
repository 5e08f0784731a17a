/**
 * The metadata a document is filtered on (minister:, ministerie:, lid:, partij:, tag:, soort:,
 * van:, tot:, beantwoord:, vertraagd:), folded once at index time so a filter is a few string
 * checks per document.
 */
import type { DocumentKind, QaDocument, Tag } from '../model/index.js';
import type { IndexableDocument } from './indexable.js';
import { foldForm } from './analysis.js';
import { tagDisplayNames } from './display-values.js';
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
  /** the document holds at least one answer (a delay notice never counts as answered) */
  answered: boolean;
  /** a delay notice itself, or answered more than `DELAY_DAYS` days after the questions were submitted */
  delayedByItself: boolean;
  /** the case numbers (zaak, e.g. "2021Z00843") that tie questions, delay notice and answer together */
  caseIds: string[];
}

/** Answers due within three weeks (Reglement van Orde TK art. 12.2); later ones count as delayed. */
export const DELAY_DAYS = 21;

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (UTC, so no daylight-saving drift). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY_MS);
}

/** What a filter may ask beyond one document's facts: whether another document is a delay notice for its case. */
export interface FilterWorld {
  /** true when a delay notice is indexed for one of these case numbers */
  hasDelayNotice(caseIds: readonly string[]): boolean;
}

/**
 * Folds a multi-word value for filtering: words folded (see `foldForm`) and joined by one space.
 * "GroenLinks-PvdA" → "groenlinks pvda".
 */
export function foldText(text: string): string {
  return tokenize(text).map((t) => foldForm(t.raw)).join(' ');
}

/**
 * The folded names of the given tags and of all their ancestors (tag: includes a tag's children).
 * @param tags all tags; unknown ids are skipped
 */
export function tagNamesWithAncestors(tagIds: Iterable<string>, tags: readonly Tag[]): string[] {
  return [...new Set(tagDisplayNames(tagIds, tags).map(foldText))];
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
    // a delay notice's text says the answer will come later: it answers nothing itself
    answered: doc.kind !== 'delay-notice' && doc.answers.length > 0,
    delayedByItself: doc.kind === 'delay-notice'
      || (doc.submittedOn !== null && doc.receivedOn !== null && doc.answers.length > 0 && daysBetween(doc.submittedOn, doc.receivedOn) > DELAY_DAYS),
    caseIds: caseIdsOf(doc),
  };
}

/**
 * The case numbers of a document (its `zaak` identifier), upper case.
 * @returns zero or one id; a list so more identifier kinds can join later
 */
export function caseIdsOf(doc: QaDocument): string[] {
  const zaak = doc.identifiers['zaak'];
  return zaak ? [zaak.toUpperCase()] : [];
}

/**
 * A test for whether the folded `needle` starts at a word boundary in one of the folded values
 * (runs for every document in scope: nothing is allocated per call).
 */
function wordsStartingWith(needle: string): (values: readonly string[]) => boolean {
  if (needle === '') return () => false;
  const spaced = ' ' + needle;
  return (values) => {
    for (const v of values) if (v.startsWith(needle) || v.includes(spaced)) return true;
    return false;
  };
}

/** A compiled field filter: true when the document's facts pass. */
export type FactsFilter = (facts: DocumentFacts, world: FilterWorld) => boolean;

/**
 * Compiles one field filter (the value is folded once). Text fields match when the folded value
 * begins at a word of the metadata (`minister:jonge` matches "Hugo de Jonge", `partij:groenlinks`
 * matches "GroenLinks-PvdA"); van:/tot: are inclusive and fail for a document without a date;
 * tag: also matches documents tagged with a child of the named tag; beantwoord:ja needs an answer;
 * vertraagd:ja holds for a delay notice, an answer received more than three weeks after the
 * questions, or any document whose case (zaak) has a delay notice in the index.
 */
export function compileFieldFilter(field: FieldNode): FactsFilter {
  switch (field.field) {
    case 'soort': { const kind = field.value; return (f) => f.kind === kind; }
    case 'van': { const from = field.value; return (f) => f.date !== null && f.date >= from; }
    case 'tot': { const to = field.value; return (f) => f.date !== null && f.date <= to; }
    case 'beantwoord': { const yes = field.value; return (f) => f.answered === yes; }
    case 'vertraagd': {
      const yes = field.value;
      return (f, world) => (f.delayedByItself || world.hasDelayNotice(f.caseIds)) === yes;
    }
    default: {
      const test = wordsStartingWith(foldText(field.value));
      const pick = FACT_OF_FIELD[field.field];
      return (f) => test(pick(f));
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
