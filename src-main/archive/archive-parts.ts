/**
 * The in-memory parts of one open archive, as the archive hands them to the steps that work on
 * several of them at once (opening, storing a document).
 */
import type { AnnotationStores } from './annotation-stores.js';
import type { Catalog } from './catalog.js';
import type { Trash } from './trash.js';
import type { WorkspaceStore } from './workspace-store.js';

export interface ArchiveParts {
  /** absolute path of the archive folder */
  readonly dir: string;
  /** the clock for timestamps (tests pass a fixed one) */
  readonly clock: () => Date;
  readonly catalog: Catalog;
  readonly workspace: WorkspaceStore;
  readonly annotations: AnnotationStores;
  /** the recently deleted documents (trash/) */
  readonly trash: Trash;
}
