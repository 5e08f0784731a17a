/**
 * The annotation files (annotations/<id>.json): one small lowdb store per annotated document, so
 * an annotation edit rewrites a few KB instead of the whole archive (DESIGN §3).
 */
import { VraagbaakError, type Annotation } from '../core/model/index.js';
import { AnnotationJournals } from './annotation-journal.js';
import { annotationsPath } from './archive-layout.js';
import type { Catalog } from './catalog.js';
import { DurableJsonFile } from './durable-json-file.js';
import { sameList } from './helpers.js';
import { JsonStore, type WriteGuard } from './json-store.js';
import { AnnotationsFile, emptyAnnotations } from './schemas.js';
import { annotationTagIdsOf } from './summarize.js';

/** One document's part of `updateMany`: its new annotations computed from the current ones. */
export interface AnnotationChange {
  documentId: string;
  recipe: (current: readonly Annotation[]) => Annotation[];
}

/** Where a crash test stops `updateMany`: after the journal, or after the unsynced file writes. */
export type JournalStep = 'journal' | 'files';

export class AnnotationStores {
  /** document id → its store; a document without annotations may have none */
  private readonly stores = new Map<string, JsonStore<AnnotationsFile>>();
  /** documents whose files are being moved to or from the trash: their annotations refuse changes */
  private readonly withdrawn = new Set<string>();

  /** the write-ahead journals of `updateMany` */
  readonly journals: AnnotationJournals;

  constructor(
    private readonly dir: string,
    private readonly guard: WriteGuard,
    private readonly catalog: Catalog,
  ) {
    this.journals = new AnnotationJournals(dir, (documentId) => annotationsPath(dir, documentId));
  }

  /**
   * The annotations on document `documentId` (empty when it has none). Do not mutate.
   * @throws nothing
   */
  list(documentId: string): readonly Annotation[] {
    return this.stores.get(documentId)?.data.annotations ?? [];
  }

  /**
   * A store for the annotation file at `path`, not yet loaded nor registered (used at open, where
   * the file's content decides which document it belongs to).
   * @throws nothing
   */
  openFile(path: string, documentId: string): JsonStore<AnnotationsFile> {
    return new JsonStore(new DurableJsonFile(path, { kind: 'annotations', schema: AnnotationsFile, indent: 2 }), emptyAnnotations(documentId), this.guard);
  }

  /**
   * Makes `store` (loaded at open) the store of document `documentId`.
   * @throws nothing
   */
  register(documentId: string, store: JsonStore<AnnotationsFile>): void {
    this.stores.set(documentId, store);
  }

  /**
   * Replaces the annotations of one document with `recipe(current)` and writes annotations/<id>.json
   * durably; keeps the catalog's `annotationCount` current. The recipe runs in the file's write
   * queue, so it sees every earlier change; it may throw to refuse the change.
   * @returns the new list
   * @throws VraagbaakError('not-found') for an unknown document; 'archive-read-only'; what `recipe` throws
   */
  async update(documentId: string, recipe: (current: readonly Annotation[]) => Annotation[]): Promise<readonly Annotation[]> {
    if (!this.catalog.get(documentId) || this.withdrawn.has(documentId)) {
      throw new VraagbaakError('not-found', `The archive has no document "${documentId}".`, { documentId });
    }
    if (this.journals.covers(documentId)) {
      // a journal not yet flushed holds this file: replayed after a crash, it would overwrite a
      // plain write, so this change is journaled too (and replayed after it)
      await this.updateMany('annotation-edit', [{ documentId, recipe }]);
      return this.list(documentId);
    }
    const next = await this.storeFor(documentId).update((file) => {
      const list = recipe(file.annotations);
      return list === file.annotations ? file : { ...file, annotations: list };
    });
    this.patchCatalog([documentId]);
    return next.annotations;
  }

