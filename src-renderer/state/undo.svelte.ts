/**
 * The window's one undo history (outside the briefing composer, which keeps its own per briefing):
 * every change an analyst makes to annotations, themes and documents records how to take it back
 * and how to do it again, each through the same API the change used. Ctrl+Z / Ctrl+Shift+Z and the
 * top bar's buttons run them; a step whose API call fails stays where it was, so it can be retried.
 */
import { History } from '../lib/history.js';

/** One change the analyst made, as two API round trips. */
export interface UndoAction {
  /** what the change did, in the current language: "thema hernoemen" (read when shown) */
  label: () => string;
  /** takes the change back; resolves false when it failed (the error is already shown) */
  undo: () => Promise<boolean>;
  /** does it again after an undo; resolves false when it failed */
  redo: () => Promise<boolean>;
}

export class UndoState {
  readonly #history = new History<null, UndoAction>();
  /** bumped on every change of the stacks, so the getters below are reactive */
  #version = $state(0);
  #busy = $state(false);

  /**
   * Goes up on every change of the history: a step recorded, an undo or redo starting and ending,
   * a clear. Read it (with `busy`) in an effect to follow the window's changes: when it moved and
   * `busy` is false, every change made so far is in the archive.
   */
  get version(): number {
    return this.#version;
  }

  /** True while an undo or redo runs (a second one waits for the first to finish: it is refused). */
  get busy(): boolean {
    return this.#busy;
  }

  get canUndo(): boolean {
    void this.#version;
    return this.#history.canUndo && !this.#busy;
  }

  get canRedo(): boolean {
    void this.#version;
    return this.#history.canRedo && !this.#busy;
  }

  /** What undo would take back, in the current language, or null. */
  get undoLabel(): string | null {
    void this.#version;
    return this.#history.undoLabel?.label() ?? null;
  }

  /** What redo would do again, in the current language, or null. */
  get redoLabel(): string | null {
    void this.#version;
    return this.#history.redoLabel?.label() ?? null;
  }

  /** Records a change that has been made (forgets what was undone before it). */
  record(action: UndoAction): void {
    this.#history.push({ before: null, after: null, label: action });
    this.#version++;
  }

  /** Takes the last change back. @returns its label, or null when nothing was undone (none, busy or failed) */
  async undo(): Promise<string | null> {
    return this.#run('undo');
  }

  /** Does the last undone change again. @returns its label, or null when nothing was redone */
  async redo(): Promise<string | null> {
    return this.#run('redo');
  }

  /** Forgets every step (the archive was reloaded). */
  clear(): void {
    this.#history.clear();
    this.#version++;
  }

  async #run(direction: 'undo' | 'redo'): Promise<string | null> {
    if (this.#busy) return null;
    const step = direction === 'undo' ? this.#history.undo() : this.#history.redo();
    if (!step) return null;
    this.#busy = true;
    this.#version++;
    try {
      const ok = await step.label[direction]();
      // a failed step goes back where it was, so the same key tries it again
      if (!ok) {
        if (direction === 'undo') this.#history.redo();
        else this.#history.undo();
      }
      return ok ? step.label.label() : null;
    } finally {
      this.#busy = false;
      this.#version++;
    }
  }
}
