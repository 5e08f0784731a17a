/**
 * `vraagbaak annotate` and `vraagbaak tags`, run in-process through runCli on a temp archive with
 * three real corpus answers and tagged excerpts (test-briefing-archive.ts): a highlight on a passage
 * that already has one is refused (the W3C import's duplicate rule), the echoed themes are spelled as
 * the archive has them, and `tags` lists names in the app's Dutch order ("een" before "één").
 */
import { describe, expect, it } from 'vitest';
import { useTempArchives } from '../../services/test-archives.js';
import { openBriefingArchive } from '../../services/test-briefing-archive.js';
import { cliInProcess } from '../test-cli-in-process.js';
import type { AnnotationListEntry } from './annotations.js';
import type { ThemeRow } from './tags.js';

const temp = useTempArchives('vraagbaak-cli-annotate-');

/** Runs the CLI in this process on archive `dir`. */
const cli = (args: string[], dir: string) => cliInProcess([...args, '--archive', dir], dir);

describe('vraagbaak annotate', () => {
  it('echoes an existing theme as the archive spells it, and refuses the same passage twice', async () => {
    const { v, dir, docs } = await openBriefingArchive(temp);
    await v.tags.create({ name: 'Stikstof' });
    await v.close();
    const quote = docs.vanNispen.answers[0]?.text.slice(0, 25) ?? '';
    const first = await cli(['annotate', docs.vanNispen.id, '--quote', quote, '--tag', 'stikstof'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/in yellow, with tag Stikstof \(annotation [\w-]+\)\.\n$/);

    const existing = await cli(['annotate', docs.vanNispen.id, '--quote', quote, '--note', 'nog eens', '--json'], dir);
    expect(existing.code).toBe(1);
    expect(existing.stdout).toBe('');
    expect(existing.stderr).toMatch(new RegExp(`^Document "${docs.vanNispen.id}" already has this highlight \\("${quote}" in .+, annotation [\\w-]+\\); change that one instead, or choose another passage with --part\\.\\n$`));
    const all = JSON.parse((await cli(['annotations', '--json'], dir)).stdout) as AnnotationListEntry[];
    expect(all.filter((a) => a.documentId === docs.vanNispen.id && a.quote === quote).map((a) => [a.note, a.themes])).toEqual([['', ['Stikstof']]]);
  });
});

describe('vraagbaak tags order', () => {
  it('lists names in Dutch order, unaccented first: "een" before "één"', async () => {
    const { v, dir } = await openBriefingArchive(temp);
    for (const name of ['één', 'Zorg', 'een', 'Financiën', 'Financien']) await v.tags.create({ name });
    await v.close();
    const rows = JSON.parse((await cli(['tags', '--json'], dir)).stdout) as ThemeRow[];
    expect(rows.filter((r) => r.depth === 0).map((r) => r.name)).toEqual(['Buitenland', 'een', 'één', 'Financien', 'Financiën', 'Rechtsstaat', 'Zorg']);
  });
});
