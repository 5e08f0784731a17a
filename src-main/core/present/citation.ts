/**
 * The one-line citation of a document, shown in the reader (with a copy button) and printed in
 * briefings. Dutch parliamentary practice cites answers by their place in the Aanhangsel
 * Handelingen ("Aanhangsel Handelingen II 2020/21, nr. 1682"); then who asked about what and when,
 * who answered when; without an Aanhangsel number, the best identifier to look the document up by.
 */
import type { QaDocument } from '../model/document.js';
import { formatDate } from './dates.js';
import { presentLabels, type PresentLocale } from './labels.js';
import { formatMembers, formatOfficials } from './people.js';
import { capitalize } from './title.js';

/** Identifier schemes tried, in order, when there is no Aanhangsel number to cite. */
const IDENTIFIER_PREFERENCE = ['zaak', 'document', 'aanhangsel'];

/** What a citation is made of (a QaDocument has all of it). */
export type CitedDocument = Pick<
  QaDocument,
  'kind' | 'title' | 'askedBy' | 'answeredBy' | 'submittedOn' | 'receivedOn' | 'identifiers'
>;

/**
 * "Aanhangsel Handelingen II 2020/21, nr. 1682" from an identifier like `ah-tk-20202021-1682`
 * (tk = Tweede Kamer, chamber II; ek = Eerste Kamer, chamber I). The `aanhangsel` scheme is tried
 * first, then every other identifier.
 *
 * @returns the reference, or null when no identifier has that form
 */
export function aanhangselCitation(identifiers: Readonly<Record<string, string>>, locale: PresentLocale): string | null {
  for (const value of [identifiers['aanhangsel'], ...Object.values(identifiers)]) {
    const m = value === undefined ? null : /^ah-(tk|ek)-(\d{4})(\d{4})-(\d+)$/i.exec(value.trim());
    if (!m) continue;
    const chamber = m[1]?.toLowerCase() === 'ek' ? 'I' : 'II';
    const session = `${m[2] ?? ''}/${(m[3] ?? '').slice(2)}`;
    return `Aanhangsel Handelingen ${chamber} ${session}, ${presentLabels(locale).aanhangselNumber} ${m[4] ?? ''}`;
  }
  return null;
}

/** The identifier a reader can look the document up by: zaak (2021Z00843), document, else any. */
function preferredIdentifier(identifiers: Readonly<Record<string, string>>): string | null {
  for (const scheme of IDENTIFIER_PREFERENCE) {
    const value = identifiers[scheme]?.trim();
    if (value) return value;
  }
  return Object.values(identifiers).find((v) => v.trim().length > 0)?.trim() ?? null;
}

/** "vragen van het lid Boswijk (CDA) over “…”, ingezonden 24 oktober 2024"; null without askers or subject. */
function questionClause(doc: CitedDocument, locale: PresentLocale): string | null {
  const labels = presentLabels(locale);
  const subject = doc.title?.trim() ? `“${doc.title.trim()}”` : null;
  let clause: string;
  if (doc.askedBy.length > 0) {
    clause = `${labels.questionsBy(doc.askedBy.length)} ${formatMembers(doc.askedBy, locale)}${subject ? ` ${labels.about} ${subject}` : ''}`;
  } else if (subject) {
    clause = subject;
  } else {
    return null;
  }
  return doc.submittedOn ? `${clause}, ${labels.submitted} ${formatDate(doc.submittedOn, locale)}` : clause;
}

/** "antwoord van minister Blok (Buitenlandse Zaken), ontvangen 15 februari 2021"; null when nobody answered. */
function answerClause(doc: CitedDocument, locale: PresentLocale): string | null {
  if (doc.answeredBy.length === 0) return null;
  const labels = presentLabels(locale);
  const by = doc.kind === 'delay-notice' ? labels.noticeBy : labels.answerBy;
  const received = doc.receivedOn ? `, ${labels.received} ${formatDate(doc.receivedOn, locale)}` : '';
  return `${by} ${formatOfficials(doc.answeredBy, locale)}${received}`;
}

/**
 * One citation line for `doc`, e.g. "Aanhangsel Handelingen II 2024/25, nr. 575. Vragen van het
 * lid Boswijk (CDA) over “het bezoek …”, ingezonden 24 oktober 2024; antwoord van minister
 * Veldkamp (Buitenlandse Zaken), ontvangen 18 november 2024." Without an Aanhangsel number a
 * last sentence "Kenmerk 2021Z00843." names the best identifier. Parts the document lacks are left out.
 *
 * @returns plain text (not escaped); empty when the document has no usable metadata
 */
export function formatCitation(doc: CitedDocument, locale: PresentLocale): string {
  const aanhangsel = aanhangselCitation(doc.identifiers, locale);
  const clauses = [questionClause(doc, locale), answerClause(doc, locale)].filter((c): c is string => c !== null);
  const id = aanhangsel === null ? preferredIdentifier(doc.identifiers) : null;
  const sentences = [
    aanhangsel,
    clauses.length > 0 ? capitalize(clauses.join('; ')) : null,
    id ? `${presentLabels(locale).reference} ${id}` : null,
  ];
  return sentences
    .filter((s): s is string => s !== null)
    .map((s) => `${s}.`)
    .join(' ');
}
