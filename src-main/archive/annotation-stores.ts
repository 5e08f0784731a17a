/**
 * The annotation files (annotations/<id>.json): one small lowdb store per annotated document, so
 * an annotation edit rewrites a few KB instead of the whole archive (DESIGN §3).
 */
import { VraagbaakError, type Annotation } from '../core/model/index.js';
import { annotationsPath } from './archive-layout.js';
import type { Catalog } from './catalog.js';
import { DurableJsonFile } from './durable-json-file.js';
import { sameList } from './helpers.js';
import { JsonStore, type WriteGuard } from './json-store.js';
import { AnnotationsFile, emptyAnnotations } from './schemas.js';
import { annotationTagIdsOf } from './summarize.js';

export class AnnotationStores {
  /** document id → its store; a document without annotations may have none */
  private readonly stores = new Map<string, JsonStore<AnnotationsFile>>();
  /** documents whose files are being moved to or from the trash: their annotations refuse changes */
  private readonly withdrawn = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly guard: WriteGuard,
    private readonly catalog: Catalog,
  ) {}

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
    const next = await this.storeFor(documentId).update((file) => {
      const list = recipe(file.annotations);
      return list === file.annotations ? file : { ...file, annotations: list };
    });
    const count = next.annotations.length;
    const annotationTagIds = annotationTagIdsOf(next.annotations);
    const before = this.catalog.get(documentId);
    if (before?.annotationCount !== count || !sameList(before.annotationTagIds, annotationTagIds)) {
      this.catalog.patch(new Map([[documentId, { annotationCount: count, annotationTagIds }]]));
    }
    return next.annotations;
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
