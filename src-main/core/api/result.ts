/**
 * The Result envelope every binding returns across a process boundary: errors become data here
 * and nowhere earlier (DESIGN §1, "Errors are typed").
 */
import { z } from 'zod';
import { VraagbaakError, type ErrorCode } from '../model/errors.js';

export interface ApiError {
  code: ErrorCode;
  message: string;
  details: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Turns anything thrown into an ApiError: VraagbaakError keeps its code, a ZodError becomes
 * `invalid-input` with the issues as details, anything else becomes `internal`.
 */
export function toApiError(e: unknown): ApiError {
  if (e instanceof VraagbaakError) return { code: e.code, message: e.message, details: e.details };
  if (e instanceof z.ZodError) {
    const issues = e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    const message = first ? `Invalid input at "${first.path || '(root)'}": ${first.message}` : 'Invalid input';
    return { code: 'invalid-input', message, details: { issues } };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message, details: {} };
}

/** Wraps a thrown value as a failed Result. */
export function fail(e: unknown): Result<never> {
  return { ok: false, error: toApiError(e) };
}
