/**
 * API output shapes of the review queue: the annotations a re-import relocated or orphaned, with
 * the text they were anchored to before and the text where they are now.
 */
import type { Annotation } from '../../model/index.js';

/** A quote with the text around it: `before` + `quote` + `after` is a stretch of one part's text. */
export interface ReviewContext {
  before: string;
  quote: string;
  after: string;
}

/** One annotation waiting for review. */
export interface ReviewItem {
  annotation: Annotation;
  state: 'relocated' | 'orphaned';
  documentTitle: string;
  /** "Antwoord op vraag 3" / "Answer to question 3" in the requested locale */
  partLabel: string;
  /** what it was anchored to before the re-import (its stored quote with prefix and suffix) */
  previous: ReviewContext;
  /** the text where it is anchored now; null for an orphaned annotation */
  current: ReviewContext | null;
}

/** What `annotations.resolve` did; `before` is what `annotations.restore` takes to undo it. */
export interface ReviewResolution {
  /** the annotation before the action */
  before: Annotation;
  /** the annotation after it; null when it was deleted */
  after: Annotation | null;
}

/** `details.reason` of the review queue's errors; the renderer has a Dutch and an English text for each. */
export const REVIEW_REASONS = ['review-accept-orphaned', 'review-part-missing', 'review-quote-mismatch'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];
