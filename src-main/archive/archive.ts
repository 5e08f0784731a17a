/**
 * The archive on disk (DESIGN §3): catalog, documents, annotations, workspace, originals, backups
 * and the lock. It is the only code that touches these files. A file that fails to parse makes the
 * archive read-only (never overwritten); everything still readable stays readable. This class owns
 * the archive's life (open, read-only, close); the files' own logic lives in the modules it uses.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { VraagbaakError, type Annotation, type DocumentSummary, type QaDocument } from '../core/model/index.js';
import type { SavedIndex } from '../core/search/index.js';
import { addDocument } from './add-document.js';
import { finishReplacements, replaceDocument, type ReplaceOutcome } from './replace-document.js';
import { acquireArchiveLock, LOCK_FILE_NAME, type ArchiveLock } from './archive-lock.js';
import { ANNOTATIONS, BACKUPS, DOCUMENTS, ORIGINALS, documentPath } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { AnnotationStores, type AnnotationChange, type JournalStep } from './annotation-stores.js';
import { Catalog } from './catalog.js';
import type { DamagedFile } from './damaged-files.js';
import { catalogFingerprint, loadSearchIndex, saveSearchIndex, type IndexLoadResult } from './index-store.js';
import type { WriteGuard } from './json-store.js';
import { loadArchive } from './load-archive.js';
import { readDocumentFile, readDocumentFileSync } from './read-document-file.js';
import type { WorkspaceFile } from './schemas.js';
import { SerialQueue } from './serial-queue.js';
import { deleteDocuments, purgeDocuments, restoreDocuments } from './document-trash.js';
import type { DeleteStep, RestoreStep } from './trash-moves.js';
import { TRASH, Trash, type TrashEntry } from './trash.js';
import { WorkspaceStore } from './workspace-store.js';

export type { DamagedFile } from './damaged-files.js';
export type { TrashEntry } from './trash.js';
export type { ReplaceOutcome } from './replace-document.js';

export interface ArchiveOptions {
  /** how many rolling backups to keep (default 10) */
  keepBackups?: number;
  /** the clock for timestamps (tests pass a fixed one) */
  clock?: () => Date;
}

const DEFAULT_KEEP_BACKUPS = 10;

export class Archive {
  /** absolute path of the archive folder */
  readonly dir: string;
  private readonly parts: ArchiveParts;
  /** addDocument runs one at a time, so the duplicate checks and the catalog append agree */
  private readonly importQueue = new SerialQueue();
  private damaged: DamagedFile[] = [];
  private readOnly: VraagbaakError | null = null;
  /** set by close(): public write methods refuse from then on */
  private closed = false;
  /** set once close() has waited for every accepted operation: the files are no longer ours */
  private released = false;
  /** write operations accepted before close() and not yet finished */
  private readonly inFlight = new Set<Promise<unknown>>();
  /** what the lowdb stores ask before each write; follow-up writes of an accepted operation pass */
  private readonly storeGuard: WriteGuard = {
    assertWritable: () => {
      if (this.released) throw new VraagbaakError('archive-read-only', `The archive ${this.dir} is closed.`, { reason: 'closed' });
      this.assertNotReadOnly();
    },
  };

  private constructor(
    dir: string,
    private readonly lock: ArchiveLock,
    options: ArchiveOptions,
  ) {
    this.dir = dir;
    const catalog = new Catalog(dir, this.storeGuard);
    this.parts = {
      dir,
      clock: options.clock ?? (() => new Date()),
      catalog,
      workspace: new WorkspaceStore(dir, this.storeGuard, catalog),
      annotations: new AnnotationStores(dir, this.storeGuard, catalog),
      trash: new Trash(),
    };
  }

  /**
   * Opens (creating if needed) the archive in `dir`: takes the lock, removes temp files of a
   * crashed writer, reads and validates catalog, workspace and annotations (running migrations),
   * and takes a rolling backup. A damaged file does not stop the open: the archive is then
   * read-only and `readOnlyError` says which file and which backup to restore.
   * @throws VraagbaakError('archive-locked') when another live process has the archive open
   * @throws VraagbaakError('archive-corrupt') with `details.problem === 'too-new'` when a newer
   *   Vraagbaak wrote the archive (nothing is read or written then)
   */
  static async open(dir: string, options: ArchiveOptions = {}): Promise<Archive> {
    const root = resolve(dir);
    await mkdir(root, { recursive: true });
    for (const sub of [DOCUMENTS, ANNOTATIONS, ORIGINALS, BACKUPS, TRASH]) await mkdir(join(root, sub), { recursive: true });
    const lock = await acquireArchiveLock(root, join(root, LOCK_FILE_NAME));
    const archive = new Archive(root, lock, options);
    try {
      const damage = await loadArchive(archive.parts, options.keepBackups ?? DEFAULT_KEEP_BACKUPS);
      if (damage) {
        archive.damaged = damage.files;
        archive.readOnly = damage.error;
      } else {
        await finishReplacements(archive.parts);
      }
    } catch (e) {
      await lock.release();
      throw e;
    }
    return archive;
  }

