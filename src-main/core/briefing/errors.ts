/**
 * The errors of the briefings: each carries a `details.reason` from BRIEFING_REASONS
 * (core/api/types.ts), which the renderer words in Dutch and English; the type keeps a new reason
 * from being thrown before it has its texts.
 */
import type { BriefingReason } from '../api/types.js';
import { VraagbaakError, type ErrorCode } from '../model/errors.js';

/**
 * A VraagbaakError with `details` `{ reason, ...params }`.
 *
 * @param message the English sentence (what the CLI prints; the renderer's fallback)
 * @param params the values the reason's text names (`{questionNumber}`, `{theme}`, …) and ids for logs
 */
export function briefingError(code: ErrorCode, message: string, reason: BriefingReason, params: Record<string, unknown> = {}): VraagbaakError {
  return new VraagbaakError(code, message, { reason, ...params });
}
