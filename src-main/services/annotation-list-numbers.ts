/**
 * The part numbers of annotated documents ("Antwoord op vragen 3 en 4" needs the answer's question
 * numbers), kept in memory so a page of the annotations view reads a document file only the first
 * time one of its annotations is shown. An entry is kept with the document's version (source sha256,
 * import time, question count), so a re-imported version is read again; deleted documents are
 * simply never asked for.
 */
import type { PartNumbering } from '../core/briefing/part-label.js';
import { partNumberingOf } from '../core/annotation-list/index.js';
import type { DocumentSummary } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';

/** Above this many documents the cache starts over (a few hundred bytes each: about 10 MB at most). */
const MAX_ENTRIES = 30_000;

export interface PartNumbersCache {
  /**
   * The part numbers of each of `documentIds` that the archive holds and can read; a document whose
   * file cannot be read is left out (its parts are then named by position). Never throws.
   */
  numbersOf(documentIds: Iterable<string>): Promise<Map<string, PartNumbering>>;
}

/** What changes when a document is replaced by another version (a new file, or the same file parsed again). */
function versionOf(summary: DocumentSummary): string {
  return `${summary.source.sha256}|${summary.importedAt}|${String(summary.questionCount)}`;
}

/** Creates the cache over `archive`. */
export function createPartNumbersCache(archive: Archive): PartNumbersCache {
  const cache = new Map<string, { version: string; numbering: PartNumbering }>();

  const readNumbers = async (id: string, version: string): Promise<PartNumbering | null> => {
    try {
      const numbering = partNumberingOf(await archive.readDocument(id));
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(id, { version, numbering });
      return numbering;
    } catch {
      return null; // deleted meanwhile, or a damaged file: the label falls back to the position
    }
  };

  return {
    async numbersOf(documentIds) {
      const out = new Map<string, PartNumbering>();
      const reads: Promise<void>[] = [];
      for (const id of new Set(documentIds)) {
        const summary = archive.getSummary(id);
        if (summary === null) continue;
        const version = versionOf(summary);
        const hit = cache.get(id);
        if (hit?.version === version) out.set(id, hit.numbering);
        else reads.push(readNumbers(id, version).then((n) => void (n && out.set(id, n))));
      }
      await Promise.all(reads);
      return out;
    },
  };
}
