/**
 * The archive on disk (DESIGN §3): catalog, documents, annotations, workspace, originals, backups
 * and the lock. It is the only code that touches these files. A file that fails to parse makes the
 * archive read-only (never overwritten); everything still readable stays readable.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import {
  QaDocument,
  VraagbaakError,
  isVraagbaakError,
  type Annotation,
  type DocumentSummary,
} from '../core/model/index.js';
import { acquireArchiveLock, LOCK_FILE_NAME, type ArchiveLock } from './archive-lock.js';
import { findNewestGoodBackup, takeBackup } from './backups.js';
import { DurableJsonFile } from './durable-json-file.js';
import { isErrnoCode, removeTempFiles, writeFileDurable } from './durable-write.js';
import { fileStemForId, idFromFileStem, resolveInside, safeExtension } from './file-names.js';
import { catalogFingerprint, loadSearchIndex, saveSearchIndex, type IndexLoadResult } from './index-store.js';
import type { SavedIndex } from '../core/search/index.js';
import { JsonStore, type WriteGuard } from './json-store.js';
import { readDocumentFile, readDocumentFileSync } from './read-document-file.js';
import {
  AnnotationsFile,
  CatalogFile,
  WorkspaceFile,
  emptyAnnotations,
  emptyCatalog,
  emptyWorkspace,
  type FileKind,
} from './schemas.js';
import { SerialQueue } from './serial-queue.js';
import { annotationTagIdsOf, summarizeDocument } from './summarize.js';

export interface ArchiveOptions {
  /** how many rolling backups to keep (default 10) */
  keepBackups?: number;
  /** the clock for timestamps (tests pass a fixed one) */
  clock?: () => Date;
}

/** One damaged file found while opening. */
export interface DamagedFile {
  file: string;
  reason: string;
  /** the newest backup copy of this file that still validates, or null */
  backup: string | null;
}

const CATALOG = 'catalog.json';
const WORKSPACE = 'workspace.json';
const DOCUMENTS = 'documents';
const ANNOTATIONS = 'annotations';
const ORIGINALS = 'originals';
const BACKUPS = 'backups';
const DEFAULT_KEEP_BACKUPS = 10;
/** How many annotation/document files are read at once while opening. */
const OPEN_CONCURRENCY = 32;

export class Archive {
  /** absolute path of the archive folder */
  readonly dir: string;
  private readonly clock: () => Date;
  private readonly keepBackups: number;
  private readonly catalog: JsonStore<CatalogFile>;
  private readonly workspaceStore: JsonStore<WorkspaceFile>;
  private readonly annotationStores = new Map<string, JsonStore<AnnotationsFile>>();
  /** addDocument runs one at a time, so the duplicate checks and the catalog append agree */
  private readonly importQueue = new SerialQueue();
  private positions = new Map<string, number>();
  private bySha256 = new Map<string, string>();
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
    this.clock = options.clock ?? (() => new Date());
    this.keepBackups = options.keepBackups ?? DEFAULT_KEEP_BACKUPS;
    this.catalog = new JsonStore(
      new DurableJsonFile(join(dir, CATALOG), { kind: 'catalog', schema: CatalogFile, indent: 0 }),
      emptyCatalog(),
      this.storeGuard,
    );
    this.workspaceStore = new JsonStore(
      new DurableJsonFile(join(dir, WORKSPACE), { kind: 'workspace', schema: WorkspaceFile, indent: 2 }),
      emptyWorkspace(),
      this.storeGuard,
    );
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
    for (const sub of [DOCUMENTS, ANNOTATIONS, ORIGINALS, BACKUPS]) await mkdir(join(root, sub), { recursive: true });
    const lock = await acquireArchiveLock(root, join(root, LOCK_FILE_NAME));
    const archive = new Archive(root, lock, options);
    try {
      await archive.load();
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
    return this.catalog.data.documents.length;
  }

  /** All document summaries, in import order. Do not mutate. */
  listSummaries(): readonly DocumentSummary[] {
    return this.catalog.data.documents;
  }

  /** The summary of document `id`, or null when the archive does not hold it. */
  getSummary(id: string): DocumentSummary | null {
    const documents = this.catalog.data.documents;
    const at = this.positions.get(id);
    // positions is kept current by every change of the catalog, so an unknown id is simply absent
    // (reindexing here made every import O(documents): 30,000 imports took quadratic time)
    if (at === undefined) return null;
    if (documents[at]?.id === id) return documents[at];
    this.reindexCatalog();
    const again = this.positions.get(id);
    return again === undefined ? null : (documents[again] ?? null);
  }

