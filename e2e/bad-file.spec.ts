/**
 * A file that is not a Kamervragen document (here: binary bytes) is reported by name with a
 * reason, and the archive is left as it was.
 */
import path from 'node:path';
import { expect, repoRoot, test } from './fixtures.js';
import { LibraryPage } from './pages/library-page.js';

const SEED = path.resolve(repoRoot, '../shared/seed/000_c9bbddca1680c246.txt');

/** 4 KiB of every byte value: NUL bytes and invalid UTF-8, like an image or an executable. */
function binaryBytes(): Buffer {
  return Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
}

test('importing a binary file reports it with its reason and leaves the library unchanged', async ({ page, shell }) => {
  const library = new LibraryPage(page);
  await library.goto(shell.url);
  await library.importFiles([SEED]);
  await expect(library.importResult).toContainText('Geïmporteerd: 1');
  await expect(library.documents).toHaveCount(1);

  await library.fileInput.setInputFiles({ name: 'scan-kapot.bin', mimeType: 'application/octet-stream', buffer: binaryBytes() });

  await expect(library.importResult).toContainText('Geïmporteerd: 0');
  await expect(library.importFailures).toContainText('Mislukt: 1');
  await expect(library.importFailures).toContainText(/scan-kapot\.bin: \S.+/);
  // the reason code of main's error gets a Dutch text (not main's English "unsupported format")
  await expect(library.importFailures).toContainText('scan-kapot.bin: Het bestandsformaat „.bin” wordt niet ondersteund; Vraagbaak kan .txt');
  await expect(library.documents).toHaveCount(1);
  await page.reload();
  await expect(library.documents).toHaveCount(1);
});
