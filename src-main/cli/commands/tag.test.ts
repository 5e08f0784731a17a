/**
 * `vraagbaak tags` and `vraagbaak tag rename|merge|delete`, run in-process through runCli on a temp
 * archive with three real corpus answers and tagged excerpts (test-briefing-archive.ts): the tree
 * with counts, each action and its effect on the archive and on `search tag:`, and the errors
 * (exit 1 with one sentence, exit 2 with the usage line).
 */
import { describe, expect, it } from 'vitest';
import type { Tag } from '../../core/model/index.js';
import { useTempArchives } from '../../services/test-archives.js';
import { openBriefingArchive, type BriefingArchive } from '../../services/test-briefing-archive.js';
import { cliInProcess } from '../test-cli-in-process.js';
import type { ThemeRow } from './tags.js';

const temp = useTempArchives('vraagbaak-cli-tag-');

/** Runs the CLI in this process on archive `dir`. */
const cli = (args: string[], dir: string) => cliInProcess([...args, '--archive', dir], dir);

/** The briefing archive, closed again so the CLI can open it. */
async function prepared(): Promise<BriefingArchive> {
  const a = await openBriefingArchive(temp);
  await a.v.close();
  return a;
}

const rows = async (dir: string): Promise<ThemeRow[]> => JSON.parse((await cli(['tags', '--json'], dir)).stdout) as ThemeRow[];
const searchIds = async (dir: string, query: string): Promise<string[]> =>
  (JSON.parse((await cli(['search', query, '--json'], dir)).stdout) as { documentId: string }[]).map((h) => h.documentId).sort();

describe('vraagbaak tags', () => {
  it('prints the tree with direct and sub-theme counts, and the same as JSON', async () => {
    const { dir, tags } = await prepared();
    const text = await cli(['tags'], dir);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(
      [
        'Buitenland  (1 document, 1 annotation; with sub-themes 1 document, 3 annotations)',
        '  Rusland  (1 document, 1 annotation)',
        '  Verenigde Naties  (1 document, 1 annotation)',
        'Rechtsstaat  (2 documents, 2 annotations)',
        '',
      ].join('\n'),
    );
    const json = await rows(dir);
    expect(json.map((r) => [r.id, r.depth, r.annotations, r.annotationsWithSubthemes])).toEqual([
      [tags.buitenland.id, 0, 1, 3],
      [tags.rusland.id, 1, 1, 1],
      [tags.vn.id, 1, 1, 1],
      [tags.rechtsstaat.id, 0, 2, 2],
    ]);
    expect(json[0]).toMatchObject({ name: 'Buitenland', parentId: null, color: tags.buitenland.color });
  });

  it('says so for an archive without themes, and refuses an argument', async () => {
    const dir = await temp.tempDir();
    expect((await cli(['tags'], dir)).stdout).toBe('There are no themes.\n');
    const extra = await cli(['tags', 'Buitenland'], dir);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/^Unexpected argument "Buitenland" for "vraagbaak tags"\.\nUsage: vraagbaak tags/);
  });
});

