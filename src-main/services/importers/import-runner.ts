/**
 * Parses imported files in a worker thread, bounded: the worker has a heap limit
 * (`resourceLimits`), and a file that is not read by its deadline gets its worker terminated. A
 * worker that ran out of memory, crashed or was terminated is replaced at the next file, so one
 * bad file fails alone, with a plain reason, and the process (and every API call) goes on.
 * Files are parsed one at a time, in the order they were given; the worker is reused between them.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { VraagbaakError } from '../../core/model/index.js';
import { outOfMemory, readerStopped, tookTooLong } from './import-failures.js';
import type { ParseReply, ParseRequest } from './import-worker-protocol.js';
import type { ImportedDocument } from './importer-types.js';
import { importerFor } from './index.js';
import { PDF_TIME_BUDGET_MS } from './pdf-reader.js';

/** Default heap limit of the parsing worker, MiB: far above any real document, far below the machine. */
export const DEFAULT_WORKER_HEAP_MB = 512;
/** Default deadline for one file, ms. */
export const DEFAULT_DEADLINE_MS = 20_000;
/** Deadline for a PDF, ms: past pdf-reader's own budget, so that budget's reason comes first. */
export const PDF_DEADLINE_MS = PDF_TIME_BUDGET_MS + 10_000;

export interface ImportRunnerOptions {
  /** heap limit of the worker (`maxOldGenerationSizeMb`), MiB; default DEFAULT_WORKER_HEAP_MB */
  maxOldGenerationSizeMb?: number;
  /**
   * deadline for every file, ms (a test may give 0, which always trips); default per format:
   * PDF_DEADLINE_MS for .pdf, DEFAULT_DEADLINE_MS otherwise
   */
  deadlineMs?: number;
  /** the clock the deadline is measured with, ms; default Date.now */
  now?: () => number;
}

export interface ImportRunner {
  /**
   * The documents of one file, parsed in the worker (the same result as importers/index.ts `importFile`).
   * @param fileName the file's base name (chooses the format; named in every error)
   * @param bytes the file's exact bytes (copied to the worker)
   * @throws VraagbaakError ('unsupported-format', 'parse-failed') naming the file; `details.reason`
   *   is the importer's code, or 'too-deep', 'too-large', 'took-too-long', 'out-of-memory', 'reader-stopped'
   */
  parse(fileName: string, bytes: Uint8Array): Promise<ImportedDocument[]>;
  /** Terminates the worker (a file being read fails with 'reader-stopped'). Later calls start a new one. */
  close(): Promise<void>;
}

/**
 * Starts the worker: the built `import-worker.js` next to this file, or — when the sources run as
 * TypeScript (tsx, vitest) — `import-worker.ts` behind tsx's loader, registered inside the worker.
 */
function startWorker(maxOldGenerationSizeMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb };
  // paths, not `new URL(…, import.meta.url)`: under jsdom (component tests) the global URL is jsdom's
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'import-worker.js');
  if (existsSync(built)) return new Worker(built, { resourceLimits });
  const source = pathToFileURL(path.join(here, 'import-worker.ts')).href;
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/** The error a finished job failed with, rebuilt from the worker's reply. */
function replyError({ error }: Extract<ParseReply, { error: unknown }>): VraagbaakError {
  return new VraagbaakError(error.code, error.message, error.details);
}

/**
 * Creates a runner; its worker starts at the first file.
 * @param options heap limit, deadline and clock (all optional)
 */
export function createImportRunner(options: ImportRunnerOptions = {}): ImportRunner {
  const heapMb = options.maxOldGenerationSizeMb ?? DEFAULT_WORKER_HEAP_MB;
  const now = options.now ?? Date.now;
  let worker: Worker | null = null;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();
  /** ends the job the worker is on when the worker stops: out of memory, or another cause */
  let stopCurrent: ((cause: { outOfMemory: boolean; message: string }) => void) | null = null;

  function deadlineFor(fileName: string): number {
    if (options.deadlineMs !== undefined) return options.deadlineMs;
    return importerFor(fileName).format === 'pdf' ? PDF_DEADLINE_MS : DEFAULT_DEADLINE_MS;
  }

  /** The running worker, started when there is none; a stopped worker is forgotten, so the next file gets a new one. */
  function currentWorker(): Worker {
    if (worker) return worker;
    const started = startWorker(heapMb);
    // a worker given up (deadline, close) is no longer `worker`: its end concerns no job
    started.on('error', (e: Error & { code?: string }) => {
      if (worker !== started) return;
      worker = null;
      stopCurrent?.({ outOfMemory: e.code === 'ERR_WORKER_OUT_OF_MEMORY', message: e.message });
    });
    started.on('exit', () => {
      if (worker !== started) return;
      worker = null;
      stopCurrent?.({ outOfMemory: false, message: 'the reader ended' });
    });
    worker = started;
    return started;
  }

  /** Reads one file in the worker, within its deadline. */
  function run(fileName: string, bytes: Uint8Array): Promise<ImportedDocument[]> {
    const deadlineMs = deadlineFor(fileName); // throws 'unsupported-format' before any worker starts
    const id = ++nextId;
    const active = currentWorker();
    const startedAt = now();
    return new Promise<ImportedDocument[]>((resolve, reject) => {
      const finish = (result: { documents: ImportedDocument[] } | { error: VraagbaakError }): void => {
        clearTimeout(timer);
        active.off('message', onMessage);
        active.unref();
        stopCurrent = null;
        if ('error' in result) reject(result.error);
        else resolve(result.documents);
      };
      const overdue = (): void => {
        if (worker === active) worker = null;
        finish({ error: tookTooLong(fileName, deadlineMs / 1000) });
        void active.terminate();
      };
      const onMessage = (reply: ParseReply): void => {
        if (reply.id !== id) return;
        if (now() - startedAt >= deadlineMs) overdue();
        else finish('error' in reply ? { error: replyError(reply) } : { documents: reply.documents });
      };
      stopCurrent = (cause) => finish({ error: cause.outOfMemory ? outOfMemory(fileName, heapMb) : readerStopped(fileName, cause.message) });
      active.on('message', onMessage);
      active.ref();
      const timer = setTimeout(overdue, deadlineMs);
      const request: ParseRequest = { id, fileName, bytes };
      active.postMessage(request);
    });
  }

  return {
    parse(fileName, bytes) {
      const job = queue.then(() => run(fileName, bytes));
      queue = job.catch(() => {});
      return job;
    },
    async close() {
      const stopping = worker;
      worker = null;
      stopCurrent?.({ outOfMemory: false, message: 'the archive was closed' });
      await stopping?.terminate();
    },
  };
}
