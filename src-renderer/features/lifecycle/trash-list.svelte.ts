/**
 * The "recently deleted" list as the renderer holds it: fetched from `documents.deleted` when the
 * panel opens and again after every delete, restore or emptying made in this window.
 */
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { ApiError } from '../../../src-main/core/api/result.js';
import type { DeletedDocument } from '../../../src-main/core/api/types.js';

export class TrashList {
  #items = $state.raw<DeletedDocument[]>([]);
  #loaded = $state(false);

  constructor(
    private readonly api: ApiClient,
    private readonly onError: (error: ApiError) => void,
  ) {}

  /** The deleted documents, most recently deleted first. */
  get items(): readonly DeletedDocument[] {
    return this.#items;
  }

  /** False until the first load finished. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Fetches the list (again). @returns false when the call failed (the error is reported) */
  async load(): Promise<boolean> {
    const result = await this.api['documents.deleted']({});
    if (!result.ok) {
      this.onError(result.error);
      return false;
    }
    this.#items = result.value;
    this.#loaded = true;
    return true;
  }
}

/** Bumped after every delete, restore or emptying in this window, so an open list reloads. */
export const trashChanges = $state({ count: 0 });