  /** The summary of the document imported from a source with this sha256 (lower-case hex), or null. */
  findBySha256(sha256: string): DocumentSummary | null {
    const id = this.bySha256.get(sha256);
    return id === undefined ? null : this.getSummary(id);
  }

  /**
   * Reads the full document from documents/<id>.json.
   * @throws VraagbaakError('not-found') when the catalog has no such document
   * @throws VraagbaakError('archive-corrupt') naming the file when it is missing or invalid
   */
  async readDocument(id: string): Promise<QaDocument> {
    if (!this.getSummary(id)) throw new VraagbaakError('not-found', `The archive has no document "${id}".`, { documentId: id });
    return readDocumentFile(this.documentPath(id), id);
  }

  /**
   * Reads a stored document without waiting, for the search engine's part texts.
   * @returns the document, or null when the archive does not hold it or its file cannot be read
   */
  readDocumentSync(id: string): QaDocument | null {
    if (!this.getSummary(id)) return null;
    try {
      return readDocumentFileSync(this.documentPath(id), id);
    } catch {
      return null;
    }
  }

  /**
   * Stores a newly parsed document: the original bytes in originals/<sha256>.<ext>, the document
   * in documents/<id>.json, then its summary in the catalog. If a step fails, the files written by
   * this call are removed again, so a failed import leaves the archive as it was.
   * @param original the source file as imported; its sha256 must equal `document.source.sha256`
   * @returns the new catalog entry
   * @throws VraagbaakError('invalid-input') when the document is invalid, its id or sha256 is already
   *   in the archive, or the bytes do not match its sha256
   * @throws VraagbaakError('archive-read-only'); file-system errors
   */
  addDocument(document: QaDocument, original: { fileName: string; bytes: Uint8Array }): Promise<DocumentSummary> {
    return this.track(() =>
      this.importQueue.run(async () => {
        const checked = QaDocument.safeParse(document);
        if (!checked.success) {
          throw new VraagbaakError('invalid-input', `The parsed document from ${original.fileName} is not valid: ${checked.error.issues[0]?.message ?? ''}`, {
            fileName: original.fileName,
          });
        }
        const doc = checked.data;
        const sha256 = createHash('sha256').update(original.bytes).digest('hex');
        if (sha256 !== doc.source.sha256) {
          throw new VraagbaakError('invalid-input', `The bytes of ${original.fileName} do not match the document's sha256.`, { fileName: original.fileName });
        }
        const existing = this.getSummary(doc.id) ?? this.findBySha256(sha256);
        if (existing) {
          throw new VraagbaakError('invalid-input', `The archive already holds ${original.fileName} as document "${existing.id}".`, {
            fileName: original.fileName,
            documentId: existing.id,
          });
        }

        const originalPath = this.originalPath(sha256, safeExtension(original.fileName));
        const documentPath = this.documentPath(doc.id);
        const createdOriginal = !(await exists(originalPath));
        try {
          if (createdOriginal) await writeFileDurable(originalPath, original.bytes);
          // a documents/<id>.json not in the catalog is left from an interrupted import: replace it
          await writeFileDurable(documentPath, JSON.stringify(doc, null, 2) + '\n');
          const summary = summarizeDocument(
            doc,
            this.clock().toISOString(),
            this.workspace.documentTags[doc.id] ?? [],
            this.annotationStores.get(doc.id)?.data.annotations.length ?? 0,
          );
          // the document file is the commit point: a catalog entry lost in a crash is re-added at open
          this.catalog.updateLazily((c) => {
            c.documents.push(summary); // in place: a copy per import made a long import quadratic
            return { ...c };
          });
          this.positions.set(summary.id, this.catalog.data.documents.length - 1);
          this.bySha256.set(sha256, summary.id);
          return summary;
        } catch (e) {
          if (!this.getSummary(doc.id)) {
            await rm(documentPath, { force: true });
            if (createdOriginal) await rm(originalPath, { force: true });
          }
          throw e;
        }
      }),
    );
  }

  // ---- annotations -----------------------------------------------------------------------------

  /** The annotations on document `documentId` (empty when it has none). Do not mutate. */
  listAnnotations(documentId: string): readonly Annotation[] {
    return this.annotationStores.get(documentId)?.data.annotations ?? [];
  }

