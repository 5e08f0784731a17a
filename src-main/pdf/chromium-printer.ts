/**
 * PdfPrinter for the CLI and the browser shell: prints briefing HTML with a system Chromium
 * driven by playwright-core (Debian's /usr/bin/chromium here; no downloaded browser builds).
 * One warm page (JavaScript off, every request aborted but our own fonts) serves every print,
 * one at a time through a queue; a crashed page or browser is replaced on the next print.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { VraagbaakError } from '../core/model/index.js';
import type { PdfPrinter, PdfPrintOptions } from './printer.js';
import { liftEmbeddedFonts, type LiftedFont } from './lift-fonts.js';
import { footerTemplate, headerTemplate, PAGE_MARGINS_MM } from './print-templates.js';
import { createSerialQueue } from './serial-queue.js';

/** Where Chromium is looked for when neither the option nor VRAAGBAAK_CHROMIUM names it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export interface ChromiumPrinterOptions {
  /** the Chromium/Chrome binary; default `VRAAGBAAK_CHROMIUM` or `/usr/bin/chromium` */
  executablePath?: string;
}

/** The page every print uses. */
interface Tab {
  page: Page;
  /** set when the page's renderer crashed: the page cannot print again */
  crashed: boolean;
}

/** The browser with the one context and page that every print uses. */
interface Session {
  browser: Browser;
  context: BrowserContext;
  tab: Tab;
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

const mm = (n: number): string => `${String(n)}mm`;
const MARGIN = { top: mm(PAGE_MARGINS_MM.top), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left), right: mm(PAGE_MARGINS_MM.right) };

/** `page.pdf` options: A4, the shared margins; header, footer, tags and outline unless a draft. */
function pdfOptions(options: PdfPrintOptions): Parameters<Page['pdf']>[0] {
  const base = { format: 'A4', printBackground: true, preferCSSPageSize: true, margin: MARGIN };
  if (options.draft) return base;
  return {
    ...base,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options),
    footerTemplate: footerTemplate(options),
    tagged: true,
    outline: true,
  };
}

async function openTab(context: BrowserContext): Promise<Tab> {
  const tab: Tab = { page: await context.newPage(), crashed: false };
  tab.page.on('crash', () => (tab.crashed = true));
  return tab;
}

function isUsable(session: Session): boolean {
  return session.browser.isConnected() && !session.tab.page.isClosed() && !session.tab.crashed;
}

/**
 * Creates a PdfPrinter backed by Chromium (playwright-core). The browser, one context (JavaScript
 * disabled) and one page start on the first `print` (about 0.4–0.7 s) and are kept warm for later
 * prints; prints run one at a time in call order. `close()` waits for queued prints, then closes
 * the browser; a later `print` starts a new one.
 *
 * Launch flags: `--disable-gpu`, `--disable-dev-shm-usage`, and `--no-sandbox` only when running
 * as root (Chromium refuses to start its sandbox as root). Every request is aborted except the
 * fonts that were embedded as `data:` URLs: those are lifted out of the HTML and answered from
 * memory (lift-fonts.ts; loading them inline is much slower), under URLs that name their content,
 * so the warm page's memory cache loads each font once per browser, not once per print.
 *
 * When the browser was killed or the page crashed, the print that finds out starts a fresh one
 * and tries once more; a print that fails for another reason fails.
 *
 * @param opts.executablePath - the browser binary (else `VRAAGBAAK_CHROMIUM`, else /usr/bin/chromium)
 * @returns a printer whose `print` throws VraagbaakError('pdf-failed') naming the browser path and
 *   how to install one when the browser cannot start, or the cause when printing fails
 */
export function createChromiumPrinter(opts: ChromiumPrinterOptions = {}): PdfPrinter {
  const executablePath = opts.executablePath ?? process.env['VRAAGBAAK_CHROMIUM'] ?? DEFAULT_CHROMIUM_PATH;
  const enqueue = createSerialQueue();
  let session: Session | null = null;
  /** the fonts of the print in progress, by lifted URL (prints run one at a time) */
  let fonts: ReadonlyMap<string, LiftedFont> = new Map();

  const launch = async (): Promise<Browser> => {
    const args = ['--disable-gpu', '--disable-dev-shm-usage'];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    try {
      return await chromium.launch({ executablePath, args, headless: true });
    } catch (e) {
      throw new VraagbaakError('pdf-failed', `${installHint(executablePath)} (${causeOf(e)})`, { executablePath });
    }
  };

  /** The warm session, (re)started when there is none or it cannot print any more. */
  const ready = async (): Promise<Session> => {
    if (session !== null && isUsable(session)) return session;
    if (session?.browser.isConnected()) {
      // only the page is lost: a new page in the same context is enough
      await session.tab.page.close().catch(() => undefined);
      session.tab = await openTab(session.context);
      return session;
    }
    await session?.browser.close().catch(() => undefined);
    session = null;
    const browser = await launch();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await context.route('**/*', (route) => {
        const font = fonts.get(route.request().url());
        return font ? route.fulfill({ status: 200, contentType: font.contentType, body: font.body }) : route.abort();
      });
      session = { browser, context, tab: await openTab(context) };
      return session;
    } catch (e) {
      await browser.close().catch(() => undefined);
      throw e;
    }
  };

  const printOnce = async (html: string, options: PdfPrintOptions): Promise<Uint8Array> => {
    const current = await ready();
    try {
      await current.tab.page.setContent(html, { waitUntil: 'load' });
      const pdf = await current.tab.page.pdf(pdfOptions(options));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (e) {
      if (!isUsable(current)) throw new SessionLost(e);
      throw e;
    }
  };

  const print = async (html: string, options: PdfPrintOptions): Promise<Uint8Array> => {
    const lifted = liftEmbeddedFonts(html);
    fonts = lifted.fonts;
    try {
      try {
        return await printOnce(lifted.html, options);
      } catch (e) {
        if (!(e instanceof SessionLost)) throw e;
        return await printOnce(lifted.html, options); // a fresh browser or page, once
      }
    } catch (e) {
      if (e instanceof VraagbaakError) throw e;
      const cause = e instanceof SessionLost ? e.cause : e;
      throw new VraagbaakError('pdf-failed', `Chromium (${executablePath}) could not print the briefing: ${causeOf(cause)}`, { executablePath });
    } finally {
      fonts = new Map();
    }
  };

  return {
    print: (html, options) => enqueue(() => print(html, options)),
    close: () =>
      enqueue(async () => {
        const current = session;
        session = null;
        await current?.browser.close();
      }),
  };
}

/** The browser or page died during a print: worth one more try on a fresh one. */
class SessionLost extends Error {
  constructor(cause: unknown) {
    super('the browser or its page was lost', { cause });
  }
}
