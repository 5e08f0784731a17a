/**
 * The write-ahead journal of changes to many annotation files at once (a theme merge, delete or
 * its undo: thousands of files). One fsync per file costs about a second per 1,500 files, so such
 * a change is made durable by one journal file instead: journal/<time>-<seq>-<operation>.json
 * holds the new content of every file it changes and is written durably (the commit point); the
 * change is then in memory and the caller is answered. In the background each file is written
 * (atomically) and fsynced, then the folder, and only then the journal removed. A crash before
 * that leaves the journal, and the next open writes its files from it (the same content, so
 * replaying twice is harmless) before anything reads them — a file torn by the crash included.
 *
 * Soundness rules: journals are flushed and removed in the order they were written and replayed
 * in that order; and while a journaled change of a document is queued or unflushed, a single-file
 * change of that document is journaled too (annotation-stores.ts), so a replay never overwrites a
 * newer change with an older one.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { Annotation, VraagbaakError } from '../core/model/index.js';
import { fsyncDirectory, fsyncFile, isErrnoCode, removeTempFiles, writeFileDurable } from './durable-write.js';
import type { FoundDamage } from './damaged-files.js';
import { ANNOTATIONS, annotationsPath } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { fileStemForId } from './file-names.js';
import { forEachLimited } from './helpers.js';
import type { JsonStore } from './json-store.js';
import { CURRENT_SCHEMA_VERSION, type AnnotationsFile } from './schemas.js';

/** How many files the background flush fsyncs at once (the file system can flush them together). */
const FLUSH_CONCURRENCY = 8;

/** The folder of journals inside the archive. */
export const JOURNAL = 'journal';

/** One journal file: the operation's name and the new content of each annotation file it changes. */
export const AnnotationJournalFile = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** e.g. 'tag-merge', 'tag-delete', 'tag-restore' (for people reading the folder) */
  operation: z.string().min(1),
  files: z.array(z.object({ documentId: z.string().min(1), annotations: z.array(Annotation) })),
});
export type AnnotationJournalFile = z.infer<typeof AnnotationJournalFile>;

/** A journal read at open. */
export interface LoadedJournal {
  /** absolute path */
  path: string;
  /** path inside the archive folder, e.g. journal/000001-tag-merge.json */
  relative: string;
  data: AnnotationJournalFile;
}

/** A committed journal whose files are not all on disk yet. */
interface PendingJournal {
  documentIds: ReadonlySet<string>;
  /** resolves when the files are flushed and the journal removed; rejects when that failed */
  flushed: Promise<void>;
}

/** Turns a name into the journal's file-name part: "tag-merge" stays, anything else becomes "-". */
function nameSafe(operation: string): string {
  return operation.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40) || 'change';
}

/**
 * Reads and validates one journal file.
 * @throws VraagbaakError('archive-corrupt') with `problem: 'unreadable'` (not JSON, wrong shape) or
 *   `problem: 'too-new'` (a newer Vraagbaak wrote it)
 */
