/**
 * The running header, the "pagina N van M" footer and the page margins shared by both PdfPrinter
 * implementations (Electron printToPDF and Chromium via playwright-core), so a briefing looks the
 * same from the app, the browser shell and the CLI.
 */
import type { PdfPrintOptions } from './printer.js';

/** Page margins in millimetres; they leave room for the header and footer templates. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 18, right: 18 } as const;

const MM_PER_INCH = 25.4;

/** PAGE_MARGINS_MM in inches, the unit of Electron's `printToPDF({ margins })`. */
export function pageMarginsInches(): { top: number; bottom: number; left: number; right: number } {
  const { top, bottom, left, right } = PAGE_MARGINS_MM;
  return { top: top / MM_PER_INCH, bottom: bottom / MM_PER_INCH, left: left / MM_PER_INCH, right: right / MM_PER_INCH };
}

// Header/footer templates render in their own tiny document: no external resources, and without
// an explicit font size Chromium prints them at ~1pt (research/tech-feasibility.md §5).
const TEMPLATE_STYLE =
  "font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:8pt;color:#555;width:100%;padding:0 18mm;";

/** Escapes text for HTML element content and double-quoted attributes. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The running header: the briefing title, escaped (it is user text), on one line — a title longer
 * than the line ends in "…" rather than running down into the page's text.
 */
export function headerTemplate(options: PdfPrintOptions): string {
  const oneLine = 'box-sizing:border-box;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;';
  return `<div style="${TEMPLATE_STYLE}${oneLine}text-align:left;">${escapeHtml(options.title)}</div>`;
}

/** The footer: "pagina N van M" (nl) or "page N of M" (en), filled in by Chromium. */
export function footerTemplate(options: PdfPrintOptions): string {
  const [page, of] = options.locale === 'en' ? ['page', 'of'] : ['pagina', 'van'];
  return (
    `<div style="${TEMPLATE_STYLE}text-align:center;">` +
    `${page} <span class="pageNumber"></span> ${of} <span class="totalPages"></span></div>`
  );
}
