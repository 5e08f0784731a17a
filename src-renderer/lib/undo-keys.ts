/**
 * Which undo command a key press asks for: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z or Ctrl+Y redoes.
 * Text fields keep their own undo of typing, and dialogs their own keys, so presses there ask nothing.
 */

/** Fields with their own undo of typing; checkboxes, buttons and the page itself use the app's. */
export function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('textarea, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"])'))
  );
}

/** 'undo', 'redo', or null when the press is not an undo key or belongs to a text field or a dialog. */
export function undoCommandOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return null;
  if (event.target instanceof HTMLElement && event.target.closest('dialog, [role="dialog"]')) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}
