/**
 * Test support for renderer component tests: the renderer's ApiClient answered by the real
 * handlers of a Vraagbaak over a temp archive, through the same `dispatch` (zod parsing, Result
 * envelope) as the Electron and HTTP bindings. Inputs and outputs are cloned as IPC would.
 * Test-only (excluded from the build like *.test.ts).
 */
import type { ApiClient } from '../core/api/contract.js';
import { dispatch } from '../core/api/index.js';
import type { Vraagbaak } from './index.js';
import { useTempArchives } from './test-archives.js';
import { openBriefingArchive, type BriefingArchive } from './test-briefing-archive.js';

/** An ApiClient whose every call goes through `dispatch(v.handlers, …)`. */
export function apiClientOver(v: Vraagbaak): ApiClient {
  return new Proxy({} as ApiClient, {
    get:
      (_target, name: string) =>
      async (input: unknown): Promise<unknown> =>
        structuredClone(await dispatch(v.handlers, name, structuredClone(input ?? {}))),
  });
}

/**
 * For a renderer test file (one import): registers the temp-archive cleanup and returns a function
 * that opens a new briefing archive (test-briefing-archive.ts) with an ApiClient over it.
 * @param prefix temp folder name prefix
 */
export function useBriefingArchiveApi(prefix: string): () => Promise<BriefingArchive & { api: ApiClient }> {
  const temp = useTempArchives(prefix);
  return async () => {
    const archive = await openBriefingArchive(temp);
    return { ...archive, api: apiClientOver(archive.v) };
  };
}
