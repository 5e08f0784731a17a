/**
 * `.pdf` sources (the typeset Aanhangsel/Vragen PDFs, SOURCES §A): pdf.js reads the positioned
 * text, core/parse/pdf-layout drops the page furniture and lays out footnotes, and the text
 * parser does the rest — so a PDF gives the same structure as its extracted text.
 */
import { parsePdfPages } from '../../core/parse/pdf-layout.js';
import type { SourceImporter } from './importer-types.js';
import { readPdfPages } from './pdf-reader.js';

/** Aanhangsel and Vragen PDFs with a text layer. */
export const pdfImporter: SourceImporter = {
  format: 'pdf',
  extensions: ['pdf'],
  async toDocuments(bytes, source, parseText) {
    const pages = await readPdfPages(bytes, source.fileName);
    return [{ document: parsePdfPages(pages, source, parseText), original: bytes }];
  },
};
