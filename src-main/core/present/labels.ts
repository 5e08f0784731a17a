/**
 * The Dutch and English words of the shared display formats (dates, people, citation, title).
 * One table, so the printed briefing and the renderer use the same wording and a new word is
 * added to both languages at once. Pure and dependency-free: the renderer bundles it.
 */
import type { DocumentKind } from '../model/document.js';

/** The languages documents are presented in. */
export type PresentLocale = 'nl' | 'en';

export interface PresentLabels {
  /** "en" / "and" between the last two items of a list */
  and: string;
  /** "van" / "by" in a display title: "Antwoord van minister Blok …" */
  by: string;
  /** what a document is, as the head of a display title ("Antwoord", "Vragen", …) */
  kinds: Record<DocumentKind, string>;
  /** "Vragen van het lid" / "Vragen van de leden" (citation) */
  questionsBy: (memberCount: number) => string;
  /** "over" before the quoted subject in a citation */
  about: string;
  submitted: string;
  answerBy: string;
  /** who sent a delay notice ("Mededeling van …") */
  noticeBy: string;
  received: string;
  /** "nr." / "no." in "Aanhangsel Handelingen II 2020/21, nr. 1682" */
  aanhangselNumber: string;
  /** head of the identifier sentence of a citation without an Aanhangsel number */
  reference: string;
  /** role names as printed in answers → how this language writes them (absent: as given) */
  roles: Readonly<Record<string, string>>;
  /** names of the identifier schemes the importers write (QaDocument.identifiers keys; absent: the key) */
  identifierSchemes: Readonly<Record<string, string>>;
}

const nl: PresentLabels = {
  and: 'en',
  by: 'van',
  kinds: { answer: 'Antwoord', questions: 'Vragen', 'delay-notice': 'Uitstelbericht', other: 'Document' },
  questionsBy: (count) => (count === 1 ? 'vragen van het lid' : 'vragen van de leden'),
  about: 'over',
  submitted: 'ingezonden',
  answerBy: 'antwoord van',
  noticeBy: 'mededeling van',
  received: 'ontvangen',
  aanhangselNumber: 'nr.',
  reference: 'Kenmerk',
  roles: {},
  identifierSchemes: {
    zaak: 'Zaaknummer', document: 'Documentnummer', aanhangsel: 'Aanhangsel', aanhangselnummer: 'Aanhangselnummer',
    kamervragen: 'Kamervragen', officielebekendmakingen: 'Officiële Bekendmakingen', type: 'Soort', 'grouped-with': 'Samen met',
    uin: 'UIN (Brits parlement)', 'uk-question-id': 'Vraagnummer (Brits parlement)', house: 'Kamer',
    'asking-member-id': 'Nummer vragensteller', 'answering-member-id': 'Nummer beantwoorder',
  },
};

const en: PresentLabels = {
  and: 'and',
  by: 'by',
  kinds: { answer: 'Answer', questions: 'Questions', 'delay-notice': 'Delay notice', other: 'Document' },
  questionsBy: (count) => (count === 1 ? 'questions by member' : 'questions by members'),
  about: 'on',
  submitted: 'submitted',
  answerBy: 'answer by',
  noticeBy: 'notice by',
  received: 'received',
  aanhangselNumber: 'no.',
  reference: 'Reference',
  roles: {
    minister: 'Minister',
    staatssecretaris: 'State Secretary',
    'minister-president': 'Prime Minister',
    'minister zonder portefeuille': 'Minister without Portfolio',
  },
  identifierSchemes: {
    zaak: 'Case number', document: 'Document number', aanhangsel: 'Appendix (Aanhangsel)', aanhangselnummer: 'Appendix number',
    kamervragen: 'Written questions', officielebekendmakingen: 'Official publications', type: 'Type', 'grouped-with': 'Together with',
    uin: 'UIN', 'uk-question-id': 'Question id', house: 'House',
    'asking-member-id': 'Asking member id', 'answering-member-id': 'Answering member id',
  },
};

/** The word table for `locale`. */
export function presentLabels(locale: PresentLocale): PresentLabels {
  return locale === 'en' ? en : nl;
}

/**
 * The display name of an identifier scheme ("zaak" → "Zaaknummer"); an unknown scheme as it is.
 * @param scheme a key of `QaDocument.identifiers`
 */
export function identifierLabel(scheme: string, locale: PresentLocale): string {
  const names = presentLabels(locale).identifierSchemes;
  return Object.hasOwn(names, scheme) ? names[scheme]! : scheme;
}

/**
 * Joins items as one phrase: ["a", "b", "c"] → "a, b en c" (`and` = "en"); one item as is, none → "".
 */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}
