/**
 * The review queue (DESIGN §4): annotations a re-import of a changed document relocated or
 * orphaned, shown with the text they were anchored to before and the text where they are now, and
 * what the user decides for each — accept the new place, re-attach to a new selection, or delete.
 */
import type { ReviewContext, ReviewItem, ReviewResolution } from '../core/api/types.js';
import { labelsFor } from '../core/briefing/labels.js';
import { partLabel } from '../core/briefing/part-label.js';
import { VraagbaakError, type Annotation, type AnnotationTarget, type QaDocument } from '../core/model/index.js';
import { partsInOrder, partKey, partText } from '../core/model/parts.js';
import { displayTitle } from '../core/present/title.js';
import type { Archive } from '../archive/index.js';
import { describePart } from './describe-part.js';
import type { SearchService } from './search-service.js';

/** Characters of new text shown on each side of where a relocated annotation is now. */
export const CONTEXT_CHARS = 60;

export interface ReviewServiceDeps {
  archive: Archive;
  search: SearchService;
  clock?: () => Date;
}

/** One decision on a review item (`annotations.resolve`). */
export interface ReviewAction {
  documentId: string;
  id: string;
  action: 'accept' | 'reattach' | 'delete';
  /** the new place; required with 'reattach' (and ignored otherwise) */
  target?: AnnotationTarget | undefined;
}

export interface ReviewService {
  /**
   * Every relocated or orphaned annotation, by document (catalog order), then part and position.
   * @throws VraagbaakError('archive-corrupt') when a document with such annotations cannot be read
   */
  list(locale: 'nl' | 'en'): Promise<ReviewItem[]>;
  /**
   * Applies one decision: 'accept' anchors a relocated annotation where it is now; 'reattach' moves
   * it to `target` (its quote must be the part's text at the position); 'delete' removes it. Accept
   * and reattach set `anchorState` to 'anchored', drop `previousTarget` and bump `updatedAt`.
   * @returns the annotation before and after (after = null when deleted)
   * @throws VraagbaakError('not-found') for an unknown document or annotation; 'invalid-input' (no
   *   target with 'reattach', or with reason 'review-accept-orphaned', 'review-part-missing' or 'review-quote-mismatch'); 'archive-read-only'
   */
  resolve(action: ReviewAction): Promise<ReviewResolution>;
}

const isPending = (a: Annotation): boolean => a.anchorState === 'relocated' || a.anchorState === 'orphaned';

/** The stored quote with its prefix and suffix: what the annotation was anchored to. */
function storedContext(target: AnnotationTarget): ReviewContext {
  return { before: target.quote.prefix, quote: target.quote.exact, after: target.quote.suffix };
}

/** The text around `target.position` in the document now. */
function currentContext(document: QaDocument, target: AnnotationTarget): ReviewContext | null {
  const text = partText(document, target.part);
  if (text === null) return null;
  const { start, end } = target.position;
  return { before: text.slice(Math.max(0, start - CONTEXT_CHARS), start), quote: text.slice(start, end), after: text.slice(end, end + CONTEXT_CHARS) };
}

/**
 * Checks that `target` names a part of `document` whose text at the position is the quote.
 * @throws VraagbaakError('invalid-input') reason 'review-part-missing' or 'review-quote-mismatch'
 */
function assertTargetFits(document: QaDocument, target: AnnotationTarget): void {
  const { part, quote, position } = target;
  const text = partText(document, part);
  if (text === null) {
    throw new VraagbaakError('invalid-input', `Document "${document.id}" has no ${describePart(part)}.`, { reason: 'review-part-missing', documentId: document.id, part: describePart(part) });
  }
  if (position.end > text.length || text.slice(position.start, position.end) !== quote.exact) {
    throw new VraagbaakError('invalid-input', `The quote does not match the text of ${describePart(part)} at ${position.start}–${position.end}.`, {
      reason: 'review-quote-mismatch',
      documentId: document.id,
      part: describePart(part),
    });
  }
}

/** Creates the review service. */
export function createReviewService({ archive, search, clock = () => new Date() }: ReviewServiceDeps): ReviewService {
  const notFound = (documentId: string, id: string) =>
    new VraagbaakError('not-found', `Document "${documentId}" has no annotation "${id}".`, { documentId, annotationId: id });

  return {
    async list(locale) {
      const labels = labelsFor(locale);
      const items: ReviewItem[] = [];
      for (const summary of archive.listSummaries()) {
        if (summary.annotationCount === 0) continue;
        const pending = archive.listAnnotations(summary.id).filter(isPending);
        if (pending.length === 0) continue;
        const document = await archive.readDocument(summary.id);
        const order = new Map(partsInOrder(document).map((p, i) => [partKey(p.part), i]));
        const rank = (a: Annotation) => order.get(partKey(a.target.part)) ?? order.size;
        pending.sort((a, b) => rank(a) - rank(b) || a.target.position.start - b.target.position.start);
        for (const annotation of pending) {
          const state = annotation.anchorState === 'orphaned' ? 'orphaned' : 'relocated';
          items.push({
            annotation,
            state,
            documentTitle: displayTitle(document, locale),
            partLabel: partLabel(document, annotation.target.part, labels),
            previous: storedContext(annotation.previousTarget ?? annotation.target),
            current: state === 'orphaned' ? null : currentContext(document, annotation.target),
          });
        }
      }
      return items;
    },

    async resolve(input) {
      const { documentId, id } = input;
      const target = input.action === 'reattach' ? input.target : undefined;
      if (input.action === 'reattach') {
        if (target === undefined) throw new VraagbaakError('invalid-input', 'Re-attaching an annotation needs the new target.', { documentId, annotationId: id });
        assertTargetFits(await archive.readDocument(documentId), target);
      }
      const out: { before?: Annotation; after?: Annotation | null } = {};
      await archive.updateAnnotations(documentId, (list) => {
        const current = list.find((a) => a.id === id);
        if (!current) throw notFound(documentId, id);
        out.before = current;
        if (input.action === 'delete') {
          out.after = null;
          return list.filter((a) => a.id !== id);
        }
        if (input.action === 'accept' && current.anchorState === 'orphaned') {
          throw new VraagbaakError('invalid-input', `Annotation "${id}" was not found in the new text: re-attach or delete it.`, {
            reason: 'review-accept-orphaned',
            documentId,
            annotationId: id,
          });
        }
        const { previousTarget: _previous, ...rest } = current;
        const next: Annotation = {
          ...rest,
          ...(target === undefined ? {} : { target }),
          anchorState: 'anchored',
          updatedAt: clock().toISOString(),
          revision: current.revision + 1,
        };
        out.after = next;
        return list.map((a) => (a.id === id ? next : a));
      });
      if (out.before === undefined || out.after === undefined) throw notFound(documentId, id);
      await search.refreshDocuments([documentId]);
      return { before: out.before, after: out.after };
    },
  };
}
