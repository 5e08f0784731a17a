/**
 * The API contract's entries for the app and documents (list, read, import, document themes).
 */
import { z } from 'zod';
import type { DocumentSummary } from '../model/index.js';
import type { AppInfo, DeletedDocument, DocumentWithAnnotations, ImportReport, RestoreBackupResult } from './types.js';
import { entry, Id } from './contract-base.js';

/** More documents than one call deletes, restores or purges (the library's select-all at 30,000 fits). */
export const MAX_LIFECYCLE_IDS = 100_000;
const DocumentIds = z.array(Id).min(1).max(MAX_LIFECYCLE_IDS);

/** Base64 of at most ~60 MB of source bytes. */
const Base64 = z.string().max(80_000_000).regex(/^[A-Za-z0-9+/=\r\n]*$/, 'expected base64');

/** The documents entries of the API contract. */
export const documentsEntries = {
  'app.info': entry<AppInfo>()(z.object({})),
  /**
   * for an archive open read-only because of damaged files: moves each aside (damaged/, never
   * deleted), puts its newest good backup in its place and loads the archive again (then writable)
   */
  'app.restoreBackup': entry<RestoreBackupResult>()(z.object({})),
  'documents.list': entry<DocumentSummary[]>()(z.object({})),
  'documents.get': entry<DocumentWithAnnotations>()(z.object({ id: Id })),
  'documents.import': entry<ImportReport>()(
    z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(255), contentBase64: Base64 }))
        .min(1)
        .max(500),
    }),
  ),
  'documents.setTags': entry<DocumentSummary>()(
    z.object({ documentId: Id, tagIds: z.array(Id).max(100) }),
  ),
  /** moves documents to the trash with their annotations, original and themes; returns them (undo: restore) */
  'documents.delete': entry<DeletedDocument[]>()(z.object({ ids: DocumentIds })),
  /** puts deleted documents back: same id, annotations (ids, timestamps), original, themes that still exist */
  'documents.restore': entry<DocumentSummary[]>()(z.object({ ids: DocumentIds })),
  /** the trash ("recently deleted"), most recently deleted first */
  'documents.deleted': entry<DeletedDocument[]>()(z.object({})),
  /** empties the trash for good, or only the given documents; returns the ids removed */
  'documents.purge': entry<string[]>()(z.object({ ids: DocumentIds.optional() })),
  /** rewrites a damaged documents/<id>.json from a fresh parse of its original; annotations and themes stay */
  'documents.repair': entry<DocumentSummary>()(z.object({ id: Id })),
} as const;