  /**
   * Replaces the annotations of one document with `recipe(current)` and writes annotations/<id>.json
   * durably; keeps the catalog's `annotationCount` current. The recipe runs in the file's write
   * queue, so it sees every earlier change; it may throw to refuse the change.
   * @returns the new list
   * @throws VraagbaakError('not-found') for an unknown document; 'archive-read-only'; what `recipe` throws
   */
  updateAnnotations(
    documentId: string,
    recipe: (current: readonly Annotation[]) => Annotation[],
  ): Promise<readonly Annotation[]> {
    return this.track(async () => {
      if (!this.getSummary(documentId)) {
        throw new VraagbaakError('not-found', `The archive has no document "${documentId}".`, { documentId });
      }
      const store = this.annotationStore(documentId);
      const next = await store.update((file) => {
        const list = recipe(file.annotations);
        return list === file.annotations ? file : { ...file, annotations: list };
      });
      const count = next.annotations.length;
      const annotationTagIds = annotationTagIdsOf(next.annotations);
      const before = this.getSummary(documentId);
      if (before?.annotationCount !== count || !sameList(before.annotationTagIds, annotationTagIds)) {
        this.patchSummaries(new Map([[documentId, { annotationCount: count, annotationTagIds }]]));
      }
      return next.annotations;
    });
  }

  // ---- workspace -------------------------------------------------------------------------------

  /** The workspace: tags, document tags, briefings, saved searches. Do not mutate. */
  get workspace(): Readonly<WorkspaceFile> {
    return this.workspaceStore.data;
  }

