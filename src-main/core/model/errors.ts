/**
 * Typed domain errors. Core and services throw `VraagbaakError`; bindings turn it into the
 * `{ ok: false, error }` envelope; the renderer maps `code` to Dutch/English text in one place.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'parse-failed'
  | 'unsupported-format'
  | 'archive-corrupt'
  | 'archive-locked'
  | 'archive-read-only'
  | 'pdf-failed'
  | 'search-syntax'
  /** a change was based on an older revision of the item than the stored one; details hold the current item */
  | 'conflict'
  | 'internal';

export class VraagbaakError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'VraagbaakError';
    this.code = code;
    this.details = details;
  }
}

/** True when `e` is a VraagbaakError, optionally with the given code. */
export function isVraagbaakError(e: unknown, code?: ErrorCode): e is VraagbaakError {
  return e instanceof VraagbaakError && (code === undefined || e.code === code);
}
