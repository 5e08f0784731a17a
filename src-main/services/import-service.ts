/**
 * Imports source files into the archive: pick the importer by extension, parse (one file may hold
 * many documents), drop duplicates (same bytes, or the same id with the same text), replace a
 * document whose id is already in the archive with other text by its new version (its annotations re-anchored), store document + original, index for search.
 * A document whose id is in "recently deleted" is brought back first (with its annotations), so
 * the import is a re-import over it and nothing the analyst made stays behind in the trash. One bad file is reported and skipped; the others go on, and the
 * archive is unchanged by the bad one.
 */
import { createHash } from 'node:crypto';
import type { ImportFailure, ImportReport } from '../core/api/types.js';
import { QaDocument, VraagbaakError, isVraagbaakError } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import type { ImportedDocument } from './importers/index.js';
import type { SearchService } from './search-service.js';
import type { DocumentRepair } from './document-repair.js';

export interface ImportServiceDeps {
  archive: Archive;
  search: SearchService;
  /**
   * The documents of one file (importers/import-runner.ts `parse`: bounded, in a worker).
   * @throws VraagbaakError naming the file; the file is then reported as failed and the import goes on
   */
  parseFile: (fileName: string, bytes: Uint8Array) => Promise<ImportedDocument[]>;
  /** when given, a source whose document file is damaged repairs it instead of counting as a duplicate */
  repair?: DocumentRepair;
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
   * files already in the archive (same sha256, or same document id and text) in `report.duplicates`;
   * a document whose id is in the archive with other text replaces it (`report.replaced`, with its annotations' anchor states);
   * one whose id is in the trash is restored first (`report.restoredFromTrash`), then handled the same way.
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

/** True when two versions of a document differ in nothing but their source (file name, format, bytes). */
function hasSameContent(stored: QaDocument, parsed: QaDocument): boolean {
  const normal = (d: QaDocument) => JSON.stringify({ ...QaDocument.parse(d), source: null });
  return normal(stored) === normal(parsed);
}

/** Creates the import service. */
export function createImportService({ archive, search, parseFile, repair }: ImportServiceDeps): ImportService {
  /** Whether document `id`'s stored file cannot be read (reads it once when not known yet). */
  async function isDamaged(id: string): Promise<boolean> {
    if (archive.isDocumentDamaged(id)) return true;
    try {
      await archive.readDocument(id);
      return false;
    } catch (e) {
      if (isVraagbaakError(e, 'archive-corrupt')) return true;
      throw e;
    }
  }

  /**
   * Brings document `id` back from "recently deleted" (every deleted copy: the newest is moved back,
   * older ones join it, trash-merge.ts) so that the import goes over it as a re-import and its
   * annotations are never stranded in the trash. Nothing happens when it is not in the trash.
   * @throws the restore's errors (the document then stays in the trash and this document fails)
   */
  async function restoreFromTrash(id: string, fileName: string, report: ImportReport): Promise<void> {
    const inTrash = () => archive.listDeleted().filter((e) => e.manifest.documentId === id);
    const deleted = inTrash();
    if (deleted.length === 0) return;
    for (let left = deleted.length; left > 0 && inTrash().length > 0; left--) await archive.restoreDocuments([id]);
    await search.refreshDocuments([id]);
    (report.restoredFromTrash ??= []).push({ fileName, documentId: id, annotationCount: archive.listAnnotations(id).length });
  }

  /**
   * Adds one parsed document, or replaces the archive's document of the same id when its text
   * differs (the same bytes, or the same text, is a duplicate). When the file holds many
   * documents, a failure of one is reported (naming the document) and the others go on.
   */
  async function importOne(document: QaDocument, original: Uint8Array, fileName: string, report: ImportReport, oneOfMany: boolean): Promise<void> {
    const sameBytes = archive.findBySha256(document.source.sha256);
    if (sameBytes) {
      report.duplicates.push({ fileName, documentId: sameBytes.id });
      return;
    }
    try {
      await restoreFromTrash(document.id, fileName, report);
      if (archive.getSummary(document.id)) {
        // same id, other bytes but the same text (a re-saved file): nothing to replace
        if (hasSameContent(await archive.readDocument(document.id), document)) {
          report.duplicates.push({ fileName, documentId: document.id });
          return;
        }
        // same id, other text: a new version of the document (a corrected answer)
        const { summary, counts } = await archive.replaceDocument(document, { fileName, bytes: original });
        (report.replaced ??= []).push({ fileName, summary, ...counts });
        search.indexDocument(document); // its text, notes and themes afresh
        return;
      }
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
      const report: ImportReport = { imported: [], duplicates: [], failed: [], replaced: [] };
      let done = 0;
      for (const file of files) {
        try {
          const sha256 = createHash('sha256').update(file.bytes).digest('hex');
          const sameBytes = archive.findBySha256(sha256);
          if (sameBytes && repair && (await isDamaged(sameBytes.id))) {
            // the same source again: parse it and rewrite the damaged document file from it
            if (await repair.repairFrom(sameBytes.id, await parseFile(file.name, file.bytes))) {
              (report.repaired ??= []).push({ fileName: file.name, documentId: sameBytes.id });
            } else report.duplicates.push({ fileName: file.name, documentId: sameBytes.id });
          } else if (sameBytes) {
            report.duplicates.push({ fileName: file.name, documentId: sameBytes.id });
          } else {
            const made = await parseFile(file.name, file.bytes);
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
