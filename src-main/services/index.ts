/**
 * The composition root shared by the Electron, web and CLI shells: opens the archive, builds the
 * search index (awaited, or in the background so a window can show its progress), wires the
 * services and the API handlers, and shuts them down in reverse order.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiHandlers } from '../core/api/contract.js';
import type { ImportReport } from '../core/api/types.js';
import { createSearchEngine } from '../core/search/index.js';
import { Archive } from '../archive/index.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { createAnnotationExportService } from './annotation-export-service.js';
import { createAnnotationListService } from './annotation-list-service.js';
import { createAnnotationService } from './annotation-service.js';
import { createBriefingService } from './briefing-service.js';
import { createDocumentService } from './document-service.js';
import { createDocumentLifecycleService } from './document-lifecycle.js';
import { createDocumentRepair } from './document-repair.js';
import { createHandlers, type HandlerServices } from './handlers.js';
import { createImportService, type ImportService } from './import-service.js';
import { createImportRunner, type ImportRunnerOptions } from './importers/import-runner.js';
import { createReviewService } from './review-service.js';
import { createSavedSearchService } from './saved-search-service.js';
import { createSearchService, type RebuildProgress, type RebuildReport } from './search-service.js';
import { createTagService } from './tag-service.js';

export interface OpenVraagbaakOptions {
  archiveDir: string;
  printer: PdfPrinter;
  shell: 'electron' | 'web' | 'cli';
  version: string;
  /** folder of built-in samples, imported once into an empty archive that was never seeded */
  sampleDir?: string;
  /** `@font-face` CSS embedded in printed briefings, when the shell has fonts (loaded on the first PDF export) */
  briefingFontCss?: () => Promise<string>;
  /** told how far a search-index rebuild at open has come (only when the saved index cannot be used) */
  onIndexProgress?: RebuildProgress;
  /**
   * true: resolve as soon as the archive is open and load the search index in the background
   * (searches wait for it, index updates queue; `app.info` reports its progress). Default false:
   * resolve once the index is ready.
   */
  indexInBackground?: boolean;
  /** heap limit and deadline of the worker that parses imported files (tests give a tiny deadline); defaults in import-runner.ts */
  importLimits?: ImportRunnerOptions;
}

export interface Vraagbaak extends HandlerServices {
  handlers: ApiHandlers;
  /**
   * What the search index build at open found (damaged document files are skipped).
   * With `indexInBackground`, read it only after `indexReady` resolved.
   * @throws Error when read before the index is ready
   */
  readonly indexReport: RebuildReport;
  /** Resolves with the index report when the index is ready; rejects when it could not be built. */
  indexReady: Promise<RebuildReport>;
  /** the sample import done by this open, or null when none was due */
  seedReport: ImportReport | null;
  /** Waits for a background index load, closes the printer, then the archive (waiting for its writes and releasing the lock). */
  close(): Promise<void>;
}

/**
 * Opens Vraagbaak on one archive. Boot order: archive (lock, validation, backup) → search index
 * (awaited, or started in the background with `indexInBackground`) → services → handlers → sample
 * seeding.
 * @throws VraagbaakError('archive-locked') when another process has the archive open;
 *   'archive-corrupt' when a newer Vraagbaak wrote it. A damaged file does NOT throw: the archive
 *   opens read-only and `app.info` reports why.
 */
