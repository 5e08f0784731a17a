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

/** What a selection in the reader can become: a highlight in one part, or nothing and why. */
export type SelectionCheck =
  | { kind: 'part'; selection: PartSelection }
  /** the range runs over two or more parts, or from a part into a heading: it cannot be one highlight */
  | { kind: 'cross-part' }
  /** collapsed, whitespace only, or outside every part: nothing to say */
  | { kind: 'none' };

/**
 * Resolves `range` to offsets in one part (leading and trailing whitespace left out), or says
 * why it cannot be highlighted.
 */
export function checkSelection(range: Range): SelectionCheck {
  if (range.collapsed) return { kind: 'none' };
  const element = partElementOf(range.startContainer);
  const endElement = partElementOf(range.endContainer);
  if (element !== endElement) {
    // a selection between two parts that touches neither (headings only) is no attempt at a highlight
    const root = range.commonAncestorContainer;
    const parts = root instanceof Element ? [...root.querySelectorAll('[data-part]')] : [];
    const touchesPart = element !== null || endElement !== null || parts.some((p) => range.intersectsNode(p));
    return touchesPart ? { kind: 'cross-part' } : { kind: 'none' };
  }
  const part = parsePartKey(element?.dataset['part']);
  if (!element || !part) return { kind: 'none' };
  const text = element.textContent ?? '';
  let start = textOffsetWithin(element, range.startContainer, range.startOffset);
  let end = textOffsetWithin(element, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { kind: 'part', selection: { part, element, start, end } } : { kind: 'none' };
}

/**
 * Resolves `range` to offsets in one part. Leading and trailing whitespace is left out.
 * @returns null when the range is collapsed, spans two parts, lies outside any part, or selects
 *   only whitespace
 */
export function selectionInPart(range: Range): PartSelection | null {
  const check = checkSelection(range);
  return check.kind === 'part' ? check.selection : null;
}

/**
 * The DOM point (text node, offset in it) at part offset `offset` of `root`; at a boundary
 * between two text nodes the later one is chosen. Offsets past the end give the end.
 */
export function domPointAt(root: Node, offset: number): [Node, number] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset < seen + node.length) return [node, Math.max(0, offset - seen)];
    seen += node.length;
    last = node;
  }
  return last ? [last, last.length] : [root, 0];
}

/** The anchor and focus of the document's selection as offsets in `element`, or null when either lies outside it. */
export function selectionOffsetsIn(element: HTMLElement): { anchor: number; focus: number } | null {
  const current = element.ownerDocument.getSelection();
  if (!current?.anchorNode || !current.focusNode) return null;
  if (!element.contains(current.anchorNode) || !element.contains(current.focusNode)) return null;
  return {
    anchor: textOffsetWithin(element, current.anchorNode, current.anchorOffset),
    focus: textOffsetWithin(element, current.focusNode, current.focusOffset),
  };
}

/** Selects part offsets `anchor` → `focus` of `element` (focus may lie before anchor); equal offsets place a caret. */
export function selectInPart(element: HTMLElement, anchor: number, focus: number): void {
  const current = element.ownerDocument.getSelection();
  if (!current) return;
  current.setBaseAndExtent(...domPointAt(element, anchor), ...domPointAt(element, focus));
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
