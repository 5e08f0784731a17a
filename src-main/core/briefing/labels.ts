/**
 * The fixed words of a printed briefing in Dutch and English. One table, so a new label is added
 * to both languages at once. Words shared with the renderer (dates, people, citation, titles)
 * live in core/present/labels.ts.
 */
import { joinList, type PresentLocale } from '../present/labels.js';

/** A briefing is printed in the languages documents are presented in. */
export type BriefingLocale = PresentLocale;

export interface BriefingLabels {
  contents: string;
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
  author: string;
  date: string;
}

const nl: BriefingLabels = {
  contents: 'Inhoud',
  kind: 'Soort',
  kinds: { answer: 'Antwoord op Kamervragen', questions: 'Kamervragen', 'delay-notice': 'Uitstelbericht', other: 'Overig document' },
  askedBy: 'Gesteld door',
  addressedTo: 'Gericht aan',
  answeredBy: 'Beantwoord door',
  submittedOn: 'Ingezonden',
  receivedOn: 'Ontvangen',
  identifiers: 'Kenmerken',
  tags: "Thema's",
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
  author: 'Auteur',
  date: 'Datum',
};

const en: BriefingLabels = {
  contents: 'Contents',
  kind: 'Type',
  kinds: { answer: 'Answer to written questions', questions: 'Written questions', 'delay-notice': 'Notice of delay', other: 'Other document' },
  askedBy: 'Asked by',
  addressedTo: 'Addressed to',
  answeredBy: 'Answered by',
  submittedOn: 'Submitted',
  receivedOn: 'Received',
  identifiers: 'Identifiers',
  tags: 'Themes',
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
  author: 'Author',
  date: 'Date',
};

/** The label table for `locale`. */
export function labelsFor(locale: BriefingLocale): BriefingLabels {
  return locale === 'en' ? en : nl;
}
