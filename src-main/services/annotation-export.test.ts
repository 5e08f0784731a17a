/**
 * Annotation export and import on real archives (three corpus answers, five excerpts in a small
 * theme tree, test-briefing-archive.ts): selection, the W3C round trip into an empty archive with
 * the same documents, duplicates, and what an import cannot place.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../core/model/index.js';
import { isVraagbaakError } from '../core/model/index.js';
import type { Vraagbaak } from './index.js';
import { useTempArchives } from './test-archives.js';
import { BRIEFING_DOCUMENTS, corpusPath, openBriefingArchive, type DocumentKey } from './test-briefing-archive.js';

const temp = useTempArchives('vraagbaak-annotation-export-');

type Json = Record<string, unknown>;
const itemsOf = (text: string): Json[] => ((JSON.parse(text) as { first: { items: Json[] } }).first.items);
const withItems = (text: string, items: Json[]): string => {
  const c = JSON.parse(text) as Json & { first: Json };
  return JSON.stringify({ ...c, total: items.length, first: { ...c.first, items } });
};

/** A new archive with the same three corpus documents, imported through the real importer. */
async function emptyArchiveWithSameDocuments(): Promise<Vraagbaak> {
  const v = await temp.open();
  const files = await Promise.all(
    (Object.keys(BRIEFING_DOCUMENTS) as DocumentKey[]).map(async (key) => ({ name: BRIEFING_DOCUMENTS[key], bytes: new Uint8Array(await readFile(corpusPath(key))) })),
  );
  expect((await v.importer.importFiles(files)).imported).toHaveLength(3);
  return v;
}

