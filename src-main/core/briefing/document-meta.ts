/**
 * The metadata block of a whole document in a briefing: kind, askers, addressees, answerers,
 * dates, identifiers and (when printed) its themes, then the citation with a link to the official
 * publication.
 */
import type { QaDocument, Tag } from '../model/index.js';
import { formatDate } from '../present/dates.js';
import { identifierLabel } from '../present/labels.js';
import { formatMembers, formatOfficials } from '../present/people.js';
import type { SourceInfo } from './content.js';
import { escapeHtml, isSafeHref } from './escape-html.js';
import { themeChips } from './notes-html.js';
import type { RenderContext } from './render-context.js';

/** `<dl class="meta">` of `doc`; document themes only when the briefing prints themes. */
export function metadataHtml(doc: QaDocument, documentTagIds: readonly string[], ctx: RenderContext): string {
  const { labels, locale } = ctx;
  const rows: [string, string][] = [[labels.kind, escapeHtml(labels.kinds[doc.kind])]];
  if (doc.askedBy.length > 0) rows.push([labels.askedBy, escapeHtml(formatMembers(doc.askedBy, locale))]);
  if (doc.addressedTo.length > 0) rows.push([labels.addressedTo, escapeHtml(doc.addressedTo.join('; '))]);
  if (doc.answeredBy.length > 0) rows.push([labels.answeredBy, escapeHtml(formatOfficials(doc.answeredBy, locale))]);
  if (doc.submittedOn) rows.push([labels.submittedOn, escapeHtml(formatDate(doc.submittedOn, locale))]);
  if (doc.receivedOn) rows.push([labels.receivedOn, escapeHtml(formatDate(doc.receivedOn, locale))]);
  const ids = Object.entries(doc.identifiers).filter(([, v]) => v.length > 0);
  if (ids.length > 0) rows.push([labels.identifiers, ids.map(([k, v]) => `${escapeHtml(identifierLabel(k, locale))} ${escapeHtml(v)}`).join(', ')]);
  const tags = ctx.options.includeThemes ? documentTagIds.map((id) => ctx.tagsById.get(id)).filter((t): t is Tag => t !== undefined) : [];
  if (tags.length > 0) rows.push([labels.tags, themeChips(tags)]);
  return `<dl class="meta">\n${rows.map(([dt, dd]) => `<dt>${escapeHtml(dt)}</dt><dd>${dd}</dd>`).join('\n')}\n</dl>`;
}

/** "Citeren als: …" with the official publication linked after it; '' without a citation or link. */
export function citationHtml(source: SourceInfo, ctx: RenderContext): string {
  const url = source.url !== null && isSafeHref(source.url) ? source.url.trim() : null;
  if (!source.citation && url === null) return '';
  const link = url === null ? '' : ` <a class="url" href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  return `<p class="citation"><span class="label">${escapeHtml(ctx.labels.citeAs)}:</span> ${escapeHtml(source.citation)}${link}</p>`;
}
