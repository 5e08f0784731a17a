/**
 * Re-import of a changed document through the real import service on a temp archive: the corpus
 * document r30, then a corrected version of its text (same Aanhangsel number, so the same id).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { documentPath } from '../archive/archive-layout.js';
import { partText } from '../core/model/parts.js';
import { useTempArchives } from './test-archives.js';
import { bytesOf, correctedR30, importR30WithAnnotations, R30_NAME, R30_TEXT, STOCK } from './test-reanchor-corpus.js';

const temp = useTempArchives('vraagbaak-reanchor-');

describe('re-importing a changed document', () => {
  it('replaces it under the same id and re-anchors its annotations: anchored, relocated, orphaned', async () => {
    const dir = await temp.tempDir();
    const v = await temp.open(dir);
    const { id, made } = await importR30WithAnnotations(v);
    const before = v.archive.getSummary(id)!;

    const report = await v.importer.importFiles([{ name: 'r30-gecorrigeerd.txt', bytes: bytesOf(correctedR30()) }]);
    expect(report.imported).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.replaced).toHaveLength(1);
    const replaced = report.replaced![0]!;
    expect(replaced).toMatchObject({ fileName: 'r30-gecorrigeerd.txt', anchored: 3, relocated: 1, orphaned: 2 });
    expect(replaced.summary.id).toBe(id);
    expect(replaced.summary.source.sha256).not.toBe(before.source.sha256);
    expect(replaced.summary.annotationCount).toBe(6);
    expect(v.archive.listSummaries()).toHaveLength(1);
    expect(v.archive.findBySha256(before.source.sha256)).toBeNull();

    const document = await v.archive.readDocument(id);
    expect(document.answers[19]!.text).toContain('tweede kwartaal van 2025');
    const now = new Map(v.archive.listAnnotations(id).map((a) => [a.id, a]));
    expect([...now.keys()].sort()).toEqual(Object.values(made).map((a) => a.id).sort());
    const stateOf = (key: keyof typeof made) => now.get(made[key].id)!.anchorState;
    expect({ stock12: stateOf('stock12'), stock9: stateOf('stock9'), moved: stateOf('moved'), reworded: stateOf('reworded'), deleted: stateOf('deleted'), unchanged: stateOf('unchanged') }).toEqual({
      stock12: 'orphaned',
      stock9: 'anchored',
      moved: 'anchored',
      reworded: 'relocated',
      deleted: 'orphaned',
      unchanged: 'anchored',
    });
    // the stock phrase stays on question 12 (orphaned) instead of moving to another question that has it
    const stock12 = now.get(made.stock12.id)!;
    expect(stock12.target).toEqual(made.stock12.target);
    expect(partText(document, stock12.target.part)).not.toContain(STOCK);
    for (const key of ['moved', 'unchanged', 'stock9'] as const) {
      const a = now.get(made[key].id)!;
      expect(partText(document, a.target.part)!.slice(a.target.position.start, a.target.position.end)).toBe(made[key].target.quote.exact);
      expect(a.note).toBe(`note ${key}`);
    }
    expect(now.get(made.reworded.id)!.previousTarget).toEqual(made.reworded.target);

    // the search index has the new text and not the old
    expect((await v.search.query('"tweede kwartaal van 2025"', 10)).map((h) => h.documentId)).toContain(id);
    expect(await v.search.query('"eerste kwartaal van 2025"', 10)).toEqual([]);

    // the new original is kept next to the old one; the document file is the new version
    const stored = JSON.parse(await readFile(documentPath(dir, id), 'utf8')) as { source: { sha256: string } };
    expect(stored.source.sha256).toBe(replaced.summary.source.sha256);
  });

  it('keeps the same bytes a duplicate; the replacement survives a reopen; the old bytes replace it back', async () => {
    const dir = await temp.tempDir();
    const v = await temp.open(dir);
    const { id } = await importR30WithAnnotations(v);
    const same = await v.importer.importFiles([{ name: 'again.txt', bytes: bytesOf(R30_TEXT) }]);
    expect(same.duplicates).toEqual([{ fileName: 'again.txt', documentId: id }]);
    expect(same.replaced).toEqual([]);

    await v.importer.importFiles([{ name: R30_NAME, bytes: bytesOf(correctedR30()) }]);
    const states = v.archive.listAnnotations(id).map((a) => [a.id, a.anchorState, a.target.position.start]);
    await v.close();
    const reopened = await temp.open(dir);
    expect(reopened.archive.listAnnotations(id).map((a) => [a.id, a.anchorState, a.target.position.start])).toEqual(states);
    expect((await reopened.archive.readDocument(id)).answers[19]!.text).toContain('tweede kwartaal');
    // the newer version's bytes are now the duplicate; the old version's bytes replace it back
    const again = await reopened.importer.importFiles([{ name: 'new.txt', bytes: bytesOf(correctedR30()) }]);
    expect(again.duplicates).toHaveLength(1);
    const back = await reopened.importer.importFiles([{ name: 'old.txt', bytes: bytesOf(R30_TEXT) }]);
    expect(back.replaced?.[0]).toMatchObject({ anchored: 3, relocated: 3, orphaned: 0 });
  });
});
