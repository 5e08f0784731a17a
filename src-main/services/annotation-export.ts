/**
 * Exporting annotations: the whole archive, one theme (with its sub-themes) or a selection, as a
 * W3C Web Annotation collection (JSON-LD) or as CSV (core/annotations-export).
 */
import { randomUUID } from 'node:crypto';
import type { AnnotationExport } from '../core/api/types.js';
import { annotationsToCsv, toW3cCollection } from '../core/annotations-export/index.js';
import { tagAndDescendants, VraagbaakError, type Annotation, type QaDocument, type Tag } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import { fileNameStem } from '../core/files/safe-file-name.js';

export type AnnotationExportFormat = 'w3c' | 'csv';

export interface AnnotationExportOptions {
  format: AnnotationExportFormat;
  /** only annotations with this theme or one of its sub-themes */
  tagId?: string | undefined;
  /** only these annotations (any document) */
  annotationIds?: readonly string[] | undefined;
  /** CSV headers, separator, part names and colour names; default 'nl' */
  locale?: 'nl' | 'en' | undefined;
}

export interface AnnotationExportDeps {
  archive: Archive;
  clock?: () => Date;
  newId?: () => string;
}

/** The file of an export: `AnnotationExport` with the UTF-8 bytes of `text`. */
export interface AnnotationExportFile extends AnnotationExport {
  bytes: Uint8Array;
}

const MEDIA_TYPES: Record<AnnotationExportFormat, string> = {
  w3c: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  csv: 'text/csv; charset=utf-8',
};
const EXTENSIONS: Record<AnnotationExportFormat, string> = { w3c: 'jsonld', csv: 'csv' };

/** "Financiën & Begroting" → "financien-begroting": a file-name part without accents or spaces (core/files/safe-file-name.ts). */
export function fileNameSlug(text: string): string {
  return fileNameStem(text, 'thema', 60);
}

/** Where an annotation's part comes in its document (title, questions, answers, footnotes). */
function partOrder(): (a: Annotation) => number {
  const order = ['title', 'question', 'answer', 'footnote'];
  return (a) => order.indexOf(a.target.part.type) * 1_000_000 + a.target.part.index;
}

/**
 * The annotations to export, in catalog order of their documents, then part order, then position.
 * @throws VraagbaakError('not-found') with reason 'theme-missing' ({ tagId }) for an unknown theme,
 *   'annotation-missing' ({ annotationId }) for an unknown annotation id
 */
export function selectAnnotations(archive: Archive, options: Pick<AnnotationExportOptions, 'tagId' | 'annotationIds'>): { annotations: Annotation[]; theme: Tag | null } {
  const tags = archive.workspace.tags;
  const theme = options.tagId === undefined ? null : (tags.find((t) => t.id === options.tagId) ?? null);
  if (options.tagId !== undefined && theme === null) {
    throw new VraagbaakError('not-found', `There is no theme with id "${options.tagId}".`, { reason: 'theme-missing', tagId: options.tagId });
  }
  const themeIds = theme === null ? null : tagAndDescendants(tags, theme.id);
  const wanted = options.annotationIds === undefined ? null : new Set(options.annotationIds);
  const order = partOrder();
  const annotations: Annotation[] = [];
  for (const summary of archive.listSummaries()) {
    if (summary.annotationCount === 0) continue;
    const list = archive
      .listAnnotations(summary.id)
      .filter((a) => (themeIds === null || a.tagIds.some((id) => themeIds.has(id))) && (wanted === null || wanted.has(a.id)));
    annotations.push(...[...list].sort((a, b) => order(a) - order(b) || a.target.position.start - b.target.position.start));
  }
  if (wanted !== null) {
    const found = new Set(annotations.map((a) => a.id));
    const missing = [...wanted].find((id) => !found.has(id));
    if (missing !== undefined) {
      throw new VraagbaakError('not-found', `There is no annotation with id "${missing}".`, { reason: 'annotation-missing', annotationId: missing });
    }
  }
  return { annotations, theme };
}

/**
 * Exports annotations as a W3C Web Annotation collection or as CSV.
 *
 * @returns the file: suggested name (vraagbaak-annotaties[-<theme>]-<date>.jsonld|.csv), media
 *   type, text, UTF-8 bytes and the number of annotations (0 is allowed: an empty collection or a
 *   CSV with only its header)
 * @throws VraagbaakError('not-found') with reason 'theme-missing' or 'annotation-missing'
 */
export async function exportAnnotations(deps: AnnotationExportDeps, options: AnnotationExportOptions): Promise<AnnotationExportFile> {
  const { archive, clock = () => new Date(), newId = randomUUID } = deps;
  const { annotations, theme } = selectAnnotations(archive, options);
  const now = clock();
  const what = theme !== null ? `thema ${theme.name}` : options.annotationIds !== undefined ? 'selectie' : 'alle annotaties';
  const fileName = `vraagbaak-annotaties${theme ? `-${fileNameSlug(theme.name)}` : ''}-${now.toISOString().slice(0, 10)}.${EXTENSIONS[options.format]}`;
  let text: string;
  if (options.format === 'w3c') {
    const documents = new Map(archive.listSummaries().map((s) => [s.id, s]));
    const collection = toW3cCollection({
      collectionId: `urn:uuid:${newId()}`,
      pageId: `urn:uuid:${newId()}`,
      label: `Vraagbaak – ${what}`,
      generated: now.toISOString(),
      annotations,
      documents,
      tags: archive.workspace.tags,
    });
    text = `${JSON.stringify(collection, null, 2)}\n`;
  } else {
    const documents = new Map<string, QaDocument>();
    for (const id of new Set(annotations.map((a) => a.documentId))) documents.set(id, await archive.readDocument(id));
    text = annotationsToCsv(annotations, documents, archive.workspace.tags, options.locale ?? 'nl');
  }
  return { fileName, format: options.format, mediaType: MEDIA_TYPES[options.format], text, bytes: new TextEncoder().encode(text), count: annotations.length };
}
