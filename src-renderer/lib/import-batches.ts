/**
 * Sending picked files to `documents.import` in small batches (one file, or a few up to ~5 MB),
 * so the renderer can show progress and stop between batches; the per-batch ImportReports are
 * merged into one. Pure logic: reading and sending are passed in.
 */
import type { ImportReport } from '../../src-main/core/api/types.js';

/** Source bytes per batch; a larger file still goes alone. */
export const BATCH_BYTES = 5 * 1024 * 1024;
/** Files per batch. */
export const BATCH_FILES = 5;

/** What the batcher needs to know about a file before reading it. */
export interface SizedFile {
  name: string;
  /** bytes */
  size: number;
}

/** A file as the import API wants it. */
export interface EncodedFile {
  name: string;
  contentBase64: string;
}

/** Progress of a batched import: files handled so far, all files, and the file being sent. */
export interface ImportProgress {
  done: number;
  total: number;
  /** name of the first file of the batch being sent; null when nothing is in flight */
  current: string | null;
}

/** The merged outcome; `cancelled` counts files never sent because the user cancelled. */
export interface BatchedImportReport extends ImportReport {
  cancelled: number;
}

/** An empty report. */
export function emptyReport(): BatchedImportReport {
  return { imported: [], duplicates: [], failed: [], cancelled: 0 };
}

/** Appends `part`'s entries to `into` (mutates and returns `into`). */
export function mergeReport(into: BatchedImportReport, part: ImportReport): BatchedImportReport {
  into.imported.push(...part.imported);
  into.duplicates.push(...part.duplicates);
  into.failed.push(...part.failed);
  if (part.replaced?.length) (into.replaced ??= []).push(...part.replaced);
  if (part.restoredFromTrash?.length) (into.restoredFromTrash ??= []).push(...part.restoredFromTrash);
  return into;
}

/**
 * Splits `files` (in order) into batches of at most `maxFiles` files and `maxBytes` bytes
 * (by `size`); a file larger than `maxBytes` forms a batch of its own. Returns index arrays.
 */
export function planBatches(files: readonly SizedFile[], maxBytes = BATCH_BYTES, maxFiles = BATCH_FILES): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    if (batch.length > 0 && (bytes + file.size > maxBytes || batch.length >= maxFiles)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(i);
    bytes += file.size;
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The I/O a batched import uses. */
export interface BatchIo<F extends SizedFile> {
  /** reads one file; a rejection makes that file a failure with the error's message */
  encode: (file: F) => Promise<EncodedFile>;
  /** sends one batch; resolves to its report, or to an error message that fails the whole batch */
  send: (files: EncodedFile[]) => Promise<ImportReport | { error: string }>;
  /** checked before each batch; true stops sending */
  isCancelled: () => boolean;
  onProgress: (progress: ImportProgress) => void;
}

/**
 * Imports `files` batch by batch (see planBatches), merging the reports. Stops before the next
 * batch once `isCancelled()` is true; the files not sent are counted in `cancelled`.
 */
export async function importInBatches<F extends SizedFile>(files: readonly F[], io: BatchIo<F>, maxBytes = BATCH_BYTES, maxFiles = BATCH_FILES): Promise<BatchedImportReport> {
  const report = emptyReport();
  const total = files.length;
  let done = 0;
  for (const indices of planBatches(files, maxBytes, maxFiles)) {
    if (io.isCancelled()) {
      report.cancelled = total - done;
      break;
    }
    const batch = indices.map((i) => files[i]).filter((f): f is F => f !== undefined);
    io.onProgress({ done, total, current: batch[0]?.name ?? null });
    const encoded: EncodedFile[] = [];
    for (const file of batch) {
      try {
        encoded.push(await io.encode(file));
      } catch (e) {
        report.failed.push({ fileName: file.name, reason: e instanceof Error ? e.message : String(e) });
      }
    }
    if (encoded.length > 0) {
      const result = await io.send(encoded);
      if ('error' in result) {
        for (const file of encoded) report.failed.push({ fileName: file.name, reason: result.error });
      } else {
        mergeReport(report, result);
      }
    }
    done += batch.length;
    io.onProgress({ done, total, current: null });
  }
  return report;
}
