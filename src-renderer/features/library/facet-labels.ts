/**
 * How facets and their values read in the UI: the group names (Soort, Jaar, Ministerie, …) and
 * values that are codes in the data (kind "answer" → "Antwoord", late "ja" → "Ja").
 */
import type { FacetName } from '../../../src-main/core/api/types.js';
import { translate, type Locale, type MessageKey } from '../../lib/i18n.js';
import { readDateBound } from '../../../src-main/core/present/query-dates.js';

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
  // "Overig", not the reader's "Document": the facet value and the chip of `soort:overig` agree
  other: 'facets.kindOther',
};

/** soort: values as the query language reads them (Dutch and English), as in main's query-fields.ts. */
const KIND_ALIASES: Record<string, string> = {
  antwoord: 'answer', antwoorden: 'answer', answer: 'answer',
  vraag: 'questions', vragen: 'questions', questions: 'questions',
  uitstel: 'delay-notice', uitstelbericht: 'delay-notice', 'delay-notice': 'delay-notice',
  overig: 'other', overige: 'other', other: 'other',
};

/** beantwoord:/vertraagd: values, as in main's query-fields.ts. */
const YES_NO: Record<string, boolean> = { ja: true, j: true, yes: true, nee: false, n: false, no: false };

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
  if (facet === 'late') return yesNoText(locale, value) ?? value;
  return value;
}

/** "Ja"/"Nee" for a yes/no value (any case), null when it is neither. */
function yesNoText(locale: Locale, value: string): string | null {
  const yes = YES_NO[value.toLowerCase()];
  return yes === undefined ? null : translate(locale, yes ? 'facets.yes' : 'facets.no');
}

/** A van:/tot: value as a date in words ("2024", "juni 2024", "15 juni 2024"); null when it is no date. */
function dateText(locale: Locale, value: string): string | null {
  const iso = readDateBound(value, 'from');
  if (!iso) return null;
  if (/^\d{4}$/.test(value)) return value;
  const options: Intl.DateTimeFormatOptions = /^\d{4}-\d{1,2}$/.test(value)
    ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${iso}T00:00:00Z`));
}

/** Labels of the fields without a facet: dates and "beantwoord". */
const OTHER_FIELDS: Record<string, { key: MessageKey; value: (locale: Locale, value: string) => string | null }> = {
  van: { key: 'chips.from', value: dateText },
  tot: { key: 'chips.to', value: dateText },
  beantwoord: { key: 'chips.answered', value: yesNoText },
};

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
 * `partij:"CDA"` → "Partij: CDA", `soort:overig` → "Soort: Overig", `van:2024` → "Vanaf: 2024",
 * `tot:2024-06` → "Tot en met: juni 2024", `beantwoord:ja` → "Beantwoord: Ja". Negated clauses and
 * values the field does not read (a bad date, an unknown kind) stay as written.
 */
export function typedClauseLabel(locale: Locale, clause: string): string {
  const match = /^([a-z]+):"?([^"]*)"?$/iu.exec(clause);
  if (!match || match[2] === '') return clause;
  const field = match[1]!.toLowerCase();
  const value = match[2]!;
  const other = OTHER_FIELDS[field];
  if (other) {
    const text = other.value(locale, value);
    return text === null ? clause : `${translate(locale, other.key)}: ${text}`;
  }
  const facet = FIELD_FACETS[field];
  if (!facet) return clause;
  if (facet === 'kind') {
    const kind = KIND_ALIASES[value.toLowerCase()];
    return kind ? facetChipLabel(locale, facet, kind) : clause;
  }
  if (facet === 'late' && yesNoText(locale, value) === null) return clause;
  return facetChipLabel(locale, facet, value);
}

/** A chip's label: "Minister: Blok", "Te laat beantwoord: Ja". */
export function facetChipLabel(locale: Locale, facet: FacetName, value: string): string {
  return `${facetHeading(locale, facet)}: ${facetValueText(locale, facet, value)}`;
}
