/**
 * Runs async jobs one at a time, in the order they were queued: the warm Chromium printer has one
 * page, and two prints on it at once would overwrite each other's content.
 */

/** Queues a job; it starts when every earlier job has settled. */
export type SerialQueue = <T>(job: () => Promise<T>) => Promise<T>;

/**
 * Creates an empty queue.
 * @returns `enqueue(job)`, which resolves or rejects as `job` does; a failed job does not stop later ones
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
