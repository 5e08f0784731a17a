/**
 * The archive's tags (themes): listed once, extended on the fly when a new name is typed, and
 * changed by the theme manager (create, update, merge, delete, restore) with their use counts.
 * After a manager change the list and counts reload and `onChanged` lets the other views follow
 * (create.ts wires it to the library, its saved searches and the open document).
 */
import type { ApiClient, ApiInput } from '../../src-main/core/api/contract.js';
import type { ApiError, Result } from '../../src-main/core/api/result.js';
import type { TagChange, TagDeleteMode, TagStats } from '../../src-main/core/api/types.js';
import type { Tag } from '../../src-main/core/model/workspace.js';
import type { TagRestore } from '../../src-main/core/model/tag-restore.js';
import { compareTagNames, tagNameKey } from '../../src-main/core/model/tag-names.js';

/** The theme identity rule (core/model/tag-names.ts): names compare after NFC, whitespace tidying and case folding. */
export { tagNameKey };

export class TagsState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #onChanged: () => Promise<void>;
  #tags = $state.raw<Tag[]>([]);
  #stats = $state.raw<Readonly<Record<string, TagStats>>>({});

  constructor(api: ApiClient, onError: (error: ApiError) => void, onChanged: () => Promise<void> = () => Promise.resolve()) {
    this.#api = api;
    this.#onError = onError;
    this.#onChanged = onChanged;
  }

  /** The use of a theme (`tags.stats`, loaded by `loadStats`), or undefined before it is loaded. */
  statsOf(id: string): TagStats | undefined {
    return this.#stats[id];
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

  /** Fetches `tags.stats`. */
  async loadStats(): Promise<void> {
    const result = await this.#api['tags.stats']({});
    if (result.ok) this.#stats = Object.fromEntries(result.value.map((s) => [s.tagId, s]));
    else this.#onError(result.error);
  }

  /**
   * Creates a theme (`tags.create`).
   * @returns the theme and whether it is new (an existing theme of that name is returned as is), or null on failure (reported)
   */
  async create(name: string, parentId: string | null): Promise<{ tag: Tag; isNew: boolean } | null> {
    const known = this.#tags;
    const tag = await this.#run(this.#api['tags.create']({ name, parentId }));
    return tag && { tag, isNew: !known.some((t) => t.id === tag.id) };
  }

  /**
   * Renames, recolours, re-describes or re-parents a theme (`tags.update`). Errors are reported,
   * except a name another theme has (reason 'tag-name-taken'), which the caller offers as a merge.
   */
  async update(input: ApiInput<'tags.update'>): Promise<Result<Tag>> {
    const result = await this.#api['tags.update'](input);
    if (!result.ok && result.error.details['reason'] !== 'tag-name-taken') this.#onError(result.error);
    if (result.ok) await this.#changed();
    return result;
  }

  /** Merges `sourceId` into `targetId` (`tags.merge`). @returns the target and the undo record, or null (reported) */
  merge(sourceId: string, targetId: string): Promise<TagChange | null> {
    return this.#run(this.#api['tags.merge']({ sourceId, targetId }));
  }

  /** Deletes a theme (`tags.delete`). @returns it as it was and the undo record, or null (reported) */
  delete(id: string, mode: TagDeleteMode): Promise<TagChange | null> {
    return this.#run(this.#api['tags.delete']({ id, mode }));
  }

  /** Undoes a merge or delete (`tags.restore`). @returns the restored theme, or null (reported) */
  restore(undo: TagRestore): Promise<Tag | null> {
    return this.#run(this.#api['tags.restore']({ undo }));
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

  /** Waits for a change; on success reloads and tells the other views, else reports. */
  async #run<T>(call: Promise<Result<T>>): Promise<T | null> {
    const result = await call;
    if (!result.ok) {
      this.#onError(result.error);
      return null;
    }
    await this.#changed();
    return result.value;
  }

  async #changed(): Promise<void> {
    await Promise.all([this.load(), this.loadStats(), this.#onChanged()]);
  }

  #set(tags: Tag[]): void {
    this.#tags = [...tags].sort(compareTagNames);
  }
}
