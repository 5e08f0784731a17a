/**
 * The window's review status: which annotations wait for review (relocated or orphaned by a
 * re-import), so the top bar, the import report and the annotations view can show how many and
 * open the one review queue; and whether that queue is open, and at which annotation.
 *
 * The waiting annotations come from `annotations.query` filtered on the anchoring state with
 * `idsOnly` (annotations are in memory on the main side: no document file is read), not from
 * `annotations.review`, which reads every such document to show its context.
 *
 * One status per window: `reviewStatusOf(context)` creates it on first use and keeps it with the
 * app context, so every component under the same context shares it.
 */
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { ApiError } from '../../../src-main/core/api/result.js';
import type { AnnotationRef } from '../../../src-main/core/api/types.js';
import type { AppContext } from '../../lib/context.js';
import { countInDocuments, refKey, refKeys } from './pending-refs.js';

export class ReviewStatus {
  readonly #api: ApiClient;
  readonly #onError: (error: ApiError) => void;
  #pending = $state.raw<readonly AnnotationRef[] | null>(null);
  #pendingKeys = $derived(refKeys(this.#pending ?? []));
  #isOpen = $state(false);
  #openAt = $state<string | null>(null);
  /** bumped per refresh, so an older answer arriving late cannot overwrite a newer one */
  #generation = 0;

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** How many annotations wait for review; null until the first refresh answered. */
  get count(): number | null {
    return this.#pending?.length ?? null;
  }

  /** True once the waiting annotations have been loaded. */
  get isLoaded(): boolean {
    return this.#pending !== null;
  }

  /** How many of the waiting annotations are in the documents `documentIds`; null until loaded. */
  countIn(documentIds: readonly string[]): number | null {
    return this.#pending === null ? null : countInDocuments(this.#pending, documentIds);
  }

  /** The first of `refs` that waits for review, or null (also before the status is loaded). */
  firstPending(refs: readonly AnnotationRef[]): AnnotationRef | null {
    return refs.find((ref) => this.#pendingKeys.has(refKey(ref))) ?? null;
  }

  /** True while the review queue is shown. */
  get isOpen(): boolean {
    return this.#isOpen;
  }

  /** The id of the annotation the queue was opened at (scrolled to and focused), or null. */
  get openAt(): string | null {
    return this.#openAt;
  }

  /** Shows the review queue, at the annotation `annotationId` when given. */
  open(annotationId: string | null = null): void {
    this.#openAt = annotationId;
    this.#isOpen = true;
  }

  /** Hides the review queue. */
  close(): void {
    this.#isOpen = false;
    this.#openAt = null;
  }

  /**
   * Asks again which annotations wait for review. A failure is reported and keeps the last answer.
   * @returns false when the call failed
   */
  async refresh(): Promise<boolean> {
    const generation = ++this.#generation;
    const result = await this.#api['annotations.query']({ anchorStates: ['relocated', 'orphaned'], idsOnly: true, sort: 'document' });
    if (generation !== this.#generation) return result.ok;
    if (!result.ok) {
      this.#onError(result.error);
      return false;
    }
    this.#pending = result.value.refs;
    return true;
  }
}

const statuses = new WeakMap<AppContext, ReviewStatus>();

/** The review status of the window whose app context is `context` (created on first use). */
export function reviewStatusOf(context: AppContext): ReviewStatus {
  let status = statuses.get(context);
  if (!status) {
    status = new ReviewStatus(context.api, context.toasts.error.bind(context.toasts));
    statuses.set(context, status);
  }
  return status;
}
