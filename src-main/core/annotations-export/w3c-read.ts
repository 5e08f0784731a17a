/**
 * Reads a W3C Web Annotation file back into import candidates, leniently: what we write
 * (vocabulary.ts), and what other tools write — a collection, a page, an array or a single
 * annotation; a body or target that is one object, an array or an IRI; `bodyValue`; selectors as
 * one object or an array, refined or not, with or without our part selector.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS, VraagbaakError, type HighlightColor, type PartRef, type TextPositionSelector, type TextQuoteSelector } from '../model/index.js';
import { annotationIdOf, documentIdOfUrn, partOfFragment, VB_TERMS } from './vocabulary.js';

/** One annotation of the file, as far as it could be read; the importer places it. */
export interface ImportCandidate {
  /** 0-based position in the file */
  index: number;
  /** our annotation id, when the file's id is one we wrote (urn:uuid or urn:vraagbaak:annotation) */
  id: string | null;
  /** our document id (`vb:documentId`, or inside a urn:vraagbaak:document IRI) */
  documentId: string | null;
  /** the target's source IRI (e.g. the official publication) */
  sourceIri: string | null;
  /** the document's official identifiers (`vb:identifiers`) */
  identifiers: Record<string, string>;
  /** the part named by the FragmentSelector; null when the file names none */
  part: PartRef | null;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  note: string;
  color: HighlightColor | null;
  themes: { name: string; parent: string | null }[];
  created: string | null;
  modified: string | null;
}

/** An item of the file that is no annotation we can place (no target, or no quote or position). */
export interface UnreadableItem {
  index: number;
  why: string;
}

export interface ParsedAnnotationFile {
  candidates: ImportCandidate[];
  unreadable: UnreadableItem[];
}

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]));
const typeList = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
/** `Annotation`, `oa:Annotation` and `http://www.w3.org/ns/oa#Annotation` all name the same class */
const hasType = (types: readonly string[], name: string) => types.some((t) => t === name || t.endsWith(`:${name}`) || t.endsWith(`#${name}`));

const Body = z.union([
  z.string(), // an IRI of an external body: nothing we can import
  z.looseObject({
    type: typeList,
    purpose: typeList,
    value: z.string().optional(),
    [VB_TERMS.parentTheme]: z.string().optional(),
  }),
]);

const Source = z.union([z.string(), z.looseObject({ id: z.string().optional(), [VB_TERMS.documentId]: z.string().optional(), [VB_TERMS.identifiers]: z.unknown().optional() })]);

const Target = z.union([
  z.string(),
  z.looseObject({ source: Source.optional(), selector: oneOrMany(z.unknown()).optional() }),
]);

const AnnotationItem = z.looseObject({
  id: z.string().optional(),
  type: typeList,
  motivation: typeList,
  created: z.string().optional(),
  modified: z.string().optional(),
  body: oneOrMany(Body).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(Target),
  [VB_TERMS.color]: z.string().optional(),
});
type AnnotationItem = z.infer<typeof AnnotationItem>;

const QuoteSelector = z.object({ exact: z.string().min(1), prefix: z.string().default(''), suffix: z.string().default('') });
const PositionSelector = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).refine((p) => p.end > p.start);
const AnySelector = z.looseObject({ type: typeList, value: z.string().optional(), refinedBy: oneOrMany(z.unknown()).optional() });

