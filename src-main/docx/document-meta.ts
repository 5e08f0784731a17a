/**
 * The head of a whole document in the Word briefing (core/briefing/document-meta.ts is its PDF
 * twin): kind, askers, addressees, answerers, dates, identifiers, themes, then "Citeren als: …"
 * with the official publication linked.
 */
import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { SourceInfo } from '../core/briefing/content.js';
import type { QaDocument } from '../core/model/index.js';
import { formatDate } from '../core/present/dates.js';
import { identifierLabel } from '../core/present/labels.js';
import { formatMembers, formatOfficials } from '../core/present/people.js';
import { hyperlink } from './citation.js';
import type { DocxContext } from './context.js';
import { STYLE } from './styles.js';
import { isLinkable, oneLine } from './text.js';

function row(label: string, value: string): Paragraph {
  return new Paragraph({ style: STYLE.metadata, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(oneLine(value))] });
}

/** One Metadata-style line per known fact of `doc`; document themes only when the briefing prints themes. */
export function metadataParagraphs(doc: QaDocument, documentTagIds: readonly string[], ctx: DocxContext): Paragraph[] {
  const { labels, locale } = ctx;
  const rows: Paragraph[] = [row(labels.kind, labels.kinds[doc.kind])];
  if (doc.askedBy.length > 0) rows.push(row(labels.askedBy, formatMembers(doc.askedBy, locale)));
  if (doc.addressedTo.length > 0) rows.push(row(labels.addressedTo, doc.addressedTo.join('; ')));
  if (doc.answeredBy.length > 0) rows.push(row(labels.answeredBy, formatOfficials(doc.answeredBy, locale)));
  if (doc.submittedOn) rows.push(row(labels.submittedOn, formatDate(doc.submittedOn, locale)));
  if (doc.receivedOn) rows.push(row(labels.receivedOn, formatDate(doc.receivedOn, locale)));
  const ids = Object.entries(doc.identifiers).filter(([, v]) => v.trim().length > 0);
  if (ids.length > 0) rows.push(row(labels.identifiers, ids.map(([k, v]) => `${identifierLabel(k, locale)} ${v}`).join(', ')));
  const themes = ctx.options.includeThemes ? documentTagIds.map((id) => ctx.tagsById.get(id)?.name).filter((n): n is string => n !== undefined) : [];
  if (themes.length > 0) rows.push(row(labels.tags, themes.join(', ')));
  return rows;
}

/**
 * "Citeren als: …" with the official publication linked after it (https only), and `trailing`
 * runs (footnote references of the whole document) at its end.
 *
 * @returns null without a citation, link or trailing runs
 */
export function citeAsParagraph(source: SourceInfo, ctx: DocxContext, trailing: readonly ParagraphChild[] = []): Paragraph | null {
  const url = isLinkable(source.url, false) ? source.url.trim() : null;
  const citation = oneLine(source.citation);
  if (citation === '' && url === null && trailing.length === 0) return null;
  const children: ParagraphChild[] = [new TextRun({ text: `${ctx.labels.citeAs}: `, bold: true })];
  if (citation !== '') children.push(new TextRun(citation));
  if (url !== null) children.push(new TextRun(' '), hyperlink(url, url));
  return new Paragraph({ style: STYLE.citation, children: [...children, ...trailing] });
}
