/**
 * The shapes of the archive's lowdb files (DESIGN §3), as zod schemas: every file read from disk
 * is validated against these before the archive trusts it.
 */
import { z } from 'zod';
import { Annotation, Briefing, DocumentSummary, SavedSearch, Tag } from '../core/model/index.js';

/** The schema version this build writes; see migrations.ts for how older files are upgraded. */
export const CURRENT_SCHEMA_VERSION = 1;

const SchemaVersion = z.literal(CURRENT_SCHEMA_VERSION);

/** catalog.json: metadata of every document (read once at open). */
export const CatalogFile = z.object({
  schemaVersion: SchemaVersion,
  documents: z.array(DocumentSummary),
});
export type CatalogFile = z.infer<typeof CatalogFile>;

/** workspace.json: tags, the tags on documents, briefings and saved searches. */
export const WorkspaceFile = z.object({
  schemaVersion: SchemaVersion,
  tags: z.array(Tag),
  /** document id → tag ids; the source of truth for `DocumentSummary.tagIds` */
  documentTags: z.record(z.string(), z.array(z.string())),
  briefings: z.array(Briefing),
  savedSearches: z.array(SavedSearch),
  /** ISO timestamp of the one-time import of the built-in samples; null when never seeded */
  samplesSeededAt: z.string().nullable().default(null),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;

/** annotations/<id>.json: the annotations on one document. */
export const AnnotationsFile = z.object({
  schemaVersion: SchemaVersion,
  documentId: z.string().min(1),
  annotations: z.array(Annotation),
});
export type AnnotationsFile = z.infer<typeof AnnotationsFile>;

/** The kinds of lowdb file in an archive; migrations are declared per kind. */
export type FileKind = 'catalog' | 'workspace' | 'annotations';

/** An empty catalog. */
export function emptyCatalog(): CatalogFile {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, documents: [] };
}

/** An empty workspace. */
export function emptyWorkspace(): WorkspaceFile {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tags: [],
    documentTags: {},
    briefings: [],
    savedSearches: [],
    samplesSeededAt: null,
  };
}

/** An annotations file with no annotations yet. */
export function emptyAnnotations(documentId: string): AnnotationsFile {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, documentId, annotations: [] };
}
