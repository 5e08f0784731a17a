/**
 * Prints one self-contained HTML document to PDF. Implemented with Chromium (playwright-core) for
 * the CLI and browser shell, and with Electron's printToPDF in the app (src-main/electron/).
 */
export interface PdfPrintOptions {
  /** shown in the running header */
  title: string;
  locale: 'nl' | 'en';
}

export interface PdfPrinter {
  /**
   * Renders `html` (a complete document, no external resources) to A4 PDF bytes, with a running
   * header and "pagina N van M" / "page N of M" footer.
   * @throws VraagbaakError('pdf-failed') when the browser cannot be started or printing fails.
   */
  print(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
  /** Releases the browser, if one was started. */
  close(): Promise<void>;
}
