/**
 * Saved searches (`searches.*`): named queries stored in the workspace, listed in the library.
 * Part of the library state (`library.saved`); a delete can be undone by saving the query again.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { SavedSearch } from '../../src-main/core/model/workspace.js';

function byName(a: SavedSearch, b: SavedSearch): number {
  return a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });
}

export class SavedSearchesState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #all = $state.raw<SavedSearch[]>([]);

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** Every saved search, by name. */
  get all(): readonly SavedSearch[] {
    return this.#all;
  }

  /** Fetches `searches.list`. */
  async load(): Promise<void> {
    const result = await this.#api['searches.list']({});
    if (result.ok) this.#all = [...result.value].sort(byName);
    else this.#onError(result.error);
  }

  /**
   * Saves `query` under `name`; a saved search with the same name (any case) is replaced.
   * @returns the saved search, or null on failure (reported)
   */
  async save(name: string, query: string): Promise<SavedSearch | null> {
    const result = await this.#api['searches.save']({ name, query });
    if (!result.ok) {
      this.#onError(result.error);
      return null;
    }
    const saved = result.value;
    this.#all = [...this.#all.filter((s) => s.id !== saved.id && s.name.toLocaleLowerCase('nl') !== saved.name.toLocaleLowerCase('nl')), saved].sort(byName);
    return saved;
  }

  /** Deletes a saved search. @returns it (for undo), or null on failure (reported) */
  async delete(id: string): Promise<SavedSearch | null> {
    const result = await this.#api['searches.delete']({ id });
    if (!result.ok) {
      this.#onError(result.error);
      return null;
    }
    this.#all = this.#all.filter((s) => s.id !== id);
    return result.value;
  }
}
