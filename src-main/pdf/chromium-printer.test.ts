// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../core/model/index.js';
import { createChromiumPrinter, DEFAULT_CHROMIUM_PATH } from './chromium-printer.js';
import { loadFontCss } from './font-css.js';
import type { PdfPrintOptions } from './printer.js';
import { sampleBriefingHtml } from './test-briefing-html.js';
import { chromiumChildPids, pageTexts, pdfFonts, pdfPageCount, pdfText } from './test-pdf-tools.js';

// The Chromium tests skip only when the browser is absent; they need poppler-utils and fonts-dejavu-core.
// A browser start and a print take seconds on a loaded machine, hence the long timeouts.
const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);
const OPTIONS: PdfPrintOptions = { title: 'Kopregel proef', locale: 'nl' };

/** pdf.js's view of a PDF's tags and outline. */
async function structureOf(pdf: Uint8Array): Promise<{ marked: boolean; outline: string[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    const doc = await task.promise;
    const titles: string[] = [];
    const walk = (items: readonly { title: string; items: readonly unknown[] }[] | null): void => {
      for (const item of items ?? []) {
        titles.push(item.title);
        walk(item.items as { title: string; items: unknown[] }[]);
      }
    };
    walk(await doc.getOutline());
    return { marked: (await doc.getMarkInfo())?.Marked === true, outline: titles };
  } finally {
    await task.destroy();
  }
}

/** A page's text without the running header (OPTIONS.title) and footer, whitespace collapsed. */
function bodyText(page: string): string {
  return page.replace(OPTIONS.title, '').replace(/pagina \d+ van \d+/, '').replace(/\s+/g, ' ').trim();
}

/** A one-page document saying `marker`, padded to `pages` pages. */
function markedHtml(marker: string, pages: number): string {
  const extra = Array.from({ length: pages - 1 }, (_, i) => `<p style="break-before: page">${marker} vervolg ${String(i + 2)}</p>`).join('');
  return `<!doctype html><html lang="nl"><body><h1>${marker}</h1>${extra}</body></html>`;
}

