/**
 * The app's PdfPrinter: Electron's own Chromium prints the briefing HTML in a hidden, sandboxed
 * window with no preload and JavaScript off, so the app needs no second browser. The HTML goes
 * through a private temp file: data: URLs over ~2 MB (fonts + many documents) fail to load.
 */
import { BrowserWindow, type PrintToPDFOptions } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VraagbaakError } from '../core/model/errors.js';
import type { PdfPrinter, PdfPrintOptions } from '../pdf/printer.js';
import { footerTemplate, headerTemplate, pageMarginsInches } from '../pdf/print-templates.js';
import { secureWebPreferences } from './security.js';

/** A4 with the shared margins; header, footer, tags and outline unless a draft (as the Chromium printer). */
function printOptions(options: PdfPrintOptions): PrintToPDFOptions {
  const base: PrintToPDFOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: pageMarginsInches() };
  if (options.draft) return base;
  return {
    ...base,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options),
    footerTemplate: footerTemplate(options),
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** Renders one HTML file to PDF bytes in a fresh hidden window, which is always destroyed. */
async function printFile(file: string, options: PdfPrintOptions): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    width: 794, // A4 at 96 dpi, so layout before printing matches the page width
    height: 1123,
    webPreferences: secureWebPreferences({ javascript: false }),
  });
  try {
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF(printOptions(options));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
  }
}

/**
 * Creates the Electron PdfPrinter. `print(html, options)` resolves to A4 PDF bytes with a running
 * title header, "pagina N van M" footer, PDF tags and a document outline (a draft has none of
 * these); each call uses its own hidden window and temp folder.
 * @throws VraagbaakError('pdf-failed') from `print` when loading or printing fails
 */
export function createElectronPrinter(): PdfPrinter {
  return {
    async print(html, options) {
      const dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-print-'));
      try {
        const file = path.join(dir, 'briefing.html');
        await writeFile(file, html, 'utf8');
        return await printFile(file, options);
      } catch (e) {
        throw new VraagbaakError('pdf-failed', `Printing the briefing failed: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    close() {
      // nothing held between prints: every print window is destroyed when it is done
      return Promise.resolve();
    },
  };
}
