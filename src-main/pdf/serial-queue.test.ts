// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue.js';

/** A promise with its resolve function, to finish jobs in a chosen order. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('createSerialQueue', () => {
  it('starts each job only after the one before it has settled, and passes results and errors through', async () => {
    const enqueue = createSerialQueue();
    const events: string[] = [];
    const first = gate();
    const a = enqueue(async () => {
      events.push('a start');
      await first.promise;
      events.push('a end');
      return 'a';
    });
    const b = enqueue(() => {
      events.push('b start');
      return Promise.reject(new Error('b failed'));
    });
    const c = enqueue(() => {
      events.push('c start');
      return Promise.resolve(3);
    });
    await Promise.resolve();
    expect(events).toEqual(['a start']); // b waits for a
    first.open();
    await expect(a).resolves.toBe('a');
    await expect(b).rejects.toThrow('b failed');
    await expect(c).resolves.toBe(3); // a failed job does not stop the queue
    expect(events).toEqual(['a start', 'a end', 'b start', 'c start']);
  });
});
