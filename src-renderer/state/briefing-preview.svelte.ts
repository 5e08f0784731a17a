/**
 * The composer's live preview: `briefings.preview` asked for a short while after the last change,
 * once the writes before it are answered; an answer that is no longer the latest is dropped.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';

/** Milliseconds after the last change before the preview is asked for (the frame refreshes well within 300 ms). */
export const PREVIEW_DELAY_MS = 120;

export class BriefingPreviewState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #preview = $state.raw<{ id: string; html: string } | null>(null);
  #isPending = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #seq = 0;

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** The last preview of briefing `id`; null when none arrived yet. */
  htmlOf(id: string | undefined): string | null {
    const preview = this.#preview;
    return preview && preview.id === id ? preview.html : null;
  }

  /** True while a newer preview than the one shown is on its way. */
  get isPending(): boolean {
    return this.#isPending;
  }

  /**
   * Asks for the preview of briefing `id` in `delayMs` (a later call replaces an earlier one not
   * yet asked), after `writes()` has settled.
   * @param writes the briefing's pending writes at the moment of asking
   */
  schedule(id: string, writes: () => Promise<void>, delayMs = PREVIEW_DELAY_MS): void {
    clearTimeout(this.#timer);
    this.#isPending = true;
    this.#timer = setTimeout(() => {
      const seq = ++this.#seq;
      void writes().then(async () => {
        const result = await this.#api['briefings.preview']({ id });
        if (seq !== this.#seq) return; // a later preview was asked for
        this.#isPending = false;
        if (result.ok) this.#preview = { id, html: result.value.html };
        else this.#onError(result.error);
      });
    }, delayMs);
  }

  /** Stops a preview that has not been asked for yet. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#seq++;
    this.#isPending = false;
  }
}
