/**
 * The fixed words of a printed briefing in Dutch and English. One table, so a new label is added
 * to both languages at once.
 */

export type BriefingLocale = 'nl' | 'en';

export interface BriefingLabels {
  contents: string;
  untitled: string;
  kind: string;
  kinds: Record<'answer' | 'questions' | 'delay-notice' | 'other', string>;
  askedBy: string;
  addressedTo: string;
  answeredBy: string;
  submittedOn: string;
  receivedOn: string;
  identifiers: string;
  tags: string;
  citeAs: string;
  question: (n: number) => string;
  answer: (questionNumbers: readonly number[]) => string;
  footnotes: string;
  footnoteRef: (numbers: readonly number[]) => string;
  notes: string;
  unplaced: string;
  unplacedHint: string;
  inPart: string;
  part: { question: string; answer: string; footnote: string; title: string };
  /** "en" / "and" between the last two items of a list */
  and: string;
  author: string;
  date: string;
  /** citation wording */
  answerBy: string;
  received: string;
  questionsBy: (count: number) => string;
  submitted: string;
  aanhangselNumber: string;
}

/** Joins ["a", "b", "c"] as "a, b en c" (nl) or "a, b and c" (en). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

const nl: BriefingLabels = {
  contents: 'Inhoud',
  untitled: '(zonder titel)',
  kind: 'Soort',
  kinds: { answer: 'Antwoord op Kamervragen', questions: 'Kamervragen', 'delay-notice': 'Uitstelbericht', other: 'Overig document' },
  askedBy: 'Gesteld door',
  addressedTo: 'Gericht aan',
  answeredBy: 'Beantwoord door',
  submittedOn: 'Ingezonden',
  receivedOn: 'Ontvangen',
  identifiers: 'Kenmerken',
  tags: 'Tags',
  citeAs: 'Citeren als',
  question: (n) => `Vraag ${n}`,
  answer: (ns) =>
    ns.length === 0 ? 'Antwoord' : ns.length === 1 ? `Antwoord op vraag ${ns[0] ?? ''}` : `Antwoord op vragen ${joinList(ns.map(String), 'en')}`,
  footnotes: 'Voetnoten',
  footnoteRef: (ns) => `${ns.length === 1 ? 'voetnoot' : 'voetnoten'} ${joinList(ns.map(String), 'en')}`,
  notes: 'Aantekeningen',
  unplaced: 'Niet meer gevonden',
  unplacedHint: 'Deze aantekeningen konden niet in de huidige tekst worden geplaatst; hun citaat staat hieronder.',
  inPart: 'in',
  part: { question: 'vraag', answer: 'antwoord', footnote: 'voetnoot', title: 'titel' },
  and: 'en',
  author: 'Auteur',
  date: 'Datum',
  answerBy: 'Antwoord van',
  received: 'ontvangen',
  questionsBy: (count) => (count === 1 ? 'Vragen van het lid' : 'Vragen van de leden'),
  submitted: 'ingezonden',
  aanhangselNumber: 'nr.',
};

const en: BriefingLabels = {
  contents: 'Contents',
  untitled: '(untitled)',
  kind: 'Type',
  kinds: { answer: 'Answer to written questions', questions: 'Written questions', 'delay-notice': 'Notice of delay', other: 'Other document' },
  askedBy: 'Asked by',
  addressedTo: 'Addressed to',
  answeredBy: 'Answered by',
  submittedOn: 'Submitted',
  receivedOn: 'Received',
  identifiers: 'Identifiers',
  tags: 'Tags',
  citeAs: 'Cite as',
  question: (n) => `Question ${n}`,
  answer: (ns) =>
    ns.length === 0 ? 'Answer' : ns.length === 1 ? `Answer to question ${ns[0] ?? ''}` : `Answer to questions ${joinList(ns.map(String), 'and')}`,
  footnotes: 'Footnotes',
  footnoteRef: (ns) => `${ns.length === 1 ? 'footnote' : 'footnotes'} ${joinList(ns.map(String), 'and')}`,
  notes: 'Notes',
  unplaced: 'Could not be placed',
  unplacedHint: 'These notes could not be placed in the current text; their quotes are listed below.',
  inPart: 'in',
  part: { question: 'question', answer: 'answer', footnote: 'footnote', title: 'title' },
  and: 'and',
  author: 'Author',
  date: 'Date',
  answerBy: 'Answer by',
  received: 'received',
  questionsBy: (count) => (count === 1 ? 'Questions by member' : 'Questions by members'),
  submitted: 'submitted',
  aanhangselNumber: 'no.',
};

/** The label table for `locale`. */
export function labelsFor(locale: BriefingLocale): BriefingLabels {
  return locale === 'en' ? en : nl;
}
