/**
 * The title shown for a document everywhere (library, reader, briefing contents and headings):
 * its subject, else what it is and who answered when, else its file name. Many answers, the
 * founding document among them, print no subject of their own.
 */
import type { QaDocument } from '../model/document.js';
import { formatDate } from './dates.js';
import { presentLabels, type PresentLocale } from './labels.js';
import { formatMembers, formatOfficials } from './people.js';

/** What a title is made of: fields both a QaDocument and a DocumentSummary carry. */
export type TitledDocument = Pick<QaDocument, 'title' | 'kind' | 'answeredBy' | 'askedBy' | 'receivedOn' | 'submittedOn'> & {
  source: { fileName: string };
};

/** `text` with its first letter in upper case ("het bezoek …" → "Het bezoek …"). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/**
 * The title to show for `doc`: its subject with a capital; else what it is, who answered (or
 * asked) and when ("Antwoord van minister Blok (Buitenlandse Zaken), 15 februari 2021"); else
 * its file name.
 *
 * @param doc - a QaDocument or DocumentSummary (only the fields of TitledDocument are read)
 * @returns plain text (not escaped), never empty unless the file name is
 */
export function displayTitle(doc: TitledDocument, locale: PresentLocale): string {
  if (doc.title?.trim()) return capitalize(doc.title.trim());
  const labels = presentLabels(locale);
  const who = doc.answeredBy.length > 0 ? formatOfficials(doc.answeredBy, locale) : formatMembers(doc.askedBy, locale);
  const date = doc.receivedOn ?? doc.submittedOn;
  if (!who && !date) return doc.source.fileName;
  const kind = labels.kinds[doc.kind];
  return [who ? `${kind} ${labels.by} ${who}` : kind, date ? formatDate(date, locale) : ''].filter(Boolean).join(', ');
}