describe('createChromiumPrinter', () => {
  it.skipIf(!hasChromium)('prints real text in embedded subset fonts, with tags, an outline and "pagina N van M"', { timeout: 180_000 }, async () => {
    const printer = createChromiumPrinter();
    try {
      const { html } = sampleBriefingHtml(null, { excerpts: 12, fontCss: await loadFontCss() });
      const pdf = await printer.print(html, OPTIONS);
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf);
      for (const expected of ['Briefing ĳsselmeer', 'Één ĳverige café-eigenaar', 'reünie met ideeën', 'coöperatieve', 'Mensenrechten', 'Aanhangsel Handelingen II 2020/21, nr. 1601', 'pagina 1 van']) {
        expect(text).toContain(expected);
      }
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(text).toContain(`pagina ${String(pages)} van ${String(pages)}`);
      const fonts = pdfFonts(pdf);
      expect(fonts.map((f) => f.name).join(' ')).toMatch(/\+DejaVuSerif\b/);
      expect(fonts.map((f) => f.name).join(' ')).toMatch(/\+DejaVuSerif-Italic\b/);
      for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicodeMap: true });

      const { marked, outline } = await structureOf(pdf);
      expect(marked).toBe(true); // tagged PDF
      expect(outline).toEqual(expect.arrayContaining(['Briefing ĳsselmeer', 'Inhoud', 'Mensenrechten', 'Handelsbeleid', 'Eindnoten']));
    } finally {
      await printer.close();
    }
  });

  it.skipIf(!hasChromium)('prints a draft without header, footer, tags or outline, its pages breaking where the full print breaks', { timeout: 180_000 }, async () => {
    const printer = createChromiumPrinter();
    try {
      const { html } = sampleBriefingHtml(null, { excerpts: 40 });
      const full = await printer.print(html, OPTIONS);
      const draft = await printer.print(html, { ...OPTIONS, draft: true });
      expect(pdfText(draft)).not.toContain('pagina 1 van');
      expect(pdfText(draft)).not.toContain(OPTIONS.title);
      expect(await structureOf(draft)).toEqual({ marked: false, outline: [] });
      const fullPages = pageTexts(full);
      expect(fullPages.length).toBeGreaterThanOrEqual(6);
      expect(pageTexts(draft).map(bodyText)).toEqual(fullPages.map(bodyText));
    } finally {
      await printer.close();
    }
  });

  it.skipIf(!hasChromium)('prints English page numbers, runs no script and makes no network request', { timeout: 120_000 }, async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    const printer = createChromiumPrinter();
    try {
      // an embedded font under a made-up family name: it can only come from the data: URL
      const mono = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf').toString('base64');
      const html =
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${origin}/x.css">` +
        `<style>@font-face { font-family: X; src: url(${origin}/x.ttf); } p { font-family: X, serif; }\n` +
        `@font-face { font-family: Embedded; src: url(data:font/ttf;base64,${mono}) format('truetype'); } .e { font-family: Embedded; }</style></head>` +
        `<body><p>Hello</p><div class="e">Embedded ĳ</div><img src="${origin}/x.png"><script>document.body.textContent = "script ran"</script></body></html>`;
      const pdf = await printer.print(html, { title: 'Test', locale: 'en' });
      const text = pdfText(pdf);
      expect(text).toContain('Hello');
      expect(text).not.toContain('script ran');
      expect(text).toContain('page 1 of 1');
      expect(requests).toEqual([]);
      expect(pdfFonts(pdf).map((f) => f.name).join(' ')).toContain('DejaVuSansMono');
      // the next print on the warm page does not get the previous print's fonts
      const plain = await printer.print('<!doctype html><html lang="en"><body><p class="e">Plain</p></body></html>', { title: 'Test', locale: 'en' });
      expect(pdfText(plain)).toContain('Plain');
      expect(pdfFonts(plain).map((f) => f.name).join(' ')).not.toContain('DejaVuSansMono');
    } finally {
      await printer.close();
      server.close();
    }
  });

  it.skipIf(!hasChromium)('gives each of many sequential and concurrent prints its own, correct PDF', { timeout: 240_000 }, async () => {
    const printer = createChromiumPrinter();
    try {
      const check = (pdf: Uint8Array, marker: string, pages: number, others: readonly string[]): void => {
        const text = pdfText(pdf);
        expect(text).toContain(marker);
        for (const other of others) expect(text).not.toContain(other);
        expect(pdfPageCount(pdf)).toBe(pages);
        expect(text).toContain(`pagina ${String(pages)} van ${String(pages)}`);
      };
      const markers = Array.from({ length: 8 }, (_, i) => `Stuk-${String.fromCharCode(65 + i)}`);
      for (const [i, marker] of markers.slice(0, 3).entries()) {
        check(await printer.print(markedHtml(marker, i + 1), { ...OPTIONS, title: marker }), marker, i + 1, markers.filter((m) => m !== marker));
      }
      // all at once: the queue prints them one by one; full prints and drafts mixed
      const pdfs = await Promise.all(
        markers.map((marker, i) => printer.print(markedHtml(marker, (i % 4) + 1), { ...OPTIONS, title: marker, draft: i % 3 === 2 })),
      );
      for (const [i, pdf] of pdfs.entries()) {
        const marker = markers[i] ?? '';
        const pages = (i % 4) + 1;
        if (i % 3 === 2) {
          expect(pdfText(pdf)).toContain(marker);
          expect(pdfText(pdf)).not.toContain('pagina');
          expect(pdfPageCount(pdf)).toBe(pages);
        } else {
          check(pdf, marker, pages, markers.filter((m) => m !== marker));
        }
      }
      expect(chromiumChildPids()).toHaveLength(1); // one browser served them all
    } finally {
      await printer.close();
    }
    expect(chromiumChildPids()).toEqual([]);
  });

  it.skipIf(!hasChromium)('replaces a killed browser on the next print, and close() releases it', { timeout: 240_000 }, async () => {
    expect(chromiumChildPids()).toEqual([]);
    const printer = createChromiumPrinter();
    try {
      expect(pdfText(await printer.print(markedHtml('Voor', 1), OPTIONS))).toContain('Voor');
      const [first, ...more] = chromiumChildPids();
      expect(more).toEqual([]);
      process.kill(first ?? -1, 'SIGKILL');
      const after = await printer.print(markedHtml('Na', 2), OPTIONS);
      expect(pdfText(after)).toContain('Na');
      expect(pdfPageCount(after)).toBe(2);
      const replaced = chromiumChildPids();
      expect(replaced).toHaveLength(1);
      expect(replaced).not.toContain(first);
      // killed while idle, then several prints queued at once: all of them still succeed
      process.kill(replaced[0] ?? -1, 'SIGKILL');
      const texts = (await Promise.all(['Een', 'Twee', 'Drie'].map((m) => printer.print(markedHtml(m, 1), OPTIONS)))).map(pdfText);
      expect(texts.map((t) => /Een|Twee|Drie/.exec(t)?.[0])).toEqual(['Een', 'Twee', 'Drie']);
    } finally {
      await printer.close();
    }
    expect(chromiumChildPids()).toEqual([]);
  });

  it('throws pdf-failed naming the browser path and how to install one', async () => {
    const printer = createChromiumPrinter({ executablePath: '/nonexistent/chromium' });
    let caught: unknown;
    try {
      await printer.print('<p>x</p>', { title: 'x', locale: 'nl' });
    } catch (e) {
      caught = e;
    }
    expect(isVraagbaakError(caught, 'pdf-failed')).toBe(true);
    expect((caught as Error).message).toContain('/nonexistent/chromium');
    expect((caught as Error).message).toContain('apt-get install chromium');
    expect((caught as Error).message).toContain('VRAAGBAAK_CHROMIUM');
    await printer.close();
  });
});
