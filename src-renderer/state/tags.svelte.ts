/** The archive's tags (themes): listed once, extended on the fly when a new name is typed. */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { Tag } from '../../src-main/core/model/workspace.js';
import { tagNameKey } from '../../src-main/core/model/tag-names.js';

/** The theme identity rule (core/model/tag-names.ts): names compare after NFC, whitespace tidying and case folding. */
export { tagNameKey };

export class TagsState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #tags = $state.raw<Tag[]>([]);

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** All tags, sorted by name. */
  get all(): readonly Tag[] {
    return this.#tags;
  }

  /** The tag with `id`, or undefined when it is unknown (deleted meanwhile). */
  byId(id: string): Tag | undefined {
    return this.#tags.find((tag) => tag.id === id);
  }

  /** The tags for `ids` that exist, in the given order. */
  resolve(ids: readonly string[]): Tag[] {
    return ids.map((id) => this.byId(id)).filter((tag): tag is Tag => tag !== undefined);
  }

  /** Fetches `tags.list`. */
  async load(): Promise<void> {
    const result = await this.#api['tags.list']({});
    if (result.ok) this.#set(result.value);
    else this.#onError(result.error);
  }

  /**
   * The ids of the tags named `names`, creating the ones that do not exist yet (`tags.create`
   * returns the existing tag for an existing name, so a race with another window is harmless).
   * @returns the ids in the order of `names` without duplicates, or null when a create failed
   */
  async ensure(names: readonly string[]): Promise<string[] | null> {
    const ids: string[] = [];
    for (const name of names) {
      const key = tagNameKey(name);
      if (!key) continue;
      let tag = this.#tags.find((t) => tagNameKey(t.name) === key);
      if (!tag) {
        const result = await this.#api['tags.create']({ name: name.trim() });
        if (!result.ok) {
          this.#onError(result.error);
          return null;
        }
        tag = result.value;
        if (!this.byId(tag.id)) this.#set([...this.#tags, tag]);
      }
      if (!ids.includes(tag.id)) ids.push(tag.id);
    }
    return ids;
  }

  #set(tags: Tag[]): void {
    this.#tags = [...tags].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }
}
