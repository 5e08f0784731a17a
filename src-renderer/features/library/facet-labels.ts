/**
 * How facets and their values read in the UI: the group names (Soort, Jaar, Ministerie, …) and
 * values that are codes in the data (kind "answer" → "Antwoord", late "ja" → "Ja").
 */
import type { FacetName } from '../../../src-main/core/api/types.js';
import { translate, type Locale, type MessageKey } from '../../lib/i18n.js';

/** The facet groups in the order the panel shows them (every FacetName, checked below). */
export const FACET_ORDER = ['kind', 'year', 'ministry', 'minister', 'party', 'member', 'tag', 'late'] as const satisfies readonly FacetName[];
/** Values a facet group shows before its "Meer" button. */
export const COLLAPSED_VALUES = 5;

/** The roving-tabindex key of a group's "Meer"/"Minder" button (never a value's filter: those are field clauses with a colon). */
export function moreKey(facet: FacetName): string {
  return `#more-${facet}`;
}

type MissingFacet = Exclude<FacetName, (typeof FACET_ORDER)[number]>;
const hasEveryFacet: [MissingFacet] extends [never] ? true : never = true;
void hasEveryFacet;

const KIND_KEYS: Record<string, MessageKey> = {
  answer: 'reader.kind.answer',
  questions: 'reader.kind.questions',
  'delay-notice': 'reader.kind.delay-notice',
  other: 'reader.kind.other',
};

/** The heading of facet group `facet`. */
export function facetHeading(locale: Locale, facet: FacetName): string {
  return translate(locale, `facets.${facet}`);
}

/** A facet value as shown: kinds and yes/no translated, names as the archive spells them. */
export function facetValueText(locale: Locale, facet: FacetName, value: string): string {
  if (facet === 'kind') {
    const key = KIND_KEYS[value];
    return key ? translate(locale, key) : value;
  }
  if (facet === 'late') return translate(locale, value === 'ja' ? 'facets.yes' : 'facets.no');
  return value;
}

/** The facet a query field narrows (for labelling clauses typed by hand). */
const FIELD_FACETS: Record<string, FacetName> = {
  minister: 'minister',
  ministerie: 'ministry',
  lid: 'member',
  partij: 'party',
  tag: 'tag',
  soort: 'kind',
  vertraagd: 'late',
};

/**
 * A label for a field clause typed by hand: `minister:Veldkamp` → "Minister: Veldkamp",
 * `partij:"CDA"` → "Partij: CDA". Other clauses (negated, dates, kinds by alias) stay as written.
 */
export function typedClauseLabel(locale: Locale, clause: string): string {
  const match = /^([a-z]+):"?([^"]*)"?$/iu.exec(clause);
  const facet = match ? FIELD_FACETS[match[1]!.toLowerCase()] : undefined;
  if (!match || !facet || facet === 'kind' || match[2] === '') return clause;
  return facetChipLabel(locale, facet, match[2]!);
}

/** A chip's label: "Minister: Blok", "Te laat beantwoord: Ja". */
export function facetChipLabel(locale: Locale, facet: FacetName, value: string): string {
  return `${facetHeading(locale, facet)}: ${facetValueText(locale, facet, value)}`;
}
