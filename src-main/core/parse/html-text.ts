/**
 * Plain text of HTML elements (node-html-parser nodes), shared by the Word (mammoth HTML) and the
 * officielebekendmakingen HTML readers: entities decoded, `<br>` kept as a line break, white
 * space tidied, and footnote references replaced by a caller-chosen marker.
 */
import { HTMLElement, NodeType, type Node, type TextNode } from 'node-html-parser';

export interface InlineOptions {
  /**
   * Returns the text that replaces `element` (e.g. " 1)" for a footnote reference), '' to drop
   * it, or null to read it as ordinary content.
   */
  replace?: (element: HTMLElement) => string | null;
  /** child elements to leave out (nested lists, headings read separately) */
  skip?: (element: HTMLElement) => boolean;
}

function collect(node: Node, options: InlineOptions, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push((node as TextNode).text);
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.tagName?.toLowerCase() ?? '';
  if (tag === 'br') {
    out.push('\n');
    return;
  }
  if (tag === 'script' || tag === 'style' || options.skip?.(node)) return;
  const replaced = options.replace?.(node) ?? null;
  if (replaced !== null) {
    out.push(replaced);
    return;
  }
  for (const child of node.childNodes) collect(child, options, out);
}

/**
 * The text of `node` and its descendants, on one line except where `<br>` breaks it.
 * @param node an element (or text node) from node-html-parser
 * @returns the text with runs of spaces collapsed and each line trimmed
 */
export function inlineText(node: Node, options: InlineOptions = {}): string {
  const out: string[] = [];
  collect(node, options, out);
  return out
    .join('')
    .replace(/\u00a0/gu, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/gu, ' ').trim())
    .join('\n')
    .trim();
}

/** The lower-case tag name of `node`, or '' for a text or comment node. */
export function tagOf(node: Node): string {
  return node instanceof HTMLElement ? (node.tagName?.toLowerCase() ?? '') : '';
}

/** True when `element` has CSS class `name`. */
export function hasClass(element: HTMLElement, name: string): boolean {
  return (element.getAttribute('class') ?? '').split(/\s+/u).includes(name);
}
