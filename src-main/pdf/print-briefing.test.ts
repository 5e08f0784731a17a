// @vitest-environment node
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { findAnchorPages } from './anchor-pages.js';
import { createChromiumPrinter, DEFAULT_CHROMIUM_PATH } from './chromium-printer.js';
import { MAX_NUMBERED_PRINTS, printBriefingPdf } from './print-briefing.js';
import type { PdfPrinter, PdfPrintOptions } from './printer.js';
import { pageTexts, pdfPageCount } from './test-pdf-tools.js';

// Chromium tests: each export is several prints, seconds on a loaded machine, hence the long timeouts.
const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);
const OPTIONS: PdfPrintOptions = { title: 'Inhoudsproef', locale: 'nl' };

/** Section k has 3 + (k * 7) % 11 paragraphs, so sections start at uneven places, some pages holding two. */
const SECTIONS = 12;

/**
 * A hand-written briefing: title page, a table of contents ("Onderwerp k … N" with a fixed-width
 * number slot), then SECTIONS sections headed "Deel k — …". `before` adds HTML before a section.
 */
function handWritten(
  pages: ReadonlyMap<string, number> | null,
  opts: { missing?: string; before?: (k: number, pages: ReadonlyMap<string, number> | null) => string } = {},
): { html: string; tocAnchors: string[] } {
  const anchors = Array.from({ length: SECTIONS }, (_, k) => `deel-${String(k + 1)}`);
  const tocAnchors = opts.missing === undefined ? anchors : [...anchors, opts.missing];
  const toc = tocAnchors
    .map((a) => `<li><a href="#${a}">Onderwerp ${a.replace('deel-', '')}</a><span class="nr">${String(pages?.get(a) ?? '')}</span></li>`)
    .join('');
  const paragraph = 'Het kabinet deelt de zorgen van de leden en blijft de ontwikkelingen rond de ĳsselmeerdijk nauwlettend volgen; een reünie volgt.';
  const sections = anchors.map((a, k) => {
    const body = Array.from({ length: 3 + ((k * 7) % 11) }, () => `<p>${paragraph}</p>`).join('');
    return `${opts.before?.(k + 1, pages) ?? ''}<h2 id="${a}">Deel ${String(k + 1)} — thema</h2>${body}`;
  });
  const html =
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>' +
    "body { font-family: 'DejaVu Serif', serif; font-size: 11pt; } .title { break-after: page; } .toc { break-after: page; }" +
    '.toc li { display: flex; } .toc a { flex: 1; } .nr { display: inline-block; width: 12mm; text-align: right; }' +
    '</style></head><body><section class="title"><h1>Inhoudsproef</h1></section>' +
    `<nav class="toc"><h2>Inhoud</h2><ol>${toc}</ol></nav>${sections.join('')}</body></html>`;
  return { html, tocAnchors };
}

/**
 * Reads the printed table of contents (page 2) and checks every entry against the page its
 * heading is on, with poppler's text (independent of the pdf.js reading under test).
 * @returns entry number → printed page number ('' when the entry has no number)
 */
function checkContents(pdf: Uint8Array): Map<string, string> {
  const texts = pageTexts(pdf);
  const printed = new Map<string, string>();
  for (const m of (texts[1] ?? '').matchAll(/Onderwerp (\S+?)\s*(\d*)\s*$/gm)) printed.set(m[1] ?? '', m[2] ?? '');
  for (let k = 1; k <= SECTIONS; k++) {
    const page = texts.findIndex((t, i) => i > 1 && t.includes(`Deel ${String(k)} — thema`)) + 1;
    expect(printed.get(String(k)), `entry ${String(k)}`).toBe(String(page));
  }
  return printed;
}

/** The real printer, counting its prints and noting which were drafts. */
function counting(printer: PdfPrinter): PdfPrinter & { drafts: boolean[] } {
  const drafts: boolean[] = [];
  return {
    drafts,
    print: (html, options) => {
      drafts.push(options.draft === true);
      return printer.print(html, options);
    },
    close: () => printer.close(),
  };
}

describe('printBriefingPdf', () => {
  const printer = createChromiumPrinter();
  afterAll(() => printer.close());

  it.skipIf(!hasChromium)('prints the table of contents with the pages its entries land on: a draft, then one full print', { timeout: 180_000 }, async () => {
    const seen = counting(printer);
    const result = await printBriefingPdf(seen, (pages) => handWritten(pages, { missing: 'verdwenen' }), OPTIONS);

    expect(seen.drafts).toEqual([true, false]);
    expect(result.prints).toBe(2);
    expect(result.pageCount).toBe(pdfPageCount(result.bytes));
    expect(result.pageCount).toBeGreaterThanOrEqual(6);
    const printed = checkContents(result.bytes);
    // the sections spread over several pages, some sharing one
    const numbers = [...printed.values()].filter((n) => n !== '');
    expect(new Set(numbers).size).toBeGreaterThanOrEqual(4);
    expect(new Set(numbers).size).toBeLessThan(SECTIONS);
    // an entry whose target is not in the document prints without a number
    expect(printed.get('verdwenen')).toBe('');
    // the final print is the full one: header and footer are there
    expect(pageTexts(result.bytes)[2]).toContain(`pagina 3 van ${String(result.pageCount)}`);
  });

  it.skipIf(!hasChromium)('prints once more when filling in the numbers moved the text, and then the numbers hold', { timeout: 180_000 }, async () => {
    // with numbers filled in, a tall block pushes section 4 (and everything after it) a page further
    const before = (k: number, pages: ReadonlyMap<string, number> | null): string => (k === 4 && pages !== null ? '<div style="height: 240mm"></div>' : '');
    const seen = counting(printer);
    const result = await printBriefingPdf(seen, (pages) => handWritten(pages, { before }), OPTIONS);
    expect(seen.drafts).toEqual([true, false, false]);
    expect(result.prints).toBe(3);
    checkContents(result.bytes);
  });

  it.skipIf(!hasChromium)('gives up after MAX_NUMBERED_PRINTS full prints when the numbers never settle, and returns a PDF', { timeout: 240_000 }, async () => {
    // section 2 is on page P; whenever P is printed as its number, a page break moves it to P + 1: no number can be right
    const p = (await findAnchorPages(await printer.print(handWritten(null).html, { ...OPTIONS, draft: true }), ['deel-2'])).get('deel-2');
    const before = (k: number, pages: ReadonlyMap<string, number> | null): string =>
      k === 2 && pages?.get('deel-2') === p ? '<div style="break-before: page"></div>' : '';
    const seen = counting(printer);
    const result = await printBriefingPdf(seen, (pages) => handWritten(pages, { before }), OPTIONS);
    expect(result.prints).toBe(1 + MAX_NUMBERED_PRINTS);
    expect(seen.drafts).toEqual([true, ...Array<boolean>(MAX_NUMBERED_PRINTS).fill(false)]);
    expect(result.pageCount).toBe(pdfPageCount(result.bytes));
    expect(pageTexts(result.bytes)[1]).toContain('Onderwerp 12');
  });

  it.skipIf(!hasChromium)('prints a document without a table of contents once', { timeout: 120_000 }, async () => {
    const seen = counting(printer);
    const html = '<!doctype html><html lang="en"><body><p>Geen inhoudsopgave.</p></body></html>';
    const result = await printBriefingPdf(seen, () => ({ html, tocAnchors: [] }), { title: 'Kort', locale: 'en' });
    expect(seen.drafts).toEqual([false]);
    expect(result).toMatchObject({ pageCount: 1, prints: 1 });
    expect(pageTexts(result.bytes)[0]).toContain('page 1 of 1');
  });
});
