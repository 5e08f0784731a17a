/**
 * Display formats shared by the library and the reader: dates in the reader's language, people
 * with their party or office, and a title for documents whose text names no subject.
 */
import type { DocumentSummary, Member, Official } from '../../src-main/core/model/document.js';
import { translate, type Locale } from './i18n.js';

/** "15 februari 2021" / "15 February 2021" for an ISO `YYYY-MM-DD` date (read as a calendar day). */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "Sjoerdsma (D66), Van Helvert (CDA)". */
export function formatMembers(members: readonly Member[]): string {
  return members.map((m) => (m.party ? `${m.name} (${m.party})` : m.name)).join(', ');
}

/** "minister Blok (Buitenlandse Zaken)": role, name, portfolio as printed in Dutch answers. */
export function formatOfficials(officials: readonly Official[]): string {
  return officials.map((o) => `${o.role} ${o.name}${o.portfolio ? ` (${o.portfolio})` : ''}`).join(', ');
}

/** `text` with its first letter in upper case ("het bezoek …" → "Het bezoek …"). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/**
 * The title to show for a document: its subject; else what it is and who answered when
 * ("Antwoord van minister Blok (Buitenlandse Zaken), 15 februari 2021"); else its file name.
 */
export function displayTitle(
  summary: Pick<DocumentSummary, 'title' | 'kind' | 'answeredBy' | 'askedBy' | 'receivedOn' | 'submittedOn' | 'source'>,
  locale: Locale,
): string {
  if (summary.title) return capitalize(summary.title);
  const kind = translate(locale, `reader.kind.${summary.kind}`);
  const by = locale === 'nl' ? 'van' : 'by';
  const who = summary.answeredBy.length > 0 ? formatOfficials(summary.answeredBy) : formatMembers(summary.askedBy);
  const date = summary.receivedOn ?? summary.submittedOn;
  if (!who && !date) return summary.source.fileName;
  return [who ? `${kind} ${by} ${who}` : kind, date ? formatDate(date, locale) : ''].filter(Boolean).join(', ');
}
