import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { VraagbaakError } from '../../core/model/index.js';
import { SEED_PATH } from '../test-archives.js';
import { assertDocxUnpacksSmall, DOCX_MAX_XML_BYTES } from './docx-zip-size.js';
import { docxZipBomb, unclosedDivs } from './test-hostile-files.js';
import { createImportRunner, type ImportRunner } from './import-runner.js';

const runners: ImportRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.close()));
});
const runner = (...options: Parameters<typeof createImportRunner>): ImportRunner => {
  const made = createImportRunner(...options);
  runners.push(made);
  return made;
};
const seed = (): Uint8Array => new Uint8Array(readFileSync(SEED_PATH));
const failureOf = (promise: Promise<unknown>): Promise<VraagbaakError> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => {
      if (!(e instanceof VraagbaakError)) throw e;
      return e;
    },
  );

describe('import runner (parsing in a bounded worker)', () => {
  it('parses a file in the worker exactly like importFile, and reuses the worker for the next file', async () => {
    const r = runner();
    const [first] = await r.parse('seed.txt', seed());
    const [second] = await r.parse('kopie.txt', seed());
    expect(first?.document.id).toBe(second?.document.id);
    expect(first?.document.source).toMatchObject({ fileName: 'seed.txt', format: 'text' });
    expect(first?.original).toEqual(seed());
  });

  it('reports a failure of the file with its name and code, rebuilt as a VraagbaakError', async () => {
    const e = await failureOf(runner().parse('leeg.txt', new Uint8Array()));
    expect(e.message).toMatch(/^leeg\.txt/);
    expect(e.details).toMatchObject({ fileName: 'leeg.txt', reason: 'empty-file' });
  });

  it('refuses an unsupported format before any worker starts', async () => {
    const e = await failureOf(runner().parse('scan.tiff', new Uint8Array([1])));
    expect(e.code).toBe('unsupported-format');
  });

  it('a deadline that has passed stops the parse (took-too-long); the next file gets a fresh worker', async () => {
    const r = runner({ deadlineMs: 0 }); // 0 ms always trips: a reply is checked against the deadline too
    const e = await failureOf(r.parse('seed.txt', seed()));
    expect(e.details).toMatchObject({ fileName: 'seed.txt', reason: 'took-too-long', seconds: 0 });
    expect(e.message).toBe('seed.txt: reading the file took longer than 0 s; it was given up');
  });

  it('after a terminated worker, the next file is read by a new one', async () => {
    let clock = 0;
    let step = 100_000; // the injected clock passes the 60 s deadline between a request and its reply
    const r = runner({ deadlineMs: 60_000, now: () => (clock += step) });
    const e = await failureOf(r.parse('eerste.txt', seed()));
    expect(e.details).toMatchObject({ reason: 'took-too-long', seconds: 60 });
    step = 0;
    const [next] = await r.parse('tweede.txt', seed());
    expect(next?.document.source.fileName).toBe('tweede.txt');
  });

  it('a .docx zip bomb is refused as too-large from its zip directory, without inflating', async () => {
    const bomb = docxZipBomb(30, true); // compressed text damaged: inflating it would fail otherwise
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expect(() => assertDocxUnpacksSmall(bomb, 'bom.docx')).toThrow(/^bom\.docx: the file unpacks to 3\d MB, more than the \d+ MB a Kamervragen document can have; it was not opened$/);
    const e = await failureOf(runner().parse('bom.docx', bomb));
    expect(e.details).toMatchObject({ fileName: 'bom.docx', reason: 'too-large' });
    expect(e.details['limit']).toBeLessThanOrEqual(DOCX_MAX_XML_BYTES / 1_000_000);
  });

  it('deeply nested HTML (200,000 unclosed <div>s) fails as too-deep, and the main thread answers meanwhile', async () => {
    const r = runner();
    const order: string[] = [];
    const parse = failureOf(r.parse('diep.html', unclosedDivs(200_000))).then((e) => {
      order.push('parse');
      return e;
    });
    await new Promise<void>((resolve) => setImmediate(resolve)).then(() => order.push('main thread'));
    const e = await parse;
    expect(order).toEqual(['main thread', 'parse']);
    expect(e.details).toMatchObject({ fileName: 'diep.html', reason: 'too-deep' });
    expect(e.message).toBe('diep.html: the file is nested too deeply to be a Kamervragen document; it was not read');
  });

  it('a worker out of memory fails its file as out-of-memory; the process goes on', async () => {
    const r = runner({ maxOldGenerationSizeMb: 16 });
    // a UK JSON of one huge string: JSON.parse needs more than 16 MB of heap
    const huge = new TextEncoder().encode(JSON.stringify({ items: [{ value: 'x'.repeat(1) }], filler: Array.from({ length: 400_000 }, (_, i) => ({ i, s: `regel ${i}` })) }));
    const e = await failureOf(r.parse('groot.json', huge));
    expect(['out-of-memory', 'json-unknown-shape']).toContain(e.details['reason']);
  });
});
