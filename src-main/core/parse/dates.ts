/**
 * Dutch calendar dates as printed in Kamervragen ("15 februari 2021", "18 november2024",
 * "15 febr. 2021", "15-2-2021") to ISO `YYYY-MM-DD`, and the parliamentary year (vergaderjaar) a
 * date falls in. date-fns (`isExists`) checks that the date exists.
 */
import { isExists } from 'date-fns';

/** Month names and the abbreviations printed in Dutch texts ("febr.", "mrt", "sept."), to month numbers. */
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2, febr: 2,
  maart: 3, mrt: 3, mar: 3, mrz: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augustus: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH_WORD = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "15 februari 2021", "1e maart 2024", "15 febr. 2021", "18 november2024" (day, month word, year). */
const WORD_DATE = new RegExp(String.raw`(?<![\d\p{L}])(\d{1,2})(?:e|ste|de)?\s*(${MONTH_WORD})\.?\s*(\d{4})(?!\d)`, 'iu');
/** "15-2-2021", "15-02-2021", "15/2/2021", "15.2.2021" (day first, as printed in Dutch). */
const NUMERIC_DATE = /(?<![\d.,/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d])/u;

function isoOf(day: number, month: number, year: number): string | null {
  if (!isExists(year, month - 1, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromWordMatch(m: RegExpExecArray): string | null {
  const month = MONTHS[(m[2] ?? '').toLowerCase()];
  return month === undefined ? null : isoOf(Number(m[1]), month, Number(m[3]));
}

/**
 * Parses a date as printed in Dutch Kamervragen: "15 februari 2021" (any case; the month may be
 * glued to the year by PDF extraction: "18 november2024"), an ordinal day "1e maart 2024", an
 * abbreviated month "15 febr. 2021" / "15 mrt 2021", or day-first digits "15-2-2021", "15/02/2021".
 * @param text the date as printed, nothing else
 * @returns the ISO date "2021-02-15", or null when the text is not one complete, existing date
 */
export function parseDutchDate(text: string): string | null {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  const word = new RegExp(`^${WORD_DATE.source}$`, 'iu').exec(cleaned);
  if (word) return fromWordMatch(word);
  const numeric = new RegExp(`^${NUMERIC_DATE.source}$`, 'u').exec(cleaned);
  return numeric ? isoOf(Number(numeric[1]), Number(numeric[3]), Number(numeric[4])) : null;
}

/**
 * Finds the first date (any form parseDutchDate reads) inside a longer text.
 * @param text e.g. "(ontvangen 15 februari 2021)"
 * @returns the ISO date, or null when none is found
 */
export function findDutchDate(text: string): string | null {
  const flat = text.length > 2000 ? text.slice(0, 2000) : text;
  const word = WORD_DATE.exec(flat);
  const numeric = NUMERIC_DATE.exec(flat);
  if (word && (!numeric || word.index <= numeric.index)) return fromWordMatch(word);
  return numeric ? isoOf(Number(numeric[1]), Number(numeric[3]), Number(numeric[4])) : null;
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
