/**
 * Exporting a briefing, saved or one-shot: gather its sources, resolve it (core/briefing), then
 * lay it out as PDF (HTML printed twice for real contents page numbers) or Word. Items whose
 * source is gone are left out and reported; a briefing with nothing left is refused.
 */
import { format as formatDate } from 'date-fns';
import type { BriefingExport, BriefingExportOmission } from '../core/api/types.js';
import { resolveBriefing } from '../core/briefing/resolve.js';
import { renderBriefingHtml } from '../core/briefing/render.js';
import type { Briefing } from '../core/model/index.js';
import { renderBriefingDocx } from '../docx/index.js';
import type { Archive } from '../archive/index.js';
import { printBriefingPdf } from '../pdf/print-briefing.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { gatherSources } from './briefing-sources.js';
import { briefingError } from '../core/briefing/errors.js';
import { fileNameStem } from '../core/files/safe-file-name.js';

export type BriefingFormat = 'pdf' | 'docx';

/** An exported briefing, before a binding saves or sends it. */
export interface BriefingFile {
  /** a safe file name: the slug of the title + ".pdf" / ".docx" */
  fileName: string;
  format: BriefingFormat;
  bytes: Uint8Array;
  /** items left out because their source is gone, in briefing order */
  omitted: BriefingExportOmission[];
  /** pages of the PDF; null for Word */
  pageCount: number | null;
}

export interface ExportDeps {
  archive: Archive;
  printer: PdfPrinter;
  /** `@font-face` CSS to embed in printed briefings (read once, on the first PDF export) */
  fontCss?: () => Promise<string>;
  clock: () => Date;
}

export interface BriefingExporter {
  /** The HTML the PDF is printed from, without embedded fonts and with empty contents page numbers. */
  preview(briefing: Briefing): Promise<string>;
  /**
   * Exports `briefing` as PDF or Word.
   * @throws VraagbaakError('invalid-input', reason 'briefing-empty') when it has no items, or none
   *   whose source still exists; 'pdf-failed' from the printer; 'archive-corrupt' for a damaged document file
   */
  export(briefing: Briefing, format: BriefingFormat): Promise<BriefingFile>;
}

/**
 * A file name from a title (core/files/safe-file-name.ts): diacritics folded, lower case, words
 * joined by '-', at most 80 characters, never a Windows device name, "briefing" when nothing is
 * left. `"Oeigoeren: één overzicht"` → `"oeigoeren-een-overzicht"`.
 */
export function slugify(title: string): string {
  return fileNameStem(title, 'briefing', 80);
}

/**
 * The API's `BriefingExport` for an exported file, as a binding hands it over.
 * @param delivered the bytes as base64 (browser shell) or where the file was saved (Electron)
 */
export function toBriefingExport(file: BriefingFile, delivered: { base64: string | null; savedPath: string | null }): BriefingExport {
  return {
    fileName: file.fileName,
    format: file.format,
    base64: delivered.base64,
    savedPath: delivered.savedPath,
    byteLength: file.bytes.byteLength,
    omitted: file.omitted,
    pageCount: file.pageCount,
  };
}

/** Creates the exporting half of the briefing service. */
export function createBriefingExporter({ archive, printer, fontCss, clock }: ExportDeps): BriefingExporter {
  let fonts: Promise<string> | null = null;
  const resolve = async (briefing: Briefing) =>
    resolveBriefing(briefing, await gatherSources(archive, briefing.items), { exportDate: formatDate(clock(), 'yyyy-MM-dd') });

  return {
    async preview(briefing) {
      return renderBriefingHtml(await resolve(briefing)).html;
    },

    async export(briefing, format) {
      const content = await resolve(briefing);
      if (content.items.length === 0) {
        const gone = content.omitted.length;
        throw briefingError(
          'invalid-input',
          gone === 0
            ? `The briefing "${briefing.title}" is empty: add items before exporting it.`
            : gone === 1
              ? `Nothing of the briefing "${briefing.title}" can be exported: the source of its only item was deleted.`
              : `Nothing of the briefing "${briefing.title}" can be exported: the sources of all its ${String(gone)} items were deleted.`,
          'briefing-empty',
          { briefingId: briefing.id, title: briefing.title, omitted: gone },
        );
      }
      const omitted = content.omitted.map(({ itemId, reason, label }) => ({ itemId, reason, label }));
      const fileName = `${slugify(briefing.title)}.${format}`;
      if (format === 'docx') {
        return { fileName, format, bytes: await renderBriefingDocx(content), omitted, pageCount: null };
      }
      const fontRules = fontCss ? await (fonts ??= fontCss()) : undefined;
      const { bytes, pageCount } = await printBriefingPdf(
        printer,
        (pageNumbers) => renderBriefingHtml(content, { ...(fontRules === undefined ? {} : { fontCss: fontRules }), pageNumbers }),
        { title: briefing.title, locale: content.locale },
      );
      return { fileName, format, bytes, omitted, pageCount };
    },
  };
}
