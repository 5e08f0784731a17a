/**
 * A lowdb Adapter (the `read()/write()` pair of lowdb's DataFile) that validates on read and
 * writes atomically and durably (fsync + rename + directory fsync), which lowdb's steno does not.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic, writeFileDurable, isErrnoCode } from './durable-write.js';
import { parseArchiveFile } from './parse-archive-file.js';
import type { FileKind } from './schemas.js';

export interface DurableJsonFileOptions<T> {
  kind: FileKind;
  schema: z.ZodType<T>;
  /** JSON indentation; 0 for compact output (the catalog, which can grow to many MB) */
  indent: number;
}

export class DurableJsonFile<T> implements Adapter<T> {
  /** true after a read that had to run migrations; the archive then rewrites the file */
  migratedOnRead = false;

  constructor(
    readonly path: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {}

  /**
   * Reads and validates the file; null when it does not exist.
   * @throws VraagbaakError('archive-corrupt') when the content cannot be trusted (see parseArchiveFile)
   */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (e) {
      if (isErrnoCode(e, 'ENOENT')) return null;
      throw e;
    }
    const parsed = parseArchiveFile(bytes, this.options.kind, this.options.schema, this.path);
    this.migratedOnRead = parsed.migrated;
    return parsed.data;
  }

  /** Writes `data` as JSON, atomically and flushed to disk. */
  async write(data: T): Promise<void> {
    await writeFileDurable(this.path, this.serialize(data));
  }

  /** Writes `data` as JSON atomically, without waiting for the disk (writeFileAtomic: a journal must cover it). */
  async writeUnsynced(data: T): Promise<void> {
    await writeFileAtomic(this.path, this.serialize(data));
  }

  private serialize(data: T): string {
    const indent = this.options.indent > 0 ? this.options.indent : undefined;
    return JSON.stringify(data, null, indent) + '\n';
  }
}
