/**
 * A one-line citation of a document for notes and briefings, in the order a Dutch policy reader
 * expects: who asked, the subject, who answered, the date received, and the official identifiers.
 */
import type { QaDocument } from '../../src-main/core/model/document.js';
import type { Locale } from './i18n.js';

const WORDS: Record<Locale, { questionsBy: string; answeredBy: string; received: string }> = {
  nl: { questionsBy: 'Vragen van', answeredBy: 'antwoord van', received: 'ontvangen' },
  en: { questionsBy: 'Questions by', answeredBy: 'answer by', received: 'received' },
};

/**
 * Formats e.g. `Vragen van Sjoerdsma (D66) over "…"; antwoord van Blok (minister van Buitenlandse
 * Zaken), ontvangen 2021-02-15. Aanhangsel ah-tk-20202021-1682, zaak 2021Z00843.`
 * Parts the document lacks are left out.
 */
export function formatCitation(doc: QaDocument, locale: Locale): string {
  const w = WORDS[locale];
  const pieces: string[] = [];
  const askers = doc.askedBy.map((m) => (m.party ? `${m.name} (${m.party})` : m.name)).join(', ');
  const subject = doc.title ? `“${doc.title}”` : '';
  if (askers) pieces.push(`${w.questionsBy} ${askers}${subject ? ` ${locale === 'nl' ? 'over' : 'on'} ${subject}` : ''}`);
  else if (subject) pieces.push(subject);
  const answerers = doc.answeredBy
    .map((o) => `${o.name} (${[o.role, o.portfolio].filter(Boolean).join(' ')})`)
    .join(', ');
  const answer = [answerers ? `${w.answeredBy} ${answerers}` : '', doc.receivedOn ? `${w.received} ${doc.receivedOn}` : '']
    .filter(Boolean)
    .join(', ');
  if (answer) pieces.push(answer);
  const ids = Object.entries(doc.identifiers).map(([scheme, value]) => `${scheme} ${value}`).join(', ');
  const sentence = pieces.join('; ');
  return [sentence ? `${sentence}.` : '', ids ? `${ids.charAt(0).toUpperCase()}${ids.slice(1)}.` : ''].filter(Boolean).join(' ');
}
