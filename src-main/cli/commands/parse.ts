/**
 * `vraagbaak parse <file>... [--json]`: parse without importing, through the very importer the
 * import service uses (format by extension, decoding, core parser), so both agree on every file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseText } from '../../core/parse/index.js';
import type { QaDocument } from '../../core/model/index.js';
import { createImportRunner } from '../../services/importers/import-runner.js';
import { importFile } from '../../services/importers/index.js';
import type { CliContext } from '../context.js';
import { parsedDocumentLine } from '../format.js';
import { failureSentence } from '../messages.js';
import { EXIT_FAILED, EXIT_OK } from '../usage-error.js';

/**
 * Parses `bytes` of a file named `fileName` exactly as an import would.
 * @returns the documents the file holds (one for most formats, many for a UK JSON file)
 * @throws VraagbaakError
 */
export async function parseFileBytes(fileName: string, bytes: Uint8Array): Promise<QaDocument[]> {
  return (await importFile(fileName, bytes, parseText)).map((made) => made.document);
}

/**
 * Runs `parse`; exit 1 when any file failed (the others are still printed). Files are read in the
 * import's bounded worker (heap limit, deadline), so one hostile file fails alone.
 */
export async function runParse(ctx: CliContext, files: readonly string[], json: boolean): Promise<number> {
  const documents: QaDocument[] = [];
  let failed = 0;
  const runner = createImportRunner();
  try {
    for (const file of files) {
      const fileName = path.basename(file);
      try {
        const bytes = new Uint8Array(await readFile(path.resolve(ctx.cwd, file)));
        for (const { document } of await runner.parse(fileName, bytes)) {
          documents.push(document);
          if (!json) ctx.out(`${parsedDocumentLine(file, document)}\n`);
        }
      } catch (e) {
        failed++;
        ctx.err(`${failureSentence(file, e)}\n`);
      }
    }
  } finally {
    await runner.close();
  }
  if (json) ctx.out(`${JSON.stringify(documents, null, 2)}\n`);
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
