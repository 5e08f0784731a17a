/**
 * The workspace (workspace.json: tags, document tags, briefings, saved searches) and the one
 * catalog field it is the source of truth for: each document's `tagIds`.
 */
import { join } from 'node:path';
import type { DocumentSummary } from '../core/model/index.js';
import { WORKSPACE } from './archive-layout.js';
import type { Catalog } from './catalog.js';
import { DurableJsonFile } from './durable-json-file.js';
import { JsonStore, type WriteGuard } from './json-store.js';
import { WorkspaceFile, emptyWorkspace } from './schemas.js';

export class WorkspaceStore {
  /** the lowdb store of workspace.json (loaded, saved and drained by the archive) */
  readonly store: JsonStore<WorkspaceFile>;

  constructor(
    dir: string,
    guard: WriteGuard,
    private readonly catalog: Catalog,
  ) {
    this.store = new JsonStore(new DurableJsonFile(join(dir, WORKSPACE), { kind: 'workspace', schema: WorkspaceFile, indent: 2 }), emptyWorkspace(), guard);
  }

  /** The workspace as it is now. Do not mutate. */
  get data(): Readonly<WorkspaceFile> {
    return this.store.data;
  }

  /**
   * Replaces the workspace with `recipe(current)` and writes workspace.json durably. Documents whose
   * entry in `documentTags` changed get their catalog `tagIds` updated as well.
   * @returns the new workspace
   * @throws VraagbaakError('archive-read-only'); what `recipe` throws; file-system errors
   */
  async update(recipe: (current: Readonly<WorkspaceFile>) => WorkspaceFile): Promise<Readonly<WorkspaceFile>> {
    const before = this.store.data.documentTags;
    const next = await this.store.update(recipe);
    const patches = new Map<string, Partial<DocumentSummary>>();
    for (const id of new Set([...Object.keys(before), ...Object.keys(next.documentTags)])) {
      if (before[id] !== next.documentTags[id] && this.catalog.get(id)) patches.set(id, { tagIds: next.documentTags[id] ?? [] });
    }
    if (patches.size > 0) this.catalog.patch(patches);
    return next;
  }
}
