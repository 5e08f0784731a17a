/**
 * The `field:value` filters of the query language (DESIGN §5) and how their values are read:
 * dates for van:/tot:, document kinds for soort:, ja/nee for beantwoord:/vertraagd:, free text for the rest.
 */
import { format, isValid, lastDayOfMonth, lastDayOfYear, parse } from 'date-fns';
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

// The date shapes a user may type: ISO (whole or cut to year / month) and the Dutch day-month-year.
const DATE_SHAPES: { pattern: RegExp; format: string; unit: 'year' | 'month' | 'day' }[] = [
  { pattern: /^\d{4}$/, format: 'yyyy', unit: 'year' },
  { pattern: /^\d{4}-\d{1,2}$/, format: 'yyyy-M', unit: 'month' },
  { pattern: /^\d{4}-\d{1,2}-\d{1,2}$/, format: 'yyyy-M-d', unit: 'day' },
  { pattern: /^\d{1,2}-\d{1,2}-\d{4}$/, format: 'd-M-yyyy', unit: 'day' },
];
const REFERENCE_DATE = new Date(2000, 0, 1);

/**
 * Reads a van:/tot: date. A year or month is widened: `van:2021` starts on 2021-01-01, `tot:2021`
 * ends on 2021-12-31 (both bounds are inclusive).
 * @param value "2021", "2021-03", "2021-03-15" or "15-3-2021"
 * @param bound 'from' for van:, 'to' for tot:
 * @returns an ISO date `YYYY-MM-DD`, or null when the value is not a valid date
 */
export function readDateBound(value: string, bound: 'from' | 'to'): string | null {
  const shape = DATE_SHAPES.find((s) => s.pattern.test(value));
  if (!shape) return null;
  const date = parse(value, shape.format, REFERENCE_DATE);
  if (!isValid(date)) return null;
  const widened = bound === 'from' || shape.unit === 'day' ? date : shape.unit === 'year' ? lastDayOfYear(date) : lastDayOfMonth(date);
  return format(widened, 'yyyy-MM-dd');
}

/** ja/nee values of beantwoord: and vertraagd:, folded. */
const YES_NO: Record<string, boolean> = { ja: true, j: true, yes: true, nee: false, n: false, no: false };

/**
 * Reads a beantwoord:/vertraagd: value.
 * @returns true for ja, false for nee, null when the value is neither
 */
export function readYesNo(value: string): boolean | null {
  return YES_NO[foldForm(value)] ?? null;
}
