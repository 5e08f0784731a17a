/**
 * The fixed words of a printed briefing in Dutch and English, shared by the HTML (PDF) and the
 * Word export. One table, so a new label is added to both languages at once. Words shared with the
 * renderer (dates, people, citation, titles) live in core/present/labels.ts.
 */
import type { HighlightColor } from '../model/index.js';
import { joinList, type PresentLocale } from '../present/labels.js';
import type { OmitReason } from './content.js';
import type { UnderlineCue } from './cues.js';

/** A briefing is printed in the languages documents are presented in. */
export type BriefingLocale = PresentLocale;

/** Every fixed word of a printed briefing (PDF and Word), in one language. */
export interface BriefingLabels {
  /** title of the table of contents */
  contents: string;
  /** the title page's classification line: "Rubricering: Intern" */
  classification: string;
  author: string;
  date: string;
  /** document metadata (document items and the appendix) */
  kind: string;
  kinds: Record<'answer' | 'questions' | 'delay-notice' | 'other', string>;
  askedBy: string;
  addressedTo: string;
  answeredBy: string;
  submittedOn: string;
  receivedOn: string;
  identifiers: string;
  /** "Thema's": the themes (tags) of a document or annotation */
  tags: string;
  citeAs: string;
  /** the citation line under an excerpt or question: "vragen van Sjoerdsma (D66)" */
  citeAskedBy: string;
  /** the citation line under an excerpt or question: "antwoord van minister Blok (…)" */
  citeAnsweredBy: string;
  question: (n: number) => string;
  answer: (questionNumbers: readonly number[]) => string;
  /** a question item whose document holds no answer to it */
  noAnswer: string;
  /** the label of the analyst's note beside an excerpt ("Aantekening") */
  note: string;
  /** the list of the analyst's notes under a question, answer or document ("Aantekeningen") */
  notes: string;
  /** the endnotes section, where the sources' footnotes are collected ("Noten") */
  endnotes: string;
  /** a document's own footnotes (appendix) */
  footnotes: string;
  /** the appendix with the source documents in full */
  appendix: string;
  /** the highlight legend: its title and the sentence before the colour list */
  legend: string;
  legendHint: string;
  colors: Record<HighlightColor, string>;
  underlines: Record<UnderlineCue, string>;
  /** an excerpt whose quote is no longer in the current text of its source */
  quoteNotFound: string;
  unplaced: string;
  unplacedHint: string;
  part: { question: string; answer: string; footnote: string; title: string };
  /** the footer of a printed page: "pagina 3 van 9" */
  pageFooter: { page: string; of: string };
  /** an item whose source is gone, in the composer and the export report ("bron verwijderd") */
  sourceRemoved: string;
  /** why an item was left out, one line each */
  omitReasons: Record<OmitReason, string>;
  /** what a question item was, when it is gone: "vraag 3 van ah-tk-…" */
  questionOf: (n: number, documentId: string) => string;
}

const nl: BriefingLabels = {
  contents: 'Inhoud',
  classification: 'Rubricering',
  author: 'Auteur',
  date: 'Datum',
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
  citeAskedBy: 'vragen van',
  citeAnsweredBy: 'antwoord van',
  question: (n) => `Vraag ${n}`,
  answer: (ns) =>
    ns.length === 0 ? 'Antwoord' : ns.length === 1 ? `Antwoord op vraag ${ns[0] ?? ''}` : `Antwoord op vragen ${joinList(ns.map(String), 'en')}`,
  noAnswer: 'Dit document bevat (nog) geen antwoord op deze vraag.',
  note: 'Aantekening',
  notes: 'Aantekeningen',
  endnotes: 'Noten',
  footnotes: 'Voetnoten',
  appendix: 'Bijlage: brondocumenten',
  legend: 'Markeringen',
  legendHint: 'Elke markeerkleur heeft ook een eigen onderstreping, zodat de kleuren ook in zwart-wit te onderscheiden zijn:',
  colors: { yellow: 'geel', green: 'groen', blue: 'blauw', pink: 'roze', orange: 'oranje' },
  underlines: { solid: 'doorgetrokken lijn', double: 'dubbele lijn', dotted: 'stippellijn', dashed: 'streepjeslijn', wavy: 'golflijn' },
  quoteNotFound: 'Dit citaat staat niet meer in de huidige tekst van de bron; het is afgedrukt zoals het werd gemarkeerd.',
  unplaced: 'Niet meer gevonden',
  unplacedHint: 'Deze aantekeningen konden niet in de huidige tekst worden geplaatst; hun citaat staat hieronder.',
  part: { question: 'vraag', answer: 'antwoord', footnote: 'voetnoot', title: 'titel' },
  pageFooter: { page: 'pagina', of: 'van' },
  sourceRemoved: 'bron verwijderd',
  omitReasons: {
    'annotation-deleted': 'de markering is verwijderd',
    'document-deleted': 'het document is verwijderd',
    'question-missing': 'de vraag staat niet meer in het document',
  },
  questionOf: (n, id) => `vraag ${n} van ${id}`,
};

const en: BriefingLabels = {
  contents: 'Contents',
  classification: 'Classification',
  author: 'Author',
  date: 'Date',
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
  citeAskedBy: 'questions by',
  citeAnsweredBy: 'answer by',
  question: (n) => `Question ${n}`,
  answer: (ns) =>
    ns.length === 0 ? 'Answer' : ns.length === 1 ? `Answer to question ${ns[0] ?? ''}` : `Answer to questions ${joinList(ns.map(String), 'and')}`,
  noAnswer: 'This document holds no answer to this question (yet).',
  note: 'Note',
  notes: 'Annotations',
  endnotes: 'Notes',
  footnotes: 'Footnotes',
  appendix: 'Appendix: source documents',
  legend: 'Highlights',
  legendHint: 'Each highlight colour also has its own underline, so the colours can be told apart in black and white:',
  colors: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', orange: 'orange' },
  underlines: { solid: 'solid line', double: 'double line', dotted: 'dotted line', dashed: 'dashed line', wavy: 'wavy line' },
  quoteNotFound: 'This quote is no longer in the current text of its source; it is printed as it was highlighted.',
  unplaced: 'Could not be placed',
  unplacedHint: 'These notes could not be placed in the current text; their quotes are listed below.',
  part: { question: 'question', answer: 'answer', footnote: 'footnote', title: 'title' },
  pageFooter: { page: 'page', of: 'of' },
  sourceRemoved: 'source removed',
  omitReasons: {
    'annotation-deleted': 'the highlight was deleted',
    'document-deleted': 'the document was deleted',
    'question-missing': 'the question is no longer in the document',
  },
  questionOf: (n, id) => `question ${n} of ${id}`,
};

/** The label table for `locale`. */
export function labelsFor(locale: BriefingLocale): BriefingLabels {
  return locale === 'en' ? en : nl;
}
