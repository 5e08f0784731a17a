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
import { ANNOTATIONS, BACKUPS, CATALOG, DOCUMENTS, ORIGINALS, WORKSPACE, documentPath, listJsonFiles } from './archive-layout.js';
import { BackupSchedule } from './backup-schedule.js';
import { takeBackup } from './backups.js';
import type { RetentionPolicy } from '../core/backups/index.js';
import type { ArchiveParts } from './archive-parts.js';
import { AnnotationStores, type AnnotationChange, type JournalStep } from './annotation-stores.js';
import { Catalog } from './catalog.js';
import type { DamagedFile } from './damaged-files.js';
import { catalogFingerprint, loadSearchIndex, saveSearchIndex, type IndexLoadResult } from './index-store.js';
import type { WriteGuard } from './json-store.js';
import { loadArchive } from './load-archive.js';
import { readDocumentFile, readDocumentFileSync } from './read-document-file.js';
import { DocumentDamage, checkDocumentFiles, readOriginal, writeRepairedDocument } from './repair-document.js';
import { restoreDamagedFromBackups, type RestoredFile } from './restore-backup.js';
import type { WorkspaceFile } from './schemas.js';
import { SerialQueue } from './serial-queue.js';
import { deleteDocuments, purgeDocuments, restoreDocuments } from './document-trash.js';
import type { DeleteStep, RestoreStep } from './trash-moves.js';
import { TRASH, Trash, type TrashEntry } from './trash.js';
import { WorkspaceStore } from './workspace-store.js';

export type { DamagedFile } from './damaged-files.js';
export { readOnlyReasonOf } from './damaged-files.js';
export type { RestoredFile } from './restore-backup.js';
export type { TrashEntry } from './trash.js';
export type { ReplaceOutcome } from './replace-document.js';

export interface ArchiveOptions {
  /** which rolling backups to keep (default `DEFAULT_RETENTION`: recent, hourly, daily, weekly) */
  retention?: RetentionPolicy;
  /** writes between two backups (default `BACKUP_EVERY_WRITES`) */
  backupEveryWrites?: number;
  /** ms between the first unsaved write and its backup (default `BACKUP_EVERY_MS`) */
  backupEveryMs?: number;
  /** the clock for timestamps and the backup schedule (tests pass a fixed or movable one) */
  clock?: () => Date;
}

