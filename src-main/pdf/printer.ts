/**
 * Prints one self-contained HTML document to PDF. Implemented with Chromium (playwright-core) for
 * the CLI and browser shell, and with Electron's printToPDF in the app (src-main/electron/).
 */
export interface PdfPrintOptions {
  /** shown in the running header */
  title: string;
  locale: 'nl' | 'en';
  /**
   * A layout proof for reading page numbers back (print-briefing.ts, pass 1): no header, footer,
   * tags or outline, which saves time. Pages break exactly where they do in the full print:
   * header and footer are drawn inside the page margins, which are the same either way.
   */
  draft?: boolean;
}

export interface PdfPrinter {
  /**
   * Renders `html` (a complete document, no external resources) to A4 PDF bytes. Unless
   * `options.draft`, with a running header, a "pagina N van M" / "page N of M" footer, PDF tags
   * (accessibility structure) and a document outline (bookmarks) from the headings.
   * @throws VraagbaakError('pdf-failed') when the browser cannot be started or printing fails.
   */
  print(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
  /** Releases the browser, if one was started. */
  close(): Promise<void>;
}
