/**
 * `vraagbaak annotations`, `export-annotations` and `import-annotations`, run in-process through
 * runCli on temp archives with real corpus answers and excerpts (test-briefing-archive.ts):
 * listing and filtering, both export formats, the round trip into a second archive, exit codes
 * and the usage errors.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotationImportReport } from '../../core/api/types.js';
import { useTempArchives } from '../../services/test-archives.js';
import { BRIEFING_DOCUMENTS, corpusPath, openBriefingArchive, type BriefingArchive, type DocumentKey } from '../../services/test-briefing-archive.js';
import { cliInProcess } from '../test-cli-in-process.js';
import type { AnnotationListEntry } from './annotations.js';

const temp = useTempArchives('vraagbaak-cli-annotations-');

const cli = cliInProcess;

/** The briefing archive, closed again so the CLI can open it; `out` is an empty folder. */
async function prepared(): Promise<{ a: BriefingArchive; out: string }> {
  const a = await openBriefingArchive(temp);
  await a.v.close();
  return { a, out: await temp.tempDir() };
}

describe('vraagbaak annotations', () => {
  it('lists every annotation with quote, themes, document and part, as text and as JSON', async () => {
    const { a, out } = await prepared();
    const text = await cli(['annotations', '--archive', a.dir], out);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('"De jaarlijkse top" [Buitenland] (yellow)\n');
    expect(text.stdout).toContain(`  ${a.docs.boswijk.id} · answer to question 1 · `);
    expect(text.stdout).toContain('  Note: Vaste BRICS-top, geen uitzondering.\n');
    expect(text.stdout.endsWith('5 annotations.\n')).toBe(true);

    const json = await cli(['annotations', '--json', '--archive', a.dir], out);
    const entries = JSON.parse(json.stdout) as AnnotationListEntry[];
    expect(entries).toHaveLength(5);
    expect(entries.find((e) => e.id === a.excerpts.vn2013.id)).toMatchObject({
      documentId: a.docs.boswijk.id,
      part: { type: 'answer', index: 3 },
      partLabel: 'answer to questions 4, 5',
      quote: 'In 2013 heeft de toenmalige Secretaris-Generaal',
      themes: ['Verenigde Naties'],
      color: 'yellow',
      anchorState: 'anchored',
    });
  });

  it('filters by theme (with sub-themes) and by text in quote or note, ignoring case and accents', async () => {
    const { a, out } = await prepared();
    const quotes = async (...args: string[]) =>
      (JSON.parse((await cli(['annotations', '--json', '--archive', a.dir, ...args], out)).stdout) as AnnotationListEntry[]).map((e) => e.quote);
    expect(await quotes('--tag', 'buitenland')).toEqual(['De jaarlijkse top', 'Ontegenzeggelijk heeft president Poetin', 'In 2013 heeft de toenmalige Secretaris-Generaal']);
    expect(await quotes('--query', 'BRICS')).toEqual(['De jaarlijkse top']); // in the note
    expect(await quotes('--query', 'poetin', '--tag', 'Rusland')).toEqual(['Ontegenzeggelijk heeft president Poetin']);
    expect(await quotes('--query', 'geen-treffer')).toEqual([]);
    expect((await cli(['annotations', '--query', 'geen-treffer', '--archive', a.dir], out)).stdout).toBe('No annotations match.\n');
  });

  it('fails with exit 1 for an unknown theme, and 2 for a usage error', async () => {
    const { a, out } = await prepared();
    const unknown = await cli(['annotations', '--tag', 'Onbekend', '--archive', a.dir], out);
    expect([unknown.code, unknown.stderr]).toEqual([1, 'There is no theme named "Onbekend".\n']);
    const extra = await cli(['annotations', 'iets', '--archive', a.dir], out);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('Usage: vraagbaak annotations [--json]');
  });
});

