/**
 * Dutch calendar dates as printed in Kamervragen ("15 februari 2021", "18 november2024") to ISO
 * `YYYY-MM-DD`, and the parliamentary year (vergaderjaar) a date falls in.
 */
import { format, isValid, parse } from 'date-fns';
import { nl } from 'date-fns/locale/nl';

const REFERENCE_DATE = new Date(2000, 0, 1);

/**
 * Parses a Dutch date "d MMMM yyyy" (full month name, any case; month and year may be glued
 * together by PDF extraction, e.g. "18 november2024").
 * @param text the date as printed, e.g. "15 februari 2021"
 * @returns the ISO date "2021-02-15", or null when the text is not a complete Dutch date
 */
export function parseDutchDate(text: string): string | null {
  const cleaned = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(\d{1,2})\s*([a-zA-Z]+)\s*(\d{4})$/, '$1 $2 $3')
    .toLowerCase();
  if (!/^\d{1,2} [a-z]+ \d{4}$/.test(cleaned)) return null;
  const date = parse(cleaned, 'd MMMM yyyy', REFERENCE_DATE, { locale: nl });
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

/** Finds the first Dutch date ("d maand jjjj") inside a longer text, or null. */
export function findDutchDate(text: string): string | null {
  const m = /(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s*(\d{4})/i.exec(text);
  return m ? parseDutchDate(`${m[1]} ${m[2]} ${m[3]}`) : null;
}

/**
 * The vergaderjaar (parliamentary year) an ISO date falls in. A vergaderjaar starts on the third
 * Tuesday of September (Prinsjesdag), so 2024-11-20 → "20242025" and 2024-09-02 → "20232024".
 * @param isoDate "YYYY-MM-DD"
 * @returns the eight-digit vergaderjaar as used in official ids (ah-tk-20242025-604)
 */
export function vergaderjaarOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const firstOfSeptember = new Date(Date.UTC(year, 8, 1));
  const offsetToTuesday = (2 - firstOfSeptember.getUTCDay() + 7) % 7;
  const prinsjesdag = `${year}-09-${String(1 + offsetToTuesday + 14).padStart(2, '0')}`;
  return isoDate >= prinsjesdag ? `${year}${year + 1}` : `${year - 1}${year}`;
}
