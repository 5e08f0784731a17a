/**
 * Hostile inputs for the importer tests, made from real bytes: a .docx zip bomb, deeply nested
 * HTML, and a real corpus PDF with bytes changed. Test-only (excluded from the build like *.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

export const CORPUS_PDF_DIR = path.resolve(import.meta.dirname, '../../../../shared/corpus/nl-pdf');

/**
 * A small .docx whose word/document.xml unpacks to `megabytes` MB of paragraphs.
 * @param damageStream when true, bytes inside the compressed text are overwritten (the directory
 *   stays intact), so only a reader that never inflates can give 'too-large'
 */
export function docxZipBomb(megabytes: number, damageStream = false): Uint8Array {
  const paragraph = '<w:p><w:r><w:t>Vraag 1 Bent u bekend met het bericht?</w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.ceil((megabytes * 1_000_000) / paragraph.length));
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const encoder = new TextEncoder();
  const zip = zipSync(
    {
      '[Content_Types].xml': encoder.encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': encoder.encode(document),
    },
    { level: 9 },
  );
  if (damageStream) zip.fill(0xff, 200, 400);
  return zip;
}

/** HTML of `count` unclosed `<div>`s. */
export function unclosedDivs(count: number): Uint8Array {
  return new TextEncoder().encode(`<html><body>${'<div>'.repeat(count)}Vraag 1</body></html>`);
}

/** The first PDF of the corpus: its name and bytes. */
export function corpusPdf(): { name: string; bytes: Uint8Array } {
  const name = readdirSync(CORPUS_PDF_DIR).filter((f) => f.endsWith('.pdf')).sort()[0];
  if (!name) throw new Error(`no PDF in ${CORPUS_PDF_DIR}`);
  return { name, bytes: new Uint8Array(readFileSync(path.join(CORPUS_PDF_DIR, name))) };
}

/** A copy of `bytes` with `count` bytes changed at positions drawn from `seed` (a small LCG: the same damage every run). */
export function damaged(bytes: Uint8Array, seed: number, count = 10): Uint8Array {
  const copy = bytes.slice();
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const at = state % copy.length;
    copy[at] = (copy[at] ?? 0) ^ 0x5a;
  }
  return copy;
}