  /**
   * Changes the annotations of many documents as one durable step (annotation-journal.ts): each
   * `recipe` runs in its file's write queue (recipes of the same document one after the other);
   * when all have run, the new content of the files that changed goes into one durable journal
   * (the commit point), memory takes it, and this resolves. The files are written and flushed in
   * the background, in journal order; close() waits.
   * @param operation names the journal (e.g. 'tag-merge')
   * @param stopAfter for crash tests only: stop after the journal is written ('journal': no file
   *   written, memory unchanged) or after the files are written without fsync ('files': the
   *   journal is never removed)
   * @returns the documents whose annotations changed
   * @throws VraagbaakError('not-found') for an unknown document (before anything changes);
   *   'archive-read-only'; what a `recipe` throws (nothing changes then); the journal's
   *   file-system error (nothing changes then). Once the journal is written the change stands:
   *   when the background flush fails, the journal stays for the next open's replay.
   */
  async updateMany(operation: string, changes: readonly AnnotationChange[], stopAfter?: JournalStep): Promise<string[]> {
    for (const { documentId } of changes) {
      if (!this.catalog.get(documentId) || this.withdrawn.has(documentId)) {
        throw new VraagbaakError('not-found', `The archive has no document "${documentId}".`, { documentId });
      }
    }
    // one task per file: a second task of the same file would wait behind the first for ever
    const byDocument = new Map<string, AnnotationChange['recipe']>();
    for (const { documentId, recipe } of changes) {
      const earlier = byDocument.get(documentId);
      byDocument.set(documentId, earlier ? (list) => recipe(earlier(list)) : recipe);
    }
    if (byDocument.size === 0) return [];
    const staged = new Map<string, Annotation[]>();
    let waiting = byDocument.size;
    let failure: { error: unknown } | null = null;
    let allRan!: () => void;
    const everyRecipeRan = new Promise<void>((resolve) => (allRan = resolve));
    let decide!: (committed: boolean) => void;
    const decision = new Promise<boolean>((resolve) => (decide = resolve));
    const ran = (): void => {
      if (--waiting === 0) allRan();
    };
    // covered from now on: a single-file change queued after this one is journaled too
    this.journals.cover(byDocument.keys());
    const tasks = [...byDocument].map(([documentId, recipe]) => {
      const store = this.storeFor(documentId);
      return store.updateWith(async (file) => {
        let next = file;
        try {
          const list = recipe(file.annotations);
          if (list !== file.annotations) next = { ...file, annotations: list };
        } catch (e) {
          failure ??= { error: e };
        }
        if (next !== file) staged.set(documentId, next.annotations);
        ran();
        // committed: the journal holds the new content; the file is written by the flush
        return (await decision) ? next : file;
      });
    });
    await everyRecipeRan;
    const changed = [...staged.keys()];
    const unchanged = [...byDocument.keys()].filter((id) => !staged.has(id));
    const abort = async (error: unknown): Promise<never> => {
      decide(false);
      await Promise.allSettled(tasks);
      this.journals.uncover(byDocument.keys());
      throw error;
    };
    if (failure !== null) return abort((failure as { error: unknown }).error);
    let journal = '';
    try {
      if (changed.length > 0) journal = await this.journals.commit(operation, changed.map((documentId) => ({ documentId, annotations: staged.get(documentId) ?? [] })));
    } catch (e) {
      return abort(e);
    }
    const committed = changed.length > 0 && stopAfter !== 'journal';
    decide(committed);
    await Promise.all(tasks);
    this.journals.uncover(committed ? unchanged : byDocument.keys());
    if (!committed) return stopAfter === 'journal' ? changed : [];
    this.patchCatalog(changed);
    if (stopAfter === 'files') {
      for (const documentId of changed) await this.writeUnsynced(documentId);
    } else {
      this.journals.flushLater(journal, changed, (documentId) => this.writeUnsynced(documentId));
    }
    return changed;
  }

  /**
   * Writes the current annotations of `documentId` atomically without fsync, in its write queue
   * (after the changes queued before; a journal covers them).
   * @throws file-system errors
   */
  private async writeUnsynced(documentId: string): Promise<void> {
    const store = this.stores.get(documentId);
    if (!store) return;
    await store.updateWith(async (current) => {
      await store.file.writeUnsynced(current);
      return current;
    });
  }

  /**
   * Stops changes to the annotations of `documentId` (its files are about to move to or from the
   * trash): later updates refuse with 'not-found'; resolves once the writes already queued are on
   * disk, then forgets its store. Undo with `readmit`.
   * @throws the file-system error of a queued write that failed
   */
  async withdraw(documentId: string): Promise<void> {
    this.withdrawn.add(documentId);
    await this.stores.get(documentId)?.drain();
    await this.journals.settled(documentId);
    this.stores.delete(documentId);
  }

  /**
   * Takes the annotations of `documentId` back after `withdraw`: reads annotations/<id>.json again
   * (when present) and lets changes through.
   * @throws VraagbaakError('archive-corrupt') when the file cannot be trusted (it stays withdrawn)
   */
  async readmit(documentId: string): Promise<void> {
    const store = this.openFile(annotationsPath(this.dir, documentId), documentId);
    if (await store.load()) this.stores.set(documentId, store);
    this.withdrawn.delete(documentId);
  }

  /**
   * Resolves once every write of every store has settled.
   * @throws the file-system error of a write that failed while draining
   */
  async drainAll(): Promise<void> {
    await Promise.all([...this.stores.values()].map((s) => s.drain()));
    await this.journals.drain();
  }

  /** Keeps the catalog's `annotationCount` and `annotationTagIds` of `documentIds` current. */
  private patchCatalog(documentIds: readonly string[]): void {
    const patch = new Map<string, { annotationCount: number; annotationTagIds: string[] }>();
    for (const documentId of documentIds) {
      const list = this.list(documentId);
      const annotationTagIds = annotationTagIdsOf(list);
      const before = this.catalog.get(documentId);
      if (before?.annotationCount !== list.length || !sameList(before.annotationTagIds, annotationTagIds)) {
        patch.set(documentId, { annotationCount: list.length, annotationTagIds });
      }
    }
    if (patch.size > 0) this.catalog.patch(patch);
  }

  /** The store of `documentId`, created empty (written on its first update) when it has none. */
  private storeFor(documentId: string): JsonStore<AnnotationsFile> {
    let store = this.stores.get(documentId);
    if (!store) {
      store = this.openFile(annotationsPath(this.dir, documentId), documentId);
      this.stores.set(documentId, store);
    }
    return store;
  }
}
