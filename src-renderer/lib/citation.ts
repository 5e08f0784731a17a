/**
 * A one-line citation of a document for notes, in the order a Dutch policy reader expects: the
 * place in the Aanhangsel Handelingen when known, who asked about what, who answered when, and the
 * official identifiers otherwise. (The printed briefing has its own citation in core/briefing,
 * which the renderer may not import.)
 */
import type { QaDocument } from '../../src-main/core/model/document.js';
import { capitalize, formatDate, formatMembers, formatOfficials } from './format.js';
import type { Locale } from './i18n.js';

const WORDS: Record<Locale, { questionsBy: string; about: string; answerBy: string; received: string; number: string }> = {
  nl: { questionsBy: 'vragen van', about: 'over', answerBy: 'antwoord van', received: 'ontvangen', number: 'nr.' },
  en: { questionsBy: 'questions by', about: 'on', answerBy: 'answer by', received: 'received', number: 'no.' },
};

/**
 * "Aanhangsel Handelingen II 2020/21, nr. 1682" from an identifier like `ah-tk-20202021-1682`
 * (tk = Tweede Kamer, chamber II; ek = Eerste Kamer, chamber I); null when there is none.
 */
export function aanhangselReference(identifiers: Readonly<Record<string, string>>, locale: Locale): string | null {
  for (const value of Object.values(identifiers)) {
    const m = /^ah-(tk|ek)-(\d{4})(\d{4})-(\d+)$/i.exec(value.trim());
    if (!m) continue;
    const chamber = m[1]!.toLowerCase() === 'ek' ? 'I' : 'II';
    return `Aanhangsel Handelingen ${chamber} ${m[2]}/${m[3]!.slice(2)}, ${WORDS[locale].number} ${m[4]}`;
  }
  return null;
}

/**
 * Formats e.g. `Aanhangsel Handelingen II 2024/25, nr. 575. Vragen van Boswijk (CDA) over “het
 * bezoek …”; antwoord van minister Veldkamp (Buitenlandse Zaken), ontvangen 18 november 2024.`
 * Without an Aanhangsel number the identifiers are added instead. Parts the document lacks are
 * left out; empty when it has no usable metadata.
 */
export function formatCitation(doc: QaDocument, locale: Locale): string {
  const w = WORDS[locale];
  const clauses: string[] = [];
  const askers = formatMembers(doc.askedBy);
  if (askers) clauses.push(`${w.questionsBy} ${askers}${doc.title ? ` ${w.about} “${doc.title}”` : ''}`);
  else if (doc.title) clauses.push(`“${doc.title}”`);
  if (doc.answeredBy.length > 0) {
    const received = doc.receivedOn ? `, ${w.received} ${formatDate(doc.receivedOn, locale)}` : '';
    clauses.push(`${w.answerBy} ${formatOfficials(doc.answeredBy)}${received}`);
  }
  const aanhangsel = aanhangselReference(doc.identifiers, locale);
  const identifiers = Object.entries(doc.identifiers).map(([scheme, value]) => `${scheme} ${value}`).join(', ');
  const sentences = [
    aanhangsel,
    clauses.length > 0 ? capitalize(clauses.join('; ')) : null,
    aanhangsel === null && identifiers ? capitalize(identifiers) : null,
  ];
  return sentences.filter((s): s is string => s !== null).map((s) => `${s}.`).join(' ');
}
