/**
 * Selects a phrase inside one rendered part with a real DOM Range (as a mouse selection would),
 * for specs that annotate text. The e2e program has no DOM lib, so the few DOM members used in the
 * browser are described by the small interfaces below.
 */
import type { Locator } from '@playwright/test';

interface TextNode {
  data: string;
}
interface DomRange {
  setStart(node: TextNode, offset: number): void;
  setEnd(node: TextNode, offset: number): void;
}
interface DomSelection {
  removeAllRanges(): void;
  addRange(range: DomRange): void;
}
interface TreeWalker {
  nextNode(): TextNode | null;
}
interface DomWindow {
  MouseEvent: new (type: string, init: { bubbles: boolean }) => object;
}
interface DomDocument {
  createRange(): DomRange;
  createTreeWalker(root: PartElement, whatToShow: number): TreeWalker;
  getSelection(): DomSelection | null;
  defaultView: DomWindow | null;
}
interface PartElement {
  ownerDocument: DomDocument;
  textContent: string | null;
  dispatchEvent(event: object): boolean;
}

/** NodeFilter.SHOW_TEXT */
const SHOW_TEXT = 4;

/**
 * Selects the first occurrence of `phrase` in `part` (an element with `data-part`), then
 * dispatches `mouseup` on it as the end of a mouse selection would.
 * @throws when the phrase is not in the part's text
 */
export async function selectPhrase(part: Locator, phrase: string): Promise<void> {
  await part.evaluate(
    (element, { phrase, showText }) => {
      const el = element as unknown as PartElement;
      const text = el.textContent ?? '';
      const start = text.indexOf(phrase);
      if (start < 0) throw new Error(`"${phrase}" is not in the part text`);
      const end = start + phrase.length;
      const doc = el.ownerDocument;
      const range = doc.createRange();
      const walker = doc.createTreeWalker(el, showText);
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const next = offset + node.data.length;
        if (start >= offset && start < next) range.setStart(node, start - offset);
        if (end > offset && end <= next) {
          range.setEnd(node, end - offset);
          break;
        }
        offset = next;
      }
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      const MouseEventCtor = doc.defaultView?.MouseEvent;
      if (MouseEventCtor) el.dispatchEvent(new MouseEventCtor('mouseup', { bubbles: true }));
    },
    { phrase, showText: SHOW_TEXT },
  );
}