  /** The error that made the archive read-only (`archive-corrupt`), or null when writable. */
  get readOnlyError(): VraagbaakError | null {
    return this.readOnly;
  }

  /** True when writes are refused (a damaged file was found at open). */
  get isReadOnly(): boolean {
    return this.readOnly !== null;
  }

  /** The damaged files found at open (empty for a healthy archive). */
  get damagedFiles(): readonly DamagedFile[] {
    return this.damaged;
  }

  /**
   * @throws VraagbaakError('archive-read-only') when the archive is read-only or closed
   */
  assertWritable(): void {
    if (this.closed) throw new VraagbaakError('archive-read-only', `The archive ${this.dir} is closed.`, { reason: 'closed' });
    this.assertNotReadOnly();
  }

  private assertNotReadOnly(): void {
    if (this.readOnly) {
      throw new VraagbaakError('archive-read-only', `The archive is open read-only, so nothing was saved. ${this.readOnly.message}`, {
        reason: this.readOnly.message,
        ...this.readOnly.details,
      });
    }
  }

  // ---- documents -------------------------------------------------------------------------------

  /** Number of documents in the catalog. */
  get documentCount(): number {
    return this.parts.catalog.documents.length;
  }

  /** All document summaries, in import order. Do not mutate. */
  listSummaries(): readonly DocumentSummary[] {
    return this.parts.catalog.documents;
  }

  /** The summary of document `id`, or null when the archive does not hold it. */
  getSummary(id: string): DocumentSummary | null {
    return this.parts.catalog.get(id);
  }

  /** The summary of the document imported from a source with this sha256 (lower-case hex), or null. */
  findBySha256(sha256: string): DocumentSummary | null {
    return this.parts.catalog.findBySha256(sha256);
  }

  /**
   * Reads the full document from documents/<id>.json.
   * @throws VraagbaakError('not-found') when the catalog has no such document
   * @throws VraagbaakError('archive-corrupt') naming the file when it is missing or invalid
   */
  async readDocument(id: string): Promise<QaDocument> {
    if (!this.getSummary(id)) throw new VraagbaakError('not-found', `The archive has no document "${id}".`, { documentId: id });
    return readDocumentFile(documentPath(this.dir, id), id);
  }

  /**
   * Reads a stored document without waiting, for the search engine's part texts.
   * @returns the document, or null when the archive does not hold it or its file cannot be read
   */
  readDocumentSync(id: string): QaDocument | null {
    if (!this.getSummary(id)) return null;
    try {
      return readDocumentFileSync(documentPath(this.dir, id), id);
    } catch {
      return null;
    }
  }

  /**
   * Stores a newly parsed document (add-document.ts): the original bytes, documents/<id>.json, then
   * its catalog entry; a failed import leaves the archive as it was.
   * @param original the source file as imported; its sha256 must equal `document.source.sha256`
   * @returns the new catalog entry
   * @throws VraagbaakError('invalid-input') when the document is invalid, its id or sha256 is already
   *   in the archive, or the bytes do not match its sha256
   * @throws VraagbaakError('archive-read-only'); file-system errors
   */
  addDocument(document: QaDocument, original: { fileName: string; bytes: Uint8Array }): Promise<DocumentSummary> {
    return this.track(() => this.importQueue.run(() => addDocument(this.parts, document, original)));
  }

  /**
   * Replaces a document with a new version of it (replace-document.ts): same id, other source
   * bytes; its annotations are re-anchored. A crash leaves the old or the new version whole.
   * @returns the new catalog entry and the annotations' counts per anchor state
   * @throws VraagbaakError('not-found') for an unknown id; 'invalid-input' for an invalid document
   *   or bytes already in the archive; 'archive-read-only'; file-system errors
   */
  replaceDocument(document: QaDocument, original: { fileName: string; bytes: Uint8Array }): Promise<ReplaceOutcome> {
    return this.track(() => this.importQueue.run(() => replaceDocument(this.parts, document, original)));
  }

  // ---- recently deleted (document-trash.ts) ------------------------------------------------------

  /** The deleted documents in the trash, most recently deleted first. Do not mutate. */
  listDeleted(): readonly TrashEntry[] {
    return this.parts.trash.list();
  }

  /**
   * Moves documents to the trash with their annotations, original and themes; a crash at any
   * point leaves each either live or in the trash (finished at the next open).
   * @param options.stopAfter for crash tests only: stop the last document after this step
   * @returns the new trash entries
   * @throws VraagbaakError('not-found', { reason: 'document-missing' }); 'archive-read-only'; file-system errors
   */
  deleteDocuments(ids: readonly string[], options: { stopAfter?: DeleteStep } = {}): Promise<TrashEntry[]> {
    return this.track(() => this.importQueue.run(() => deleteDocuments(this.parts, ids, options.stopAfter)));
  }

  /**
   * Puts deleted documents back (same id, annotations and original; the themes that still exist).
   * @param options.stopAfter for crash tests only: stop the last document after this step
   * @returns their catalog entries
   * @throws VraagbaakError('not-found', { reason: 'trash-missing' }); 'invalid-input' ({ reason:
   *   'document-live' }) when one was imported anew; 'archive-read-only'; file-system errors
   */
  restoreDocuments(ids: readonly string[], options: { stopAfter?: RestoreStep } = {}): Promise<DocumentSummary[]> {
    return this.track(() => this.importQueue.run(() => restoreDocuments(this.parts, ids, options.stopAfter)));
  }

