/**
 * The CLI on damaged archive files (real temp archives): `list` marks a damaged document file,
 * `search` leaves hits in it out and names it (not a failure), `repair <id>` restores it from its
 * original; `restore-backup` puts the newest good backup of a damaged workspace in place.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../core/model/index.js';
import { useTempArchives } from '../../services/test-archives.js';
import { damageSeedDocument } from '../../services/test-damaged-document.js';
import { cliInProcess } from '../test-cli-in-process.js';

const temp = useTempArchives('vraagbaak-cli-repair-');

describe('vraagbaak list, search and repair on a damaged document file', () => {
  it('list marks it, search goes around it, repair restores it', async () => {
    const { dir, id, otherId } = await damageSeedDocument(temp);

    const list = await cliInProcess(['list', '--json', '--archive', dir], dir);
    expect(list.code).toBe(0);
    const summaries = JSON.parse(list.stdout) as DocumentSummary[];
    expect(summaries.find((s) => s.id === id)?.damaged).toBe(true);
    expect(summaries.find((s) => s.id === otherId)?.damaged).toBeUndefined();
    expect(list.stderr).toContain(`vraagbaak repair ${id}`);
    expect((await cliInProcess(['list', '--archive', dir], dir)).stdout).toContain(`[damaged: vraagbaak repair ${id}]`);

    const inDamaged = await cliInProcess(['search', 'Oeigoeren', '--archive', dir], dir);
    expect(inDamaged.code).toBe(0);
    expect(inDamaged.stderr).toContain(id);
    const json = await cliInProcess(['search', 'Oeigoeren', '--json', '--archive', dir], dir);
    expect((JSON.parse(json.stdout) as { documentId: string }[]).map((h) => h.documentId)).not.toContain(id);
    const elsewhere = await cliInProcess(['search', 'paarden', '--archive', dir], dir);
    expect(elsewhere.code).toBe(0);
    expect(elsewhere.stdout).toContain(otherId);

    const repaired = await cliInProcess(['repair', id, '--archive', dir], dir);
    expect(repaired.stderr).toBe('');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toContain(id);
    const after = await cliInProcess(['list', '--json', '--archive', dir], dir);
    expect((JSON.parse(after.stdout) as DocumentSummary[]).some((s) => s.damaged)).toBe(false);
  });
});

describe('vraagbaak restore-backup', () => {
  it('moves the damaged workspace aside, restores its backup, and the archive opens writable', async () => {
    const dir = await temp.tempDir();
    const v = await temp.open(dir);
    await v.tags.create({ name: 'China' });
    await v.close();
    const damaged = '{"schemaVersion": 1, "tags": [ {"id": "t1", "na';
    await writeFile(join(dir, 'workspace.json'), damaged);

    const run = await cliInProcess(['restore-backup', '--json', '--archive', dir], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { restored: { movedTo: string }[]; readOnly: boolean };
    expect(report.readOnly).toBe(false);
    expect(await readFile(report.restored[0]!.movedTo, 'utf8')).toBe(damaged);
    const reopened = await temp.open(dir);
    expect(reopened.archive.isReadOnly).toBe(false);
    expect(reopened.archive.workspace.tags.map((t) => t.name)).toEqual(['China']);
  });
});