  /**
   * Replaces the workspace with `recipe(current)` and writes workspace.json durably. Documents whose
   * entry in `documentTags` changed get their catalog `tagIds` updated as well.
   * @returns the new workspace
   * @throws VraagbaakError('archive-read-only'); what `recipe` throws
   */
  updateWorkspace(recipe: (current: Readonly<WorkspaceFile>) => WorkspaceFile): Promise<Readonly<WorkspaceFile>> {
    return this.track(async () => {
      const before = this.workspaceStore.data.documentTags;
      const next = await this.workspaceStore.update(recipe);
      const patches = new Map<string, Partial<DocumentSummary>>();
      for (const id of new Set([...Object.keys(before), ...Object.keys(next.documentTags)])) {
        if (before[id] !== next.documentTags[id] && this.getSummary(id)) patches.set(id, { tagIds: next.documentTags[id] ?? [] });
      }
      if (patches.size > 0) this.patchSummaries(patches);
      return next;
    });
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

  /** Refuses new writes, waits for the ones already requested, then releases the lock. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    this.released = true;
    await Promise.all([this.catalog.drain(), this.workspaceStore.drain(), ...[...this.annotationStores.values()].map((s) => s.drain())]);
    await this.lock.release();
  }

  // ---- internals -------------------------------------------------------------------------------

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

  private documentPath(id: string): string {
    return resolveInside(this.dir, DOCUMENTS, fileStemForId(id) + '.json');
  }

  private annotationsPath(id: string): string {
    return resolveInside(this.dir, ANNOTATIONS, fileStemForId(id) + '.json');
  }

  private originalPath(sha256: string, extension: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new VraagbaakError('invalid-input', `Not a sha256: ${sha256}`);
    return resolveInside(this.dir, ORIGINALS, `${sha256}.${extension}`);
  }

  private annotationStore(documentId: string): JsonStore<AnnotationsFile> {
    let store = this.annotationStores.get(documentId);
    if (!store) {
      store = this.newAnnotationStore(this.annotationsPath(documentId), documentId);
      this.annotationStores.set(documentId, store);
    }
    return store;
  }

  private newAnnotationStore(path: string, documentId: string): JsonStore<AnnotationsFile> {
    return new JsonStore(
      new DurableJsonFile(path, { kind: 'annotations', schema: AnnotationsFile, indent: 2 }),
      emptyAnnotations(documentId),
      this.storeGuard,
    );
  }

  /**
   * Applies changes of mirrored fields (tagIds, annotationCount, annotationTagIds) to catalog entries
   * in memory and writes the catalog lazily: their sources of truth (workspace, annotation files) are
   * written durably first, and the catalog is reconciled with them at open.
   */
  private patchSummaries(patches: ReadonlyMap<string, Partial<DocumentSummary>>): void {
    this.catalog.updateLazily((c) => {
      // in place: copying 30,000 entries per annotation save cost more than the save itself
      for (const [id, patch] of patches) {
        const at = this.positions.get(id);
        const summary = at === undefined ? undefined : c.documents[at];
        if (at !== undefined && summary?.id === id) c.documents[at] = { ...summary, ...patch };
      }
      return { ...c };
    });
  }

  private reindexCatalog(): void {
    this.positions = new Map();
    this.bySha256 = new Map();
    this.catalog.data.documents.forEach((s, i) => {
      this.positions.set(s.id, i);
      this.bySha256.set(s.source.sha256, s.id);
    });
  }

  private async load(): Promise<void> {
    await Promise.all([this.dir, ...[DOCUMENTS, ANNOTATIONS, ORIGINALS].map((d) => join(this.dir, d))].map(removeTempFiles));
    const damaged: { file: string; error: VraagbaakError; kind: FileKind; relative: string }[] = [];
    const tryLoad = async <T>(store: JsonStore<T>, kind: FileKind, relative: string): Promise<'ok' | 'missing' | 'damaged'> => {
      try {
        return (await store.load()) ? 'ok' : 'missing';
      } catch (e) {
        if (isVraagbaakError(e, 'archive-corrupt') && e.details['problem'] === 'unreadable') {
          damaged.push({ file: store.file.path, error: e, kind, relative });
          return 'damaged';
        }
        throw e;
      }
    };

    const catalogState = await tryLoad(this.catalog, 'catalog', CATALOG);
    const workspaceState = await tryLoad(this.workspaceStore, 'workspace', WORKSPACE);
    const annotationFiles = (await readdir(join(this.dir, ANNOTATIONS))).filter((n) => n.endsWith('.json'));
    const loadedAnnotations: string[] = [];
    const migratedAnnotations: JsonStore<AnnotationsFile>[] = [];
    await forEachLimited(annotationFiles, OPEN_CONCURRENCY, async (name) => {
      const stem = name.slice(0, -'.json'.length);
      const relative = `${ANNOTATIONS}/${name}`;
      const store = this.newAnnotationStore(join(this.dir, ANNOTATIONS, name), idFromFileStem(stem) ?? stem);
      if ((await tryLoad(store, 'annotations', relative)) !== 'ok') return;
      const documentId = store.data.documentId;
      if (fileStemForId(documentId) !== stem) {
        const reason = `it holds the annotations of document "${documentId}", which belong in ${this.annotationsPath(documentId)}`;
        damaged.push({
          file: store.file.path,
          error: new VraagbaakError('archive-corrupt', `${store.file.path} cannot be read: ${reason}`, { file: store.file.path, reason }),
          kind: 'annotations',
          relative,
        });
        return;
      }
      this.annotationStores.set(documentId, store);
      loadedAnnotations.push(relative);
      if (store.file.migratedOnRead) migratedAnnotations.push(store);
    });

    if (catalogState !== 'ok') await this.rebuildCatalogInMemory();
    this.reindexCatalog();
    const adopted = catalogState === 'ok' ? await this.adoptUncataloguedDocuments() : false;
    const reconciled = this.reconcileCatalog(workspaceState === 'ok', new Set(damaged.map((d) => d.file)));

    if (damaged.length > 0) {
      await this.goReadOnly(damaged);
      return;
    }
    const existing = [
      ...(catalogState === 'ok' ? [CATALOG] : []),
      ...(workspaceState === 'ok' ? [WORKSPACE] : []),
      ...loadedAnnotations,
    ];
    if (existing.length > 0) await takeBackup(this.dir, join(this.dir, BACKUPS), existing, this.clock(), this.keepBackups);
    if (catalogState !== 'ok' || reconciled || adopted || this.catalog.file.migratedOnRead) await this.catalog.save();
    if (workspaceState !== 'ok' || this.workspaceStore.file.migratedOnRead) await this.workspaceStore.save();
    for (const store of migratedAnnotations) await store.save();
  }

  /**
   * When catalog.json is missing or damaged, derives the summaries from documents/ so the library
   * can still be listed; unreadable document files are skipped.
   */
  private async rebuildCatalogInMemory(): Promise<void> {
    const names = (await readdir(join(this.dir, DOCUMENTS))).filter((n) => n.endsWith('.json')).sort();
    const summaries: (DocumentSummary | null)[] = new Array<DocumentSummary | null>(names.length).fill(null);
    await forEachLimited(names, OPEN_CONCURRENCY, async (name, i) => {
      const id = idFromFileStem(name.slice(0, -'.json'.length));
      if (id === null) return;
      const path = join(this.dir, DOCUMENTS, name);
      try {
        const doc = await readDocumentFile(path, id);
        summaries[i] = summarizeDocument(doc, (await stat(path)).mtime.toISOString(), [], 0);
      } catch (e) {
        if (!isVraagbaakError(e, 'archive-corrupt')) throw e;
      }
    });
    this.catalogReplaceInMemory(summaries.filter((s): s is DocumentSummary => s !== null));
  }

  /**
   * Adds to the catalog the documents whose file was written but whose catalog entry was not (the
   * catalog is written lazily, after the document file; a crash in between leaves such a file).
   * @returns true when any was added
   */
  private async adoptUncataloguedDocuments(): Promise<boolean> {
    const names = (await readdir(join(this.dir, DOCUMENTS))).filter((n) => n.endsWith('.json')).sort();
    const missing = names.flatMap((name) => {
      const id = idFromFileStem(name.slice(0, -'.json'.length));
      return id !== null && !this.positions.has(id) ? [{ id, path: join(this.dir, DOCUMENTS, name) }] : [];
    });
    const adopted: DocumentSummary[] = [];
    for (const { id, path } of missing) {
      try {
        const doc = await readDocumentFile(path, id);
        if (this.bySha256.has(doc.source.sha256)) continue;
        adopted.push(summarizeDocument(doc, (await stat(path)).mtime.toISOString(), [], 0));
      } catch (e) {
        // a damaged leftover is not an archive document: the next import of its source replaces it
        if (!isVraagbaakError(e, 'archive-corrupt')) throw e;
      }
    }
    if (adopted.length === 0) return false;
    this.catalogReplaceInMemory([...this.catalog.data.documents, ...adopted]);
    this.reindexCatalog();
    return true;
  }

  private catalogReplaceInMemory(documents: DocumentSummary[]): void {
    this.catalog.replaceInMemory({ ...emptyCatalog(), documents });
  }

  /**
   * Makes the catalog's mirrored fields agree with their sources of truth: `tagIds` with
   * workspace.documentTags, `annotationCount` and `annotationTagIds` with the annotation files
   * (skipping damaged ones).
   * @returns true when anything changed
   */
  private reconcileCatalog(workspaceReadable: boolean, damagedFiles: ReadonlySet<string>): boolean {
    let changed = false;
    const documents = this.catalog.data.documents.map((s) => {
      const store = this.annotationStores.get(s.id);
      const annotationsDamaged = damagedFiles.has(this.annotationsPath(s.id));
      const annotationCount = annotationsDamaged ? s.annotationCount : (store?.data.annotations.length ?? 0);
      const annotationTagIds = annotationsDamaged ? s.annotationTagIds : annotationTagIdsOf(store?.data.annotations ?? []);
      const tagIds = workspaceReadable ? (this.workspace.documentTags[s.id] ?? []) : s.tagIds;
      if (
        annotationCount === s.annotationCount &&
        sameList(tagIds, s.tagIds) &&
        sameList(annotationTagIds, s.annotationTagIds)
      ) {
        return s;
      }
      changed = true;
      return { ...s, annotationCount, tagIds: [...tagIds], annotationTagIds };
    });
    if (changed) this.catalogReplaceInMemory(documents);
    return changed;
  }

  private async goReadOnly(found: { file: string; error: VraagbaakError; kind: FileKind; relative: string }[]): Promise<void> {
    const schemas: Record<FileKind, z.ZodType> = { catalog: CatalogFile, workspace: WorkspaceFile, annotations: AnnotationsFile };
    this.damaged = [];
    for (const d of found) {
      const backup = await findNewestGoodBackup(join(this.dir, BACKUPS), d.relative, d.kind, schemas[d.kind]);
      this.damaged.push({ file: d.file, reason: typeof d.error.details['reason'] === 'string' ? d.error.details['reason'] : d.error.message, backup });
    }
    const [first, ...rest] = this.damaged;
    if (!first) return;
    const restore = first.backup
      ? `The newest good backup of this file is ${first.backup}.`
      : 'No good backup of this file was found.';
    const more = rest.length > 0 ? ` ${rest.length} more damaged file(s): ${rest.map((d) => d.file).join(', ')}.` : '';
    this.readOnly = new VraagbaakError(
      'archive-corrupt',
      `The archive file ${first.file} is damaged (${first.reason}). The archive was opened read-only so nothing gets overwritten. ${restore}${more}`,
      { file: first.file, backup: first.backup, reason: first.reason, damaged: this.damaged },
    );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return false;
    throw e;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
