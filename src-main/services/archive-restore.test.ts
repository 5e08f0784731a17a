/**
 * The read-only banner's data and action through the API on a real temp archive: `app.info` gives
 * the damaged file as a code with parameters (no English for the UI), and `app.restoreBackup` moves
 * the damaged file aside, restores its newest good backup and leaves the archive writable in place.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dispatch, type Result } from '../core/api/index.js';
import type { AppInfo, RestoreBackupResult } from '../core/api/types.js';
import { useTempArchives } from './test-archives.js';

const temp = useTempArchives('vraagbaak-api-restore-');

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

it('app.info names the damaged file by code; app.restoreBackup restores it and the archive is writable again', async () => {
  const dir = await temp.tempDir();
  const first = await temp.open(dir);
  await first.tags.create({ name: 'China' });
  await first.close();
  const damaged = '{"schemaVersion": 1, "tags": [ {"id": "t1", "na';
  await writeFile(join(dir, 'workspace.json'), damaged);

  const v = await temp.open(dir);
  const info = value<AppInfo>(await dispatch(v.handlers, 'app.info', {}));
  expect(info.readOnly).toBe(true);
  expect(info.readOnlyCode).toBe('file-damaged');
  expect(info.readOnlyParams).toMatchObject({ file: 'workspace.json', more: 0 });
  expect(String(info.readOnlyParams?.['backup'])).toMatch(/^backups\/.+\/workspace\.json$/);
  expect(info.canRestoreBackup).toBe(true);

  const result = value<RestoreBackupResult>(await dispatch(v.handlers, 'app.restoreBackup', {}));
  expect(result).toEqual({ restored: 1, readOnly: false });
  const after = value<AppInfo>(await dispatch(v.handlers, 'app.info', {}));
  expect(after.readOnly).toBe(false);
  expect(after.readOnlyCode).toBeUndefined();
  expect(v.archive.workspace.tags.map((t) => t.name)).toEqual(['China']);
  await v.tags.create({ name: 'Oekraïne' });
  // the damaged bytes are kept under damaged/
  const [stamp] = await readdir(join(dir, 'damaged'));
  expect(await readFile(join(dir, 'damaged', String(stamp), 'workspace.json'), 'utf8')).toBe(damaged);
});
