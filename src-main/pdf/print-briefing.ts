/**
 * Prints a briefing whose table of contents carries real page numbers. The numbers are only known
 * after printing, so the briefing is printed twice: a cheap draft to find where each entry's target
 * lands, then the real print with those numbers filled in, checked against where they landed.
 */
import { preloadPdfJs, readAnchorPages, type AnchorPages } from './anchor-pages.js';
import type { PdfPrinter, PdfPrintOptions } from './printer.js';

/** The HTML of a briefing for given page numbers (null: leave the number slots empty). */
export type BriefingHtmlRenderer = (pages: ReadonlyMap<string, number> | null) => { html: string; tocAnchors: string[] };

/** Full prints after the draft at most; the numbers occupy fixed-width slots, so one is the rule. */
export const MAX_NUMBERED_PRINTS = 3;

export interface PrintedBriefing {
  bytes: Uint8Array;
  pageCount: number;
  /** prints made, the draft included: 2 as a rule, 1 without a table of contents */
  prints: number;
}

/** Table-of-contents entries whose printed number is not the page its target is on. */
function mismatches(anchors: readonly string[], printed: ReadonlyMap<string, number>, actual: ReadonlyMap<string, number>): number {
  return anchors.filter((a) => printed.get(a) !== actual.get(a)).length;
}

/**
 * Prints `render`'s briefing so that each table-of-contents number is the page its target is on.
 *
 * Pass 1 prints `render(null)` as a draft (no header, footer, tags or outline: the pages break the
 * same, see PdfPrintOptions.draft) and reads each of its `tocAnchors` back from the PDF's named
 * destinations. Pass 2 prints `render(pages)` in full and checks the numbers against where the
 * anchors landed in that print; when they differ (the numbers moved the text after all), it prints
 * again with the new numbers, at most MAX_NUMBERED_PRINTS full prints, then keeps the print with
 * the fewest wrong numbers. An anchor missing from the PDF gets no number and is no error.
 * Without anchors the briefing is printed once.
 *
 * @param printer - the PdfPrinter to print with (its prints are queued, so calls may overlap)
 * @param render - the briefing's HTML and table-of-contents anchors for given page numbers; called
 *   with null first, then with anchor → 1-based page
 * @param options - title and locale for the running header and the footer
 * @returns the final PDF bytes, its number of pages and the number of prints it took
 * @throws VraagbaakError('pdf-failed') when printing fails or a printed PDF cannot be read back
 */
export async function printBriefingPdf(printer: PdfPrinter, render: BriefingHtmlRenderer, options: PdfPrintOptions): Promise<PrintedBriefing> {
  const fullOptions: PdfPrintOptions = { title: options.title, locale: options.locale };
  void preloadPdfJs().catch(() => undefined); // while the first print runs; a failure shows when it is used
  const first = render(null);
  if (first.tocAnchors.length === 0) {
    const bytes = await printer.print(first.html, fullOptions);
    return { bytes, pageCount: (await readAnchorPages(bytes, [])).pageCount, prints: 1 };
  }
  const draft = await readAnchorPages(await printer.print(first.html, { ...fullOptions, draft: true }), first.tocAnchors);

  const printNumbered = async (numbers: ReadonlyMap<string, number>): Promise<AnchorPages & { bytes: Uint8Array; wrong: number }> => {
    const { html, tocAnchors } = render(numbers);
    const bytes = await printer.print(html, fullOptions);
    const landed = await readAnchorPages(bytes, tocAnchors);
    return { ...landed, bytes, wrong: mismatches(tocAnchors, numbers, landed.pages) };
  };
  let latest = await printNumbered(draft.pages);
  let best = latest;
  let prints = 2;
  while (prints <= MAX_NUMBERED_PRINTS && latest.wrong > 0) {
    latest = await printNumbered(latest.pages);
    prints++;
    if (latest.wrong < best.wrong) best = latest;
  }
  return { bytes: best.bytes, pageCount: best.pageCount, prints };
}
