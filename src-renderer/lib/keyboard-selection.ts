/**
 * Carries out the reader's caret commands (lib/reader-keys.ts) on the document selection inside
 * one part element: characters and words are counted on the part text (text-steps.ts), lines need
 * layout and use Chromium's `Selection.modify`, kept inside the part. Where `modify` is missing
 * (jsdom), a line step falls back to the paragraph edge.
 */
import type { CaretStep } from './reader-keys.js';
import { selectInPart, selectionOffsetsIn } from './selection.js';
import { growBySentence, paragraphAt, wordStep } from './text-steps.js';

/** `Selection.modify` is non-standard (Chromium, WebKit, Firefox have it); typed here. */
type ModifiableSelection = Selection & { modify?: (alter: 'move' | 'extend', direction: 'forward' | 'backward', granularity: string) => void };

/** One code point forward or back from `offset` (a surrogate pair is one step). */
function charStep(text: string, offset: number, dir: 1 | -1): number {
  const next = offset + dir;
  if (next <= 0) return 0;
  if (next >= text.length) return text.length;
  const code = text.charCodeAt(next);
  // landing between the halves of a surrogate pair: take the whole pair
  return code >= 0xdc00 && code <= 0xdfff ? next + dir : next;
}

/** The caret in `element` (placing one at its start when the selection lies elsewhere). */
export function caretIn(element: HTMLElement): { anchor: number; focus: number } {
  const at = selectionOffsetsIn(element);
  if (at) return at;
  selectInPart(element, 0, 0);
  return { anchor: 0, focus: 0 };
}

/** Moves the line-wise caret with `Selection.modify`; null when it cannot (no layout, or it left the part). */
function lineStep(element: HTMLElement, step: CaretStep, dir: 1 | -1, extend: boolean): { anchor: number; focus: number } | null {
  const selection = element.ownerDocument.getSelection() as ModifiableSelection | null;
  if (!selection?.modify) return null;
  selection.modify(extend ? 'extend' : 'move', dir === 1 ? 'forward' : 'backward', step === 'line' ? 'line' : 'lineboundary');
  return selectionOffsetsIn(element);
}

/**
 * Moves or extends the caret in `element` by `step` in direction `dir`. A plain move with text
 * selected collapses the selection to that side first, as text fields do.
 */
export function moveCaret(element: HTMLElement, step: CaretStep, dir: 1 | -1, extend: boolean): void {
  const text = element.textContent ?? '';
  const at = caretIn(element);
  if (step === 'line' || step === 'lineboundary') {
    if (lineStep(element, step, dir, extend)) return;
    // it left the part (or no layout): stop at the paragraph's edge instead
    const paragraph = paragraphAt(text, at.focus);
    const edge = dir === 1 ? (at.focus < paragraph.end ? paragraph.end : text.length) : at.focus > paragraph.start ? paragraph.start : 0;
    selectInPart(element, extend ? at.anchor : edge, edge);
    return;
  }
  if (!extend && at.anchor !== at.focus && step === 'char') {
    const side = dir === 1 ? Math.max(at.anchor, at.focus) : Math.min(at.anchor, at.focus);
    selectInPart(element, side, side);
    return;
  }
  const focus = step === 'word' ? wordStep(text, at.focus, dir) : charStep(text, at.focus, dir);
  selectInPart(element, extend ? at.anchor : focus, focus);
}

/** Selects the sentence at the caret in `element`, or grows the selection by the next sentence. */
export function selectSentence(element: HTMLElement): void {
  const at = caretIn(element);
  const span = growBySentence(element.textContent ?? '', { start: Math.min(at.anchor, at.focus), end: Math.max(at.anchor, at.focus) });
  selectInPart(element, span.start, span.end);
}

/** Selects the paragraph at the caret in `element`. */
export function selectParagraph(element: HTMLElement): void {
  const at = caretIn(element);
  const span = paragraphAt(element.textContent ?? '', at.focus);
  selectInPart(element, span.start, span.end);
}
