/**
 * Importing a W3C Web Annotation file: each annotation is matched to a document of the archive
 * (our document id, else its official identifier), re-anchored in the part's current text with
 * core/anchoring (DESIGN §4: never onto a weak or ambiguous match, a short quote only exactly,
 * never in another part than the one it names), and saved with its note,
 * colour, dates and themes (by name; missing themes are created). Exact duplicates are skipped;
 * what could not be placed is reported with the reason.
 */
import { randomUUID } from 'node:crypto';
import type { AnnotationImportReport, AnnotationNotPlaced } from '../core/api/types.js';
import { anchorInParts, describeRange, type AnchorSelectors, type PartToSearch, type PlacedInPart } from '../core/anchoring/index.js';
import { parseW3cAnnotations, partFragment, type ImportCandidate } from '../core/annotations-export/index.js';
import { officialUrl } from '../core/briefing/source-info.js';
import { partsInOrder, partText } from '../core/model/parts.js';
import { hasSameTarget, type Annotation, type DocumentSummary, type PartRef, type QaDocument } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import type { SearchService } from './search-service.js';
import type { TagService } from './tag-service.js';

export interface AnnotationImportDeps {
  archive: Archive;
  search: SearchService;
  tags: TagService;
  clock?: () => Date;
  newId?: () => string;
}

/** Identifier schemes that name one document (a case number, zaak, is shared by questions and answer). */
const DOCUMENT_SCHEMES = ['aanhangsel', 'kamervragen', 'document', 'officielebekendmakingen', 'uin', 'zaak'];

/** Finds the archive's document for a candidate: by our id, else by its official address or identifiers. */
function documentFinder(summaries: readonly DocumentSummary[]): (c: ImportCandidate) => string | null {
  const ids = new Set(summaries.map((s) => s.id));
  const byKey = new Map<string, string[]>();
  const add = (key: string, id: string) => byKey.set(key, [...(byKey.get(key) ?? []), id]);
  for (const s of summaries) {
    const url = officialUrl(s);
    if (url !== null) add(`url ${url}`, s.id);
    for (const scheme of DOCUMENT_SCHEMES) {
      const value = s.identifiers[scheme]?.trim().toLowerCase();
      if (value) add(`${scheme} ${value}`, s.id);
    }
  }
  /** the one document a key names; a key two documents share decides nothing */
  const only = (key: string): string | null => {
    const found = byKey.get(key);
    return found?.length === 1 ? (found[0] ?? null) : null;
  };
  return (c) => {
    if (c.documentId !== null && ids.has(c.documentId)) return c.documentId;
    const viaUrl = c.sourceIri === null ? null : only(`url ${c.sourceIri}`);
    if (viaUrl !== null) return viaUrl;
    for (const scheme of DOCUMENT_SCHEMES) {
      const value = c.identifiers[scheme]?.trim().toLowerCase();
      const found = value ? only(`${scheme} ${value}`) : null;
      if (found !== null) return found;
    }
    return null;
  };
}

type Placement = PlacedInPart<PartRef> | { reason: 'annotation-part-not-found' | 'annotation-quote-not-found' };

/**
 * The selectors of a candidate relative to one part's text: its quote (or, from another tool that
 * wrote only a position, the text at that position) and its position when the file has one.
 */
function selectorsIn(text: string, c: ImportCandidate): AnchorSelectors | null {
  const quote = c.quote ?? (c.position !== null && c.position.end <= text.length ? describeRange(text, c.position.start, c.position.end).quote : null);
  if (quote === null) return null;
  return c.position === null ? { quote } : { quote, position: c.position };
}

/**
 * Re-anchors a candidate in the part its selector names, and nowhere else; when the file names no
 * part, in the one part that has it clearly best (core anchorInParts: alike in two parts → not placed).
 */
function place(document: QaDocument, c: ImportCandidate): Placement {
  const parts = c.part === null ? partsInOrder(document) : [{ part: c.part, text: partText(document, c.part) }];
  const search: PartToSearch<PartRef>[] = [];
  for (const { part, text } of parts) {
    if (text === null) return { reason: 'annotation-part-not-found' };
    const target = selectorsIn(text, c);
    if (target !== null) search.push({ part, text, target });
  }
  return anchorInParts(search) ?? { reason: 'annotation-quote-not-found' };
}

/** A valid ISO timestamp from the file, else `fallback`. */
function timestamp(value: string | null, fallback: string): string {
  return value !== null && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;
}

