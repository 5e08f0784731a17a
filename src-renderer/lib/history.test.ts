import { describe, expect, it } from 'vitest';
import { History } from './history.js';

/** Applies steps to a number the way the composer applies them to a briefing. */
function counter() {
  let value = 0;
  const history = new History<number>();
  return {
    history,
    get value() {
      return value;
    },
    change(to: number, label: string) {
      history.push({ before: value, after: to, label });
      value = to;
    },
    undo() {
      const step = history.undo();
      if (step) value = step.before;
      return step;
    },
    redo() {
      const step = history.redo();
      if (step) value = step.after;
      return step;
    },
  };
}

describe('History', () => {
  it('undoes and redoes steps in order, with their labels', () => {
    const c = counter();
    c.change(1, 'a');
    c.change(2, 'b');
    c.change(3, 'c');
    expect(c.history.undoLabel).toBe('c');
    expect(c.history.canRedo).toBe(false);
    c.undo();
    c.undo();
    expect(c.value).toBe(1);
    expect(c.history.undoLabel).toBe('a');
    expect(c.history.redoLabel).toBe('b');
    c.redo();
    expect(c.value).toBe(2);
    c.redo();
    expect(c.value).toBe(3);
    expect(c.redo()).toBeNull();
    expect(c.value).toBe(3);
  });

  it('forgets the undone steps when a new change is made', () => {
    const c = counter();
    c.change(1, 'a');
    c.change(2, 'b');
    c.undo();
    c.change(5, 'x');
    expect(c.history.canRedo).toBe(false);
    c.undo();
    expect(c.value).toBe(1);
    c.undo();
    expect(c.value).toBe(0);
    expect(c.undo()).toBeNull();
    expect(c.history.canUndo).toBe(false);
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const history = new History<number>(2);
    for (let i = 1; i <= 4; i++) history.push({ before: i - 1, after: i, label: String(i) });
    expect(history.undo()?.label).toBe('4');
    expect(history.undo()?.label).toBe('3');
    expect(history.undo()).toBeNull();
  });

  it('clears both stacks', () => {
    const c = counter();
    c.change(1, 'a');
    c.change(2, 'b');
    c.undo();
    c.history.clear();
    expect([c.history.canUndo, c.history.canRedo]).toEqual([false, false]);
  });
});
