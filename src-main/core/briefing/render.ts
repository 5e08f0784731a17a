/**
 * Lays out a resolved briefing (`BriefingContent`) as one self-contained HTML document: title page,
 * table of contents, intro, the items in order, endnotes and the appendix. It is what the PDF is
 * printed from and what the composer previews (in a sandboxed frame): no scripts, no external
 * resources, every piece of text escaped.
 */
import type { Tag } from '../model/index.js';
import { SECTION_ANCHORS } from './anchors.js';
import type { BriefingContent, ContentItem } from './content.js';
import { Endnotes } from './endnotes.js';
import { escapeHtml } from './escape-html.js';
import { labelsFor } from './labels.js';
import { isPrintedHeading, oneLine, outlineEntries, outlineLevels } from './outline.js';
import { PRINT_CSS } from './print-css.js';
import type { RenderContext } from './render-context.js';
import { renderDocument } from './render-document.js';
import { renderExcerpt } from './render-excerpt.js';
import { renderLegend, usedColors } from './render-legend.js';
import { renderQa } from './render-qa.js';
import { renderTextBlocks } from './render-text.js';
import { renderTitlePage } from './render-title-page.js';
import { renderToc } from './render-toc.js';

/** What the caller may add (the core reads no files and knows no page numbers by itself). */
export interface BriefingRenderOptions {
  /** `@font-face` rules with embedded (data: URL) fonts, placed before the print CSS */
  fontCss?: string;
  /** the page of each table-of-contents anchor, found in a first print; null/absent: empty slots */
  pageNumbers?: ReadonlyMap<string, number> | null;
}

/** Keeps caller CSS inside its `<style>` element: `<` has no use in CSS outside strings, where `\3c ` means the same. */
function safeCss(css: string): string {
  return css.replace(/</g, '\\3c ');
}

function renderItem(item: ContentItem, levels: ReadonlyMap<string, 1 | 2>, ctx: RenderContext): string {
  switch (item.kind) {
    case 'heading': {
      if (!isPrintedHeading(item)) return '';
      const h = item.level === 1 ? 'h2' : 'h3';
      return `<${h} class="section-heading" id="${escapeHtml(item.anchor)}">${escapeHtml(oneLine(item.text))}</${h}>`;
    }
    case 'text':
      return renderTextBlocks(item.blocks);
    case 'excerpt':
      return renderExcerpt(item, ctx);
    case 'qa':
      return renderQa(item, ctx);
    case 'document':
      return renderDocument(item, {
        anchor: item.anchor,
        headingLevel: levels.get(item.itemId) === 2 ? 3 : 2,
        footnotes: ctx.options.includeFootnotes ? 'endnotes' : 'none',
        onlyAnnotated: !ctx.options.includeUnannotatedAnswers,
      }, ctx);
  }
}

function renderAppendix(content: BriefingContent, ctx: RenderContext): string {
  if (content.appendix.length === 0) return '';
  const docs = content.appendix.map((a) =>
    renderDocument(a, { anchor: a.anchor, headingLevel: 3, footnotes: 'list', onlyAnnotated: false, className: 'appendix-doc sheet' }, ctx),
  );
  return `<section class="appendix" id="${SECTION_ANCHORS.appendix}">\n<h2 class="appendix-title">${escapeHtml(ctx.labels.appendix)}</h2>\n${docs.join('\n')}\n</section>`;
}

/**
 * Renders `content` as a complete HTML document (`<!doctype html>`, `lang` nl or en, UTF-8, A4
 * print CSS with a screen layout for the preview).
 *
 * Only the briefing title is an `<h1>`; heading items are `<h2>` (level 1) and `<h3>` (level 2),
 * documents `<h2>`/`<h3>` by whether a heading precedes them, and the endnotes and appendix
 * sections `<h2>`: Chromium builds the PDF outline from exactly these. The sources' footnotes are
 * numbered endnotes through the whole briefing. Omitted items are not printed.
 *
 * @param opts.fontCss - embedded `@font-face` rules
 * @param opts.pageNumbers - page per anchor for the table of contents (from a first print)
 * @returns `html`, and `tocAnchors`: the anchors whose pages the table of contents prints ([] without one)
 */
export function renderBriefingHtml(content: BriefingContent, opts: BriefingRenderOptions = {}): { html: string; tocAnchors: string[] } {
  const labels = labelsFor(content.locale);
  const ctx: RenderContext = {
    locale: content.locale,
    labels,
    options: content.options,
    tagsById: new Map<string, Tag>(content.tags.map((t) => [t.id, t])),
    endnotes: new Endnotes(),
  };
  const levels = outlineLevels(content.items);
  const body = content.items.map((item) => renderItem(item, levels, ctx)).filter((h) => h !== '');
  const endnotes = ctx.endnotes.renderSection(labels);
  const appendix = renderAppendix(content, ctx);
  const entries = outlineEntries(content, !ctx.endnotes.isEmpty, labels);
  const toc = renderToc(entries, opts.pageNumbers ?? null, labels);
  const legend = renderLegend(usedColors(content), labels);
  const html = [
    '<!doctype html>',
    `<html lang="${content.locale === 'en' ? 'en' : 'nl'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(content.title)}</title>`,
    `<style>\n${safeCss(opts.fontCss ?? '')}\n${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    renderTitlePage(content, labels),
    toc === '' ? '' : `<section class="contents-page sheet">\n${toc}\n${legend}\n</section>`,
    '<main class="briefing-body sheet">',
    toc === '' ? legend : '',
    renderTextBlocks(content.intro),
    ...body,
    endnotes,
    '</main>',
    appendix,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
  return { html, tocAnchors: toc === '' ? [] : entries.map((e) => e.anchor) };
}
