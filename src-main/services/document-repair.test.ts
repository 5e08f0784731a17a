/**
 * A damaged documents/<id>.json on real temp archives: flagged in the list (`damaged`), search
 * goes around it, `repair` parses it again from originals/, and re-importing its source repairs it
 * instead of calling it a duplicate. (The CLI's list/search/repair: cli/commands/repair.test.ts.)
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, useTempArchives } from './test-archives.js';
import { damageSeedDocument } from './test-damaged-document.js';

const temp = useTempArchives('vraagbaak-repair-');

describe('a damaged document file', () => {
  it('is flagged in the list, search works around it, and repair restores it from the original', async () => {
    const { dir, id, otherId } = await damageSeedDocument(temp);
    const v = await temp.open(dir);
    expect(await v.archive.checkDocuments()).toEqual([id]);
    expect(v.documents.list().find((s) => s.id === id)?.damaged).toBe(true);
    expect(v.documents.list().find((s) => s.id === otherId)?.damaged).toBeUndefined();
    expect((await v.search.query('Oeigoeren', 10)).map((h) => h.documentId)).not.toContain(id);
    expect((await v.search.query('paarden', 10)).map((h) => h.documentId)).toContain(otherId);

    await v.repair.repair(id);
    expect(await v.archive.checkDocuments()).toEqual([]);
    expect((await v.documents.get(id)).document.answers[1]?.text).toContain('Pompeo');
    expect(v.documents.list().some((s) => s.damaged)).toBe(false);
    expect((await v.search.query('Oeigoeren', 10)).map((h) => h.documentId)).toContain(id);
  });

  it('re-importing its source repairs it instead of reporting a duplicate', async () => {
    const { dir, id } = await damageSeedDocument(temp);
    const v = await temp.open(dir);
    const report = await v.importer.importFiles([{ name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED_PATH)) }]);
    expect(report.repaired).toEqual([{ fileName: 'seed.txt', documentId: id }]);
    expect(report.duplicates).toEqual([]);
    expect(report.failed).toEqual([]);
    expect((await v.archive.readDocument(id)).id).toBe(id);
    expect(v.archive.isDocumentDamaged(id)).toBe(false);
    // a second import of the same source is a duplicate again
    const again = await v.importer.importFiles([{ name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED_PATH)) }]);
    expect(again.duplicates).toEqual([{ fileName: 'seed.txt', documentId: id }]);
  });

  it('the API repair refuses an unknown id with not-found', async () => {
    const { dir } = await damageSeedDocument(temp);
    const v = await temp.open(dir);
    await expect(v.repair.repair('bestaat-niet')).rejects.toMatchObject({ code: 'not-found' });
  });
});
