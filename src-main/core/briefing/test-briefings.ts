/**
 * Briefing fixtures shared by the core/briefing tests: a document shaped after the founding
 * document (ah-tk-20202021-1682), annotations made from quotes, and briefings with the schema's
 * defaults.
 */
import { describeRange } from '../anchoring/index.js';
import { Briefing, type Annotation, type BriefingItem, type BriefingOptions, type HighlightColor, type PartRef, type QaDocument, type Tag } from '../model/index.js';
import { partText } from '../model/parts.js';
import type { BriefingContent, BriefingSources } from './content.js';
import { renderBriefingHtml } from './render.js';
import { resolveBriefing } from './resolve.js';

/** The founding document: answer of minister Blok to Sjoerdsma and Van Helvert, with one footnote. */
export function foundingDocument(): QaDocument {
  return {
    id: 'ah-tk-20202021-1682',
    kind: 'answer',
    title: 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren',
    askedBy: [
      { name: 'Sjoerdsma', party: 'D66' },
      { name: 'Van Helvert', party: 'CDA' },
    ],
    addressedTo: ['minister van Buitenlandse Zaken'],
    answeredBy: [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
    submittedOn: '2021-01-20',
    receivedOn: '2021-02-15',
    identifiers: { zaak: '2021Z00843', aanhangsel: 'ah-tk-20202021-1682' },
    questions: [
      { number: 1, text: 'Heeft u kennisgenomen van het bericht ‘Minister Pompeo: Chinese behandeling Oeigoeren is genocide’?', footnoteRefs: [1] },
      { number: 2, text: 'Klopt het dat minister Pompeo heeft verklaard dat China genocide heeft gepleegd?', footnoteRefs: [] },
      { number: 3, text: 'In hoeverre is dit nu het officiële standpunt van de Amerikaanse regering?', footnoteRefs: [] },
      { number: 4, text: 'Wat zijn de gevolgen van deze Amerikaanse stellingname?', footnoteRefs: [1] },
    ],
    answers: [
      { questionNumbers: [1], text: 'Ja.', footnoteRefs: [] },
      {
        questionNumbers: [2],
        text: 'Ja. Op 19 januari 2021 heeft toenmalig Secretary of State Pompeo in een verklaring gesteld dat de Chinese staat genocide heeft gepleegd.\n\nDeze genocide duurt volgens hem nog steeds voort.',
        footnoteRefs: [],
      },
      {
        questionNumbers: [3, 4],
        text: 'Het is nog niet duidelijk of de nieuwe Amerikaanse administratie deze vaststelling over zal nemen. Nadere besluitvorming moet worden afgewacht.',
        footnoteRefs: [],
      },
    ],
    footnotes: [
      {
        number: 1,
        text: "NRC.nl, 19 januari 2021, 'Minister Pompeo: Chinese behandeling van Oeigoeren is genocide'",
        url: 'https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198',
      },
    ],
    references: [],
    source: { fileName: '000_c9bbddca1680c246.txt', format: 'text', sha256: 'a'.repeat(64) },
    warnings: [],
  };
}

/** Two themes: Mensenrechten (t-mr) and Verenigde Staten (t-vs). */
export const TAGS: Tag[] = [
  { id: 't-mr', name: 'Mensenrechten', color: '#b45309', parentId: null, description: '' },
  { id: 't-vs', name: 'Verenigde Staten', color: '#1d4ed8', parentId: null, description: '' },
];

/**
 * An annotation on the `opts.occurrence`-th (0-based; default the first) place `quote` stands in
 * `part` of `doc`.
 * @throws Error when the part does not hold the quote that often (a broken fixture)
 */
export function annotate(
  doc: QaDocument,
  part: PartRef,
  quote: string,
  opts: { id?: string; note?: string; color?: HighlightColor; tagIds?: string[]; occurrence?: number } = {},
): Annotation {
  const text = partText(doc, part) ?? '';
  let start = text.indexOf(quote);
  for (let n = opts.occurrence ?? 0; n > 0 && start >= 0; n--) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture: ${part.type} ${String(part.index)} of ${doc.id} lacks "${quote}"`);
  return {
    id: opts.id ?? `a-${quote.slice(0, 12).replace(/\W/g, '')}`,
    documentId: doc.id,
    target: { part, ...describeRange(text, start, start + quote.length) },
    note: opts.note ?? '',
    color: opts.color ?? 'yellow',
    tagIds: opts.tagIds ?? [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z', revision: 1,
  };
}

/** Sources holding `documents` and `annotations` (grouped by document), with TAGS and the given document tags. */
export function sourcesOf(documents: readonly QaDocument[], annotations: readonly Annotation[] = [], documentTags: Record<string, string[]> = {}, tags: readonly Tag[] = TAGS): BriefingSources {
  const byDocument = new Map<string, Annotation[]>();
  for (const a of annotations) byDocument.set(a.documentId, [...(byDocument.get(a.documentId) ?? []), a]);
  return { documents: new Map(documents.map((d) => [d.id, d])), annotationsByDocument: byDocument, documentTags, tags };
}

/** An excerpt item for `annotation`, as "Add to briefing" stores it. */
export function excerptItem(id: string, annotation: Annotation): BriefingItem {
  return { type: 'annotation', id, annotationId: annotation.id, documentId: annotation.documentId, part: annotation.target.part, quote: annotation.target.quote.exact };
}

/** A briefing with the schema's defaults, the given items and options. */
export function briefingOf(items: unknown[], options: Partial<BriefingOptions> = {}, fields: Record<string, unknown> = {}): Briefing {
  return Briefing.parse({
    id: 'b-1',
    title: 'Oeigoeren & China',
    subtitle: 'Kamervragen 2021',
    author: 'Beleidsanalist',
    intro: '',
    date: '2024-03-05',
    classification: 'Intern',
    items,
    options,
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
    ...fields,
  });
}

/** Resolves `items` (with `options` and title-page `fields`) against `sources` and renders the HTML. */
export function renderItems(
  items: unknown[],
  options: Partial<BriefingOptions> = {},
  sources: BriefingSources = sourcesOf([foundingDocument()]),
  fields: Record<string, unknown> = {},
  pageNumbers: ReadonlyMap<string, number> | null = null,
): { html: string; tocAnchors: string[]; content: BriefingContent } {
  const content = resolveBriefing(briefingOf(items, options, fields), sources, { exportDate: '2024-04-01' });
  return { ...renderBriefingHtml(content, { pageNumbers }), content };
}
