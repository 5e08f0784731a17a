/**
 * Printers for the briefing-export bench: a wrapper that records what the service prints (so the
 * baselines print exactly the export's final HTML), the bare Chromium print that is the baseline,
 * and the printer as it was before issue 9 (a fresh context and page per print; git bb5fc0f), for
 * the before/after comparison.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_CHROMIUM_PATH } from '../src-main/pdf/chromium-printer.js';
import { liftEmbeddedFonts } from '../src-main/pdf/lift-fonts.js';
import { footerTemplate, headerTemplate, PAGE_MARGINS_MM } from '../src-main/pdf/print-templates.js';
import type { PdfPrinter, PdfPrintOptions } from '../src-main/pdf/printer.js';

/** A printer that passes every print on to `inner` and keeps the last full (non-draft) one. */
export interface RecordingPrinter extends PdfPrinter {
  /** the HTML and options of the last non-draft print; null before one */
  readonly last: { html: string; options: PdfPrintOptions } | null;
  /** prints made so far, drafts included */
  readonly prints: number;
}

/** Wraps the real printer `inner`; the wrapper adds no work to a print. */
export function recordingPrinter(inner: PdfPrinter): RecordingPrinter {
  let last: RecordingPrinter['last'] = null;
  let prints = 0;
  return {
    get last() {
      return last;
    },
    get prints() {
      return prints;
    },
    print(html, options) {
      prints++;
      if (!options.draft) last = { html, options };
      return inner.print(html, options);
    },
    close: () => inner.close(),
  };
}

/** Launches the Chromium the app's printer uses, with the same flags. */
export function launchChromium(): Promise<Browser> {
  const args = ['--disable-gpu', '--disable-dev-shm-usage', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  return chromium.launch({ executablePath: process.env['VRAAGBAAK_CHROMIUM'] ?? DEFAULT_CHROMIUM_PATH, args, headless: true });
}

/** A running browser with one context (JavaScript off) that bare prints open their pages in. */
export interface BareBrowser {
  browser: Browser;
  context: BrowserContext;
}

/** Launches a browser for bare prints (launchChromium) and opens its context. */
export async function launchBareBrowser(): Promise<BareBrowser> {
  const browser = await launchChromium();
  try {
    return { browser, context: await browser.newContext({ javaScriptEnabled: false }) };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

const mm = (n: number): string => `${String(n)}mm`;
const MARGIN = { top: mm(PAGE_MARGINS_MM.top), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left), right: mm(PAGE_MARGINS_MM.right) };

/** `page.pdf` options of a full print by the app's printer (chromium-printer.ts): header, footer, tags, outline. */
function fullPdfOptions(options: PdfPrintOptions): Parameters<Page['pdf']>[0] {
  return {
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    margin: MARGIN,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options),
    footerTemplate: footerTemplate(options),
    tagged: true,
    outline: true,
  };
}

/**
 * The baseline: a fresh page in the running browser's context, `setContent(html)`, `page.pdf`
 * with the printer's full options, page closed. `html` is printed as it is (fonts not lifted, no
 * request routing). A new page in a kept context is the least a print can do without a warm page.
 * @returns the PDF bytes
 */
export async function barePrint({ context }: BareBrowser, html: string, options: PdfPrintOptions): Promise<Uint8Array> {
  const page = await context.newPage();
  try {
    return await printOnPage(page, html, options);
  } finally {
    await page.close();
  }
}

/** `setContent(html)` and `page.pdf` with the printer's full options on an open `page` (a reference: no page is opened). */
export async function printOnPage(page: Page, html: string, options: PdfPrintOptions): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  return await page.pdf(fullPdfOptions(options));
}

/**
 * `loadFontCss()` as it was before issue 9: the same rules with only the embedded copy
 * (`url(data:…)`), so every print loads the 3.4 MB of fonts into the page.
 */
export function urlOnlyFontCss(fontCss: string): string {
  return fontCss.replace(/local\('[^']*'\), /g, '');
}

/**
 * The Chromium printer before issue 9 (git bb5fc0f:src-main/pdf/chromium-printer.ts): the browser
 * starts on the first print and stays; each print opens a new context (JavaScript off, requests
 * aborted but the lifted fonts) and page, prints with header and footer (no tags, no outline,
 * no draft mode), and closes the context. Prints are not queued (the bench makes one at a time).
 */
export function oldStylePrinter(): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  return {
    async print(html, options) {
      const b = await (browser ??= launchChromium());
      const { html: lighter, fonts } = liftEmbeddedFonts(html);
      let context: BrowserContext | undefined;
      try {
        context = await b.newContext({ javaScriptEnabled: false });
        await context.route('**/*', (route) => {
          const font = fonts.get(route.request().url());
          return font ? route.fulfill({ status: 200, contentType: font.contentType, body: font.body }) : route.abort();
        });
        const page = await context.newPage();
        await page.setContent(lighter, { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, margin: MARGIN, displayHeaderFooter: true, headerTemplate: headerTemplate(options), footerTemplate: footerTemplate(options) });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await context?.close().catch(() => undefined);
      }
    },
    async close() {
      const current = browser;
      browser = null;
      await (await current)?.close();
    },
  };
}
