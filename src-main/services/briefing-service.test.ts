import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../core/api/index.js';
import type { BriefingExport } from '../core/api/types.js';
import { createChromiumPrinter } from '../pdf/chromium-printer.js';
import { slugify } from './briefing-service.js';
import { openVraagbaak, type Vraagbaak } from './index.js';

describe('slugify', () => {
  it.each([
    ['Oeigoeren: één overzicht', 'oeigoeren-een-overzicht'],
    ['  ĳzeren   Rijn / 2025 ', 'ijzeren-rijn-2025'],
    ['../../etc/passwd', 'etc-passwd'],
    ['???', 'briefing'],
    ['a'.repeat(100), 'a'.repeat(80)],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('briefing export with the real Chromium printer', () => {
  const REPO = resolve(import.meta.dirname, '../..');
  const SEED = resolve(REPO, '../shared/seed/000_c9bbddca1680c246.txt');
  let dir: string;
  let v: Vraagbaak | null = null;
  afterEach(async () => {
    await v?.close();
    v = null;
    await rm(dir, { recursive: true, force: true });
  });

  it('exports the documents with their highlights and notes as a PDF with real text', { timeout: 60_000 }, async () => {
    dir = await mkdtemp(join(tmpdir(), 'vraagbaak-briefing-'));
    v = await openVraagbaak({ archiveDir: dir, printer: createChromiumPrinter(), shell: 'web', version: 'test' });
    const { imported } = await v.importer.importFiles([{ name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED)) }]);
    const id = imported[0]?.id ?? '';
    await v.annotations.createByQuote(id, 'Oeigoeren', { note: 'Kernpunt voor het overleg', tagNames: ['Mensenrechten'] });

    const result = await dispatch(v.handlers, 'briefing.export', { title: 'Oeigoeren: één overzicht', documentIds: [id, id] });
    if (!result.ok) throw new Error(result.error.message);
    const exported = result.value as BriefingExport;
    expect(exported.fileName).toBe('oeigoeren-een-overzicht.pdf');
    expect(exported.savedPath).toBeNull();
    const pdf = Buffer.from(exported.pdfBase64 ?? '', 'base64');
    expect(pdf.byteLength).toBe(exported.byteLength);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pdfPath = join(dir, exported.fileName);
    await writeFile(pdfPath, pdf);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Oeigoeren: één overzicht');
    expect(text).toContain('Kernpunt voor het overleg');
    expect(text).toContain('Mensenrechten');
  });
});
