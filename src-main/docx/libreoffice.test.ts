// @vitest-environment node
/**
 * The Word export as LibreOffice shows it (LibreOffice does not update fields, so it shows the
 * file as written): a briefing of real documents spread over several pages is converted to PDF
 * with LibreOffice (headless, private profile) and read back with pdf.js. The contents page lists
 * every heading at its level, the headings follow in that order on later pages, and the title
 * page's wrapped title is set on lines of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveBriefing } from '../core/briefing/resolve.js';
import { briefingOf, sourcesOf } from '../core/briefing/test-briefings.js';
import { parseText } from '../core/parse/index.js';
import { renderBriefingDocx } from './index.js';
import { readDocx, tocEntries, type TocEntry } from './test-read-docx.js';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/nl-text');
const FILES = [
  'kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt',
  'kvl-r04-Antwoord_op_vragen_van_de_leden_Van_Nisp.pdf.txt',
  'kvl-r16-Antwoord_op_vragen_van_de_leden_Ellian_e.pdf.txt',
  'kvl-r17-NAVO-verplichtingen.pdf.txt',
];
const documents = FILES.map((file, i) => parseText(readFileSync(resolve(CORPUS, file), 'utf8'), { fileName: file, sha256: String(i).repeat(64), format: 'text' }));

/** Whitespace as one space: lines wrap differently in the PDF's text. */
const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text of each page of `pdf`, in order. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: pdf, disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const { items } = await (await doc.getPage(n)).getTextContent();
      pages.push(squeeze(items.map((item) => ('str' in item ? item.str : '')).join(' ')));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** `docx` converted to PDF by LibreOffice, with a profile of its own (so a running LibreOffice does not interfere). */
function libreOfficePdf(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'vraagbaak-docx-lo-'));
  try {
    writeFileSync(join(dir, 'briefing.docx'), docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'briefing.docx')], { stdio: 'pipe' });
    return new Uint8Array(readFileSync(join(dir, 'briefing.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Word export opened in LibreOffice', () => {
  let entries: TocEntry[];
  let pages: string[];
  beforeAll(async () => {
    const [a, b, c, d] = documents.map((doc) => doc.id);
    const items = [
      { type: 'heading', id: 'h1', text: 'Eerste deel: contacten en richtlijnen' },
      { type: 'document', id: 'd1', documentId: a },
      { type: 'document', id: 'd2', documentId: b },
      { type: 'heading', id: 'h2', text: 'Tweede deel: veiligheid' },
      { type: 'document', id: 'd3', documentId: c },
      { type: 'document', id: 'd4', documentId: d },
    ];
    const content = resolveBriefing(briefingOf(items), sourcesOf(documents), { exportDate: '2024-04-01' });
    const docx = await renderBriefingDocx(content);
    entries = tocEntries((await readDocx(docx)).document);
    pages = await pageTexts(libreOfficePdf(docx));
  }, 180_000);

  it('lists every heading on the contents page, and sets the headings in that order after it', () => {
    expect(entries.map((e) => e.level)).toEqual([1, 2, 2, 1, 2, 2]);
    // every page starts with its header, the classification
    const contentsPage = pages.findIndex((text) => text.startsWith('Intern Inhoud '));
    expect(contentsPage).toBe(1);
    const contents = pages[contentsPage] ?? '';
    const listed = entries.map((e) => contents.indexOf(squeeze(e.title)));
    expect(listed.every((at) => at >= 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    const landed = entries.map((e) => pages.findIndex((text, i) => i > contentsPage && text.includes(squeeze(e.title))));
    expect(landed.every((page) => page > contentsPage)).toBe(true);
    expect([...landed].sort((a, b) => a - b)).toEqual(landed);
    // the briefing runs over several pages, so the order is checked across page breaks
    expect(new Set(landed).size).toBeGreaterThanOrEqual(3);
  });
});
