/**
 * Importing files picked or dropped by the user: read as base64 and sent to `documents.import` in
 * small batches (lib/import-batches), with progress and a cancel that stops further batches; the
 * per-batch reports are merged into one.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import { fileToImport } from '../lib/files.js';
import { importInBatches, type BatchedImportReport, type ImportProgress } from '../lib/import-batches.js';

export class ImportState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #onImported: () => Promise<void>;
  #progress = $state.raw<ImportProgress | null>(null);
  #cancelRequested = $state(false);
  #report = $state.raw<BatchedImportReport | null>(null);

  constructor(api: ApiClient, onError: (error: ApiError) => void, onImported: () => Promise<void>) {
    this.#api = api;
    this.#onError = onError;
    this.#onImported = onImported;
  }

  /** Number of files in the running import (0 when idle). */
  get pendingFiles(): number {
    return this.#progress?.total ?? 0;
  }

  /** Progress of the running import (files done, total, file being sent); null when idle. */
  get progress(): ImportProgress | null {
    return this.#progress;
  }

  /** True once the user asked to cancel the running import. */
  get cancelRequested(): boolean {
    return this.#cancelRequested;
  }

  /** The report of the last import, until dismissed. */
  get report(): BatchedImportReport | null {
    return this.#report;
  }

  dismissReport(): void {
    this.#report = null;
  }

  /** Stops the running import before its next batch; files already sent stay imported. */
  cancel(): void {
    if (this.#progress) this.#cancelRequested = true;
  }

  /**
   * Imports `files`; files that cannot be read in the browser are reported as failed with the
   * reader's message. Refreshes the library afterwards when anything was imported.
   */
  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.#progress) return;
    this.#progress = { done: 0, total: files.length, current: null };
    this.#cancelRequested = false;
    this.#report = null;
    try {
      const report = await importInBatches(files, {
        encode: fileToImport,
        send: async (batch) => {
          const result = await this.#api['documents.import']({ files: batch });
          if (result.ok) return result.value;
          this.#onError(result.error);
          return { error: result.error.message };
        },
        isCancelled: () => this.#cancelRequested,
        onProgress: (progress) => {
          this.#progress = progress;
        },
      });
      this.#report = report;
      if (report.imported.length > 0 || (report.replaced?.length ?? 0) > 0 || (report.restoredFromTrash?.length ?? 0) > 0) await this.#onImported();
    } finally {
      this.#progress = null;
      this.#cancelRequested = false;
    }
  }
}
