/**
 * The paragraph styles, list numbering and language of the Word briefing. Everything the layout
 * modules set is a style, so an analyst restyles the whole briefing in Word from the style gallery;
 * only Heading 1 and 2 carry outline levels, so the navigation pane and the TOC field list exactly
 * the briefing's headings and documents.
 */
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { BriefingLocale } from '../core/briefing/labels.js';
import { docxLabelsFor, type CustomStyleKey } from './labels.js';

/**
 * Fonts Word ships with that LibreOffice draws in metric-compatible ones (Liberation Serif and
 * Sans, which CI installs), so pages break at the same line in both (libreoffice.test.ts); both
 * cover ĳ, é, ë.
 * Cambria and Calibri need Caladea and Carlito for that; without them LibreOffice falls back to
 * DejaVu and its headings drifted a page behind the contents within ten pages.
 */
export const FONTS = { serif: 'Times New Roman', sans: 'Arial' } as const;

/** The style ids the layout uses (ids are stable; names are what Word shows). */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  byline: 'Byline',
  classification: 'Classification',
  contentsTitle: 'TOCHeading',
  legend: 'Legend',
  heading1: 'Heading1',
  heading2: 'Heading2',
  quote: 'Quote',
  note: 'Note',
  citation: 'Citation',
  themes: 'Themes',
  partLabel: 'PartLabel',
  question: 'Question',
  answer: 'Answer',
  metadata: 'Metadata',
  hint: 'Hint',
  header: 'Header',
  footer: 'Footer',
  hyperlink: 'Hyperlink',
  footnoteText: 'FootnoteText',
} as const;

/** List references of the numbering config: bullets, and numbers restarted per list (`instance`). */
export const LIST = { bullet: 'briefing-bullet', ordered: 'briefing-ordered' } as const;

/** Word's language tags for the briefing's locales (spelling check, hyphenation, fields). */
const WORD_LANGUAGE: Record<BriefingLocale, string> = { nl: 'nl-NL', en: 'en-GB' };

const GREY = '555555';
/** 1 cm in twips */
const CM = 567;

const sans = { font: FONTS.sans };

/** A 1 pt black border, 4 pt from the text. */
const BOX = { style: BorderStyle.SINGLE, size: 8, color: '111111', space: 4 } as const;

function custom(key: CustomStyleKey, locale: BriefingLocale, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  const id = STYLE[key];
  return { id, name: docxLabelsFor(locale).styleNames[key], basedOn: 'Normal', next: 'Normal', quickFormat: true, ...options };
}

function builtIn(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...options };
}

function paragraphStyles(locale: BriefingLocale): IParagraphStyleOptions[] {
  return [
    builtIn(STYLE.subtitle, 'Subtitle', { run: { ...sans, size: 28, color: '333333' }, paragraph: { spacing: { after: 480 } } }),
    builtIn(STYLE.contentsTitle, 'TOC Heading', { run: { ...sans, size: 30, bold: true }, paragraph: { spacing: { before: 240, after: 240 } } }),
    builtIn(STYLE.quote, 'Quote', {
      run: { italics: true },
      paragraph: {
        keepLines: true,
        indent: { left: CM, right: CM / 2 },
        spacing: { before: 60, after: 120 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } },
      },
    }),
    builtIn(STYLE.header, 'Header', { run: { ...sans, size: 18, color: GREY }, paragraph: { alignment: AlignmentType.RIGHT } }),
    builtIn(STYLE.footer, 'Footer', { run: { ...sans, size: 18, color: GREY }, paragraph: { alignment: AlignmentType.CENTER } }),
    custom('byline', locale, { run: { ...sans, size: 22 }, paragraph: { spacing: { after: 60 } } }),
    // at the top of the title page, boxed as in the PDF; its space before is the title style's (the title follows 12 mm below)
    custom('classification', locale, {
      run: { ...sans, size: 20, bold: true, allCaps: true },
      paragraph: { spacing: { before: 2400, after: 680 }, border: { top: BOX, bottom: BOX, left: BOX, right: BOX } },
    }),
    custom('legend', locale, { run: { ...sans, size: 18 }, paragraph: { spacing: { after: 40 } } }),
    custom('note', locale, {
      run: { ...sans, size: 19 },
      paragraph: {
        indent: { left: CM, right: CM / 2 },
        spacing: { before: 60, after: 120 },
        shading: { fill: 'F2F2F2' },
        border: {
          top: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 2 },
          bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 2 },
          left: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 4 },
          right: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 4 },
        },
      },
    }),
    custom('citation', locale, { run: { ...sans, size: 18, color: '333333' }, paragraph: { indent: { left: CM }, spacing: { after: 200 } } }),
    custom('themes', locale, { run: { ...sans, size: 17, color: GREY }, paragraph: { indent: { left: CM }, spacing: { after: 200 } } }),
    custom('partLabel', locale, { run: { ...sans, size: 20, bold: true }, paragraph: { keepNext: true, spacing: { before: 200, after: 60 } } }),
    custom('question', locale, { run: { italics: true, color: '222222' }, paragraph: { spacing: { after: 120 } } }),
    custom('answer', locale, {
      paragraph: { indent: { left: CM / 2 }, spacing: { after: 120 }, border: { left: { style: BorderStyle.SINGLE, size: 6, color: 'CCCCCC', space: 6 } } },
    }),
    custom('metadata', locale, { run: { ...sans, size: 19 }, paragraph: { spacing: { after: 20 } } }),
    custom('hint', locale, { run: { ...sans, size: 18, italics: true, color: GREY }, paragraph: { spacing: { after: 80 } } }),
  ];
}

/**
 * The styles of the Word file: document defaults (serif 11 pt in the briefing's language), the
 * built-in Title/Heading/Hyperlink/footnote styles adjusted, and the custom paragraph styles of STYLE.
 */
export function briefingStyles(locale: BriefingLocale): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONTS.serif, size: 22, language: { value: WORD_LANGUAGE[locale] } },
        // lineRule spelled out: without it LibreOffice set a wrapped title's lines over each other
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { ...sans, size: 52, bold: true, color: '111111' }, paragraph: { spacing: { before: 2400, after: 240 } } },
      heading1: { run: { ...sans, size: 32, bold: true, color: '1F3864' }, paragraph: { keepNext: true, spacing: { before: 360, after: 160 } } },
      heading2: { run: { ...sans, size: 26, bold: true, color: '2F5496' }, paragraph: { keepNext: true, spacing: { before: 280, after: 120 } } },
      hyperlink: { run: { color: '1F4E79', underline: {} } },
      footnoteText: { run: { size: 18 } },
    },
    paragraphStyles: paragraphStyles(locale),
  };
}

/** A bullet list (•, –, ▪ by level) and a decimal list; each ordered list is its own `instance`. */
export const briefingNumbering: INumberingOptions = {
  config: [
    {
      reference: LIST.bullet,
      levels: ['•', '–', '▪'].map((text, level) => ({
        level,
        format: LevelFormat.BULLET,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: CM * (level + 1), hanging: CM / 2 } } },
      })),
    },
    {
      reference: LIST.ordered,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: CM * (level + 1), hanging: CM / 2 } } },
      })),
    },
  ],
};
