/** `vraagbaak search <query> [--json] [--limit N]`: hits in the DESIGN §5 query language, best first. */
import type { SearchHit } from '../../core/api/index.js';
import type { QaDocument } from '../../core/model/index.js';
import type { CliContext } from '../context.js';
import { hitLines } from '../format.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';
import { damagedDocumentsNote } from './repair.js';

/** Runs `search`. @throws VraagbaakError('search-syntax') for a malformed query */
export async function runSearch(ctx: CliContext, query: string, limit: number, json: boolean, archive: string | undefined): Promise<number> {
  const { hits, documents, damaged } = await withArchive(ctx, { archive }, async (app) => {
    const hits: SearchHit[] = await app.search.query(query, limit);
    // the human output names parts by their printed numbers ("answer to question 8"), which needs the documents
    const documents = new Map<string, QaDocument>();
    if (!json) {
      for (const id of new Set(hits.map((h) => h.documentId))) {
        const document = app.archive.readDocumentSync(id);
        if (document) documents.set(id, document);
      }
    }
    return { hits, documents, damaged: [...app.archive.damagedDocuments.keys()] };
  });
  // hits in a damaged document file are left out, not a failure: say which files to repair
  if (damaged.length > 0) ctx.err(`${damagedDocumentsNote(damaged)}\n`);
  if (json) ctx.out(`${JSON.stringify(hits, null, 2)}\n`);
  else if (hits.length === 0) ctx.out(`No hits for "${query}".\n`);
  else ctx.out(`${hits.map((h) => hitLines(h, documents.get(h.documentId) ?? null)).join('\n')}\n`);
  return EXIT_OK;
}
