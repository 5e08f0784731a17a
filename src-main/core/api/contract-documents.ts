/**
 * The API contract's entries for the app and documents (list, read, import, document themes).
 */
import { z } from 'zod';
import type { DocumentSummary } from '../model/index.js';
import type { AppInfo, DocumentWithAnnotations, ImportReport } from './types.js';
import { entry, Id } from './contract-base.js';

/** Base64 of at most ~60 MB of source bytes. */
const Base64 = z.string().max(80_000_000).regex(/^[A-Za-z0-9+/=\r\n]*$/, 'expected base64');

/** The documents entries of the API contract. */
export const documentsEntries = {
  'app.info': entry<AppInfo>()(z.object({})),
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
} as const;