describe('vraagbaak export-annotations / import-annotations', () => {
  it('exports W3C and CSV, and imports the W3C file into another archive with the same documents', async () => {
    const { a, out } = await prepared();
    const w3c = await cli(['export-annotations', '--format', 'w3c', '--out', 'alles.jsonld', '--archive', a.dir], out);
    expect([w3c.code, w3c.stdout]).toEqual([0, 'Wrote 5 annotations as W3C Web Annotations (JSON-LD) to alles.jsonld\n']);
    const collection = JSON.parse(await readFile(path.join(out, 'alles.jsonld'), 'utf8')) as { type: string; total: number };
    expect([collection.type, collection.total]).toEqual(['AnnotationCollection', 5]);

    const csv = await cli(['export-annotations', '--out', 'rechtsstaat.csv', '--tag', 'rechtsstaat', '--archive', a.dir], out);
    expect(csv.stdout).toBe('Wrote 2 annotations with theme "rechtsstaat" as CSV to rechtsstaat.csv\n');
    const bytes = await readFile(path.join(out, 'rechtsstaat.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')).toHaveLength(4); // header, 2 rows, end

    // a second archive with the same three documents
    const second = await temp.tempDir();
    const importDocs = await cli(['import', ...corpusFiles(), '--archive', second], out);
    expect(importDocs.code, importDocs.stderr).toBe(0);
    const imported = await cli(['import-annotations', 'alles.jsonld', '--archive', second], out);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    expect(imported.stdout).toBe('alles.jsonld: imported 5 annotations, 0 duplicates skipped, 0 not placed, new themes: Buitenland, Rusland, Verenigde Naties, Rechtsstaat.\n');
    const again = await cli(['import-annotations', 'alles.jsonld', '--json', '--archive', second], out);
    const report = JSON.parse(again.stdout) as AnnotationImportReport;
    expect([again.code, report.imported.length, report.duplicates.length]).toEqual([0, 0, 5]);
  });

  it('exits 1 and lists on stderr the annotations it could not place, keeping the others', async () => {
    const { a, out } = await prepared();
    await cli(['export-annotations', '--out', 'alles.json', '--archive', a.dir], out);
    const file = path.join(out, 'alles.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Op grond van artikel 15', 'Een citaat dat er niet staat'));
    const empty = await temp.tempDir();
    await cli(['import', ...corpusFiles(), '--archive', empty], out);
    const run = await cli(['import-annotations', 'alles.json', '--archive', empty], out);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^alles\.json: imported 4 annotations, 0 duplicates skipped, 1 not placed/);
    expect(run.stderr).toBe(
      `Not placed:\n  - #4 in ${a.docs.elAbassi.id} "Een citaat dat er niet staat": The quote "Een citaat dat er niet staat" is no longer (clearly) in the document's text.\n`,
    );
  });

  it('refuses an unknown format or theme, an invalid file and a missing one, naming the argument', async () => {
    const { a, out } = await prepared();
    const format = await cli(['export-annotations', '--format', 'xml', '--out', 'x.xml', '--archive', a.dir], out);
    expect([format.code, format.stderr.split('\n')[0]]).toEqual([2, 'Option --format must be w3c or csv, not "xml".']);
    const noFormat = await cli(['export-annotations', '--out', 'x.txt', '--archive', a.dir], out);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('needs --format w3c|csv');
    const noOut = await cli(['export-annotations', '--format', 'csv', '--archive', a.dir], out);
    expect([noOut.code, noOut.stderr.split('\n')[0]]).toEqual([2, '"vraagbaak export-annotations" needs --out <file>.']);
    const theme = await cli(['export-annotations', '--format', 'csv', '--out', 'x.csv', '--tag', 'Onbekend', '--archive', a.dir], out);
    expect([theme.code, theme.stderr]).toEqual([1, 'There is no theme named "Onbekend".\n']);
    expect(existsSync(path.join(out, 'x.csv'))).toBe(false);
    const folder = await cli(['export-annotations', '--format', 'csv', '--out', 'geen-map/x.csv', '--archive', a.dir], out);
    expect([folder.code, folder.stderr]).toEqual([1, `Cannot write the annotations to geen-map/x.csv (option --out): the folder ${path.join(out, 'geen-map')} does not exist.\n`]);

    await writeFile(path.join(out, 'kapot.jsonld'), '{"type": "AnnotationCollection", ');
    const invalid = await cli(['import-annotations', 'kapot.jsonld', '--archive', a.dir], out);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^kapot\.jsonld: The file is not valid JSON: .*\.\n$/);
    await writeFile(path.join(out, 'ander.json'), '{"hello": "world"}');
    const other = await cli(['import-annotations', 'ander.json', '--archive', a.dir], out);
    expect([other.code, other.stderr]).toEqual([1, 'ander.json: The file is not a W3C Web Annotation file: it is neither an AnnotationCollection, an AnnotationPage nor an Annotation.\n']);
    await writeFile(path.join(out, 'leeg.jsonld'), '{"type":"AnnotationCollection"}');
    const empty = await cli(['import-annotations', 'leeg.jsonld', '--archive', a.dir], out);
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([0, 'leeg.jsonld: imported 0 annotations, 0 duplicates skipped, 0 not placed.\n', '']);
    const missing = await cli(['import-annotations', 'weg.jsonld', '--archive', a.dir], out);
    expect([missing.code, missing.stderr]).toEqual([1, 'Cannot read weg.jsonld: it does not exist.\n']);
    const none = await cli(['import-annotations', '--archive', a.dir], out);
    expect(none.code).toBe(2);
  });
});

/** The three corpus files of the briefing archive. */
function corpusFiles(): string[] {
  return (Object.keys(BRIEFING_DOCUMENTS) as DocumentKey[]).map(corpusPath);
}