function parseJournal(text: string, path: string): AnnotationJournalFile {
  const unreadable = (reason: string) => new VraagbaakError('archive-corrupt', `${path} cannot be read: ${reason}`, { file: path, problem: 'unreadable', reason });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw unreadable(`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    throw new VraagbaakError('archive-corrupt', `${path} was written by a newer version of Vraagbaak (schema version ${String(version)}). Update Vraagbaak to open this archive.`, {
      file: path,
      problem: 'too-new',
      schemaVersion: version,
      supportedVersion: CURRENT_SCHEMA_VERSION,
    });
  }
  const result = AnnotationJournalFile.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw unreadable(`its content does not match the expected shape (${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem'})`);
  }
  return result.data;
}

/**
 * The journals left by a crash, in the order they were written, after removing a crashed writer's
 * temp files. A journal that cannot be read is returned as damage: the archive then opens
 * read-only and applies none of them (it never overwrites what it cannot account for).
 * @throws VraagbaakError('archive-corrupt', { problem: 'too-new' }); file-system errors
 */
export async function readJournals(dir: string): Promise<{ journals: LoadedJournal[]; damaged: FoundDamage[] }> {
  const folder = join(dir, JOURNAL);
  await removeTempFiles(folder);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return { journals: [], damaged: [] };
    throw e;
  }
  const journals: LoadedJournal[] = [];
  const damaged: FoundDamage[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const relative = `${JOURNAL}/${name}`;
    try {
      journals.push({ path, relative, data: parseJournal(await readFile(path, 'utf8'), path) });
    } catch (e) {
      if (!(e instanceof VraagbaakError) || e.details['problem'] !== 'unreadable') throw e;
      damaged.push({ file: path, error: e, kind: 'journal', relative });
    }
  }
  return { journals, damaged };
}

/**
 * Removes replayed journals once their files are written durably, and flushes the folder.
 * @throws file-system errors
 */
export async function removeJournals(dir: string, journals: readonly LoadedJournal[]): Promise<void> {
  if (journals.length === 0) return;
  for (const j of journals) await rm(j.path, { force: true });
  await fsyncDirectory(join(dir, JOURNAL));
}

/** The journals of one open archive: writing them, flushing their files in order, and who is covered. */
export class AnnotationJournals {
  private seq = 0;
  private folderReady = false;
  private readonly pending = new Set<PendingJournal>();
  /** document id → how many journaled changes (queued, or committed and not yet flushed) cover it */
  private readonly covered = new Map<string, number>();
  /** the flush of the newest journal: journals are flushed and removed in the order they were written */
  private chain: Promise<void> = Promise.resolve();

  /**
   * @param dir the archive folder
   * @param pathOf the path of the annotation file of a document
   */
  constructor(
    private readonly dir: string,
    private readonly pathOf: (documentId: string) => string,
  ) {}

  /** Marks documents as covered by a journaled change from the moment it is queued. */
  cover(documentIds: Iterable<string>): void {
    for (const id of documentIds) this.covered.set(id, (this.covered.get(id) ?? 0) + 1);
  }

  /** Undoes one `cover` of these documents (the change was flushed, changed nothing or was refused). */
  uncover(documentIds: Iterable<string>): void {
    for (const id of documentIds) {
      const n = (this.covered.get(id) ?? 0) - 1;
      if (n > 0) this.covered.set(id, n);
      else this.covered.delete(id);
    }
  }

  /**
   * True while a journaled change of `documentId` is queued or not yet flushed: a single-file write
   * must then be journaled too, or a replay of the older journal could overwrite it.
   */
  covers(documentId: string): boolean {
    return this.covered.has(documentId);
  }

  /**
   * Writes a journal durably: from now on the change survives a crash.
   * @returns its path
   * @throws file-system errors (nothing is committed then)
   */
  async commit(operation: string, files: AnnotationJournalFile['files']): Promise<string> {
    const folder = join(this.dir, JOURNAL);
    if (!this.folderReady) {
      await mkdir(folder, { recursive: true });
      await fsyncDirectory(this.dir);
      this.folderReady = true;
    }
    this.seq++;
    const path = join(folder, `${String(Date.now()).padStart(15, '0')}-${String(this.seq).padStart(6, '0')}-${nameSafe(operation)}.json`);
    const content: AnnotationJournalFile = { schemaVersion: CURRENT_SCHEMA_VERSION, operation, files };
    await writeFileDurable(path, JSON.stringify(content));
    return path;
  }

  /**
   * Queues the background flush of a committed journal, after the flushes of the journals before
   * it: writes each file (`write`: the document's current content, in its write queue), fsyncs
   * it and the annotations folder, then removes the journal and uncovers the documents. When a
   * step fails, this journal and every later one stay for the next open to replay, and
   * `settled`/`drain` report the error.
   * @param documentIds the documents whose files the journal holds
   * @param write writes the current content of a document's file without fsync
   */
  flushLater(path: string, documentIds: readonly string[], write: (documentId: string) => Promise<void>): void {
    const flushed = this.chain.then(() => this.flush(path, documentIds, write));
    const entry: PendingJournal = { documentIds: new Set(documentIds), flushed };
    this.chain = flushed;
    flushed.then(
      () => {
        this.pending.delete(entry);
        this.uncover(documentIds);
      },
      () => {}, // kept in `pending`: settled() and drain() report it
    );
    this.pending.add(entry);
  }

  /**
   * Resolves once no committed journal covers `documentId` any more (its file is durable and the
   * journal gone), e.g. before the file moves to the trash.
   * @throws the error of a flush that failed (the journal stays; the next open replays it)
   */
  async settled(documentId: string): Promise<void> {
    for (const entry of [...this.pending]) if (entry.documentIds.has(documentId)) await entry.flushed;
  }

  /**
   * Resolves once every committed journal is flushed and removed (close waits for it).
   * @throws the error of a flush that failed (the journal stays; the next open replays it)
   */
  async drain(): Promise<void> {
    for (const entry of [...this.pending]) await entry.flushed;
  }

  private async flush(path: string, documentIds: readonly string[], write: (documentId: string) => Promise<void>): Promise<void> {
    await forEachLimited(documentIds, FLUSH_CONCURRENCY, async (documentId) => {
      await write(documentId);
      await fsyncFile(this.pathOf(documentId));
    });
    for (const folder of new Set(documentIds.map((id) => dirname(this.pathOf(id))))) await fsyncDirectory(folder);
    await rm(path, { force: true });
    await fsyncDirectory(join(this.dir, JOURNAL));
  }
}

/**
 * Replays journals at open, in memory: each file a journal holds gets the journal's content (later
 * journals win), replacing what was read from disk — a file the crash left torn included, whose
 * damage is then dropped from `damaged`. Entries of documents no longer in the catalog are skipped.
 * The caller writes the returned stores durably, then removes the journals (`removeJournals`),
 * but only when the archive is writable.
 * @returns the stores to write, and the paths inside the archive of their files
 * @throws nothing
 */
export function replayJournals(parts: ArchiveParts, journals: readonly LoadedJournal[], damaged: FoundDamage[]): { stores: JsonStore<AnnotationsFile>[]; relative: string[] } {
  const { dir, catalog, annotations } = parts;
  const stores = new Map<string, JsonStore<AnnotationsFile>>();
  for (const journal of journals) {
    for (const { documentId, annotations: list } of journal.data.files) {
      if (!catalog.get(documentId)) continue;
      const path = annotationsPath(dir, documentId);
      const store = stores.get(documentId) ?? annotations.openFile(path, documentId);
      store.replaceInMemory({ schemaVersion: CURRENT_SCHEMA_VERSION, documentId, annotations: list });
      annotations.register(documentId, store);
      stores.set(documentId, store);
      const at = damaged.findIndex((d) => d.file === path);
      if (at >= 0) damaged.splice(at, 1);
    }
  }
  return { stores: [...stores.values()], relative: [...stores.keys()].map((id) => `${ANNOTATIONS}/${fileStemForId(id)}.json`) };
}
