/**
 * Renders a briefing as one self-contained, printable HTML document (DESIGN §7): title page,
 * table of contents, then each document with its marks and notes. No scripts, no external
 * resources; every piece of text is escaped. The printers in src-main/pdf/ turn it into a PDF.
 */
import type { Tag } from '../model/index.js';
import type { BriefingInput } from './types.js';
import { formatCitation } from '../present/citation.js';
import { formatDate } from '../present/dates.js';
import { displayTitle } from '../present/title.js';
import { escapeHtml } from './escape-html.js';
import { labelsFor } from './labels.js';
import { PRINT_CSS } from './print-css.js';
import { renderDocument, type RenderContext } from './render-document.js';

/** Optional extras the caller supplies (the core reads no files). */
export interface BriefingAssets {
  /** `@font-face` rules with embedded (data: URL) fonts, placed before the print CSS */
  fontCss?: string;
}

/** Keeps caller CSS inside its `<style>` element: `<` has no use in CSS outside strings, where `\3c ` means the same. */
function safeCss(css: string): string {
  return css.replace(/</g, '\\3c ');
}

function titlePage(input: BriefingInput): string {
  const lines = [`<h1>${escapeHtml(input.title)}</h1>`];
  if (input.subtitle.trim()) lines.push(`<p class="subtitle">${escapeHtml(input.subtitle)}</p>`);
  if (input.author.trim()) lines.push(`<p class="byline author">${escapeHtml(input.author)}</p>`);
  if (input.date.trim()) lines.push(`<p class="byline date">${escapeHtml(formatDate(input.date, input.locale))}</p>`);
  return `<section class="title-page">\n${lines.join('\n')}\n</section>`;
}

function tableOfContents(input: BriefingInput): string {
  const labels = labelsFor(input.locale);
  const items = input.documents.map((d, i) => {
    const citation = formatCitation(d.document, input.locale);
    const title = escapeHtml(displayTitle(d.document, input.locale));
    const cite = citation ? `<span class="toc-citation">${escapeHtml(citation)}</span>` : '';
    return `<li><a href="#doc-${String(i + 1)}">${title}</a>${cite}</li>`;
  });
  return `<nav class="toc"><h2>${escapeHtml(labels.contents)}</h2><ol>\n${items.join('\n')}\n</ol></nav>`;
}

/**
 * Renders `input` as a complete HTML document (`<!doctype html>`, `lang` nl or en, UTF-8, A4 print CSS).
 *
 * Highlights are placed where their exact quote still stands (stored position first); the others
 * are listed per document under "Niet meer gevonden" / "Could not be placed" with their quotes.
 * Note numbers run through the whole briefing in reading order.
 *
 * @param input - title page fields, locale, the documents with their annotations and tags
 * @param assets - optional `fontCss` (embedded `@font-face` rules)
 * @returns the HTML text
 */
export function renderBriefingHtml(input: BriefingInput, assets: BriefingAssets = {}): string {
  const ctx: RenderContext = {
    locale: input.locale,
    labels: labelsFor(input.locale),
    tagsById: new Map<string, Tag>(input.tags.map((t) => [t.id, t])),
    nextNoteNumber: 1,
  };
  const documents = input.documents.map((d, i) => renderDocument(d, i + 1, ctx));
  return [
    '<!doctype html>',
    `<html lang="${input.locale === 'en' ? 'en' : 'nl'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>\n${safeCss(assets.fontCss ?? '')}\n${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    titlePage(input),
    tableOfContents(input),
    ...documents,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
