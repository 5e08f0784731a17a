import { describe, expect, it } from 'vitest';
import { UndoState, type UndoAction } from './undo.svelte.js';

/** A value changed through async "API calls" that can be made to fail. */
function counter() {
  const box = { value: 0, fail: false };
  const change = (to: number): UndoAction => {
    const before = box.value;
    box.value = to;
    const set = (v: number) => async () => {
      await Promise.resolve();
      if (box.fail) return false;
      box.value = v;
      return true;
    };
    return { label: () => `to ${to}`, undo: set(before), redo: set(to) };
  };
  return { box, change };
}

describe('UndoState', () => {
  it('undoes and redoes recorded changes in order, and says which', async () => {
    const undo = new UndoState();
    const { box, change } = counter();
    undo.record(change(1));
    undo.record(change(2));
    expect(undo.undoLabel).toBe('to 2');
    expect(await undo.undo()).toBe('to 2');
    expect(box.value).toBe(1);
    expect(await undo.undo()).toBe('to 1');
    expect(box.value).toBe(0);
    expect(undo.canUndo).toBe(false);
    expect(await undo.redo()).toBe('to 1');
    expect(box.value).toBe(1);
    expect(undo.redoLabel).toBe('to 2');
  });

  it('keeps a step whose call failed, so it can be tried again', async () => {
    const undo = new UndoState();
    const { box, change } = counter();
    undo.record(change(5));
    box.fail = true;
    expect(await undo.undo()).toBeNull();
    expect(undo.canUndo).toBe(true);
    expect(undo.canRedo).toBe(false);
    box.fail = false;
    expect(await undo.undo()).toBe('to 5');
    expect(box.value).toBe(0);
  });

  it('refuses a second undo while one runs', async () => {
    const undo = new UndoState();
    const { change } = counter();
    undo.record(change(1));
    undo.record(change(2));
    const first = undo.undo();
    expect(undo.busy).toBe(true);
    expect(await undo.undo()).toBeNull();
    expect(await first).toBe('to 2');
    expect(undo.undoLabel).toBe('to 1');
  });

  it('forgets undone steps when a new change is recorded', async () => {
    const undo = new UndoState();
    const { change } = counter();
    undo.record(change(1));
    await undo.undo();
    undo.record(change(3));
    expect(undo.canRedo).toBe(false);
  });
});
