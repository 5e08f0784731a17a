/**
 * The citation line under an excerpt or a question: which part, who asked, who answered, when,
 * and the reference — linked to the official publication when there is one.
 */
import { formatDate } from '../present/dates.js';
import type { SourceInfo } from './content.js';
import { escapeHtml, isSafeHref } from './escape-html.js';
import type { RenderContext } from './render-context.js';

/** The reference, linked to `source.url` when it is a safe link; the bare URL when there is no reference. */
function referenceHtml(source: SourceInfo): string | null {
  const url = source.url !== null && isSafeHref(source.url) ? source.url.trim() : null;
  const text = source.reference ?? url;
  if (text === null) return null;
  return url === null ? escapeHtml(text) : `<a class="reference" href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

/**
 * "Antwoord op vraag 8 · vragen van Sjoerdsma (D66) · antwoord van minister Blok (Buitenlandse
 * Zaken) · 15 februari 2021 · Aanhangsel Handelingen II 2020/21, nr. 1682", leaving out what is unknown.
 *
 * @param partLabel - the part quoted, or null when the passage shows its own label
 * @returns escaped inline HTML
 */
export function sourceLineHtml(source: SourceInfo, partLabel: string | null, ctx: RenderContext): string {
  const { labels } = ctx;
  const pieces = [
    partLabel === null ? null : `<span class="cite-part">${escapeHtml(partLabel)}</span>`,
    source.askedBy ? `${escapeHtml(labels.citeAskedBy)} ${escapeHtml(source.askedBy)}` : null,
    source.answeredBy ? `${escapeHtml(labels.citeAnsweredBy)} ${escapeHtml(source.answeredBy)}` : null,
    source.date ? escapeHtml(formatDate(source.date, ctx.locale)) : null,
    referenceHtml(source),
  ];
  return pieces.filter((p): p is string => p !== null).join(' · ');
}