const MESSAGES: Record<AnnotationNotPlaced['reason'], (c: ImportCandidate, why: string) => string> = {
  'annotation-unreadable': (_c, why) => `Not an annotation that can be placed: ${why}.`,
  'annotation-document-not-found': (c) => `No document in the archive matches ${c.documentId ?? c.sourceIri ?? 'the annotation (it names no document)'}.`,
  'annotation-part-not-found': (c) => `The document has no ${c.part === null ? 'such part' : partFragment(c.part)}.`,
  'annotation-quote-not-found': (c) => `The quote "${c.quote?.exact ?? ''}" is no longer (clearly) in the document's text.`,
};

/**
 * Imports the annotations of a W3C Web Annotation file (as `parseW3cAnnotations` reads it).
 *
 * Ids: an annotation keeps its id when the file has one of ours that the archive does not use yet.
 * Dates: `created`/`modified` from the file (now when absent). Colour: `vb:color`, else yellow. A
 * match that is approximate or ambiguous is saved with anchorState 'relocated' (for review).
 * The annotations of a document are written in one archive write; search is refreshed after.
 *
 * @returns the report: imported, duplicates (same document, part, quote and position), not placed
 * @throws VraagbaakError('invalid-input') reason 'annotations-not-json' or 'annotations-not-w3c';
 *   'archive-read-only' before anything is written
 */
export async function importW3cAnnotations(deps: AnnotationImportDeps, text: string): Promise<AnnotationImportReport> {
  const { archive, search, tags, clock = () => new Date(), newId = randomUUID } = deps;
  const parsed = parseW3cAnnotations(text);
  archive.assertWritable();
  const now = clock().toISOString();
  const report: AnnotationImportReport = { total: parsed.candidates.length + parsed.unreadable.length, imported: [], duplicates: [], notPlaced: [], createdThemes: [] };
  for (const u of parsed.unreadable) {
    report.notPlaced.push({ index: u.index, reason: 'annotation-unreadable', message: MESSAGES['annotation-unreadable']({} as ImportCandidate, u.why), documentId: null, source: null, quote: '', part: null });
  }
  const summaries = archive.listSummaries();
  const findDocument = documentFinder(summaries);
  const usedIds = new Set(summaries.flatMap((s) => archive.listAnnotations(s.id).map((a) => a.id)));
  const documents = new Map<string, QaDocument>();
  const pending = new Map<string, Annotation[]>();
  const themeIds = new Map<string, string>();

  const themeId = async (name: string, parent: string | null): Promise<string> => {
    const known = themeIds.get(name) ?? tags.findByName(name)?.id;
    if (known !== undefined) return known;
    const parentId = parent === null ? null : await themeId(parent, null);
    const created = await tags.create({ name, parentId });
    report.createdThemes.push(created.name);
    themeIds.set(name, created.id);
    return created.id;
  };
  const notPlaced = (c: ImportCandidate, reason: AnnotationNotPlaced['reason'], documentId: string | null) =>
    report.notPlaced.push({ index: c.index, reason, message: MESSAGES[reason](c, ''), documentId, source: c.sourceIri, quote: c.quote?.exact ?? '', part: c.part === null ? null : partFragment(c.part) });

  for (const c of parsed.candidates) {
    const documentId = findDocument(c);
    if (documentId === null) {
      notPlaced(c, 'annotation-document-not-found', c.documentId);
      continue;
    }
    const document = documents.get(documentId) ?? (await archive.readDocument(documentId));
    documents.set(documentId, document);
    const placed = place(document, c);
    if ('reason' in placed) {
      notPlaced(c, placed.reason, documentId);
      continue;
    }
    const target = { part: placed.part, ...describeRange(placed.text, placed.match.start, placed.match.end) };
    const same = (a: Annotation) => hasSameTarget(a.target, target);
    const waiting = pending.get(documentId) ?? [];
    const duplicate = archive.listAnnotations(documentId).find(same) ?? waiting.find(same);
    if (duplicate) {
      report.duplicates.push({ documentId, annotationId: duplicate.id, quote: target.quote.exact });
      continue;
    }
    const tagIds: string[] = [];
    for (const theme of c.themes) tagIds.push(await themeId(theme.name, theme.parent));
    const id = c.id !== null && !usedIds.has(c.id) ? c.id : newId();
    usedIds.add(id);
    const createdAt = timestamp(c.created, now);
    waiting.push({
      id,
      documentId,
      target,
      note: c.note,
      color: c.color ?? 'yellow',
      tagIds: [...new Set(tagIds)],
      createdAt,
      updatedAt: timestamp(c.modified, createdAt),
      revision: 1,
      ...(placed.match.state === 'relocated' ? { anchorState: 'relocated' as const } : {}),
    });
    pending.set(documentId, waiting);
    report.imported.push({ annotationId: id, documentId, state: placed.match.state });
  }

  for (const [documentId, added] of pending) await archive.updateAnnotations(documentId, (list) => [...list, ...added]);
  if (pending.size > 0) await search.refreshDocuments(pending.keys());
  return report;
}
