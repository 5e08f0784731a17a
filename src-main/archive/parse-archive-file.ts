/**
 * Turns the bytes of one lowdb file into validated data: UTF-8 → JSON → schemaVersion check →
 * migrations → zod. Every failure is a typed error naming the file, so the archive can go
 * read-only instead of overwriting what it could not understand.
 */
import type { z } from 'zod';
import { VraagbaakError } from '../core/model/index.js';
import { migrateRaw, type Migration, MIGRATIONS, type RawFile } from './migrations.js';
import { CURRENT_SCHEMA_VERSION, type FileKind } from './schemas.js';

export interface ParsedArchiveFile<T> {
  data: T;
  /** true when migrations ran, so the file should be rewritten in the current version */
  migrated: boolean;
}

/** `details.problem` of the errors thrown below. */
export type FileProblem = 'unreadable' | 'too-new';

/**
 * Parses and validates the content of an archive file.
 * @param label the file's path, used in messages
 * @throws VraagbaakError('archive-corrupt') with `details: { file, problem: 'unreadable', reason }` for
 *   bad UTF-8, bad JSON, a missing/unknown schemaVersion or data that fails the schema, and with
 *   `problem: 'too-new', schemaVersion, supportedVersion` when a newer Vraagbaak wrote the file.
 */
export function parseArchiveFile<T>(
  bytes: Uint8Array,
  kind: FileKind,
  schema: z.ZodType<T>,
  label: string,
  migrations: readonly Migration[] = MIGRATIONS,
): ParsedArchiveFile<T> {
  const unreadable = (reason: string): VraagbaakError =>
    new VraagbaakError('archive-corrupt', `${label} cannot be read: ${reason}`, {
      file: label,
      problem: 'unreadable' satisfies FileProblem,
      reason,
    });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('it is not valid UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw unreadable(`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw unreadable('it does not hold a JSON object');
  }
  const outcome = migrateRaw(kind, json as RawFile, CURRENT_SCHEMA_VERSION, migrations);
  if (!outcome.ok) {
    const { problem } = outcome;
    if (problem.kind === 'too-new') {
      throw new VraagbaakError(
        'archive-corrupt',
        `${label} was written by a newer version of Vraagbaak (schema version ${problem.version}; ` +
          `this version supports up to ${CURRENT_SCHEMA_VERSION}). Update Vraagbaak to open this archive.`,
        { file: label, problem: 'too-new' satisfies FileProblem, schemaVersion: problem.version, supportedVersion: CURRENT_SCHEMA_VERSION },
      );
    }
    throw unreadable(
      problem.kind === 'missing'
        ? 'it has no valid schemaVersion'
        : `no migration leads from schema version ${problem.version} to ${CURRENT_SCHEMA_VERSION}`,
    );
  }
  const result = schema.safeParse(outcome.raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem';
    throw unreadable(`its content does not match the expected shape (${where})`);
  }
  return { data: result.data, migrated: outcome.migrated };
}