export class Archive {
  /** absolute path of the archive folder */
  readonly dir: string;
  /** replaced only by `restoreNewestGoodBackups`, which loads the restored files afresh */
  private parts: ArchiveParts;
  /** takes a backup after enough writes or time, and at close (never on reads) */
  private readonly backups: BackupSchedule;
  /** addDocument runs one at a time, so the duplicate checks and the catalog append agree */
  private readonly importQueue = new SerialQueue();
  private damaged: DamagedFile[] = [];
  /** documents/<id>.json files found damaged (on a read or by `checkDocuments`) */
  private readonly documentDamage = new DocumentDamage();
  private readOnly: VraagbaakError | null = null;
  /** true while `restoreNewestGoodBackups` loads the restored files: public writes refuse */
  private restoring = false;
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
    private readonly options: ArchiveOptions,
  ) {
    this.dir = dir;
    this.parts = this.newParts();
    this.backups = new BackupSchedule(() => this.takeBackup(options.retention), {
      clock: () => this.parts.clock(),
      everyWrites: options.backupEveryWrites,
      everyMs: options.backupEveryMs,
    });
  }

  /** Empty in-memory parts of this archive, to be filled by `loadArchive`. */
  private newParts(): ArchiveParts {
    const catalog = new Catalog(this.dir, this.storeGuard);
    return {
      dir: this.dir,
      clock: this.options.clock ?? (() => new Date()),
      catalog,
      workspace: new WorkspaceStore(this.dir, this.storeGuard, catalog),
      annotations: new AnnotationStores(this.dir, this.storeGuard, catalog),
      trash: new Trash(),
    };
  }

  /**
   * "Restore the newest good backup" for an archive open read-only: moves each damaged file that
   * has a good backup aside (into damaged/<time>/, never deleted), puts that backup in its place,
   * and loads the archive again in place (the lock stays held). Afterwards the archive is writable
   * when every damaged file had a good backup; callers rebuild what they derived from it (search).
   * @returns what was done per damaged file (empty for a writable archive: nothing to restore)
   * @throws VraagbaakError('archive-read-only') when closed; file-system errors (the archive then
   *   stays read-only as it was; a file already moved aside stays in damaged/)
   */
  async restoreNewestGoodBackups(): Promise<RestoredFile[]> {
    if (this.closed) throw new VraagbaakError('archive-read-only', `The archive ${this.dir} is closed.`, { reason: 'closed' });
    if (!this.readOnly) return [];
    const restored = await restoreDamagedFromBackups(this.dir, this.damaged, this.parts.clock());
    const parts = this.newParts();
    const before = this.readOnly;
    // the load writes what it repairs through the store guard, which must pass; public writes wait out the restore
    this.restoring = true;
    this.readOnly = null;
    try {
      const damage = await loadArchive(parts, this.options.retention);
      this.parts = parts;
      this.damaged = damage?.files ?? [];
      this.readOnly = damage?.error ?? null;
      if (!damage) await finishReplacements(parts);
    } catch (e) {
      this.readOnly = before;
      throw e;
    } finally {
      this.restoring = false;
    }
    return restored;
  }

  /** Copies catalog, workspace and annotation files as they are on disk now into a new backup. */
  private async takeBackup(retention: RetentionPolicy | undefined): Promise<void> {
    // the catalog's lazy changes first, so the backup's catalog matches its annotation files
    if (!this.released) await this.parts.catalog.store.drain();
    const annotationFiles = (await listJsonFiles(this.dir, ANNOTATIONS)).map((name) => `${ANNOTATIONS}/${name}`);
    await takeBackup(this.dir, join(this.dir, BACKUPS), [CATALOG, WORKSPACE, ...annotationFiles], this.parts.clock(), retention);
  }

  /**
   * Opens (creating if needed) the archive in `dir`: takes the lock, removes temp files of a
   * crashed writer, reads and validates catalog, workspace and annotations (running migrations,
   * backed up first). Opening takes no backup: writes do (`BackupSchedule`). A damaged file does not stop the open: the archive is then
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
      const damage = await loadArchive(archive.parts, options.retention);
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
   * Opens the archive in `dir` and, when it opens read-only because of damaged files, restores
   * their newest good backups (`restoreNewestGoodBackups`).
   * @returns the open archive (writable when every damaged file had a good backup) and what was done
   * @throws what `open` throws; file-system errors of the restore (the archive is closed then)
   */
  static async openRestoringBackups(dir: string, options: ArchiveOptions = {}): Promise<{ archive: Archive; restored: RestoredFile[] }> {
    const archive = await Archive.open(dir, options);
    try {
      return { archive, restored: await archive.restoreNewestGoodBackups() };
    } catch (e) {
      await archive.close();
      throw e;
    }
  }

  /**
   * @throws VraagbaakError('archive-read-only') when the archive is read-only or closed
   */
  assertWritable(): void {
    if (this.closed) throw new VraagbaakError('archive-read-only', `The archive ${this.dir} is closed.`, { reason: 'closed' });
    if (this.restoring) throw new VraagbaakError('archive-read-only', `The archive ${this.dir} is being restored from a backup.`, { reason: 'restoring' });
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
    try {
      const document = await readDocumentFile(documentPath(this.dir, id), id);
      this.documentDamage.clear(id);
      return document;
    } catch (e) {
      if (this.getSummary(id)) this.documentDamage.note(id, e);
      throw e;
    }
  }

  /**
   * Reads a stored document without waiting, for the search engine's part texts.
   * @returns the document, or null when the archive does not hold it or its file cannot be read
   */
  readDocumentSync(id: string): QaDocument | null {
    if (!this.getSummary(id)) return null;
    try {
      return readDocumentFileSync(documentPath(this.dir, id), id);
    } catch (e) {
      this.documentDamage.note(id, e);
      return null;
    }
  }

  // ---- damaged document files (repair-document.ts) -----------------------------------------------

  /** The catalogued documents whose documents/<id>.json was found damaged: id → reason (English). */
  get damagedDocuments(): ReadonlyMap<string, string> {
    return this.documentDamage.entries;
  }

  /** Whether document `id`'s file was found damaged (and not repaired since). */
  isDocumentDamaged(id: string): boolean {
    return this.documentDamage.has(id);
  }

  /**
   * Reads every document file and records the damaged ones (`damagedDocuments`); writes nothing.
   * @returns their ids, in catalog order
   */
  checkDocuments(): Promise<string[]> {
    return checkDocumentFiles(this.parts, this.documentDamage);
  }

  /**
   * The imported source of document `id`, from originals/.
   * @throws VraagbaakError('not-found') for an unknown id or ({ reason: 'original-missing' }) a missing original
   */
  readOriginal(id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const summary = this.getSummary(id);
    if (!summary) return Promise.reject(new VraagbaakError('not-found', `The archive has no document "${id}".`, { documentId: id }));
    return readOriginal(this.dir, summary);
  }

  /**
   * Rewrites documents/<id>.json from a fresh parse of its own original (`readOriginal`); its
   * catalog entry, annotations and themes stay. The damaged file is replaced atomically.
   * @throws VraagbaakError('not-found'); 'invalid-input' when `original` is not this document's
   *   source; 'archive-read-only'; file-system errors
   */
  repairDocument(document: QaDocument, original: { fileName: string; bytes: Uint8Array }): Promise<void> {
    return this.track(() =>
      this.importQueue.run(async () => {
        await writeRepairedDocument(this.parts, document, original);
        this.documentDamage.clear(document.id);
      }),
    );
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
    // the index is derived data: saving it is no change a backup must hold
    return this.track(() => saveSearchIndex(this.dir, catalogFingerprint(this.listSummaries()), saved), false);
  }

  /** Loads the saved search index if it fits the current catalog and `format` (else says why not). */
  loadSearchIndex(format: number): Promise<IndexLoadResult> {
    return loadSearchIndex(this.dir, catalogFingerprint(this.listSummaries()), format);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /**
   * Refuses new writes, waits for the ones already requested and for the background flush of
   * journaled changes, takes a backup when there were writes since the last one (a failed backup
   * is kept in `backupFailure`, it does not stop the close), then releases the lock. Safe to call twice.
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
    await this.backups.finish();
    await this.lock.release();
  }

  /** Writes finished since the last backup (0 after one is taken; reads never count). */
  get writesSinceBackup(): number {
    return this.backups.pendingWrites;
  }

  /** The error of the last backup that failed (its writes wait for the next one), or null. */
  get backupFailure(): Error | null {
    return this.backups.lastFailure;
  }

  /**
   * Runs a write operation if the archive accepts writes, and lets close() wait for it.
   * @param counts whether a finished operation counts towards the next backup (a change of the
   *   archive's content, not of derived data such as the search index)
   */
  private async track<T>(operation: () => Promise<T>, counts = true): Promise<T> {
    this.assertWritable();
    const running = operation();
    this.inFlight.add(running);
    try {
      const result = await running;
      if (counts) this.trackBackup();
      return result;
    } finally {
      this.inFlight.delete(running);
    }
  }

  /** Counts a finished write; a backup it starts is waited for by close() like any write. */
  private trackBackup(): void {
    const backup = this.backups.noteWrite();
    if (!backup) return;
    this.inFlight.add(backup);
    void backup.finally(() => this.inFlight.delete(backup));
  }
}
