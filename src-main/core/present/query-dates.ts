/**
 * The dates of the query language's `van:`/`tot:` clauses (DESIGN §5): read by the query parser in
 * main, and by the renderer for its clause chips and hints — one reading for both.
 */
import { format, isValid, lastDayOfMonth, lastDayOfYear, parse } from 'date-fns';

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

