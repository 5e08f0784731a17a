// @vitest-environment node
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../core/model/index.js';
import { findAnchorPages, readAnchorPages } from './anchor-pages.js';
import { createChromiumPrinter, DEFAULT_CHROMIUM_PATH } from './chromium-printer.js';
import { pageTexts } from './test-pdf-tools.js';

const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);

/** Links to every section first; section k starts a new page when `breaks` has k, else follows on. */
function sectionsHtml(ids: readonly string[], breaks: ReadonlySet<number>): string {
  const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const links = ids.map((id) => `<li><a href="#${attr(id)}">${attr(id)}</a></li>`).join('');
  const sections = ids
    .map((id, k) => `<h2 id="${attr(id)}"${breaks.has(k) ? ' style="break-before: page"' : ''}>Sectie ${String(k)}</h2><p>Tekst van sectie ${String(k)}.</p>`)
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body><ol>${links}</ol>${sections}` +
    '<h2 id="unlinked" style="break-before: page">Zonder link</h2></body></html>';
}

describe('findAnchorPages', () => {
  const printer = createChromiumPrinter();
  afterAll(() => printer.close());

  // Chromium tests: a browser start and a print take seconds on a loaded machine, hence the long timeouts.
  it.skipIf(!hasChromium)('finds the page each linked element landed on in a real Chromium print', { timeout: 120_000 }, async () => {
    const ids = ['inleiding', 'ĳs één', 'a&b', 'x/y', 'deel-3', 'deel-4', 'slot'];
    // pages: links on 1; inleiding and ĳs één on 2; a&b and x/y on 3; deel-3, deel-4 on 4; slot on 5; unlinked on 6
    const pdf = await printer.print(sectionsHtml(ids, new Set([0, 2, 4, 6])), { title: 'Ankers', locale: 'nl' });

    const { pages, pageCount } = await readAnchorPages(pdf, [...ids, 'nergens', 'unlinked']);
    expect(pageCount).toBe(6);
    expect(Object.fromEntries(pages)).toEqual({ inleiding: 2, 'ĳs één': 2, 'a&b': 3, 'x/y': 3, 'deel-3': 4, 'deel-4': 4, slot: 5 });
    // the pages agree with where the text is (poppler, independent of pdf.js)
    const texts = pageTexts(pdf);
    for (const [id, page] of pages) expect(texts[page - 1], id).toContain(`Sectie ${String(ids.indexOf(id))}`);
    // no link points at "unlinked", so Chromium wrote no destination for it; "nergens" is no element at all
    expect(pages.has('unlinked')).toBe(false);
    expect(pages.has('nergens')).toBe(false);

    expect(await findAnchorPages(pdf, ['slot', 'nergens'])).toEqual(new Map([['slot', 5]]));
    expect((await readAnchorPages(pdf, [])).pages.size).toBe(0);
  });

  it('throws pdf-failed for bytes that are not a PDF', async () => {
    let caught: unknown;
    try {
      await readAnchorPages(new TextEncoder().encode('geen pdf'), ['a']);
    } catch (e) {
      caught = e;
    }
    expect(isVraagbaakError(caught, 'pdf-failed')).toBe(true);
  });
});
