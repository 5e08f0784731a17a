/**
 * A PdfPrinter that loads the Chromium printer (and playwright-core, about a second to import)
 * only on the first print, so commands that never print start fast.
 */
import type { PdfPrinter } from '../pdf/printer.js';

/** Wraps `createChromiumPrinter()` behind a dynamic import; `close()` is free when nothing was printed. */
export function createLazyChromiumPrinter(): PdfPrinter {
  let printer: Promise<PdfPrinter> | null = null;
  const get = (): Promise<PdfPrinter> =>
    (printer ??= import('../pdf/chromium-printer.js').then((m) => m.createChromiumPrinter()));
  return {
    async print(html, options) {
      return (await get()).print(html, options);
    },
    async close() {
      if (printer !== null) await (await printer).close();
    },
  };
}
