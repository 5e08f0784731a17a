/**
 * What the archive says about itself (`app.info`): version, path, read-only state, shell, and how
 * far the search index is after open (polled until it is ready, while the library shows progress);
 * and which screen the window shows (library, annotations, themes or briefings), remembered across a reload.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { AppInfo, IndexStatus } from '../../src-main/core/api/types.js';
import { recall, remember } from '../lib/session-memory.js';

/** The window's screens: the library with the reader, every annotation, the theme manager, the briefing composer. */
export const SCREENS = ['library', 'annotations', 'themes', 'briefings'] as const;
export type Screen = (typeof SCREENS)[number];
/** sessionStorage key of the screen shown. */
export const SCREEN_KEY = 'vraagbaak.screen';

/** Milliseconds between two `app.info` polls while the search index loads. */
export const INDEX_POLL_MS = 400;

export class AppState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #info = $state.raw<AppInfo | null>(null);
  #screen = $state<Screen>(SCREENS.find((s) => s === recall(SCREEN_KEY)) ?? 'library');

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  get info(): AppInfo | null {
    return this.#info;
  }

  get isReadOnly(): boolean {
    return this.#info?.readOnly ?? false;
  }

  /** The search index's progress; null until `app.info` answered (or from a main process without it). */
  get index(): IndexStatus | null {
    return (this.#info as Partial<AppInfo> | null)?.index ?? null;
  }

  /** True while the search index loads or is rebuilt: search and the library wait for it. */
  get isIndexing(): boolean {
    const state = this.index?.state;
    return state === 'loading' || state === 'rebuilding';
  }

  /** The screen shown. */
  get screen(): Screen {
    return this.#screen;
  }

  /** Shows `screen` (and remembers it for a reload). */
  show(screen: Screen): void {
    this.#screen = screen;
    remember(SCREEN_KEY, screen);
  }

  /** Fetches `app.info`; errors go to the error callback. */
  async load(): Promise<void> {
    const result = await this.#api['app.info']({});
    if (result.ok) this.#info = result.value;
    else this.#onError(result.error);
  }

  /**
   * Polls `app.info` every `intervalMs` while the search index loads, so `index` follows its progress.
   * Resolves once it is ready or failed (or when app.info fails: that error goes to the error callback).
   */
  async waitForIndex(intervalMs = INDEX_POLL_MS): Promise<void> {
    while (this.isIndexing) {
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
      const result = await this.#api['app.info']({});
      if (!result.ok) {
        this.#onError(result.error);
        return;
      }
      this.#info = result.value;
    }
  }
}
