import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../core/model/index.js';
import { useTempArchives } from './test-archives.js';

const { open, withSeed } = useTempArchives('vraagbaak-saved-searches-');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(() => null, (error: unknown) => error);
  return isVraagbaakError(e) ? e.code : String(e);
}

describe('saved searches', () => {
  it('saves, replaces by name, lists after reopening and deletes', async () => {
    const dir = await (async () => { const v = await open(); const d = v.archive.dir; await v.close(); return d; })();
    const v = await open(dir);
    const first = await v.savedSearches.save('  Oeigoeren  laat ', 'Oeigoeren vertraagd:ja');
    expect(first).toMatchObject({ name: 'Oeigoeren laat', query: 'Oeigoeren vertraagd:ja' });
    const replaced = await v.savedSearches.save('oeigoeren LAAT', 'Oeigoeren minister:Blok');
    expect(replaced.id).toBe(first.id);
    await v.savedSearches.save('Stikstof', 'stikstof');
    const onDisk = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as { savedSearches: unknown[] };
    expect(onDisk.savedSearches).toHaveLength(2);
    await v.close();

    const again = await open(dir);
    expect(again.savedSearches.list().map((s) => `${s.name}=${s.query}`)).toEqual(['oeigoeren LAAT=Oeigoeren minister:Blok', 'Stikstof=stikstof']);
    const deleted = await again.savedSearches.delete(first.id);
    expect(deleted.name).toBe('oeigoeren LAAT');
    expect(again.savedSearches.list().map((s) => s.name)).toEqual(['Stikstof']);
    expect(await codeOf(again.savedSearches.delete(first.id))).toBe('not-found');
  });

  it('refuses a query that does not parse, and an empty name', async () => {
    const v = await open();
    expect(await codeOf(v.savedSearches.save('kapot', 'stikstof ('))).toBe('search-syntax');
    expect(await codeOf(v.savedSearches.save('   ', 'stikstof'))).toBe('invalid-input');
    expect(v.savedSearches.list()).toEqual([]);
  });

  it('runs through the API handlers, and a saved query browses like a typed one', async () => {
    const { v } = await withSeed();
    const saved = await v.handlers['searches.save']({ name: 'Blok', query: 'minister:Blok' });
    expect(await v.handlers['searches.list']({})).toEqual([saved]);
    const browse = await v.handlers['search.browse']({ query: saved.query, sort: 'date' });
    expect(browse.total).toBe(1);
    expect(browse.facets.minister).toEqual([{ value: 'Blok', filter: 'minister:"Blok"', count: 1 }]);
  });
});
