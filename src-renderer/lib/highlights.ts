/**
 * Which highlights to paint on which part: the annotations' position selectors grouped by part
 * key, plus the selection being composed (previewed in its chosen colour). Orphaned annotations
 * (re-anchoring found no place for them) are listed in the sidebar but not painted.
 */
import type { Annotation, HighlightColor } from '../../src-main/core/model/annotation.js';
import type { PartRef } from '../../src-main/core/model/document.js';
import { HIGHLIGHT_CSS } from './colors.js';
import type { HighlightRange } from './segments.js';
import { partKey } from '../../src-main/core/model/parts.js';

/** Annotation id used for the preview of the selection being annotated. */
export const DRAFT_ID = 'draft';

/** A selection being annotated, painted as a preview. */
export interface DraftHighlight {
  part: PartRef;
  start: number;
  end: number;
  color: HighlightColor;
}

/** Highlight ranges per `data-part` key ("answer:6"), in annotation order, the draft last. */
export function highlightsByPart(annotations: readonly Annotation[], draft: DraftHighlight | null): Map<string, HighlightRange[]> {
  const byPart = new Map<string, HighlightRange[]>();
  const add = (part: PartRef, range: HighlightRange): void => {
    const key = partKey(part);
    byPart.set(key, [...(byPart.get(key) ?? []), range]);
  };
  for (const a of annotations) {
    if (a.anchorState === 'orphaned') continue;
    const { start, end } = a.target.position;
    add(a.target.part, { start, end, annotationId: a.id, color: HIGHLIGHT_CSS[a.color] });
  }
  if (draft) add(draft.part, { start: draft.start, end: draft.end, annotationId: DRAFT_ID, color: HIGHLIGHT_CSS[draft.color] });
  return byPart;
}

/**
 * The CSS selector of the `<mark>` pieces painting annotation `id` in the reader (PartText).
 * Written out rather than with CSS.escape, which jsdom lacks: inside a quoted attribute value
 * only `"` and `\` need escaping.
 */
export function markSelector(id: string): string {
  return `mark[data-annotation-ids~="${id.replace(/["\\]/g, '\\$&')}"]`;
}
