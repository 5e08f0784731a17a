/**
 * The citation line of a document in a briefing. Dutch parliamentary practice cites answers by
 * their place in the Aanhangsel Handelingen ("Aanhangsel Handelingen II 2020/21, nr. 1682"),
 * followed here by who answered and when; without that number, the best identifier is added.
 */
import type { QaDocument } from '../model/index.js';
import { formatDate, formatMembers, formatOfficials } from './format.js';
import { labelsFor, type BriefingLocale } from './labels.js';

/** Identifier schemes tried, in order, when there is no Aanhangsel number to cite. */
const IDENTIFIER_PREFERENCE = ['aanhangsel', 'document', 'zaak'];

/**
 * "Aanhangsel Handelingen II 2020/21, nr. 1682" from an identifier like `ah-tk-20202021-1682`
 * (tk = Tweede Kamer, chamber II; ek = Eerste Kamer, chamber I). Null when no identifier has that form.
 */
export function aanhangselCitation(identifiers: Readonly<Record<string, string>>, locale: BriefingLocale): string | null {
  const values = [identifiers['aanhangsel'], ...Object.values(identifiers)];
  for (const value of values) {
    const m = value === undefined ? null : /^ah-(tk|ek)-(\d{4})(\d{4})-(\d+)$/i.exec(value.trim());
    if (!m) continue;
    const chamber = m[1]?.toLowerCase() === 'ek' ? 'I' : 'II';
    const session = `${m[2] ?? ''}/${(m[3] ?? '').slice(2)}`;
    return `Aanhangsel Handelingen ${chamber} ${session}, ${labelsFor(locale).aanhangselNumber} ${m[4] ?? ''}`;
  }
  return null;
}

/** The identifier a reader can look the document up by: aanhangsel, document, zaak, else any. */
function preferredIdentifier(identifiers: Readonly<Record<string, string>>): string | null {
  for (const scheme of IDENTIFIER_PREFERENCE) {
    const value = identifiers[scheme];
    if (value) return value;
  }
  return Object.values(identifiers).find((v) => v.length > 0) ?? null;
}

/**
 * One citation line for `doc`, e.g. "Aanhangsel Handelingen II 2020/21, nr. 1682. Antwoord van
 * minister Blok (Buitenlandse Zaken), ontvangen 15 februari 2021." or, without an Aanhangsel
 * number, "Vragen van het lid Sjoerdsma (D66), ingezonden 20 januari 2021, 2021Z00843."
 *
 * @returns plain text (not escaped); empty when the document has no usable metadata
 */
export function formatCitation(doc: QaDocument, locale: BriefingLocale): string {
  const labels = labelsFor(locale);
  const aanhangsel = aanhangselCitation(doc.identifiers, locale);
  const clause: string[] = [];
  if (doc.answeredBy.length > 0) {
    clause.push(`${labels.answerBy} ${formatOfficials(doc.answeredBy, locale)}`);
    if (doc.receivedOn) clause.push(`${labels.received} ${formatDate(doc.receivedOn, locale)}`);
  } else if (doc.askedBy.length > 0) {
    clause.push(`${labels.questionsBy(doc.askedBy.length)} ${formatMembers(doc.askedBy, locale)}`);
    if (doc.submittedOn) clause.push(`${labels.submitted} ${formatDate(doc.submittedOn, locale)}`);
  }
  if (aanhangsel === null) {
    const id = preferredIdentifier(doc.identifiers);
    if (id) clause.push(id);
  }
  const sentences = [aanhangsel, clause.join(', ')].filter((s): s is string => s !== null && s.length > 0);
  return sentences.map((s) => `${s}.`).join(' ');
}
