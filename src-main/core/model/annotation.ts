/**
 * Annotations (W3C Web Annotation style): a quote selector plus a position selector relative to
 * one part of a document, a note, a colour and tags. DESIGN §2 and §4.
 */
import { z } from 'zod';
import { PartRef } from './document.js';

/** The highlight palette; the renderer and the briefing map these names to colours. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export const HighlightColor = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof HighlightColor>;

export const TextQuoteSelector = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** UTF-16 code unit offsets into the part's NFC text; `end` is exclusive. */
export const TextPositionSelector = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end > p.start, 'position end must be after start');
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export const AnnotationTarget = z.object({
  part: PartRef,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
});
export type AnnotationTarget = z.infer<typeof AnnotationTarget>;

/** How well the stored selectors still fit the document text (set by re-anchoring). */
export const AnchorState = z.enum(['anchored', 'relocated', 'orphaned']);
export type AnchorState = z.infer<typeof AnchorState>;

export const Annotation = z.object({
  id: z.string(),
  documentId: z.string(),
  target: AnnotationTarget,
  note: z.string(),
  color: HighlightColor,
  tagIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * Counts the changes to this annotation: 1 when created, +1 per change (note, colour, themes,
   * review, restore over it). An update names the revision it was based on and is refused as a
   * `conflict` when the annotation has changed since. Annotations saved before revisions load as 1.
   */
  revision: z.number().int().min(1).default(1),
  anchorState: AnchorState.optional(),
  /**
   * What a relocated or orphaned annotation was anchored to before the re-import that moved or lost
   * it (shown as the old context in the review queue); absent once anchored or reviewed.
   */
  previousTarget: AnnotationTarget.optional(),
});
export type Annotation = z.infer<typeof Annotation>;

/**
 * The duplicate rule for annotations of one document: the same part, the same position and the
 * same exact quote (notes, themes and colour may differ). A W3C import skips such an annotation,
 * `annotate` refuses it, and a restore into a live document does not add it twice.
 */
export function hasSameTarget(a: AnnotationTarget, b: AnnotationTarget): boolean {
  return (
    a.part.type === b.part.type &&
    a.part.index === b.part.index &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact
  );
}
