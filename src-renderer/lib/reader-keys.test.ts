// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readerCommandOf } from './reader-keys.js';

/** A key press dispatched on `target`, as the reader's document listener sees it. */
function pressOn(target: Element, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('readerCommandOf', () => {
  const text = document.createElement('span');
  const field = document.createElement('textarea');
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const button = document.createElement('button');
  dialog.append(button);
  document.body.append(text, field, dialog);
  const inPart = { inPart: true, onHighlight: false };
  const onHighlight = { inPart: false, onHighlight: true };

  it('moves and extends the caret in a part; plain ↑/↓ keep scrolling', () => {
    expect(readerCommandOf(pressOn(text, { key: 'ArrowRight', shiftKey: true }), inPart)).toEqual({ kind: 'caret', step: 'char', dir: 1, extend: true });
    expect(readerCommandOf(pressOn(text, { key: 'ArrowLeft', shiftKey: true, ctrlKey: true }), inPart)).toEqual({ kind: 'caret', step: 'word', dir: -1, extend: true });
    expect(readerCommandOf(pressOn(text, { key: 'ArrowDown', shiftKey: true }), inPart)).toEqual({ kind: 'caret', step: 'line', dir: 1, extend: true });
    expect(readerCommandOf(pressOn(text, { key: 'ArrowDown' }), inPart)).toBeNull();
    expect(readerCommandOf(pressOn(text, { key: 'ArrowRight', shiftKey: true }), onHighlight)).toBeNull();
  });

  it('maps the letters, Enter and Delete where they apply', () => {
    expect(readerCommandOf(pressOn(text, { key: 's' }), inPart)).toEqual({ kind: 'sentence' });
    expect(readerCommandOf(pressOn(text, { key: 's' }), onHighlight)).toBeNull();
    expect(readerCommandOf(pressOn(text, { key: 'h' }), onHighlight)).toEqual({ kind: 'highlight' });
    expect(readerCommandOf(pressOn(text, { key: 'J' }), inPart)).toEqual({ kind: 'next' }); // Caps Lock
    expect(readerCommandOf(pressOn(text, { key: 'Enter' }), onHighlight)).toEqual({ kind: 'open' });
    expect(readerCommandOf(pressOn(text, { key: 'Enter' }), inPart)).toBeNull();
    expect(readerCommandOf(pressOn(text, { key: '?', shiftKey: true }), inPart)).toEqual({ kind: 'help' });
  });

  it('ignores presses in fields, dialogs, with Ctrl/Alt/⌘, and ones already handled', () => {
    expect(readerCommandOf(pressOn(field, { key: 'j' }), inPart)).toBeNull();
    expect(readerCommandOf(pressOn(button, { key: 'j' }), inPart)).toBeNull();
    expect(readerCommandOf(pressOn(text, { key: 'h', ctrlKey: true }), inPart)).toBeNull();
    expect(readerCommandOf(pressOn(text, { key: 'h', altKey: true }), inPart)).toBeNull();
    const handled = new KeyboardEvent('keydown', { key: 'j', cancelable: true });
    handled.preventDefault();
    expect(readerCommandOf(handled, inPart)).toBeNull();
  });
});
