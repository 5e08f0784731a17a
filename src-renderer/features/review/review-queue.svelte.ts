/**
 * The review queue's state: the relocated and orphaned annotations (`annotations.review`), and the
 * user's decisions (`annotations.resolve`), each recorded in the window's undo history
 * (resolve-with-undo.ts). Re-attaching happens in the reader (ReattachBanner).
 */
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { ApiError } from '../../../src-main/core/api/result.js';
import type { ReviewItem } from '../../../src-main/core/api/types.js';
import type { MessageKey } from '../../lib/i18n.js';
import type { UndoState } from '../../state/undo.svelte.js';
import { resolveWithUndo } from './resolve-with-undo.js';

export interface ReviewQueueDeps {
  api: ApiClient;
  undo: UndoState;
  onError: (error: ApiError) => void;
  /** the language of part labels and titles */
  locale: () => 'nl' | 'en';
  /** called after every change (decision, undo, redo), e.g. to refresh the library and the reader */
  onChanged?: () => void;
}

export class ReviewQueueState {
  readonly #deps: ReviewQueueDeps;
  #items = $state.raw<ReviewItem[] | null>(null);
  #busyId = $state<string | null>(null);

  constructor(deps: ReviewQueueDeps) {
    this.#deps = deps;
  }

  /** The items waiting for review; null until loaded. */
  get items(): ReviewItem[] | null {
    return this.#items;
  }

  /** The id of the annotation whose decision is being saved, or null. */
  get busyId(): string | null {
    return this.#busyId;
  }

  /** (Re)loads the queue. @returns false when it could not be loaded (the error is reported) */
  async load(): Promise<boolean> {
    const result = await this.#deps.api['annotations.review']({ locale: this.#deps.locale() });
    if (!result.ok) {
      this.#deps.onError(result.error);
      return false;
    }
    this.#items = result.value;
    return true;
  }

  /** Keeps a relocated annotation where it is now. @returns false when it failed */
  accept(item: ReviewItem): Promise<boolean> {
    return this.#decide(item, 'accept', 'review.undoAccept');
  }

  /** Deletes the annotation (undo puts it back, still to review). @returns false when it failed */
  delete(item: ReviewItem): Promise<boolean> {
    return this.#decide(item, 'delete', 'review.undoDelete');
  }

  async #decide(item: ReviewItem, action: 'accept' | 'delete', label: MessageKey): Promise<boolean> {
    const { api, undo, onError } = this.#deps;
    const { documentId, id } = item.annotation;
    this.#busyId = id;
    try {
      return (await resolveWithUndo({ api, undo, onError, onChanged: () => this.#refresh() }, { documentId, id, action }, label)) !== null;
    } finally {
      this.#busyId = null;
    }
  }

  async #refresh(): Promise<void> {
    await this.load();
    this.#deps.onChanged?.();
  }
}
