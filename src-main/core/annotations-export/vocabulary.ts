/**
 * The vocabulary of our W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): the
 * JSON-LD context, our own `vb:` terms, and the IRIs we give annotations, documents and parts.
 *
 * Choices, documented once here:
 * - Annotation ids: `urn:uuid:<id>` when our id is a UUID (it always is for annotations made in
 *   the app), else `urn:vraagbaak:annotation:<id, percent-encoded>`.
 * - The target's `source` is the document's official publication when one of its identifiers gives
 *   it (core/briefing `officialUrl`: zoek.officielebekendmakingen.nl, the UK question page), else
 *   `urn:vraagbaak:document:<id>`; the source object always keeps our id as `vb:documentId` and the
 *   identifiers as `vb:identifiers` (a JSON literal).
 * - The part: a `FragmentSelector` whose `value` is the part key ("answer:3" = the fourth answer,
 *   0-based like `PartRef.index`; "title:0"), `conformsTo` our part scheme, refined by the
 *   `TextQuoteSelector` or the `TextPositionSelector` (offsets relative to that part's NFC text,
 *   UTF-16 code units, end exclusive). The target carries two such selectors: in the data model,
 *   several selectors on one SpecificResource are alternative descriptions of the same segment,
 *   and each alternative here is complete (part → quote, part → position), as in the model's
 *   example 29 ("Refinement of Selection"). `refinedBy` is never a list.
 */
import type { PartRef } from '../model/index.js';

export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The namespace of our own terms (a URN: we own no web domain that could serve a vocabulary). */
export const VB_NAMESPACE = 'urn:vraagbaak:vocab:';
/** `conformsTo` of the FragmentSelector that names a part ("answer:3"). */
export const PART_FRAGMENT_SCHEME = `${VB_NAMESPACE}part`;

/** Our context entry: the `vb:` prefix, and `vb:identifiers` as a JSON literal (JSON-LD 1.1). */
export const VB_CONTEXT = {
  '@version': 1.1,
  vb: VB_NAMESPACE,
  'vb:identifiers': { '@id': 'vb:identifiers', '@type': '@json' },
} as const;

/** The `@context` of every exported collection: the W3C context first, then ours. */
export const EXPORT_CONTEXT = [W3C_ANNO_CONTEXT, VB_CONTEXT] as const;

/** The `vb:` terms we write, each with what it holds. */
export const VB_TERMS = {
  color: 'vb:color', // the highlight colour of the annotation (yellow, green, blue, pink, orange)
  anchorState: 'vb:anchorState', // relocated | orphaned, when re-anchoring left it for review
  tagId: 'vb:tagId', // on a tagging body: our theme id
  parentTheme: 'vb:parentTheme', // on a tagging body: the parent theme's name
  documentId: 'vb:documentId', // on the target's source: our document id
  identifiers: 'vb:identifiers', // on the target's source: the official identifiers { scheme: value }
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ANNOTATION_URN = 'urn:vraagbaak:annotation:';
const DOCUMENT_URN = 'urn:vraagbaak:document:';

/** The IRI of annotation `id`: `urn:uuid:…` for a UUID, else `urn:vraagbaak:annotation:…`. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${ANNOTATION_URN}${encodeURIComponent(id)}`;
}

/** Our annotation id inside an IRI written by `annotationIri`, or null for any other IRI. */
export function annotationIdOf(iri: string): string | null {
  if (iri.startsWith('urn:uuid:') && UUID.test(iri.slice(9))) return iri.slice(9).toLowerCase();
  if (!iri.startsWith(ANNOTATION_URN)) return null;
  try {
    const id = decodeURIComponent(iri.slice(ANNOTATION_URN.length));
    return id === '' ? null : id;
  } catch {
    return null;
  }
}

/** `urn:vraagbaak:document:<id>`: the source IRI of a document without an official address. */
export function documentUrn(id: string): string {
  return `${DOCUMENT_URN}${encodeURIComponent(id)}`;
}

/** Our document id inside a `documentUrn`, or null for any other IRI. */
export function documentIdOfUrn(iri: string): string | null {
  if (!iri.startsWith(DOCUMENT_URN)) return null;
  try {
    const id = decodeURIComponent(iri.slice(DOCUMENT_URN.length));
    return id === '' ? null : id;
  } catch {
    return null;
  }
}

/** The part key "answer:3" (`PartRef.index`, 0-based; the title is "title:0"). */
export function partFragment(part: PartRef): string {
  return `${part.type}:${String(part.index)}`;
}

/** The PartRef of a part key ("answer:3", "title", "title:0"), or null when it is not one. */
export function partOfFragment(value: string): PartRef | null {
  const m = /^(question|answer|footnote|title)(?::(\d{1,6}))?$/.exec(value.trim());
  if (!m) return null;
  const type = m[1] as PartRef['type'];
  const index = m[2] === undefined ? 0 : Number(m[2]);
  if (type === 'title' && index !== 0) return null;
  if (type !== 'title' && m[2] === undefined) return null;
  return { type, index };
}
