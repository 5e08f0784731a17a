/**
 * Importing files picked or dropped by the user: read as base64, sent to `documents.import` in
 * batches that stay well under the request size limits, and merged into one report.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { ImportReport } from '../../src-main/core/api/types.js';
import { fileToImport } from '../lib/files.js';

/** Base64 characters per request (~15 MB of source bytes); one larger file still goes alone. */
const BATCH_CHARS = 20_000_000;
/** Files per request (the contract allows 500). */
const BATCH_FILES = 50;

export class ImportState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #onImported: () => Promise<void>;
  #pendingFiles = $state(0);
  #report = $state.raw<ImportReport | null>(null);

  constructor(api: ApiClient, onError: (error: ApiError) => void, onImported: () => Promise<void>) {
    this.#api = api;
    this.#onError = onError;
    this.#onImported = onImported;
  }

  /** Number of files being imported right now (0 when idle). */
  get pendingFiles(): number {
    return this.#pendingFiles;
  }

  /** The report of the last import, until dismissed. */
  get report(): ImportReport | null {
    return this.#report;
  }

  dismissReport(): void {
    this.#report = null;
  }

  /**
   * Imports `files`; files that cannot be read in the browser are reported as failed with the
   * reader's message. Refreshes the library afterwards when anything was imported.
   */
  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    this.#pendingFiles = files.length;
    this.#report = null;
    const report: ImportReport = { imported: [], duplicates: [], failed: [] };
    try {
      let batch: { name: string; contentBase64: string }[] = [];
      let chars = 0;
      for (const file of files) {
        let encoded: { name: string; contentBase64: string };
        try {
          encoded = await fileToImport(file);
        } catch (e) {
          report.failed.push({ fileName: file.name, reason: e instanceof Error ? e.message : String(e) });
          continue;
        }
        if (batch.length > 0 && (chars + encoded.contentBase64.length > BATCH_CHARS || batch.length >= BATCH_FILES)) {
          await this.#send(batch, report);
          batch = [];
          chars = 0;
        }
        batch.push(encoded);
        chars += encoded.contentBase64.length;
      }
      if (batch.length > 0) await this.#send(batch, report);
      this.#report = report;
      if (report.imported.length > 0) await this.#onImported();
    } finally {
      this.#pendingFiles = 0;
    }
  }

  async #send(files: { name: string; contentBase64: string }[], report: ImportReport): Promise<void> {
    const result = await this.#api['documents.import']({ files });
    if (result.ok) {
      report.imported.push(...result.value.imported);
      report.duplicates.push(...result.value.duplicates);
      report.failed.push(...result.value.failed);
      return;
    }
    this.#onError(result.error);
    for (const file of files) report.failed.push({ fileName: file.name, reason: result.error.message });
  }
}
