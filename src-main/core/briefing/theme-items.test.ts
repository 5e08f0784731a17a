import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError, type Annotation, type BriefingItem, type PartRef, type QaDocument, type Tag } from '../model/index.js';
import { parseText } from '../parse/index.js';
import type { UnsavedItem } from './add-items.js';
import { annotate } from './test-briefings.js';
import { themeItems, type ThemeItemsInput, type ThemeSource } from './theme-items.js';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/nl-text');
const read = (file: string): QaDocument =>
  parseText(readFileSync(resolve(CORPUS, file), 'utf8'), { fileName: file, sha256: '0'.repeat(64), format: 'text' });
/** received 2024-11-18; answer index 3 covers questions 4 and 5 */
const boswijk = read('kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt');
/** received 2024-11-18 as well */
const elAbassi = read('kvl-r19-Antwoord_op_vragen_van_het_lid_El_Abassi.pdf.txt');
/** received 2024-11-14 */
const vanNispen = read('kvl-r04-Antwoord_op_vragen_van_de_leden_Van_Nisp.pdf.txt');

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({ id, name, color: '#1d4ed8', parentId, description: '' });
const tags: Tag[] = [
  tag('t-buiten', 'Buitenland'),
  tag('t-vn', 'Verenigde Naties', 't-buiten'),
  tag('t-rusland', 'Rusland', 't-buiten'),
  tag('t-poetin', 'Poetin', 't-rusland'),
  tag('t-recht', 'Rechtsstaat'),
];

function annotationOn(document: QaDocument, part: PartRef, quote: string, id: string, tagIds: string[]): Annotation {
  return annotate(document, part, quote, { id, tagIds, color: 'green' });
}

const q = (index: number): PartRef => ({ type: 'question', index });
const a = (index: number): PartRef => ({ type: 'answer', index });
// archive order: Boswijk, El Abassi, Van Nispen (Van Nispen has the earliest date)
const sources: ThemeSource[] = [
  {
    document: boswijk,
    annotations: [
      // answer 3 covers questions 4 and 5, so it is read after question 5 (index 4)
      annotationOn(boswijk, a(3), 'In 2013 heeft de toenmalige Secretaris-Generaal', 'b-ans45', ['t-vn']),
      annotationOn(boswijk, q(4), 'Deelt u de mening', 'b-q5', ['t-vn']),
      annotationOn(boswijk, a(1), 'Ontegenzeggelijk heeft president Poetin', 'b-poetin', ['t-poetin', 't-recht']),
      annotationOn(boswijk, a(0), 'De jaarlijkse top', 'b-top', ['t-buiten']),
      annotationOn(boswijk, a(2), 'Op de BRICS top', 'b-other', ['t-recht']),
    ],
  },
  { document: elAbassi, annotations: [annotationOn(elAbassi, a(2), 'Op grond van artikel 15', 'e-avg', ['t-recht'])] },
  {
    document: vanNispen,
    annotations: [
      annotationOn(vanNispen, a(3), 'Vanzelfsprekend neem ik uw Kamer serieus', 'v-serieus', ['t-vn']),
      annotationOn(vanNispen, a(0), 'Er is door het Ministerie van Justitie', 'v-min', ['t-rusland']),
    ],
  },
];

const input = (over: Partial<ThemeItemsInput> = {}): ThemeItemsInput => ({
  theme: tags[0]!,
  tags,
  sources,
  groupBy: 'subtheme',
  locale: 'nl',
  existing: [],
  ...over,
});

/** "# Heading" / "## Heading" / the annotation id, for compact expectations. */
function outline(items: readonly UnsavedItem[]): string[] {
  return items.map((i) => (i.type === 'heading' ? `${'#'.repeat(i.level)} ${i.text}` : i.type === 'annotation' ? i.annotationId : i.type));
}

describe('themeItems', () => {
  it('by sub-theme: the theme heading, its own excerpts, then a heading per sub-theme (A–Z), excerpts in date order', () => {
    const { items, duplicates } = themeItems(input());
    expect(duplicates).toBe(0);
    expect(outline(items)).toEqual([
      '# Buitenland',
      'b-top',
      '## Rusland',
      'v-min', // 14 november, before Boswijk's 18 november
      'b-poetin', // tagged with Poetin, a sub-theme of Rusland
      '## Verenigde Naties',
      'v-serieus',
      'b-q5', // question 5 comes before the answer to questions 4 and 5
      'b-ans45',
    ]);
    const excerpt = items.find((i) => i.type === 'annotation' && i.annotationId === 'b-ans45');
    expect(excerpt).toEqual({
      type: 'annotation',
      annotationId: 'b-ans45',
      documentId: boswijk.id,
      part: a(3),
      quote: 'In 2013 heeft de toenmalige Secretaris-Generaal',
    });
  });

  it('by document: a heading per document with its display title, documents by date', () => {
    const { items } = themeItems(input({ theme: tags[4]!, groupBy: 'document' }));
    expect(outline(items)).toEqual([
      '# Rechtsstaat',
      '## Het bezoek van de Secretaris-Generaal van de Verenigde Naties aan de top van de BRICS-landen',
      'b-poetin',
      'b-other',
      '## Het bericht «Overheid gebruikte nationaliteit bij misdaadbestrijding en verzweeg dat»',
      'e-avg',
    ]);
  });

  it('by date: a heading per date in the briefing language, two documents of one day under one heading', () => {
    expect(outline(themeItems(input({ groupBy: 'date' })).items)).toEqual([
      '# Buitenland',
      '## 14 november 2024',
      'v-min', // answer 1 before answer 4
      'v-serieus',
      '## 18 november 2024',
      'b-top', // reading order: answer 1, answer 2, question 5, answer to 4 and 5
      'b-poetin',
      'b-q5',
      'b-ans45',
    ]);
    const english = themeItems(input({ theme: tags[4]!, groupBy: 'date', locale: 'en' })).items;
    expect(outline(english)).toEqual(['# Rechtsstaat', '## 18 November 2024', 'b-poetin', 'b-other', 'e-avg']);
  });

  it('leaves out excerpts the briefing holds, counts them, and drops a heading left without excerpts', () => {
    const existing: BriefingItem[] = [
      { type: 'annotation', id: 'i1', annotationId: 'v-min', documentId: vanNispen.id, part: a(0), quote: '' },
      { type: 'annotation', id: 'i2', annotationId: 'b-poetin', documentId: null, part: null, quote: '' },
      { type: 'annotation', id: 'i3', annotationId: 'b-top', documentId: boswijk.id, part: a(0), quote: '' },
    ];
    const { items, duplicates } = themeItems(input({ existing }));
    expect(duplicates).toBe(3);
    expect(outline(items)).toEqual(['# Buitenland', '## Verenigde Naties', 'v-serieus', 'b-q5', 'b-ans45']);

    const all = themeItems(input({ theme: tags[4]!, existing: [...existing, ...['b-other', 'e-avg'].map((id, i) => ({ type: 'annotation' as const, id: `j${String(i)}`, annotationId: id, documentId: null, part: null, quote: '' }))] }));
    expect(all).toEqual({ items: [], duplicates: 3 });
  });

  it('refuses a theme no excerpt carries', () => {
    const empty = tag('t-leeg', 'Landbouw');
    let error: unknown = null;
    try {
      themeItems(input({ theme: empty, tags: [...tags, empty] }));
    } catch (e) {
      error = e;
    }
    expect(isVraagbaakError(error, 'invalid-input') && error.details).toEqual({ reason: 'theme-empty', theme: 'Landbouw', tagId: 't-leeg' });
  });
});