interface Found {
  part: PartRef | null;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

/** Walks a selector and what refines it, keeping the part a FragmentSelector names above them. */
function collectSelectors(raw: unknown, part: PartRef | null, found: Found, depth = 0): void {
  const parsed = AnySelector.safeParse(raw);
  if (!parsed.success || depth > 8) return;
  const s = parsed.data;
  let here = part;
  if (hasType(s.type, 'FragmentSelector') && s.value !== undefined) here = partOfFragment(s.value) ?? part;
  if (hasType(s.type, 'TextQuoteSelector') && found.quote === null) {
    const q = QuoteSelector.safeParse(raw);
    if (q.success) {
      found.quote = { exact: q.data.exact.normalize('NFC'), prefix: q.data.prefix.normalize('NFC'), suffix: q.data.suffix.normalize('NFC') };
      found.part ??= here;
    }
  }
  if (hasType(s.type, 'TextPositionSelector') && found.position === null) {
    const p = PositionSelector.safeParse(raw);
    if (p.success) {
      found.position = p.data;
      found.part ??= here;
    }
  }
  for (const next of s.refinedBy ?? []) collectSelectors(next, here, found, depth + 1);
}

function stringRecord(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The note and the themes of an annotation's bodies. */
function readBodies(a: AnnotationItem): { note: string; themes: ImportCandidate['themes'] } {
  const notes: string[] = a.bodyValue?.trim() ? [a.bodyValue] : [];
  const themes: ImportCandidate['themes'] = [];
  const taggingAnnotation = hasType(a.motivation, 'tagging');
  for (const body of a.body ?? []) {
    if (typeof body === 'string' || body.value === undefined || body.value.trim() === '') continue;
    const tagging = hasType(body.purpose, 'tagging') || (body.purpose.length === 0 && taggingAnnotation);
    if (tagging) {
      const parent = body[VB_TERMS.parentTheme];
      themes.push({ name: body.value.normalize('NFC').trim(), parent: typeof parent === 'string' && parent.trim() !== '' ? parent.normalize('NFC').trim() : null });
    } else {
      notes.push(body.value);
    }
  }
  return { note: notes.join('\n\n').normalize('NFC'), themes };
}

function readItem(raw: unknown, index: number): ImportCandidate | UnreadableItem {
  const parsed = AnnotationItem.safeParse(raw);
  if (!parsed.success) return { index, why: 'it is not an annotation with a target' };
  const a = parsed.data;
  const target = a.target.find((t) => typeof t !== 'string') ?? a.target[0];
  const source = typeof target === 'string' ? target : target?.source;
  const sourceIri = typeof source === 'string' ? source : (source?.id ?? null);
  const found: Found = { part: null, quote: null, position: null };
  if (typeof target === 'object') for (const s of target.selector ?? []) collectSelectors(s, null, found);
  if (found.quote === null && found.position === null) return { index, why: 'its target has no text quote or text position selector' };
  const ownDocumentId = typeof source === 'object' ? source[VB_TERMS.documentId] : undefined;
  const color = a[VB_TERMS.color];
  return {
    index,
    id: a.id === undefined ? null : annotationIdOf(a.id),
    documentId: typeof ownDocumentId === 'string' && ownDocumentId !== '' ? ownDocumentId : sourceIri === null ? null : documentIdOfUrn(sourceIri),
    sourceIri,
    identifiers: typeof source === 'object' ? stringRecord(source[VB_TERMS.identifiers]) : {},
    ...found,
    ...readBodies(a),
    color: typeof color === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(color) ? (color as HighlightColor) : null,
    created: a.created ?? null,
    modified: a.modified ?? null,
  };
}

const Container = z.looseObject({
  type: typeList,
  items: z.array(z.unknown()).optional(),
  first: z.union([z.string(), z.looseObject({ items: z.array(z.unknown()).optional() })]).optional(),
  target: z.unknown().optional(),
});

function notW3c(why: string): VraagbaakError {
  return new VraagbaakError('invalid-input', `The file is not a W3C Web Annotation file: ${why}.`, { reason: 'annotations-not-w3c', why });
}

/** The items of a collection, a page, an array or a single annotation. */
function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const c = Container.safeParse(json);
  if (!c.success) throw notW3c('it holds no annotations');
  const { type, items, first, target } = c.data;
  if (first !== undefined) {
    if (typeof first === 'string') throw notW3c('its annotations are on another page (only a complete collection can be imported)');
    return [...(first.items ?? []), ...(items ?? [])];
  }
  if (items !== undefined) return items;
  // a collection or page without items is an empty one (what an export of nothing may look like)
  if (hasType(type, 'AnnotationCollection') || hasType(type, 'AnnotationPage')) return [];
  if (target !== undefined || hasType(type, 'Annotation')) return [json];
  throw notW3c('it is neither an AnnotationCollection, an AnnotationPage nor an Annotation');
}

/**
 * Parses the text of a W3C Web Annotation file (JSON-LD) into import candidates.
 *
 * @returns every item that names a quote or position (`candidates`), and the others with why
 * @throws VraagbaakError('invalid-input') with reason 'annotations-not-json' when the text is not
 *   JSON, 'annotations-not-w3c' when it is no collection, page, array or annotation
 */
export function parseW3cAnnotations(text: string): ParsedAnnotationFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new VraagbaakError('invalid-input', `The file is not valid JSON: ${why}.`, { reason: 'annotations-not-json', why });
  }
  const out: ParsedAnnotationFile = { candidates: [], unreadable: [] };
  itemsOf(json).forEach((item, index) => {
    const read = readItem(item, index);
    if ('why' in read) out.unreadable.push(read);
    else out.candidates.push(read);
  });
  return out;
}
