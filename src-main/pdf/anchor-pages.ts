/**
 * Reads back on which page each table-of-contents target landed in a printed PDF. Chromium writes
 * a named destination for every element id that an internal link (`<a href="#id">`) points to;
 * pdf.js resolves each destination to its page.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { VraagbaakError } from '../core/model/index.js';

type PdfJs = typeof PdfJsModule;

/** pdf.js's worker code; in Node it runs in this thread, and pdf.js imports it on its first document. */
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loading: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js and its worker code (about 2 MB of code; measured here ~0.2 s under node and
 * ~1.8 s under tsx, which the CLI runs through). printBriefingPdf starts this before its first
 * print, so the loading overlaps the browser's start instead of following it. Later calls share
 * the first; a failed load is retried by the next call.
 * @returns the pdf.js module
 */
export function preloadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(PDFJS_WORKER)]).then(
    ([pdfjs]) => pdfjs,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** What a printed PDF says about its anchors. */
export interface AnchorPages {
  /** anchor → 1-based page number; anchors without a destination in the PDF are absent */
  pages: Map<string, number>;
  /** the number of pages in the PDF */
  pageCount: number;
}

/** The page index (0-based) a pdf.js explicit destination `[pageRef | pageIndex, {name}, …]` points at, or null. */
async function destinationPageIndex(doc: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  if (!Array.isArray(dest)) return null;
  const target: unknown = dest[0];
  if (typeof target === 'number' && Number.isInteger(target)) return target;
  if (typeof target === 'object' && target !== null && 'num' in target && 'gen' in target) {
    try {
      return await doc.getPageIndex(target as { num: number; gen: number });
    } catch {
      return null; // a reference to something that is not a page
    }
  }
  return null;
}

/**
 * The destinations by element id. Chromium names a destination after the link's URL fragment,
 * percent-encoded (`#ĳs één` → `%C4%B3s%20%C3%A9%C3%A9n`), so names are also entered decoded;
 * a name that is an id as it stands wins over a decoded one.
 */
function byAnchor(destinations: Record<string, unknown>): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [name, dest] of Object.entries(destinations)) {
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      // not percent-encoding after all ("100%"): the name as it stands
    }
    if (decoded !== name && !result.has(decoded)) result.set(decoded, dest);
  }
  for (const [name, dest] of Object.entries(destinations)) result.set(name, dest);
  return result;
}

/**
 * Finds the page of each anchor and the page count of a PDF printed by Chromium.
 *
 * @param pdf - the PDF bytes (a Buffer will do; not modified: pdf.js gets a copy)
 * @param anchors - element ids the document links to internally (e.g. the table of contents' targets)
 * @returns the 1-based page of every anchor the PDF has a named destination for, and the page count
 * @throws VraagbaakError('pdf-failed') when the bytes are not a readable PDF
 */
export async function readAnchorPages(pdf: Uint8Array, anchors: readonly string[]): Promise<AnchorPages> {
  const { getDocument } = await preloadPdfJs();
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages = new Map<string, number>();
    if (anchors.length > 0) {
      const destinations = byAnchor(await doc.getDestinations());
      for (const anchor of anchors) {
        const index = destinations.has(anchor) ? await destinationPageIndex(doc, destinations.get(anchor)) : null;
        if (index !== null && index >= 0 && index < doc.numPages) pages.set(anchor, index + 1);
      }
    }
    return { pages, pageCount: doc.numPages };
  } catch (e) {
    throw new VraagbaakError('pdf-failed', `The printed PDF could not be read back: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await task.destroy();
  }
}

/**
 * The 1-based page of each anchor in a PDF printed by Chromium (see readAnchorPages).
 * @returns anchor → page; anchors the PDF has no destination for are absent
 * @throws VraagbaakError('pdf-failed') when the bytes are not a readable PDF
 */
export async function findAnchorPages(pdf: Uint8Array, anchors: readonly string[]): Promise<Map<string, number>> {
  return (await readAnchorPages(pdf, anchors)).pages;
}
