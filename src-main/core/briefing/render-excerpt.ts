/**
 * An excerpt as a quotation: the sentence(s) around the quote with the quote marked in its
 * highlight colour (or the whole part, when the full answer is printed), the citation with a link
 * to the official publication, then the analyst's note set apart in a box.
 */
import type { ContentItem } from './content.js';
import { appendToLastParagraph } from './endnotes.js';
import { escapeHtml, isSafeHref } from './escape-html.js';
import { renderMarkedParagraphs } from './marks.js';
import { renderAnalystNote, renderMarkNotes } from './notes-html.js';
import { footnoteRefsHtml, renderMarkedText } from './printed-part.js';
import type { RenderContext } from './render-context.js';
import { sourceLineHtml } from './source-line.js';

type Excerpt = Extract<ContentItem, { kind: 'excerpt' }>;

/** Quotations up to this many characters are kept on one page (`break-inside: avoid`). */
const SHORT_EXCERPT_CHARS = 1200;

/** The quotation's paragraphs: context before, the quote marked, context after. */
function quotationHtml(item: Excerpt): string {
  const before = item.context?.before ?? '';
  const text = `${before}${item.quote}${item.context?.after ?? ''}`;
  return renderMarkedParagraphs(text, [{ start: before.length, end: before.length + item.quote.length, color: item.color, ref: null }]);
}

/**
 * Renders an excerpt item as `<section class="excerpt">` holding a `<figure>` (blockquote and
 * citation caption) and the note box. No page break before it; a short one is not split over pages.
 *
 * @returns escaped HTML
 */
export function renderExcerpt(item: Excerpt, ctx: RenderContext): string {
  let body: string;
  let otherNotes = '';
  if (item.fullPart !== null) {
    // the excerpt's own highlight is not lettered: its note is printed beside the quote
    const full = renderMarkedText(item.fullPart.text, { idPrefix: item.anchor, count: 0 }, (m) => m.annotationId === item.annotationId);
    body = full.html;
    otherNotes = renderMarkNotes(full.notes, ctx.labels);
  } else {
    body = quotationHtml(item);
  }
  body = appendToLastParagraph(body, footnoteRefsHtml(item.footnotes, item.source.documentId, ctx));
  const length = item.fullPart?.text.text.length ?? item.quote.length + (item.context ? item.context.before.length + item.context.after.length : 0);
  const cite = item.source.url !== null && isSafeHref(item.source.url) ? ` cite="${escapeHtml(item.source.url.trim())}"` : '';
  return [
    `<section class="excerpt${length <= SHORT_EXCERPT_CHARS ? ' excerpt-short' : ''}" id="${escapeHtml(item.anchor)}">`,
    '<figure>',
    `<blockquote${cite}>\n${body}\n</blockquote>`,
    item.placed ? '' : `<p class="quote-not-found">${escapeHtml(ctx.labels.quoteNotFound)}</p>`,
    `<figcaption><span class="cite-title">${escapeHtml(item.source.title)}</span><span class="cite-line">${sourceLineHtml(item.source, item.partLabel, ctx)}</span></figcaption>`,
    '</figure>',
    renderAnalystNote(item.note, item.themes, ctx.labels),
    otherNotes,
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
