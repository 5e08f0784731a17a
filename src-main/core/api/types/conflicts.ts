/**
 * The `details.reason` of `conflict` errors: a change based on an older revision of an item than
 * the stored one (another window or process changed it meanwhile). The details always hold the
 * item as it is stored now, so the UI can show the newest version; the renderer has a Dutch and
 * an English text for each reason (src-renderer/lib/reasons.ts).
 */
export const CONFLICT_REASONS = [
  'annotation-changed', // { documentId, annotationId, baseRevision, revision, annotation }
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];
