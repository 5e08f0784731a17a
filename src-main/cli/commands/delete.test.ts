/**
 * `vraagbaak delete` and `vraagbaak trash [--restore|--empty]`, run in-process through runCli on a
 * temp archive with three real corpus answers and tagged excerpts (test-briefing-archive.ts): what
 * each prints, its effect on `list`, `search tag:` and the annotations, and the errors (exit 1
 * with one sentence, exit 2 with the usage line).
 */
import { describe, expect, it } from 'vitest';
import type { DeletedDocument } from '../../core/api/types.js';
import type { DocumentSummary } from '../../core/model/index.js';
import { useTempArchives } from '../../services/test-archives.js';
import { corpusPath, openBriefingArchive, type BriefingArchive } from '../../services/test-briefing-archive.js';
import { cliInProcess } from '../test-cli-in-process.js';

const temp = useTempArchives('vraagbaak-cli-delete-');

/** Runs the CLI in this process on archive `dir`. */
const cli = (args: string[], dir: string) => cliInProcess([...args, '--archive', dir], dir);

/** The briefing archive, closed again so the CLI can open it. */
async function prepared(): Promise<BriefingArchive> {
  const a = await openBriefingArchive(temp);
  await a.v.close();
  return a;
}

const listed = async (dir: string) => (JSON.parse((await cli(['list', '--json'], dir)).stdout) as DocumentSummary[]).map((s) => s.id).sort();
const searchIds = async (dir: string, query: string) =>
  (JSON.parse((await cli(['search', query, '--json'], dir)).stdout) as { documentId: string }[]).map((h) => h.documentId).sort();

// every step writes and reopens a real archive: the time budget is for a busy machine, not a measure
describe('vraagbaak delete and trash', { timeout: 60_000 }, () => {
  it('deletes, lists the trash, and restores with annotations and themes', async () => {
    const { dir, docs } = await prepared();
    const all = [docs.boswijk.id, docs.elAbassi.id, docs.vanNispen.id].sort();
    const deleted = await cli(['delete', docs.boswijk.id], dir);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toMatch(new RegExp(`^Moved 1 document to the trash:\\n  ${docs.boswijk.id}  2024-11-18  answer {5}Het bezoek van de Secretaris-Generaal .+  \\[3 annotations\\]\\n`));
    expect(deleted.stdout).toContain(`Undo with: vraagbaak trash --restore ${docs.boswijk.id}\n`);
    expect(await listed(dir)).toEqual(all.filter((id) => id !== docs.boswijk.id));
    expect(await searchIds(dir, 'tag:buitenland')).toEqual([]);

    const trash = JSON.parse((await cli(['trash', '--json'], dir)).stdout) as DeletedDocument[];
    expect(trash.map((d) => [d.id, d.annotationCount])).toEqual([[docs.boswijk.id, 3]]);
    expect((await cli(['trash'], dir)).stdout).toMatch(new RegExp(`^${docs.boswijk.id}  2024-11-18 .+\\(deleted \\d{4}-\\d\\d-\\d\\dT.+Z\\)\\n$`));

    const restored = await cli(['trash', '--restore', docs.boswijk.id], dir);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored 1 document:\n {2}\S+ {2}2024-11-18/);
    expect(await listed(dir)).toEqual(all);
    expect(await searchIds(dir, 'tag:buitenland')).toEqual([docs.boswijk.id]);
    expect((await cli(['trash'], dir)).stdout).toBe('The trash is empty.\n');
  });

  it('empties the trash of some documents, then of all', async () => {
    const { dir, docs } = await prepared();
    const two = await cli(['delete', docs.elAbassi.id, docs.vanNispen.id, '--json'], dir);
    expect((JSON.parse(two.stdout) as DeletedDocument[]).map((d) => d.id)).toEqual([docs.elAbassi.id, docs.vanNispen.id]);
    expect((await cli(['trash', '--empty', docs.vanNispen.id], dir)).stdout).toBe(`Removed 1 document with 1 annotation for good: ${docs.vanNispen.id}\n`);
    expect(JSON.parse((await cli(['trash', '--empty', '--json'], dir)).stdout)).toEqual([docs.elAbassi.id]);
    expect((await cli(['trash', '--empty'], dir)).stdout).toBe('The trash was already empty.\n');
    expect(await listed(dir)).toEqual([docs.boswijk.id]);
    expect((await cli(['trash'], dir)).stdout).toBe('The trash is empty.\n');
  });

  it('says a document is already in recently deleted, brings it back on import, and says what emptying removes', async () => {
    const { dir, docs } = await prepared();
    await cli(['delete', docs.boswijk.id], dir);
    const again = await cli(['delete', docs.boswijk.id], dir);
    expect(again).toMatchObject({
      code: 1,
      stderr: `The document "${docs.boswijk.id}" is already in recently deleted (restore it with: vraagbaak trash --restore ${docs.boswijk.id}).\n`,
    });

    const imported = await cli(['import', corpusPath('boswijk')], dir);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain(`[1/1] brought back ${docs.boswijk.id} from recently deleted with its 3 annotations\n`);
    expect(imported.stdout).toBe('0 imported, 1 duplicate, 0 failed\n');
    expect((await cli(['trash'], dir)).stdout).toBe('The trash is empty.\n');
    expect((JSON.parse((await cli(['annotations', '--json'], dir)).stdout) as { documentId: string }[]).filter((a) => a.documentId === docs.boswijk.id)).toHaveLength(3);

    await cli(['delete', docs.boswijk.id], dir);
    expect((await cli(['trash', '--empty'], dir)).stdout).toBe(`Removed 1 document with 3 annotations for good: ${docs.boswijk.id}\n`);
  });

  it('fails with one sentence for an unknown id (deleting nothing) and with the usage line for bad arguments', async () => {
    const { dir, docs } = await prepared();
    const unknown = await cli(['delete', docs.boswijk.id, 'onbekend'], dir);
    expect(unknown).toMatchObject({ code: 1, stderr: 'The archive has no document "onbekend".\n' });
    expect(await listed(dir)).toHaveLength(3);
    expect(await cli(['trash', '--restore', docs.boswijk.id], dir)).toMatchObject({ code: 1, stderr: `No deleted document "${docs.boswijk.id}" is in the trash.\n` });

    for (const [args, message, usage] of [
      [['delete'], '"vraagbaak delete" needs at least one document id (vraagbaak list shows them).', 'Usage: vraagbaak delete <id>... [--json] [--archive DIR]'],
      [['trash', '--restore'], '"vraagbaak trash" needs --restore with at least one document id.', 'Usage: vraagbaak trash [--json] [--archive DIR]'],
      [['trash', '--restore', '--empty', 'x'], 'Options --restore and --empty cannot be used together.', 'Usage: vraagbaak trash [--json] [--archive DIR]'],
      [['trash', 'x'], 'Unexpected argument "x" for "vraagbaak trash"; use --restore or --empty with document ids.', 'Usage: vraagbaak trash [--json] [--archive DIR]'],
    ] as const) {
      const run = await cli([...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n').slice(0, 2)).toEqual([message, usage]);
    }
  });
});
