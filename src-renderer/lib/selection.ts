/**
 * Turns a DOM selection inside one rendered part (`[data-part="answer:7"]`) into offsets into that
 * part's text, and those into the quote + position selectors an annotation stores (DESIGN §4).
 * The part element must contain only the part's text (markers and links to other places live
 * outside it), so the text nodes under it concatenate to exactly the part text.
 */
import type { AnnotationTarget } from '../../src-main/core/model/annotation.js';
import type { PartRef } from '../../src-main/core/model/document.js';

/** Characters of prefix and suffix context kept around a quote (as hypothesis/client does). */
export const QUOTE_CONTEXT_LENGTH = 32;


/** Parses a `data-part` value (`"question:0"`); null when it is not one. */
export function parsePartKey(value: string | null | undefined): PartRef | null {
  const match = /^(question|answer|footnote|title):(\d+)$/.exec(value ?? '');
  if (!match) return null;
  const type = match[1] as PartRef['type'];
  return { type, index: Number(match[2]) };
}

/** The closest `[data-part]` element holding `node`, or null. */
export function partElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-part]') ?? null;
}

/**
 * The number of UTF-16 code units of text inside `root` that come before the DOM point
 * (`container`, `offset`), found by walking `root`'s text nodes in document order.
 */
export function textOffsetWithin(root: Node, container: Node, offset: number): number {
  const doc = root.ownerDocument!;
  const point = doc.createRange();
  point.setStart(container, offset);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (node === container) return count + offset;
    if (point.comparePoint(node, length) > 0) break; // this text node ends after the point
    count += length;
  }
  return count;
}

/** A selection resolved to one part: the part, its element and the trimmed offsets. */
export interface PartSelection {
  part: PartRef;
  element: HTMLElement;
  start: number;
  end: number;
}

/**
 * Resolves `range` to offsets in one part. Leading and trailing whitespace is left out.
 * @returns null when the range is collapsed, spans two parts, lies outside any part, or selects
 *   only whitespace
 */
export function selectionInPart(range: Range): PartSelection | null {
  if (range.collapsed) return null;
  const element = partElementOf(range.startContainer);
  if (!element || partElementOf(range.endContainer) !== element) return null;
  const part = parsePartKey(element.dataset['part']);
  if (!part) return null;
  const text = element.textContent ?? '';
  let start = textOffsetWithin(element, range.startContainer, range.startOffset);
  let end = textOffsetWithin(element, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { part, element, start, end } : null;
}

/**
 * The annotation target for `[start, end)` of `partText`: quote with up to
 * QUOTE_CONTEXT_LENGTH code units of prefix and suffix, plus the position.
 */
export function targetFor(part: PartRef, partText: string, start: number, end: number): AnnotationTarget {
  return {
    part,
    quote: {
      exact: partText.slice(start, end),
      prefix: partText.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: partText.slice(end, end + QUOTE_CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}