describe('vraagbaak tag', () => {
  it('renames (case-only too) and search follows; a rename onto another theme fails with one sentence', async () => {
    const { dir, docs, tags } = await prepared();
    const renamed = await cli(['tag', 'rename', 'rusland', 'Russische Federatie'], dir);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stdout).toBe('Renamed theme "Rusland" to "Russische Federatie".\n');
    expect(await searchIds(dir, 'tag:"russische federatie"')).toEqual([docs.boswijk.id]);

    const caseOnly = await cli(['tag', 'rename', 'BUITENLAND', 'BuitenLand', '--json'], dir);
    expect(caseOnly.code, caseOnly.stderr).toBe(0);
    expect(JSON.parse(caseOnly.stdout)).toEqual({ ...tags.buitenland, name: 'BuitenLand' });

    const taken = await cli(['tag', 'rename', 'Rechtsstaat', 'buitenland'], dir);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe('Another theme is already called "BuitenLand"; merge the two instead.\n');
  });

  it('merges by name: annotations, documents and search move to the target, whose id stays', async () => {
    const { dir, docs, tags } = await prepared();
    const merged = await cli(['tag', 'merge', 'Rechtsstaat', 'Verenigde  naties', '--json'], dir);
    expect(merged.code, merged.stderr).toBe(0);
    expect(JSON.parse(merged.stdout) as Tag).toEqual(tags.vn);
    const after = await rows(dir);
    expect(after.find((r) => r.id === tags.vn.id)).toMatchObject({ documents: 3, annotations: 3 });
    expect(after.map((r) => r.name)).not.toContain('Rechtsstaat');
    expect(await searchIds(dir, 'tag:"verenigde naties"')).toEqual([docs.boswijk.id, docs.elAbassi.id, docs.vanNispen.id].sort());
    expect(await searchIds(dir, 'tag:buitenland')).toEqual([docs.boswijk.id, docs.elAbassi.id, docs.vanNispen.id].sort());
  });

  it('deletes with --move-to-parent and without; a top-level theme cannot move to its parent', async () => {
    const { dir, docs, tags } = await prepared();
    const moved = await cli(['tag', 'delete', 'Rusland', '--move-to-parent'], dir);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toBe('Deleted theme "Rusland"; its annotations and documents now carry "Buitenland".\n');
    expect((await rows(dir)).find((r) => r.id === tags.buitenland.id)).toMatchObject({ annotations: 2, annotationsWithSubthemes: 3 });

    const refused = await cli(['tag', 'delete', 'Rechtsstaat', '--move-to-parent'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('The theme "Rechtsstaat" has no parent to move its annotations to.\n');

    const removed = await cli(['tag', 'delete', 'Rechtsstaat'], dir);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toBe('Deleted theme "Rechtsstaat"; it was taken off its annotations and documents.\n');
    expect(await searchIds(dir, 'tag:rechtsstaat')).toEqual([]);
    expect(await searchIds(dir, 'tag:buitenland')).toEqual([docs.boswijk.id]);
  });

  it('fails with one sentence for an unknown theme and with the usage line for bad arguments', async () => {
    const { dir } = await prepared();
    const unknown = await cli(['tag', 'merge', 'Klimaat', 'Buitenland'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('There is no theme called "Klimaat"; vraagbaak tags lists them.\n');
    const self = await cli(['tag', 'merge', 'buitenland', 'Buitenland'], dir);
    expect(self).toMatchObject({ code: 1, stderr: 'A theme cannot be merged into itself.\n' });

    for (const [args, message] of [
      [['tag'], '"vraagbaak tag" needs an action: rename, merge or delete.'],
      [['tag', 'split', 'a'], 'Unknown action "split" for "vraagbaak tag"; the actions are rename, merge and delete.'],
      [['tag', 'rename', 'Rusland'], '"vraagbaak tag rename" needs the theme name and the new name.'],
      [['tag', 'rename', 'Rusland', ' '], '"vraagbaak tag rename" needs the theme name and the new name, not an empty name.'],
      [['tag', 'merge', 'a', 'b', 'c'], 'Unexpected argument "c" for "vraagbaak tag merge"; put a name with spaces in quotes.'],
      [['tag', 'merge', 'a', 'b', '--move-to-parent'], 'Option --move-to-parent can only be used with "vraagbaak tag delete".'],
      [['tag', 'delete', 'a', '--force'], 'Unknown option --force for "vraagbaak tag".'],
    ] as const) {
      const run = await cli([...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n').slice(0, 2)).toEqual([message, 'Usage: vraagbaak tag rename <name> <new name> [--json] [--archive DIR]']);
    }
    // nothing changed
    expect((await rows(dir)).map((r) => r.name)).toEqual(['Buitenland', 'Rusland', 'Verenigde Naties', 'Rechtsstaat']);
  });
});
