/**
 * The words only the Word export needs: the names its paragraph styles show in Word's style
 * gallery. Every other fixed word comes from the briefing's one label table (core/briefing/labels.ts).
 */
import type { BriefingLocale } from '../core/briefing/labels.js';

/**
 * The custom paragraph styles of the Word file (their ids are in styles.ts). Built-in styles
 * (Title, Subtitle, Heading 1–2, Quote, TOC Heading, Header, Footer) keep their English names,
 * which Word shows in the user's own language.
 */
export type CustomStyleKey =
  | 'byline'
  | 'classification'
  | 'legend'
  | 'note'
  | 'citation'
  | 'themes'
  | 'partLabel'
  | 'question'
  | 'answer'
  | 'metadata'
  | 'hint';

/** The Word-only words of one language. */
export interface DocxLabels {
  /** style names as Word shows them */
  styleNames: Record<CustomStyleKey, string>;
}

const nl: DocxLabels = {
  styleNames: {
    byline: 'Auteur en datum',
    classification: 'Rubricering',
    legend: 'Legenda',
    note: 'Aantekening',
    citation: 'Bronvermelding',
    themes: "Thema's",
    partLabel: 'Onderdeel',
    question: 'Vraag',
    answer: 'Antwoord',
    metadata: 'Kenmerken',
    hint: 'Toelichting',
  },
};

const en: DocxLabels = {
  styleNames: {
    byline: 'Author and date',
    classification: 'Classification',
    legend: 'Legend',
    note: 'Note',
    citation: 'Source citation',
    themes: 'Themes',
    partLabel: 'Part label',
    question: 'Question',
    answer: 'Answer',
    metadata: 'Metadata',
    hint: 'Hint',
  },
};

/** The Word-only label table for `locale`. */
export function docxLabelsFor(locale: BriefingLocale): DocxLabels {
  return locale === 'en' ? en : nl;
}