/** Every annotation of the archive, comparable across archives: themes by name. */
function annotationsOf(v: Vraagbaak): (Omit<Annotation, 'tagIds'> & { themes: string[] })[] {
  const name = (id: string) => v.tags.list().find((t) => t.id === id)?.name ?? `?${id}`;
  return v.archive
    .listSummaries()
    .flatMap((s) => v.archive.listAnnotations(s.id))
    .map(({ tagIds, ...a }) => ({ ...a, themes: tagIds.map(name) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function reasonOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (e) {
    return isVraagbaakError(e) ? `${e.code}/${String(e.details['reason'])}` : String(e);
  }
  return 'no error';
}

describe('annotation export: what is exported', () => {
  it('exports the whole archive, a theme with its sub-themes, or a selection', async () => {
    const a = await openBriefingArchive(temp);
    const all = await a.v.annotationFiles.export({ format: 'w3c' });
    expect(all.count).toBe(5);
    expect(all.fileName).toMatch(/^vraagbaak-annotaties-\d{4}-\d{2}-\d{2}\.jsonld$/);
    expect(all.mediaType).toContain('application/ld+json');
    expect(new TextDecoder().decode(all.bytes)).toBe(all.text);

    const buitenland = await a.v.annotationFiles.export({ format: 'w3c', tagId: a.tags.buitenland.id });
    expect(buitenland.fileName).toMatch(/^vraagbaak-annotaties-buitenland-/);
    const quotes = itemsOf(buitenland.text).map((i) => JSON.stringify(i['target']).match(/"exact":"([^"]+)"/)?.[1]);
    expect(quotes).toEqual(['De jaarlijkse top', 'Ontegenzeggelijk heeft president Poetin', 'In 2013 heeft de toenmalige Secretaris-Generaal']);

    const selection = await a.v.annotationFiles.export({ format: 'csv', annotationIds: [a.excerpts.avg.id, a.excerpts.serieus.id] });
    expect(selection.count).toBe(2);
    expect(selection.text.startsWith('\uFEFFCitaat;Notitie;')).toBe(true);
    expect(selection.text).toContain('Op grond van artikel 15;;Rechtsstaat;geel;');
  });

  it('refuses an unknown theme or annotation id, naming the reason', async () => {
    const a = await openBriefingArchive(temp);
    expect(await reasonOf(a.v.annotationFiles.export({ format: 'w3c', tagId: 'geen-thema' }))).toBe('not-found/theme-missing');
    expect(await reasonOf(a.v.annotationFiles.export({ format: 'csv', annotationIds: [a.excerpts.top.id, 'weg'] }))).toBe('not-found/annotation-missing');
    expect(() => a.v.annotationFiles.themeByName('Onbekend')).toThrow(/no theme named "Onbekend"/);
    expect(a.v.annotationFiles.themeByName('  verenigde   naties ').id).toBe(a.tags.vn.id);
  });

  it('writes to a file atomically, and says why a path cannot be written', async () => {
    const a = await openBriefingArchive(temp);
    const dir = await temp.tempDir();
    const file = join(dir, 'alles.csv');
    const written = await a.v.annotationFiles.exportToFile(file, { format: 'csv' });
    expect(new Uint8Array(await readFile(file))).toEqual(written.bytes);
    const error = await a.v.annotationFiles.exportToFile(join(dir, 'geen-map', 'x.csv'), { format: 'csv' }).catch((e: unknown) => e);
    expect(isVraagbaakError(error, 'invalid-input') && error.details['reason']).toBe('export-path-unwritable');
    expect((error as Error).message).toMatch(/^Cannot write the annotations to .*x\.csv: the folder .* does not exist\.$/);
  });
});

describe('annotation import', () => {
  it('export → import into an empty archive with the same documents gives the same annotations and theme tree', async () => {
    const a = await openBriefingArchive(temp);
    const file = await a.v.annotationFiles.export({ format: 'w3c' });
    const b = await emptyArchiveWithSameDocuments();
    const report = await b.annotationFiles.importW3c(file.text);
    expect(report).toMatchObject({ total: 5, duplicates: [], notPlaced: [] });
    expect(report.imported.map((i) => i.state)).toEqual(Array(5).fill('anchored'));
    expect(report.createdThemes.sort()).toEqual(['Buitenland', 'Rechtsstaat', 'Rusland', 'Verenigde Naties']);
    expect(annotationsOf(b)).toEqual(annotationsOf(a.v));
    const parentOf = (name: string) => b.tags.list().find((t) => t.id === b.tags.findByName(name)?.parentId)?.name ?? null;
    expect([parentOf('Verenigde Naties'), parentOf('Rusland'), parentOf('Buitenland')]).toEqual(['Buitenland', 'Buitenland', null]);
    // the summaries and search follow
    expect(b.archive.getSummary(a.docs.boswijk.id)?.annotationCount).toBe(3);
    expect((await b.search.query('tag:Rechtsstaat', 10)).map((h) => h.documentId).sort()).toEqual([a.docs.elAbassi.id, a.docs.vanNispen.id].sort());
  });

  it('skips exact duplicates: importing the same file twice adds nothing the second time', async () => {
    const a = await openBriefingArchive(temp);
    const file = await a.v.annotationFiles.export({ format: 'w3c' });
    const again = await a.v.annotationFiles.importW3c(file.text);
    expect(again.imported).toEqual([]);
    expect(again.duplicates.map((d) => d.annotationId).sort()).toEqual(Object.values(a.excerpts).map((e) => e.id).sort());
    expect(annotationsOf(a.v)).toHaveLength(5);
  });

  it('reports what it cannot place: a quote that is gone, a missing document, a missing part, an unreadable item', async () => {
    const a = await openBriefingArchive(temp);
    const text = (await a.v.annotationFiles.export({ format: 'w3c', annotationIds: [a.excerpts.top.id] })).text;
    const [top] = itemsOf(text);
    const edit = (from: string, to: string) => JSON.parse(JSON.stringify(top).split(from).join(to)) as Json;
    const items = [
      edit('De jaarlijkse top', 'Een zin die niet in het antwoord staat'),
      edit(a.docs.boswijk.id, 'ah-tk-20242025-9999'),
      edit('"answer:0"', '"answer:99"'),
      { type: 'Annotation', target: 'http://example.org/page' },
    ];
    const b = await emptyArchiveWithSameDocuments();
    const report = await b.annotationFiles.importW3c(withItems(text, items));
    expect(report.imported).toEqual([]);
    expect(report.notPlaced.map((n) => [n.index, n.reason, n.documentId, n.quote])).toEqual([
      [3, 'annotation-unreadable', null, ''],
      [0, 'annotation-quote-not-found', a.docs.boswijk.id, 'Een zin die niet in het antwoord staat'],
      [1, 'annotation-document-not-found', 'ah-tk-20242025-9999', 'De jaarlijkse top'],
      [2, 'annotation-part-not-found', a.docs.boswijk.id, 'De jaarlijkse top'],
    ]);
    expect(report.notPlaced[2]?.message).toBe('No document in the archive matches ah-tk-20242025-9999.');
    expect(report.notPlaced[2]?.source).toBe('https://zoek.officielebekendmakingen.nl/ah-tk-20242025-9999.html');
    expect(annotationsOf(b)).toEqual([]);
    expect(b.tags.list()).toEqual([]); // nothing placed, so no theme was created
  });

  it('finds the document by its official address when the file has no id of ours, and re-anchors a moved quote', async () => {
    const a = await openBriefingArchive(temp);
    const text = (await a.v.annotationFiles.export({ format: 'w3c', annotationIds: [a.excerpts.serieus.id] })).text;
    const [item] = itemsOf(text);
    const target = item?.['target'] as { source: Json; selector: Json[] };
    // another tool: no vb: terms, only the official address; the position is stale
    const foreign = {
      type: 'Annotation',
      id: 'http://example.org/anno/1',
      target: { source: target.source['id'], selector: [{ ...target.selector[0] }, { ...target.selector[1], refinedBy: { type: 'TextPositionSelector', start: 0, end: 5 } }] },
    };
    const b = await emptyArchiveWithSameDocuments();
    const report = await b.annotationFiles.importW3c(JSON.stringify(foreign));
    expect(report.imported).toEqual([{ annotationId: expect.any(String) as string, documentId: a.docs.vanNispen.id, state: 'anchored' }]);
    const [placed] = b.archive.listAnnotations(a.docs.vanNispen.id);
    expect(placed?.target).toEqual(a.excerpts.serieus.target);
    expect(placed?.id).not.toBe(a.excerpts.serieus.id);
    expect(placed?.color).toBe('yellow');
  });

  it('refuses text that is not JSON or not W3C before touching the archive', async () => {
    const b = await emptyArchiveWithSameDocuments();
    expect(await reasonOf(b.annotationFiles.importW3c('{"niet": '))).toBe('invalid-input/annotations-not-json');
    expect(await reasonOf(b.annotationFiles.importW3c('{"niet": "w3c"}'))).toBe('invalid-input/annotations-not-w3c');
  });
});
