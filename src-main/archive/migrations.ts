/**
 * Schema migrations of the archive's lowdb files, run in order on the raw JSON before it is
 * validated. Version 1 is the first format, so the table is empty; to add version 2, bump
 * CURRENT_SCHEMA_VERSION in schemas.ts and append `{ from: 1, to: 2, … }` here.
 */
import type { FileKind } from './schemas.js';

/** A raw JSON object as read from disk. */
export type RawFile = Record<string, unknown>;

/** One step from `from` to `from + 1`; a kind without a function is carried over unchanged. */
export interface Migration {
  from: number;
  to: number;
  /** what changed, in plain words (logged and shown in backups' reasons) */
  description: string;
  migrate: Partial<Record<FileKind, (raw: RawFile) => RawFile>>;
}

/** Every migration this build knows, oldest first. */
export const MIGRATIONS: readonly Migration[] = [];

/** Why a file's `schemaVersion` cannot be used. */
export type VersionProblem =
  | { kind: 'missing' }
  | { kind: 'too-new'; version: number }
  | { kind: 'no-path'; version: number };

export type MigrationOutcome =
  | { ok: true; raw: RawFile; fromVersion: number; migrated: boolean }
  | { ok: false; problem: VersionProblem };

/**
 * Brings a raw file of `kind` up to `targetVersion` by running each step of `migrations` in order.
 * Does not validate the result; the caller parses it with the zod schema afterwards.
 */
export function migrateRaw(
  kind: FileKind,
  raw: RawFile,
  targetVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { kind: 'missing' } };
  }
  if (version > targetVersion) return { ok: false, problem: { kind: 'too-new', version } };
  let current = raw;
  for (let v = version; v < targetVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step || step.to !== v + 1) return { ok: false, problem: { kind: 'no-path', version } };
    const fn = step.migrate[kind];
    current = { ...(fn ? fn(current) : current), schemaVersion: step.to };
  }
  return { ok: true, raw: current, fromVersion: version, migrated: version !== targetVersion };
}
