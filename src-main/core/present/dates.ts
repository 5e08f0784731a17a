/**
 * Calendar dates as a reader writes them: "15 februari 2021" / "15 February 2021". The model
 * stores ISO `YYYY-MM-DD` days; they are read as calendar days (UTC), never shifted by a time zone.
 */
import type { PresentLocale } from './labels.js';

const DATE_FORMATS: Record<PresentLocale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * Formats an ISO date `YYYY-MM-DD` (or a timestamp starting with one) as "15 februari 2021" /
 * "15 February 2021".
 *
 * @returns the date in words; anything that does not start with a valid ISO day, unchanged
 */
export function formatDate(iso: string, locale: PresentLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls 2021-02-30 over into March; such a day does not exist
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return iso;
  return DATE_FORMATS[locale].format(date);
}
