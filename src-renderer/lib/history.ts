/**
 * Undo/redo as two stacks of reversible steps. A step holds the state before and after a change
 * (whatever the caller snapshots: for the briefing composer, the changed fields); the caller
 * applies `before` on undo and `after` on redo. Pure and synchronous, so it is tested on its own.
 */

export interface HistoryStep<T, L = string> {
  before: T;
  after: T;
  /** what the step did, for "Ongedaan maken: verplaatsen" */
  label: L;
}

/** Steps kept by default: far more than an editing session needs, bounded so memory is too. */
export const DEFAULT_HISTORY_LIMIT = 200;

export class History<T, L = string> {
  #done: HistoryStep<T, L>[] = [];
  #undone: HistoryStep<T, L>[] = [];
  readonly #limit: number;

  /** @param limit the most steps kept for undo (the oldest are dropped); at least 1 */
  constructor(limit = DEFAULT_HISTORY_LIMIT) {
    this.#limit = Math.max(1, limit);
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  /** The label of the step `undo()` would take back, or null. */
  get undoLabel(): L | null {
    return this.#done.at(-1)?.label ?? null;
  }

  /** The label of the step `redo()` would do again, or null. */
  get redoLabel(): L | null {
    return this.#undone.at(-1)?.label ?? null;
  }

  /** Records a change that has been made; it forgets every undone step (a new branch starts). */
  push(step: HistoryStep<T, L>): void {
    this.#done.push(step);
    if (this.#done.length > this.#limit) this.#done.splice(0, this.#done.length - this.#limit);
    this.#undone = [];
  }

  /** Takes the last step back. @returns the step, whose `before` the caller applies; null when there is none */
  undo(): HistoryStep<T, L> | null {
    const step = this.#done.pop();
    if (!step) return null;
    this.#undone.push(step);
    return step;
  }

  /** Does the last undone step again. @returns the step, whose `after` the caller applies; null when there is none */
  redo(): HistoryStep<T, L> | null {
    const step = this.#undone.pop();
    if (!step) return null;
    this.#done.push(step);
    return step;
  }

  /** Forgets every step (another briefing was opened, or the state was reloaded). */
  clear(): void {
    this.#done = [];
    this.#undone = [];
  }
}
