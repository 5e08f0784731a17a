/**
 * Reads the text layer of a PDF with pdf.js (pdfjs-dist, legacy build for Node) into plain
 * `PdfPage` data for core/parse/pdf-layout. All pdf.js specifics and its failure modes
 * (password, damaged file, endless work) stay here and become one clear reason.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { ImportFailureCode } from '../../core/api/types.js';
import { VraagbaakError } from '../../core/model/index.js';
import type { PdfPage, PdfTextItem } from '../../core/parse/pdf-layout.js';

/** How long one document may take before it is given up, milliseconds. */
export const PDF_TIME_BUDGET_MS = 20_000;

/** The parse-failed error "<file>: <reason>"; `code` and `params` go into `details` for the renderer's own text. */
function failed(fileName: string, reason: string, code: ImportFailureCode, params: Record<string, string | number> = {}): VraagbaakError {
  return new VraagbaakError('parse-failed', `${fileName}: ${reason}`, { ...params, fileName, reason: code });
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** A complete PDF ends with "%%EOF" (allowing trailing whitespace or a little junk). */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

function reasonFor(e: unknown): { reason: string; code: ImportFailureCode } {
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return { reason: 'the PDF is password-protected', code: 'pdf-password' };
  if (name === 'InvalidPDFException') return { reason: `the PDF is damaged and cannot be read (${message})`, code: 'pdf-damaged' };
  return { reason: `the PDF cannot be read (${message})`, code: 'pdf-unreadable' };
}

function toItem(item: TextItem): PdfTextItem {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  return {
    str: item.str,
    x,
    y,
    width: item.width,
    height: item.height,
    // the vertical scale of the text matrix; for upright text this is |d|
    fontSize: Math.hypot(c, d) || Math.hypot(a, b),
    fontName: item.fontName,
    hasEOL: item.hasEOL,
  };
}

async function readPages(pdf: PDFDocumentProxy, isOverTime: () => boolean): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    if (isOverTime()) break;
    const page = await pdf.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .filter((i): i is TextItem => 'str' in i)
      .map(toItem)
      .map((i) => ({ ...i, x: i.x - x0, y: i.y - y0 }));
    pages.push({ width: x1 - x0, height: y1 - y0, items });
    page.cleanup();
  }
  return pages;
}

/**
 * Reads every page's positioned text.
 * @param bytes the PDF file's bytes (not modified; pdf.js gets a copy)
 * @param fileName used in error messages
 * @param budgetMs time allowed for the whole document
 * @returns the pages in order, positions in points from the page's bottom-left corner
 * @throws VraagbaakError 'parse-failed' "<file>: <reason>" for a file that is not a PDF, a
 *   truncated or damaged PDF, a password-protected PDF, or one that takes longer than `budgetMs`;
 *   `details.reason` 'not-pdf', 'pdf-truncated', 'pdf-damaged', 'pdf-password', 'pdf-unreadable'
 *   or 'pdf-timeout' (with `seconds`)
 */
export async function readPdfPages(bytes: Uint8Array, fileName: string, budgetMs = PDF_TIME_BUDGET_MS): Promise<PdfPage[]> {
  if (!hasPdfHeader(bytes)) throw failed(fileName, 'this is not a PDF file (no "%PDF-" header)', 'not-pdf');
  if (!hasEndMarker(bytes)) throw failed(fileName, 'the PDF is incomplete (truncated?): it has no end-of-file marker', 'pdf-truncated');
  const started = Date.now();
  // loaded on the first PDF: pdf.js is ~2 MB of code, and parsing it cost ~0.6 s of every start
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failed(fileName, `reading the PDF took longer than ${budgetMs / 1000} s; it was given up`, 'pdf-timeout', { seconds: budgetMs / 1000 })), budgetMs);
  });
  const isOverTime = (): boolean => Date.now() - started > budgetMs;
  try {
    const pages = await Promise.race([task.promise.then((pdf) => readPages(pdf, isOverTime)), timeout]);
    if (isOverTime()) throw failed(fileName, `reading the PDF took longer than ${budgetMs / 1000} s; it was given up`, 'pdf-timeout', { seconds: budgetMs / 1000 });
    return pages;
  } catch (e) {
    if (e instanceof VraagbaakError) throw e;
    const { reason, code } = reasonFor(e);
    throw failed(fileName, reason, code);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}
