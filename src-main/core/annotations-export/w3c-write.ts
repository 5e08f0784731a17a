/**
 * Writes annotations as one W3C Web Annotation `AnnotationCollection` (JSON-LD) with a single
 * `AnnotationPage`; see vocabulary.ts for the choices of ids, source and selectors.
 */
import { officialUrl } from '../briefing/source-info.js';
import type { Annotation, QaDocument, Tag } from '../model/index.js';
import { displayTitle, type TitledDocument } from '../present/title.js';
import { annotationIri, documentUrn, EXPORT_CONTEXT, PART_FRAGMENT_SCHEME, partFragment, VB_TERMS } from './vocabulary.js';

/** What the export needs of a document: a DocumentSummary or a QaDocument both fit. */
export type ExportedDocument = Pick<QaDocument, 'id' | 'identifiers' | 'submittedOn'> & TitledDocument & { source: QaDocument['source'] };

/** The language of notes: Vraagbaak is a Dutch archive, notes are written in Dutch. */
export const NOTE_LANGUAGE = 'nl';

export interface W3cCollectionInput {
  /** the collection's IRI (e.g. `urn:uuid:…`) and its one page's IRI */
  collectionId: string;
  pageId: string;
  /** rdfs:label of the collection, e.g. "Vraagbaak – thema Stikstof" */
  label: string;
  /** ISO timestamp of the export */
  generated: string;
  /** the annotations, in the order they are to appear */
  annotations: readonly Annotation[];
  /** the documents the annotations are on, by id (an annotation whose document is absent is left out) */
  documents: ReadonlyMap<string, ExportedDocument>;
  /** every theme, for names and parents (an unknown tag id is left out) */
  tags: readonly Tag[];
}

/** A JSON object of the export (JSON-LD compacted with EXPORT_CONTEXT). */
export type JsonLdObject = Record<string, unknown>;

/** The target's source: the official address when there is one, with our id and the identifiers. */
function sourceOf(doc: ExportedDocument): JsonLdObject {
  return {
    id: officialUrl(doc) ?? documentUrn(doc.id),
    type: 'Text',
    'dcterms:title': displayTitle(doc, 'nl'),
    [VB_TERMS.documentId]: doc.id,
    [VB_TERMS.identifiers]: { ...doc.identifiers },
  };
}

function bodiesOf(a: Annotation, tagsById: ReadonlyMap<string, Tag>): JsonLdObject[] {
  const bodies: JsonLdObject[] = [];
  if (a.note.trim() !== '') {
    bodies.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain', language: NOTE_LANGUAGE });
  }
  for (const tagId of a.tagIds) {
    const tag = tagsById.get(tagId);
    if (!tag) continue;
    const parent = tag.parentId === null ? undefined : tagsById.get(tag.parentId);
    bodies.push({
      type: 'TextualBody',
      purpose: 'tagging',
      value: tag.name,
      [VB_TERMS.tagId]: tag.id,
      ...(parent ? { [VB_TERMS.parentTheme]: parent.name } : {}),
    });
  }
  return bodies;
}

/**
 * One annotation as a W3C `Annotation`: motivation `commenting` when it has a note, else
 * `highlighting`; the note as a `commenting` TextualBody (text/plain, nl), each theme as a
 * `tagging` TextualBody; the target a SpecificResource on the document with two alternative
 * selectors (part → TextQuoteSelector, part → TextPositionSelector); `vb:color` the highlight colour.
 */
export function toW3cAnnotation(a: Annotation, doc: ExportedDocument, tagsById: ReadonlyMap<string, Tag>): JsonLdObject {
  const { part, quote, position } = a.target;
  const partSelector = { type: 'FragmentSelector', conformsTo: PART_FRAGMENT_SCHEME, value: partFragment(part) };
  const bodies = bodiesOf(a, tagsById);
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    created: a.createdAt,
    modified: a.updatedAt,
    motivation: a.note.trim() === '' ? 'highlighting' : 'commenting',
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: {
      type: 'SpecificResource',
      source: sourceOf(doc),
      selector: [
        { ...partSelector, refinedBy: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix } },
        { ...partSelector, refinedBy: { type: 'TextPositionSelector', start: position.start, end: position.end } },
      ],
    },
    [VB_TERMS.color]: a.color,
    ...(a.anchorState !== undefined && a.anchorState !== 'anchored' ? { [VB_TERMS.anchorState]: a.anchorState } : {}),
  };
}

/**
 * The annotations as one `AnnotationCollection` with `@context` [anno.jsonld, our context], `id`,
 * `label`, `total`, `generator` (Vraagbaak), `generated`, and `first`: the one AnnotationPage
 * (`id`, `partOf`, `startIndex` 0, `items`). Annotations whose document is not in `documents` are
 * left out (and not counted in `total`).
 */
export function toW3cCollection(input: W3cCollectionInput): JsonLdObject {
  const tagsById = new Map(input.tags.map((t) => [t.id, t]));
  const items: JsonLdObject[] = [];
  for (const a of input.annotations) {
    const doc = input.documents.get(a.documentId);
    if (doc) items.push(toW3cAnnotation(a, doc, tagsById));
  }
  return {
    '@context': EXPORT_CONTEXT,
    id: input.collectionId,
    type: 'AnnotationCollection',
    label: input.label,
    total: items.length,
    generator: { type: 'Software', name: 'Vraagbaak' },
    generated: input.generated,
    first: { id: input.pageId, type: 'AnnotationPage', partOf: input.collectionId, startIndex: 0, items },
  };
}
