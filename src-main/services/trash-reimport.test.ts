/**
 * Importing a document that is in "recently deleted" through the real import service on a temp
 * archive (corpus document r30 with annotations): the deleted copy comes back first with its
 * annotations, then the import is a re-import over it — nothing is left stranded in the trash.
 */
import { describe, expect, it } from 'vitest';
import { useTempArchives } from './test-archives.js';
import { bytesOf, correctedR30, importR30WithAnnotations, R30_NAME, R30_TEXT } from './test-reanchor-corpus.js';

const temp = useTempArchives('vraagbaak-trash-reimport-');

describe('importing a document that is in recently deleted', () => {
  it('brings a changed copy in over the restored one: annotations re-anchored, the lost ones in review', async () => {
    const v = await temp.open(await temp.tempDir());
    const { id, made } = await importR30WithAnnotations(v);
    await v.lifecycle.delete([id]);

    const report = await v.importer.importFiles([{ name: 'r30-gecorrigeerd.txt', bytes: bytesOf(correctedR30()) }]);
    expect(report.failed).toEqual([]);
    expect(report.imported).toEqual([]);
    expect(report.restoredFromTrash).toEqual([{ fileName: 'r30-gecorrigeerd.txt', documentId: id, annotationCount: 6 }]);
    expect(report.replaced).toEqual([expect.objectContaining({ anchored: 3, relocated: 1, orphaned: 2 })]);
    expect(v.lifecycle.deleted()).toEqual([]);
    const now = v.archive.listAnnotations(id);
    expect(now.map((a) => a.id).sort()).toEqual(Object.values(made).map((a) => a.id).sort());
    expect((await v.review.list('en')).map((item) => item.annotation.id).sort()).toEqual([made.deleted.id, made.reworded.id, made.stock12.id].sort());
    expect((await v.archive.readDocument(id)).answers[19]?.text).toContain('tweede kwartaal van 2025');
    expect(await v.lifecycle.purge()).toEqual([]);
    expect(v.archive.listAnnotations(id)).toHaveLength(6);
    expect((await v.search.query('"tweede kwartaal van 2025"', 10)).map((h) => h.documentId)).toContain(id);
  });

  it('restores the deleted document when the same file is imported again, and counts it as already there', async () => {
    const v = await temp.open(await temp.tempDir());
    const { id, made } = await importR30WithAnnotations(v);
    await v.lifecycle.delete([id]);

    const report = await v.importer.importFiles([{ name: R30_NAME, bytes: bytesOf(R30_TEXT) }]);
    expect(report.restoredFromTrash).toEqual([{ fileName: R30_NAME, documentId: id, annotationCount: 6 }]);
    expect(report.duplicates).toEqual([{ fileName: R30_NAME, documentId: id }]);
    expect([report.imported, report.replaced, report.failed]).toEqual([[], [], []]);
    expect(v.archive.listAnnotations(id)).toEqual(Object.values(made));
    expect(v.lifecycle.deleted()).toEqual([]);
    expect((await v.search.query('paarden', 10)).map((h) => h.documentId)).toContain(id);
  });
});
