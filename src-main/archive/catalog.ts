/**
 * The catalog (catalog.json) in memory, with its look-ups by document id and by source sha256.
 * It is written lazily: every field it holds can be recovered from documents/, the workspace and
 * the annotation files, with which it is reconciled at open (reconcile-catalog.ts).
 */
import { join } from 'node:path';
import type { DocumentSummary } from '../core/model/index.js';
import { CATALOG } from './archive-layout.js';
import { DurableJsonFile } from './durable-json-file.js';
import { JsonStore, type WriteGuard } from './json-store.js';
import { CatalogFile, emptyCatalog } from './schemas.js';

export class Catalog {
  /** the lowdb store of catalog.json (loaded, saved and drained by the archive) */
  readonly store: JsonStore<CatalogFile>;
  /** document id → index in `documents` */
  private positions = new Map<string, number>();
  /** source sha256 → document id */
  private bySha256 = new Map<string, string>();

  constructor(dir: string, guard: WriteGuard) {
    this.store = new JsonStore(new DurableJsonFile(join(dir, CATALOG), { kind: 'catalog', schema: CatalogFile, indent: 0 }), emptyCatalog(), guard);
  }

  /** All document summaries, in import order. Do not mutate. */
  get documents(): readonly DocumentSummary[] {
    return this.store.data.documents;
  }

  /**
   * The summary of document `id`, or null when the catalog does not hold it.
   * @throws nothing
   */
  get(id: string): DocumentSummary | null {
    const documents = this.store.data.documents;
    const at = this.positions.get(id);
    // positions is kept current by every change of the catalog, so an unknown id is simply absent
    // (reindexing here made every import O(documents): 30,000 imports took quadratic time)
    if (at === undefined) return null;
    if (documents[at]?.id === id) return documents[at];
    this.reindex();
    const again = this.positions.get(id);
    return again === undefined ? null : (documents[again] ?? null);
  }

  /**
   * The summary of the document imported from a source with this sha256 (lower-case hex), or null.
   * @throws nothing
   */
  findBySha256(sha256: string): DocumentSummary | null {
    const id = this.bySha256.get(sha256);
    return id === undefined ? null : this.get(id);
  }

  /**
   * Appends the entry of a newly stored document, written lazily: the document file is the commit
   * point, and an entry lost in a crash is re-added at open.
   * @throws VraagbaakError('archive-read-only') when the archive refuses writes
   */
  append(summary: DocumentSummary): void {
    this.store.updateLazily((c) => {
      c.documents.push(summary); // in place: a copy per import made a long import quadratic
      return { ...c };
    });
    this.positions.set(summary.id, this.store.data.documents.length - 1);
    this.bySha256.set(summary.source.sha256, summary.id);
  }

  /**
   * Removes the entries of `ids` (documents moved to the trash), written lazily: the document file's
   * move is the commit point, and an entry left behind by a crash is dropped at open (trash-recovery.ts).
   * @throws VraagbaakError('archive-read-only') when the archive refuses writes
   */
  remove(ids: ReadonlySet<string>): void {
    this.store.updateLazily((c) => ({ ...c, documents: c.documents.filter((s) => !ids.has(s.id)) }));
    this.reindex();
  }

  /**
   * Applies changes of mirrored fields (tagIds, annotationCount, annotationTagIds) to catalog entries
   * in memory and writes the catalog lazily: their sources of truth (workspace, annotation files) are
   * written durably first, and the catalog is reconciled with them at open.
   * @param patches document id → the fields to change; unknown ids are skipped
   * @throws VraagbaakError('archive-read-only') when the archive refuses writes
   */
  patch(patches: ReadonlyMap<string, Partial<DocumentSummary>>): void {
    this.store.updateLazily((c) => {
      // in place: copying 30,000 entries per annotation save cost more than the save itself
      for (const [id, patch] of patches) {
        const at = this.positions.get(id);
        const summary = at === undefined ? undefined : c.documents[at];
        if (at !== undefined && summary?.id === id) c.documents[at] = { ...summary, ...patch };
      }
      return { ...c };
    });
  }

  /**
   * Sets the entries without writing them (while opening); call `reindex` when ids or order changed.
   * @throws nothing
   */
  replaceInMemory(documents: DocumentSummary[]): void {
    this.store.replaceInMemory({ ...emptyCatalog(), documents });
  }

  /**
   * Rebuilds the look-ups from the entries.
   * @throws nothing
   */
  reindex(): void {
    this.positions = new Map();
    this.bySha256 = new Map();
    this.store.data.documents.forEach((s, i) => {
      this.positions.set(s.id, i);
      this.bySha256.set(s.source.sha256, s.id);
    });
  }
}
