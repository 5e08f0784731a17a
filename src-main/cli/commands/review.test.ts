/**
 * `vraagbaak import` of a changed document (replaced, with re-anchoring counts) and `vraagbaak
 * review`, run in-process through runCli on a temp archive with the real corpus document r30.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport, ReviewItem } from '../../core/api/types.js';
import { useTempArchives } from '../../services/test-archives.js';
import { correctedR30, importR30WithAnnotations } from '../../services/test-reanchor-corpus.js';
import { cliInProcess } from '../test-cli-in-process.js';

const temp = useTempArchives('vraagbaak-cli-review-');
const cli = (args: string[], dir: string) => cliInProcess([...args, '--archive', dir], dir);

/** An archive holding r30 with six annotations (closed, so the CLI can open it), and the corrected text as a file. */
async function prepared(): Promise<{ dir: string; id: string; corrected: string }> {
  const dir = await temp.tempDir();
  const v = await temp.open(dir);
  const { id } = await importR30WithAnnotations(v);
  await v.close();
  const corrected = join(dir, 'r30-gecorrigeerd.txt');
  await writeFile(corrected, correctedR30());
  return { dir, id, corrected };
}

describe('vraagbaak import of a changed document', () => {
  it('says which document was replaced and how its annotations re-anchored', async () => {
    const { dir, id, corrected } = await prepared();
    const run = await cli(['import', corrected], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`[1/1] replaced ${id} with r30-gecorrigeerd.txt: annotations 3 anchored, 1 relocated, 2 orphaned`);
    expect(run.stdout).toBe('0 imported, 1 replaced (3 annotations to review: vraagbaak review), 0 duplicates, 0 failed\n');
    const again = await cli(['import', corrected, '--json'], dir);
    const report = JSON.parse(again.stdout) as ImportReport;
    expect(report.duplicates).toEqual([{ fileName: 'r30-gecorrigeerd.txt', documentId: id }]);
    expect(report.replaced).toEqual([]);
  });
});

describe('vraagbaak review', () => {
  it('lists the relocated and orphaned annotations with the text before and now, and as JSON', async () => {
    const { dir, id, corrected } = await prepared();
    expect((await cli(['review'], dir)).stdout).toBe('No annotations to review.\n');
    await cli(['import', corrected], dir);
    const text = await cli(['review'], dir);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`\\(${id}\\), Question 12 — orphaned, annotation `));
    expect(lines[1]).toMatch(/^ {2}before: ….*\[Zo nee, waarom niet\?\]…$/);
    expect(lines[2]).toBe('  now:    not found in the new text');
    expect(lines[3]).toMatch(/Answer to question 20 — relocated/);
    expect(lines[5]).toContain('[De Tweede Kamer wordt hierovergeïnformeerd in het tweede kwartaal van 2025.]');
    expect(lines.at(-2)).toBe('3 annotations to review.');
    const json = await cli(['review', '--json'], dir);
    const items = JSON.parse(json.stdout) as ReviewItem[];
    expect(items.map((i) => i.state)).toEqual(['orphaned', 'relocated', 'orphaned']);
    expect(json.stderr).toBe('');
  });

  it('refuses arguments with the usage line (exit 2)', async () => {
    const { dir } = await prepared();
    const run = await cli(['review', 'extra'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: vraagbaak review [--json] [--archive DIR]');
  });
});
