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
};

/** The word table for `locale`. */
export function presentLabels(locale: PresentLocale): PresentLabels {
  return locale === 'en' ? en : nl;
}

/**
 * Joins items as one phrase: ["a", "b", "c"] → "a, b en c" (`and` = "en"); one item as is, none → "".
 */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}
