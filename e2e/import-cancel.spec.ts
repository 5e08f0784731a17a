/**
 * Cancelling a large import in the browser shell: 60 texts made from the real delay notice r25
 * (each with its own Aanhangsel and case number) are picked, Annuleren is clicked while the
 * progress bar shows, and the report and the archive must agree: the batches sent before the
 * cancel are imported whole, the rest counted as not imported, nothing half-imported.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, repoRoot, test } from './fixtures.js';
import { LibraryPage } from './pages/library-page.js';

const NOTICE = path.resolve(repoRoot, '../shared/corpus/nl-text/kvl-r25-Uitstel_beantwoording_vragen_van_de_lede.docx.txt');
const FILES = 60;
/** Files per `documents.import` call (src-renderer/lib/import-batches.ts BATCH_FILES, for files this small). */
const BATCH_FILES = 5;

/** Writes FILES variants of the notice into a new temp folder; returns their paths. */
async function writeNotices(dir: string): Promise<string[]> {
  const notice = await readFile(NOTICE, 'utf8');
  const paths: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const file = path.join(dir, `uitstel-${String(i).padStart(2, '0')}.txt`);
    await writeFile(file, notice.replace('AH 615', `AH ${2000 + i}`).replace('2024Z17538', `2024Z${40000 + i}`));
    paths.push(file);
  }
  return paths;
}

test('cancelling an import of 60 files stops it; the report and the library agree on what came in', async ({ page, shell }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-e2e-cancel-'));
  try {
    const files = await writeNotices(dir);
    const library = new LibraryPage(page);
    await library.goto(shell.url);

    await library.fileInput.setInputFiles(files);
    const progress = page.getByRole('progressbar');
    await expect(progress).toBeVisible();
    await page.getByRole('button', { name: 'Annuleren', exact: true }).click();

    await expect(progress).toBeHidden();
    await expect(library.importResult).toBeVisible();
    const status = library.importResult.getByRole('status');
    const importedText = (await status.getByText(/^Geïmporteerd: \d+$/).textContent()) ?? '';
    const imported = Number(/\d+/.exec(importedText)?.[0]);
    expect(imported).toBeLessThan(FILES);
    expect(imported % BATCH_FILES).toBe(0); // whole batches only
    console.log(`import cancelled after ${imported} of ${FILES} files`);
    await expect(status).toContainText(`Niet geïmporteerd door annuleren: ${FILES - imported}`);
    await expect(status.getByRole('listitem')).toHaveCount(imported);
    await expect(library.importFailures).toHaveCount(0);

    // the archive holds exactly the imported documents, also after the page is reloaded
    const listed = async (): Promise<string[]> => {
      const reply = await page.request.post(`${shell.origin}/api/documents.list`, {
        headers: { Authorization: `Bearer ${shell.token}` },
        data: {},
      });
      const body = (await reply.json()) as { ok: boolean; value: { id: string }[] };
      expect(body.ok).toBe(true);
      return body.value.map((s) => s.id);
    };
    const ids = await listed();
    expect(ids).toHaveLength(imported);
    expect(ids.every((id) => /^ah-tk-20242025-2\d{3}$/.test(id))).toBe(true);
    await page.reload();
    await expect(library.importButton).toBeEnabled();
    expect(await listed()).toHaveLength(imported);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
