/**
 * Repairs a damaged documents/<id>.json by parsing its original (originals/) again: one action in
 * the library, `documents.repair` in the API, `vraagbaak repair <id>` in the CLI, and what a
 * re-import of the same source does instead of reporting a duplicate.
 */
import { VraagbaakError, type DocumentSummary } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import type { ImportedDocument } from './importers/index.js';
import type { SearchService } from './search-service.js';

export interface DocumentRepairDeps {
  archive: Archive;
  search: SearchService;
  /** the documents of one source file (the import's bounded parser) */
  parseFile: (fileName: string, bytes: Uint8Array) => Promise<ImportedDocument[]>;
}

export interface DocumentRepair {
  /**
   * Re-parses document `id` from its original and rewrites its file; annotations and themes stay.
   * A healthy document is rewritten the same way (harmless).
   * @returns its catalog entry
   * @throws VraagbaakError('not-found') for an unknown id, ({ reason: 'original-missing' }) without
   *   its original, ({ reason: 'repair-not-in-original' }) when the original no longer yields it;
   *   the parser's errors; 'archive-read-only'
   */
  repair(id: string): Promise<DocumentSummary>;
  /**
   * `repair` from documents already parsed out of the document's own source (a re-import).
   * @returns false when `parsed` does not hold document `id`
   */
  repairFrom(id: string, parsed: readonly ImportedDocument[]): Promise<boolean>;
}

/** Creates the repair service. */
export function createDocumentRepair({ archive, search, parseFile }: DocumentRepairDeps): DocumentRepair {
  const repairFrom = async (id: string, parsed: readonly ImportedDocument[]): Promise<boolean> => {
    const found = parsed.find((p) => p.document.id === id);
    if (!found) return false;
    await archive.repairDocument(found.document, { fileName: archive.getSummary(id)?.source.fileName ?? found.document.source.fileName, bytes: found.original });
    search.indexDocument(found.document); // its text, notes and themes afresh
    return true;
  };
  return {
    repairFrom,
    async repair(id) {
      archive.assertWritable();
      const original = await archive.readOriginal(id);
      if (!(await repairFrom(id, await parseFile(original.fileName, original.bytes)))) {
        throw new VraagbaakError('not-found', `Parsing ${original.fileName} again did not yield document "${id}".`, {
          reason: 'repair-not-in-original',
          documentId: id,
          fileName: original.fileName,
        });
      }
      const summary = archive.getSummary(id);
      if (!summary) throw new VraagbaakError('not-found', `The archive has no document "${id}".`, { documentId: id });
      return summary;
    },
  };
}
