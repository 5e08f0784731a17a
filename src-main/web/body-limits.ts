/**
 * How large a request body each API call may send to the browser shell, so no call can make the
 * server hold more than it needs: file imports carry whole files as base64, a few bulk calls carry
 * many annotations or briefing items, everything else is a small JSON object. A body over its
 * call's limit is refused from its Content-Length, or while it streams in, before it is all read.
 * File imports are also read one at a time (importBodyGate), so parallel uploads cannot add up.
 */
import type { ApiName } from '../core/api/index.js';

const MIB = 1024 * 1024;

/** Calls that upload a file's content (base64 files, an annotation file's text): 100 MiB. */
export const FILE_BODY_BYTES = 100 * MIB;
/** Calls with many annotations, ids or briefing items (an undo of a bulk delete, a long briefing): 32 MiB. */
export const BULK_BODY_BYTES = 32 * MIB;
/** Every other call: a search, a note, a theme: 1 MiB. */
export const ORDINARY_BODY_BYTES = 1 * MIB;

const LIMITS: Partial<Record<ApiName, number>> = {
  'documents.import': FILE_BODY_BYTES,
  'annotations.import': FILE_BODY_BYTES,
  'annotations.restore': BULK_BODY_BYTES,
  'annotations.updateMany': BULK_BODY_BYTES,
  'annotations.deleteMany': BULK_BODY_BYTES,
  'annotations.export': BULK_BODY_BYTES,
  'documents.delete': BULK_BODY_BYTES,
  'documents.restore': BULK_BODY_BYTES,
  'documents.purge': BULK_BODY_BYTES,
  'briefings.create': BULK_BODY_BYTES,
  'briefings.update': BULK_BODY_BYTES,
  'briefings.addItems': BULK_BODY_BYTES,
};

/**
 * The largest body `name` may send, in bytes.
 * @param cap a lower limit for every call (the server's `maxBodyBytes` option), if any
 */
export function bodyLimit(name: ApiName, cap: number = Infinity): number {
  return Math.min(LIMITS[name] ?? ORDINARY_BODY_BYTES, cap);
}

/** True for the calls whose bodies are read one at a time. */
export function isFileUpload(name: ApiName): boolean {
  return (LIMITS[name] ?? 0) >= FILE_BODY_BYTES;
}

/**
 * A one-at-a-time gate: `run(work)` starts `work` when every earlier one has settled.
 * @returns the gate; `run` resolves or rejects as `work` does
 */
export function createGate(): { run<T>(work: () => Promise<T>): Promise<T> } {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(work) {
      const result = tail.then(work, work);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
