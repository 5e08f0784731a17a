/**
 * The `field:value` filters of the query language (DESIGN §5) and how their values are read:
 * dates for van:/tot:, document kinds for soort:, ja/nee for beantwoord:/vertraagd:, free text for the rest.
 */
import type { DocumentKind } from '../model/index.js';
import { foldForm } from './analysis.js';

export const QUERY_FIELDS = ['minister', 'ministerie', 'lid', 'partij', 'tag', 'soort', 'van', 'tot', 'beantwoord', 'vertraagd'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/** True when `name` (any case) is one of the query fields. */
export function isQueryField(name: string): name is QueryField {
  return (QUERY_FIELDS as readonly string[]).includes(name);
}

/** soort: values, Dutch and English, folded. */
const KIND_ALIASES: Record<string, DocumentKind> = {
  antwoord: 'answer', antwoorden: 'answer', answer: 'answer',
  vraag: 'questions', vragen: 'questions', questions: 'questions',
  uitstel: 'delay-notice', uitstelbericht: 'delay-notice', 'delay-notice': 'delay-notice',
  overig: 'other', overige: 'other', other: 'other',
};

/**
 * Reads a soort: value.
 * @returns the document kind, or null when the value names no kind
 */
export function readKind(value: string): DocumentKind | null {
  return KIND_ALIASES[foldForm(value)] ?? null;
}

export { readDateBound } from '../present/query-dates.js';

/** ja/nee values of beantwoord: and vertraagd:, folded. */
const YES_NO: Record<string, boolean> = { ja: true, j: true, yes: true, nee: false, n: false, no: false };

/**
 * Reads a beantwoord:/vertraagd: value.
 * @returns true for ja, false for nee, null when the value is neither
 */
export function readYesNo(value: string): boolean | null {
  return YES_NO[foldForm(value)] ?? null;
}
