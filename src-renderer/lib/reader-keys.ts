/**
 * The reader's keys for annotating without a mouse, as data: which command a key press asks for.
 * Chromium has no caret in read-only text unless caret browsing is switched on, so the reader
 * keeps its own: a focused part gets a caret that the arrow keys move and Shift+arrows extend
 * (lib/keyboard-selection.ts carries them out). Presses in text fields, forms, dialogs and menus, and
 * with Ctrl/Alt/⌘ (the app's own shortcuts), ask nothing — except Ctrl+(Shift+)←/→ (by word).
 * Theme numbers 1–9 are read by lib/theme-keys.ts `themeNumberOf`.
 */
import { isTextField } from './undo-keys.js';

/** How far a caret command moves. */
export type CaretStep = 'char' | 'word' | 'line' | 'lineboundary';

export type ReaderCommand =
  /** move the caret (extend = keep the anchor, i.e. select) */
  | { kind: 'caret'; step: CaretStep; dir: 1 | -1; extend: boolean }
  /** select the sentence at the caret; again: grow by the next sentence */
  | { kind: 'sentence' }
  /** select the paragraph at the caret */
  | { kind: 'paragraph' }
  /** make the selection a highlight */
  | { kind: 'highlight' }
  | { kind: 'next' }
  | { kind: 'previous' }
  /** open the note editor of the focused highlight */
  | { kind: 'open' }
  /** delete the focused highlight (undoable) */
  | { kind: 'delete' }
  | { kind: 'help' };

/** Where the key was pressed. */
export interface KeyPlace {
  /** on a part's text (it holds the caret) */
  inPart: boolean;
  /** on a highlight in the text (Enter and Delete act on it; the sidebar's buttons keep theirs) */
  onHighlight: boolean;
}

/** The shortcuts as the help and aria-keyshortcuts show them. */
export const READER_KEYS = {
  select: 'Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown',
  highlight: 'h',
  next: 'j',
  previous: 'k',
  open: 'Enter',
  help: '?',
} as const;

const ARROWS: Record<string, { step: CaretStep; dir: 1 | -1 }> = {
  ArrowRight: { step: 'char', dir: 1 },
  ArrowLeft: { step: 'char', dir: -1 },
  ArrowDown: { step: 'line', dir: 1 },
  ArrowUp: { step: 'line', dir: -1 },
  End: { step: 'lineboundary', dir: 1 },
  Home: { step: 'lineboundary', dir: -1 },
};

const LETTERS: Record<string, ReaderCommand> = {
  s: { kind: 'sentence' },
  p: { kind: 'paragraph' },
  h: { kind: 'highlight' },
  j: { kind: 'next' },
  k: { kind: 'previous' },
};

/** True when a press belongs to a field, a form, a dialog or a menu and the reader must leave it alone. */
export function isOwnedElsewhere(event: KeyboardEvent): boolean {
  const target = event.target;
  if (event.defaultPrevented || isTextField(target)) return true;
  return target instanceof Element && target.closest('form, dialog, [role="dialog"], [role="menu"], .menu') !== null;
}

/** The reader command a key press asks for, or null. */
export function readerCommandOf(event: KeyboardEvent, place: KeyPlace): ReaderCommand | null {
  if (isOwnedElsewhere(event) || event.altKey || event.metaKey) return null;
  const arrow = ARROWS[event.key];
  if (arrow && place.inPart) {
    // plain ↑/↓/Home/End keep scrolling the page; ←/→ move the caret
    if (!event.shiftKey && arrow.step !== 'char') return null;
    if (event.ctrlKey && arrow.step !== 'char') return null;
    return { kind: 'caret', step: event.ctrlKey ? 'word' : arrow.step, dir: arrow.dir, extend: event.shiftKey };
  }
  if (event.ctrlKey) return null;
  if (event.key === '?') return { kind: 'help' };
  if (event.shiftKey) return null;
  if (place.onHighlight && event.key === 'Enter') return { kind: 'open' };
  if (place.onHighlight && event.key === 'Delete') return { kind: 'delete' };
  const letter = LETTERS[event.key.toLowerCase()];
  if (!letter) return null;
  if ((letter.kind === 'sentence' || letter.kind === 'paragraph') && !place.inPart) return null;
  return letter;
}
