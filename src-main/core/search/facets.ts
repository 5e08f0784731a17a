/**
 * Facets for the library (issue 4): per matching document the values it has for kind, year,
 * ministry, minister, party, member, tag and "answered late", counted over a result set. Each value
 * carries the query clause that narrows to it, so the UI never writes query syntax itself and the
 * count always agrees with what the clause finds.
 */
import type { FacetCount, FacetName } from '../api/types.js';
import { FACET_NAMES } from '../api/types.js';
import type { DocumentKind, Tag } from '../model/index.js';
import type { DocumentFacts, FilterWorld } from './doc-facts.js';
import { distinct, tagDisplayNames } from './display-values.js';
import type { IndexableDocument } from './indexable.js';

/** The display values of one document for the facets (original spelling, not folded). */
export interface FacetValues {
  ministries: string[];
  ministers: string[];
  members: string[];
  parties: string[];
  /** names of the document's and its annotations' tags and of their ancestors */
  tags: string[];
  /** whole days from submitted to received; null when either date is missing or it has no answer */
  delayDays: number | null;
}

/** Values kept per facet in a `BrowseResult` (the most frequent first). */
export const MAX_FACET_VALUES = 25;

const DAY_MS = 86_400_000;

/** "minister van Buitenlandse Zaken" → "Buitenlandse Zaken"; a portfolio stays as it is. */
function ministryOf(line: string): string {
  return line.replace(/^(?:de\s+)?(?:minister(?:-president)?|staatssecretaris|vice-minister-president)\s+(?:van|voor)\s+/i, '').trim();
}

/**
 * Collects the facet values of one document.
 * @param tags all tags of the workspace (names and parents)
 */
export function facetValuesOf(entry: IndexableDocument, tags: readonly Tag[]): FacetValues {
  const doc = entry.document;
  const { submittedOn, receivedOn } = doc;
  const delayDays = submittedOn && receivedOn && doc.answers.length > 0
    ? Math.round((Date.parse(receivedOn + 'T00:00:00Z') - Date.parse(submittedOn + 'T00:00:00Z')) / DAY_MS)
    : null;
  return {
    ministries: distinct([...doc.answeredBy.flatMap((o) => (o.portfolio ? [o.portfolio] : [])), ...doc.addressedTo.map(ministryOf)]),
    ministers: distinct(doc.answeredBy.map((o) => o.name)),
    members: distinct(doc.askedBy.map((m) => m.name)),
    parties: distinct(doc.askedBy.flatMap((m) => (m.party ? [m.party] : []))),
    tags: tagDisplayNames([...entry.documentTagIds, ...entry.annotations.flatMap((a) => a.tagIds)], tags),
    delayDays: delayDays !== null && Number.isFinite(delayDays) ? delayDays : null,
  };
}

/** A field value in the query language: quoted, without characters that would end the quotes. */
function quoted(value: string): string {
  return `"${value.replaceAll('"', '').trim()}"`;
}

/** soort: values as the query language reads them (query-fields.ts KIND_ALIASES). */
const KIND_CLAUSE: Record<DocumentKind, string> = {
  answer: 'soort:antwoord', questions: 'soort:vragen', 'delay-notice': 'soort:uitstel', other: 'soort:overig',
};

/** What one document contributes to each facet: [display value, query clause] pairs. */
function entriesOf(facts: DocumentFacts, values: FacetValues, world: FilterWorld): Record<FacetName, [string, string][]> {
  const year = facts.date?.slice(0, 4);
  const late = facts.delayedByItself || world.hasDelayNotice(facts.caseIds);
  return {
    kind: [[facts.kind, KIND_CLAUSE[facts.kind]]],
    year: year ? [[year, `van:${year} tot:${year}`]] : [],
    ministry: values.ministries.map((v) => [v, `ministerie:${quoted(v)}`]),
    minister: values.ministers.map((v) => [v, `minister:${quoted(v)}`]),
    party: values.parties.map((v) => [v, `partij:${quoted(v)}`]),
    member: values.members.map((v) => [v, `lid:${quoted(v)}`]),
    tag: values.tags.map((v) => [v, `tag:${quoted(v)}`]),
    late: [late ? ['ja', 'vertraagd:ja'] : ['nee', 'vertraagd:nee']],
  };
}

/**
 * Counts the facets over a set of documents.
 * @param docs the matching documents (engine keys)
 * @param info the facts and facet values of a document
 * @returns per facet at most `MAX_FACET_VALUES` values, most frequent first, ties by value
 *   (years newest first)
 */
export function countFacets(
  docs: Iterable<number>,
  info: (doc: number) => { facts: DocumentFacts; facetValues: FacetValues },
  world: FilterWorld,
): Record<FacetName, FacetCount[]> {
  const counts = Object.fromEntries(FACET_NAMES.map((n) => [n, new Map<string, FacetCount>()])) as Record<FacetName, Map<string, FacetCount>>;
  for (const doc of docs) {
    const { facts, facetValues } = info(doc);
    const entries = entriesOf(facts, facetValues, world);
    for (const name of FACET_NAMES) {
      const map = counts[name];
      for (const [value, filter] of entries[name]) {
        const key = value.toLocaleLowerCase('nl');
        const found = map.get(key);
        if (found) found.count++;
        else map.set(key, { value, filter, count: 1 });
      }
    }
  }
  const result = {} as Record<FacetName, FacetCount[]>;
  for (const name of FACET_NAMES) {
    const order = name === 'year'
      ? (a: FacetCount, b: FacetCount) => b.value.localeCompare(a.value)
      : (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value, 'nl');
    result[name] = [...counts[name].values()].sort(order).slice(0, MAX_FACET_VALUES);
  }
  return result;
}
