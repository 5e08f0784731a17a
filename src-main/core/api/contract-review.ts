/**
 * The API contract's entries for the review queue: the annotations a re-import of a changed
 * document relocated or orphaned (DESIGN §4), and what the user decides for each.
 */
import { z } from 'zod';
import { AnnotationTarget } from '../model/index.js';
import type { ReviewItem, ReviewResolution } from './types.js';
import { entry, Id } from './contract-base.js';

/** The review-queue entries of the API contract. */
export const reviewEntries = {
  /** every relocated or orphaned annotation, with its old and new context (by document, then place) */
  'annotations.review': entry<ReviewItem[]>()(z.object({ locale: z.enum(['nl', 'en']).default('nl') })),
  /**
   * decides one item: 'accept' keeps a relocated annotation where it is now; 'reattach' anchors it
   * to `target` (checked like annotations.create); 'delete' removes it. `before` undoes it through
   * annotations.restore.
   */
  'annotations.resolve': entry<ReviewResolution>()(
    z
      .object({ documentId: Id, id: Id, action: z.enum(['accept', 'reattach', 'delete']), target: AnnotationTarget.optional() })
      .refine((v) => (v.action === 'reattach') === (v.target !== undefined), 'give a target with reattach, and only then'),
  ),
} as const;
