/**
 * Imports source files into the archive: pick the importer by extension, parse (one file may hold
 * many documents), drop duplicates (same bytes or same official identifier), store document +
 * original, index for search. One bad file is reported and skipped; the others go on, and the
 * archive is unchanged by the bad one.
 */
import { createHash } from 'node:crypto';
import type { ImportFailure, ImportReport } from '../core/api/types.js';
import { VraagbaakError, type QaDocument } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import { importerFor, type ParseText } from './importers/index.js';
import type { SearchService } from './search-service.js';

export interface ImportServiceDeps {
  archive: Archive;
  search: SearchService;
  /** core/parse `parseText` */
  parseText: ParseText;
}

/** One file to import: its name (used for the format and in messages) and its exact bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Called after each file: `done` of `total` files handled, `fileName` the one just handled. */
export type ImportProgress = (done: number, total: number, fileName: string) => void;

export interface ImportService {
  /**
   * Imports `files` one after another. Failures are listed in `report.failed` with a reason;
   * files already in the archive (same sha256, or same document id) in `report.duplicates`.
   * @throws VraagbaakError('archive-read-only') before touching any file when the archive is read-only
   */
  importFiles(files: readonly ImportFile[], onProgress?: ImportProgress): Promise<ImportReport>;
}

/**
 * The `code` and `params` of an ImportFailure from a thrown error: `details.reason` becomes `code`,
 * the other string and (finite) number details become `params`. {} when `e` has no reason code.
 */
export function failureCode(e: unknown): Pick<ImportFailure, 'code' | 'params'> {
  if (!(e instanceof VraagbaakError) || typeof e.details['reason'] !== 'string') return {};
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(e.details)) {
    if (key === 'reason') continue;
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) params[key] = value;
  }
  return { code: e.details['reason'], params };
}

/** Creates the import service. */
export function createImportService({ archive, search, parseText }: ImportServiceDeps): ImportService {
  /**
   * Adds one parsed document unless its id is already in the archive. When the file holds many
   * documents, a failure of one is reported (naming the document) and the others go on.
   */
  async function importOne(document: QaDocument, original: Uint8Array, fileName: string, report: ImportReport, oneOfMany: boolean): Promise<void> {
    const existing = archive.getSummary(document.id) ?? archive.findBySha256(document.source.sha256);
    if (existing) {
      report.duplicates.push({ fileName, documentId: existing.id });
      return;
    }
    try {
      report.imported.push(await archive.addDocument(document, { fileName, bytes: original }));
      search.indexDocument(document);
    } catch (e) {
      if (!oneOfMany || (e instanceof VraagbaakError && e.code === 'archive-read-only')) throw e;
      report.failed.push({ ...failureCode(e), fileName, reason: `${fileName}, document ${document.id}: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  return {
    async importFiles(files, onProgress) {
      archive.assertWritable();
      const report: ImportReport = { imported: [], duplicates: [], failed: [] };
      let done = 0;
      for (const file of files) {
        try {
          const sha256 = createHash('sha256').update(file.bytes).digest('hex');
          const sameBytes = archive.findBySha256(sha256);
          if (sameBytes) {
            report.duplicates.push({ fileName: file.name, documentId: sameBytes.id });
          } else {
            const made = await importerFor(file.name).toDocuments(file.bytes, { fileName: file.name, sha256 }, parseText);
            for (const { document, original } of made) await importOne(document, original, file.name, report, made.length > 1);
          }
        } catch (e) {
          if (e instanceof VraagbaakError && e.code === 'archive-read-only') throw e;
          report.failed.push({ ...failureCode(e), fileName: file.name, reason: e instanceof Error ? e.message : String(e) });
        }
        onProgress?.(++done, files.length, file.name);
      }
      return report;
    },
  };
}
