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

export class JsonStore<T> {
  private readonly db: Low<T>;
  private readonly queue = new SerialQueue();

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

  /** Writes the current content as it is (a new or migrated file). */
  async save(): Promise<void> {
    this.guard.assertWritable();
    await this.queue.run(() => this.db.write());
  }

  /** Resolves when every queued write has settled. */
  drain(): Promise<void> {
    return this.queue.drain();
  }
}
