/**
 * Briefing export: gathers the chosen documents with their annotations and tags, renders them as
 * one HTML document (core/briefing) and prints that to PDF with the injected printer.
 */
import { format } from 'date-fns';
import type { BriefingAssets } from '../core/briefing/index.js';
import type { BriefingDocument, BriefingInput } from '../core/briefing/types.js';
import type { Archive } from '../archive/index.js';
import type { PdfPrinter } from '../pdf/printer.js';

export interface BriefingServiceDeps {
  archive: Archive;
  printer: PdfPrinter;
  /** core/briefing `renderBriefingHtml` */
  renderBriefingHtml: (input: BriefingInput, assets?: BriefingAssets) => string;
  /** embedded fonts etc., when the shell provides them */
  assets?: BriefingAssets;
  clock?: () => Date;
}

export interface ExportBriefingInput {
  title: string;
  subtitle: string;
  author: string;
  /** in the order they appear in the briefing; repeats are dropped */
  documentIds: readonly string[];
  locale: 'nl' | 'en';
}

export interface BriefingService {
  /** Collects the briefing's content (exposed for tests and previews). */
  collect(input: ExportBriefingInput): Promise<BriefingInput>;
  /**
   * Renders and prints the briefing.
   * @returns `fileName` (a safe slug of the title + ".pdf") and the PDF bytes
   * @throws VraagbaakError('not-found') for an unknown document; 'pdf-failed' from the printer
   */
  exportPdf(input: ExportBriefingInput): Promise<{ fileName: string; bytes: Uint8Array }>;
}

/**
 * A file name from a title: diacritics folded, lower case, words joined by '-', at most 80
 * characters, "briefing" when nothing is left. `"Oeigoeren: één overzicht"` → `"oeigoeren-een-overzicht"`.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? 'briefing' : slug;
}

/** Creates the briefing service. */
export function createBriefingService({
  archive,
  printer,
  renderBriefingHtml,
  assets,
  clock = () => new Date(),
}: BriefingServiceDeps): BriefingService {
  const collect = async (input: ExportBriefingInput): Promise<BriefingInput> => {
    const documents: BriefingDocument[] = [];
    for (const id of new Set(input.documentIds)) {
      documents.push({
        document: await archive.readDocument(id),
        annotations: [...archive.listAnnotations(id)],
        documentTagIds: [...(archive.workspace.documentTags[id] ?? [])],
      });
    }
    return {
      title: input.title,
      subtitle: input.subtitle,
      author: input.author,
      date: format(clock(), 'yyyy-MM-dd'),
      locale: input.locale,
      documents,
      tags: archive.workspace.tags,
    };
  };
  return {
    collect,
    async exportPdf(input) {
      const html = renderBriefingHtml(await collect(input), assets);
      const bytes = await printer.print(html, { title: input.title, locale: input.locale });
      return { fileName: `${slugify(input.title)}.pdf`, bytes };
    },
  };
}
