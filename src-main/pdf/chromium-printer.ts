/**
 * PdfPrinter for the CLI and the browser shell: prints briefing HTML with a system Chromium
 * driven by playwright-core (Debian's /usr/bin/chromium here; no downloaded browser builds).
 * The page gets no JavaScript and no network; the browser starts on the first print and is reused.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { VraagbaakError } from '../core/model/index.js';
import type { PdfPrinter, PdfPrintOptions } from './printer.js';
import { liftEmbeddedFonts } from './lift-fonts.js';
import { footerTemplate, headerTemplate, PAGE_MARGINS_MM } from './print-templates.js';

/** Where Chromium is looked for when neither the option nor VRAAGBAAK_CHROMIUM names it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export interface ChromiumPrinterOptions {
  /** the Chromium/Chrome binary; default `VRAAGBAAK_CHROMIUM` or `/usr/bin/chromium` */
  executablePath?: string;
}

function installHint(executablePath: string): string {
  return (
    `Could not use the Chromium browser at ${executablePath} to print the PDF. ` +
    'Install it (on Debian/Ubuntu: apt-get install chromium) or set VRAAGBAAK_CHROMIUM to the path of a Chromium or Chrome binary.'
  );
}

function causeOf(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
}

/**
 * Creates a PdfPrinter backed by Chromium (playwright-core). The browser is launched lazily on the
 * first `print` (about 0.3–0.5 s), shared by later prints, and closed by `close()`.
 *
 * Launch flags: `--disable-gpu`, `--disable-dev-shm-usage`, and `--no-sandbox` only when running
 * as root (Chromium refuses to start its sandbox as root). Each print uses a fresh context with
 * JavaScript disabled and every network request aborted; fonts embedded as `data:` URLs are lifted
 * out of the HTML and served from memory (see lift-fonts.ts: loading them inline is much slower).
 *
 * @param opts.executablePath - the browser binary (else `VRAAGBAAK_CHROMIUM`, else /usr/bin/chromium)
 * @returns a printer whose `print` throws VraagbaakError('pdf-failed') naming the browser path and
 *   how to install one when the browser cannot start, or the cause when printing fails
 */
export function createChromiumPrinter(opts: ChromiumPrinterOptions = {}): PdfPrinter {
  const executablePath = opts.executablePath ?? process.env['VRAAGBAAK_CHROMIUM'] ?? DEFAULT_CHROMIUM_PATH;
  let browser: Promise<Browser> | null = null;

  const launch = (): Promise<Browser> => {
    if (browser === null) {
      const args = ['--disable-gpu', '--disable-dev-shm-usage'];
      if (process.getuid?.() === 0) args.push('--no-sandbox');
      const starting = chromium.launch({ executablePath, args, headless: true }).then((b) => {
        b.on('disconnected', () => {
          if (browser === starting) browser = null;
        });
        return b;
      });
      browser = starting;
      starting.catch(() => {
        if (browser === starting) browser = null; // let a later print try again
      });
    }
    return browser;
  };

  return {
    async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
      let b: Browser;
      try {
        b = await launch();
      } catch (e) {
        throw new VraagbaakError('pdf-failed', `${installHint(executablePath)} (${causeOf(e)})`, { executablePath });
      }
      let context: BrowserContext | undefined;
      try {
        // Embedded fonts are answered from memory; every other request is aborted.
        const { html: lighter, fonts } = liftEmbeddedFonts(html);
        context = await b.newContext({ javaScriptEnabled: false });
        await context.route('**/*', (route) => {
          const font = fonts.get(route.request().url());
          return font ? route.fulfill({ status: 200, contentType: font.contentType, body: font.body }) : route.abort();
        });
        const page = await context.newPage();
        await page.setContent(lighter, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: headerTemplate(options),
          footerTemplate: footerTemplate(options),
          margin: {
            top: `${String(PAGE_MARGINS_MM.top)}mm`,
            bottom: `${String(PAGE_MARGINS_MM.bottom)}mm`,
            left: `${String(PAGE_MARGINS_MM.left)}mm`,
            right: `${String(PAGE_MARGINS_MM.right)}mm`,
          },
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (e) {
        throw new VraagbaakError('pdf-failed', `Chromium (${executablePath}) could not print the briefing: ${causeOf(e)}`, {
          executablePath,
        });
      } finally {
        await context?.close().catch(() => undefined);
      }
    },

    async close(): Promise<void> {
      const current = browser;
      browser = null;
      if (current === null) return;
      const b = await current.catch(() => null);
      await b?.close();
    },
  };
}