  /**
   * Removes deleted documents for good: the whole trash, or the entries of `ids`.
   * @returns the ids removed
   * @throws VraagbaakError('not-found', { reason: 'trash-missing' }); 'archive-read-only'; file-system errors
   */
  purgeDeleted(ids?: readonly string[]): Promise<string[]> {
    return this.track(() => this.importQueue.run(() => purgeDocuments(this.parts, ids)));
  }

  // ---- annotations -----------------------------------------------------------------------------

  /** The annotations on document `documentId` (empty when it has none). Do not mutate. */
  listAnnotations(documentId: string): readonly Annotation[] {
    return this.parts.annotations.list(documentId);
  }

  /**
   * Replaces the annotations of one document with `recipe(current)` and writes annotations/<id>.json
   * durably; keeps the catalog's `annotationCount` current. The recipe runs in the file's write
   * queue, so it sees every earlier change; it may throw to refuse the change.
   * @returns the new list
   * @throws VraagbaakError('not-found') for an unknown document; 'archive-read-only'; what `recipe` throws
   */
  updateAnnotations(documentId: string, recipe: (current: readonly Annotation[]) => Annotation[]): Promise<readonly Annotation[]> {
    return this.track(() => this.parts.annotations.update(documentId, recipe));
  }

  /**
   * Changes the annotations of many documents as one durable step (a theme merge, delete or
   * restore): one write-ahead journal instead of one fsync per file (annotation-journal.ts). Each
   * recipe runs in its file's write queue; a crash after this resolves is finished at the next open.
   * @param operation names the journal, e.g. 'tag-merge'
   * @param options.stopAfter for crash tests only: stop after the journal or the unsynced file writes
   * @returns the documents whose annotations changed
   * @throws VraagbaakError('not-found') for an unknown document; 'archive-read-only'; what a
   *   recipe throws; file-system errors of the journal (in all these cases nothing changed)
   */
  updateAnnotationsMany(operation: string, changes: readonly AnnotationChange[], options: { stopAfter?: JournalStep } = {}): Promise<string[]> {
    return this.track(() => this.parts.annotations.updateMany(operation, changes, options.stopAfter));
  }

  /**
   * Resolves once the background flush of every journaled change so far is done: their files are
   * on disk and their journals removed (close() waits for this too).
   * @throws the error of a flush that failed (its journal stays for the next open)
   */
  whenFlushed(): Promise<void> {
    return this.parts.annotations.journals.drain();
  }

  // ---- workspace -------------------------------------------------------------------------------

  /** The workspace: tags, document tags, briefings, saved searches. Do not mutate. */
  get workspace(): Readonly<WorkspaceFile> {
    return this.parts.workspace.data;
  }

  /**
   * Replaces the workspace with `recipe(current)` and writes workspace.json durably. Documents whose
   * entry in `documentTags` changed get their catalog `tagIds` updated as well.
   * @returns the new workspace
   * @throws VraagbaakError('archive-read-only'); what `recipe` throws
   */
  updateWorkspace(recipe: (current: Readonly<WorkspaceFile>) => WorkspaceFile): Promise<Readonly<WorkspaceFile>> {
    return this.track(() => this.parts.workspace.update(recipe));
  }

  // ---- search index (index-store.ts) -----------------------------------------------------------

  /**
   * Saves the search index under index/ for the current catalog; close() waits for it.
   * @throws VraagbaakError('archive-read-only') when read-only or closed; file-system errors
   */
  saveSearchIndex(saved: SavedIndex): Promise<void> {
    return this.track(() => saveSearchIndex(this.dir, catalogFingerprint(this.listSummaries()), saved));
  }

  /** Loads the saved search index if it fits the current catalog and `format` (else says why not). */
  loadSearchIndex(format: number): Promise<IndexLoadResult> {
    return loadSearchIndex(this.dir, catalogFingerprint(this.listSummaries()), format);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /**
   * Refuses new writes, waits for the ones already requested and for the background flush of
   * journaled changes, then releases the lock. Safe to call twice.
   * @throws the file-system error of a lazy catalog write that failed again, or of a journal's
   *   flush (its journal stays for the next open) — the lock is then kept
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    // the background flush of journaled changes: their files durable, their journals removed
    await this.parts.annotations.journals.drain();
    this.released = true;
    const { catalog, workspace, annotations } = this.parts;
    await Promise.all([catalog.store.drain(), workspace.store.drain(), annotations.drainAll()]);
    await this.lock.release();
  }

  /** Runs a write operation if the archive accepts writes, and lets close() wait for it. */
  private async track<T>(operation: () => Promise<T>): Promise<T> {
    this.assertWritable();
    const running = operation();
    this.inFlight.add(running);
    try {
      return await running;
    } finally {
      this.inFlight.delete(running);
    }
  }
}
