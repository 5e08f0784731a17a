/**
 * Test support: what a promise rejects with, as a VraagbaakError (code, message, details), so a
 * test asserts on the error's reason rather than its wording. Test-only (excluded from the build
 * like *.test.ts).
 */
import { isVraagbaakError, type VraagbaakError } from '../core/model/index.js';

/**
 * The VraagbaakError `promise` rejects with.
 * @throws Error when it resolves, or rejects with anything else
 */
export async function rejection(promise: Promise<unknown>): Promise<VraagbaakError> {
  const e = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!isVraagbaakError(e)) throw new Error(`expected a VraagbaakError, got ${String(e)}`);
  return e;
}

/** The code and details (`reason`, …) of the VraagbaakError `promise` rejects with. */
export async function failure(promise: Promise<unknown>): Promise<{ code: string } & Record<string, unknown>> {
  const e = await rejection(promise);
  return { code: e.code, ...e.details };
}
