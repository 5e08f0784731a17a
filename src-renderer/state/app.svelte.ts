/** What the archive says about itself (`app.info`): version, path, read-only state, shell. */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { AppInfo } from '../../src-main/core/api/types.js';

export class AppState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #info = $state.raw<AppInfo | null>(null);

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

  /** Fetches `app.info`; errors go to the error callback. */
  async load(): Promise<void> {
    const result = await this.#api['app.info']({});
    if (result.ok) this.#info = result.value;
    else this.#onError(result.error);
  }
}
