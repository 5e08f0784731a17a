/**
 * Small helpers the archive's modules share: a bounded-concurrency loop for reading many files
 * at open, an existence check, and a list comparison for the catalog's mirrored fields.
 */
import { stat } from 'node:fs/promises';
import { isErrnoCode } from './durable-write.js';

/**
 * Whether `path` exists.
 * @throws file-system errors other than ENOENT (EACCES, …)
 */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return false;
    throw e;
  }
}

/**
 * Whether `a` and `b` hold the same strings in the same order.
 * @throws nothing
 */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** How many annotation/document files are read at once while opening. */
export const OPEN_CONCURRENCY = 32;

/**
 * Runs `task` over `items` with at most `limit` running at once.
 * @throws the first error a `task` throws (the other workers are not stopped)
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