export async function openVraagbaak(opts: OpenVraagbaakOptions): Promise<Vraagbaak> {
  const archive = await Archive.open(opts.archiveDir);
  let indexReady: Promise<RebuildReport> | null = null;
  /** stops a background rebuild when opening fails after it started */
  let stopIndex = (): void => {};
  /** ends the import worker (a file being read fails with 'reader-stopped') */
  let stopImportRunner = (): Promise<void> => Promise.resolve();
  try {
    // part texts stay on disk (documents/<id>.json): the index keeps terms, facts and titles only
    const search = createSearchService({ archive, engine: createSearchEngine({ textSource: (id) => archive.readDocumentSync(id) }) });
    stopIndex = () => search.stop();
    let indexReport: RebuildReport | null = null;
    indexReady = opts.indexInBackground
      ? // one macrotask later, so the shell can show its window before the index work takes the thread
        new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => search.rebuild(opts.onIndexProgress))
      : search.rebuild(opts.onIndexProgress);
    indexReady.then((report) => (indexReport = report)).catch(() => {}); // a failed load is reported through indexReady
    if (!opts.indexInBackground) indexReport = await indexReady;
    const tags = createTagService({ archive, search });
    const annotations = createAnnotationService({ archive, search, tags });
    const documents = createDocumentService({ archive, search, tags });
    const importRunner = createImportRunner(opts.importLimits);
    stopImportRunner = () => importRunner.close();
    const parseFile = (fileName: string, bytes: Uint8Array) => importRunner.parse(fileName, bytes);
    const repair = createDocumentRepair({ archive, search, parseFile });
    const importer = createImportService({ archive, search, parseFile, repair });
    const briefings = createBriefingService({
      archive,
      printer: opts.printer,
      ...(opts.briefingFontCss ? { fontCss: opts.briefingFontCss } : {}),
    });
    const savedSearches = createSavedSearchService({ archive });
    const annotationFiles = createAnnotationExportService({ archive, search, tags });
    const annotationList = createAnnotationListService({ archive, search, tags });
    const review = createReviewService({ archive, search });
    const lifecycle = createDocumentLifecycleService({ archive, search });
    const services = { archive, importer, documents, annotations, tags, search, briefings, savedSearches, annotationFiles, annotationList, review, lifecycle, repair };
    // the renderer only runs in the electron and web shells; the CLI binds no API
    const handlers = createHandlers(services, { version: opts.version, shell: opts.shell === 'electron' ? 'electron' : 'web' });
    const seedReport = opts.sampleDir === undefined ? null : await seedSamples(archive, importer, opts.sampleDir);
    let closed = false;
    return {
      ...services,
      handlers,
      get indexReport(): RebuildReport {
        if (!indexReport) throw new Error('The search index is not ready yet: await indexReady first.');
        return indexReport;
      },
      indexReady,
      seedReport,
      async close() {
        if (closed) return;
        closed = true;
        try {
          // a rebuild from the documents gives up at the next document (the next open rebuilds);
          // a saved index still loading is waited for: the archive must stay open while it reads
          search.stop();
          await stopImportRunner();
          await indexReady?.catch(() => {});
          await opts.printer.close();
          // save the search index of the last changes, or the next open rebuilds it in full
          if (!archive.isReadOnly) await search.flush();
        } finally {
          await archive.close();
        }
      },
    };
  } catch (e) {
    stopIndex();
    await stopImportRunner();
    await indexReady?.catch(() => {}); // a background load still reads the archive
    await archive.close();
    throw e;
  }
}

/**
 * Imports every file in `sampleDir` when the archive is empty, writable and was never seeded, then
 * records `samplesSeededAt` so deleting the samples later does not bring them back.
 * @returns the import report, or null when seeding was not due
 */
async function seedSamples(archive: Archive, importer: ImportService, sampleDir: string): Promise<ImportReport | null> {
  if (archive.isReadOnly || archive.documentCount > 0 || archive.workspace.samplesSeededAt !== null) return null;
  let names: string[];
  try {
    names = (await readdir(sampleDir)).sort();
  } catch (e) {
    // a missing sample folder must not keep the app from starting; it is reported instead
    return { imported: [], duplicates: [], failed: [{ fileName: sampleDir, reason: `The sample folder cannot be read: ${String(e)}`, code: 'samples-unreadable', params: { fileName: sampleDir } }] };
  }
  const files = [];
  for (const name of names) {
    const path = join(sampleDir, name);
    if (name.startsWith('.') || !(await stat(path)).isFile()) continue;
    files.push({ name, bytes: new Uint8Array(await readFile(path)) });
  }
  const report = await importer.importFiles(files);
  await archive.updateWorkspace((w) => ({ ...w, samplesSeededAt: new Date().toISOString() }));
  return report;
}
