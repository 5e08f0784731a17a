/**
 * Runs async tasks one after another. Each lowdb store owns one, so the writes to one file are
 * serialised: a later change never overtakes an earlier one on disk.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Runs `task` after every task queued before it has settled, and returns its outcome.
   * A failing task does not stop the tasks queued after it.
   */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
