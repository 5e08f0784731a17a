/**
 * One lowdb file held in memory: changes are computed as a new value, written through the
 * file's own queue (so writes to one file never overtake each other), and only kept in memory
 * once they are on disk.
 */
import { Low } from 'lowdb';
import type { DurableJsonFile } from './durable-json-file.js';
import { SerialQueue } from './serial-queue.js';

/** Decides whether a write may happen at all (read-only archive, closed archive). */
export interface WriteGuard {
  /** @throws VraagbaakError('archive-read-only') when writing is not allowed */
  assertWritable(): void;
}

/** How long a lazy change waits at least for others before they are written together (ms). */
export const LAZY_WRITE_DELAY_MS = 1000;
/**
 * A lazy write waits at least this many times as long as the last write took, so a large file
 * (the catalog of 30,000 documents: ~25 MB, a few hundred ms) takes at most ~5% of the time during a
 * long import instead of being rewritten back to back.
 */
const LAZY_DELAY_PER_WRITE_MS = 20;

export class JsonStore<T> {
  private readonly db: Low<T>;
  private readonly queue = new SerialQueue();
  /** a lazy write is scheduled and has not started yet */
  private lazyTimer: ReturnType<typeof setTimeout> | null = null;
  /** how long the last lazy write took (ms) */
  private lastLazyWriteMs = 0;
  /** the last lazy write failed; the next drain retries and reports it */
  private lazyFailure: Error | null = null;

  constructor(
    readonly file: DurableJsonFile<T>,
    initial: T,
    private readonly guard: WriteGuard,
  ) {
    this.db = new Low<T>(file, initial);
  }

  /** The current content; treat it as immutable and change it through `update`. */
  get data(): T {
    return this.db.data;
  }

  /**
   * Reads the file into memory, keeping the initial value when the file does not exist.
   * @returns whether the file existed
   * @throws VraagbaakError('archive-corrupt') when the file cannot be trusted
   */
  async load(): Promise<boolean> {
    const content = await this.file.read();
    if (content === null) return false;
    this.db.data = content;
    return true;
  }

  /** Sets the content without writing it (used while opening, to repair derived data). */
  replaceInMemory(data: T): void {
    this.db.data = data;
  }

  /**
   * Replaces the content with `recipe(current)` and writes it durably. Updates run one at a time;
   * if the write fails, memory goes back to the previous content and the error is rethrown. The
   * guard is asked when the update is requested, so updates queued before a close still finish.
   * @returns the new content
   * @throws VraagbaakError('archive-read-only') when the guard refuses; file-system errors
   */
  async update(recipe: (current: T) => T): Promise<T> {
    this.guard.assertWritable();
    return await this.queue.run(async () => {
      const previous = this.db.data;
      const next = recipe(previous);
      if (next === previous) return previous;
      this.db.data = next;
      try {
        await this.db.write();
      } catch (e) {
        this.db.data = previous;
        throw e;
      }
      return next;
    });
  }

  /**
   * Runs `task` in the write queue with the current content; what it returns becomes the content
   * in memory. The task writes the file itself, or leaves it to a journal's flush
   * (annotation-stores.ts `updateMany`), and returns `current` to change nothing.
   * @returns the new content
   * @throws VraagbaakError('archive-read-only') when the guard refuses; what `task` throws (memory unchanged)
   */
  async updateWith(task: (current: T) => Promise<T>): Promise<T> {
    this.guard.assertWritable();
    return await this.queue.run(async () => {
      const next = await task(this.db.data);
      this.db.data = next;
      return next;
    });
  }

  /**
   * Replaces the content with `recipe(current)` in memory now and writes it within
   * `LAZY_WRITE_DELAY_MS`, together with every other lazy change of that interval (one write for
   * many). Only for content that can be recovered from elsewhere after a crash (the catalog's mirrored
   * fields and entries, which the archive reconciles at open). The recipe may change large parts of
   * `current` in place (a lazy change is never rolled back) but must return a new top-level object.
   * @returns the new content
   * @throws VraagbaakError('archive-read-only') when the guard refuses
   */
  updateLazily(recipe: (current: T) => T): T {
    this.guard.assertWritable();
    const next = recipe(this.db.data);
    if (next === this.db.data) return next;
    this.db.data = next;
    if (this.lazyTimer === null) {
      this.lazyTimer = setTimeout(() => {
        this.lazyTimer = null;
        void this.writeLazy();
      }, Math.max(LAZY_WRITE_DELAY_MS, LAZY_DELAY_PER_WRITE_MS * this.lastLazyWriteMs));
      this.lazyTimer.unref?.();
    }
    return next;
  }

  private async writeLazy(): Promise<void> {
    try {
      await this.queue.run(async () => {
        const start = performance.now();
        await this.db.write();
        this.lastLazyWriteMs = performance.now() - start;
      });
      this.lazyFailure = null;
    } catch (e) {
      this.lazyFailure = e instanceof Error ? e : new Error(String(e));
    }
  }

  /** Writes the current content as it is (a new or migrated file). */
  async save(): Promise<void> {
    this.guard.assertWritable();
    await this.queue.run(() => this.db.write());
  }

  /**
   * Writes a scheduled lazy change now (or retries a failed one), then resolves when every queued
   * write has settled.
   * @throws the file-system error of a lazy write that failed again
   */
  async drain(): Promise<void> {
    if (this.lazyTimer !== null || this.lazyFailure !== null) {
      if (this.lazyTimer !== null) clearTimeout(this.lazyTimer);
      this.lazyTimer = null;
      await this.writeLazy();
    }
    await this.queue.drain();
    if (this.lazyFailure !== null) throw this.lazyFailure;
  }
}
