/**
 * Saved searches (`searches.*`): named queries stored in the workspace, listed in the library.
 * Part of the library state (`library.saved`); a delete or a replace can be undone by saving the
 * old query again under its name.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { SavedSearch } from '../../src-main/core/model/workspace.js';
import { tagNameKey } from '../../src-main/core/model/tag-names.js';

/**
 * The key two saved-search names are the same under, as the main process compares them
 * (`tagNameKey` of core/model/tag-names.ts: NFC, trimmed, inner whitespace collapsed, any case).
 */
export function savedSearchNameKey(name: string): string {
  return tagNameKey(name);
}

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

  /** The saved search that `name` would replace (same name ignoring case and spaces), if any. */
  findByName(name: string): SavedSearch | null {
    const key = savedSearchNameKey(name);
    if (key === '') return null;
    return this.#all.find((s) => savedSearchNameKey(s.name) === key) ?? null;
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
    this.#all = [...this.#all.filter((s) => s.id !== saved.id && savedSearchNameKey(s.name) !== savedSearchNameKey(saved.name)), saved].sort(byName);
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
