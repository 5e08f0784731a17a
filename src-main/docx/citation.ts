/**
 * Where a passage comes from, as the PDF prints it (core/briefing/source-line.ts): the document's
 * title, then "Antwoord op vraag 8 · vragen van Sjoerdsma (D66) · antwoord van minister Blok
 * (Buitenlandse Zaken) · 15 februari 2021 · Aanhangsel Handelingen II 2020/21, nr. 1682", the
 * reference linked to the official publication (https only).
 */
import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { SourceInfo } from '../core/briefing/content.js';
import { formatDate } from '../core/present/dates.js';
import type { DocxContext } from './context.js';
import { STYLE } from './styles.js';
import { isLinkable, oneLine } from './text.js';

/** `text` as a link to `url` in the Hyperlink style. */
export function hyperlink(text: string, url: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: url.trim(), children: [new TextRun({ text: oneLine(text), style: STYLE.hyperlink })] });
}

/** The reference, linked to `source.url` when that is an https URL; the bare URL when there is no reference. */
function reference(source: SourceInfo): ParagraphChild | null {
  const url = isLinkable(source.url, false) ? source.url.trim() : null;
  const text = source.reference ?? url;
  if (text === null || oneLine(text) === '') return null;
  return url === null ? new TextRun(oneLine(text)) : hyperlink(text, url);
}

/**
 * The citation paragraph under an excerpt or question: the source's title in bold, a line break,
 * then the pieces that are known joined by " · ".
 *
 * @param partLabel - the part quoted ("Antwoord op vraag 8"), or null when the passage shows its own label
 */
export function citationParagraph(source: SourceInfo, partLabel: string | null, ctx: DocxContext): Paragraph {
  const { labels } = ctx;
  const pieces: ParagraphChild[] = [];
  const texts = [
    partLabel,
    source.askedBy ? `${labels.citeAskedBy} ${source.askedBy}` : null,
    source.answeredBy ? `${labels.citeAnsweredBy} ${source.answeredBy}` : null,
    source.date ? formatDate(source.date, ctx.locale) : null,
  ];
  for (const t of texts) if (t !== null && oneLine(t) !== '') pieces.push(new TextRun(oneLine(t)));
  const ref = reference(source);
  if (ref !== null) pieces.push(ref);
  const line = pieces.flatMap((p, i) => (i === 0 ? [p] : [new TextRun(' · '), p]));
  const title = oneLine(source.title);
  const children: ParagraphChild[] = title === '' ? line : [new TextRun({ text: title, bold: true }), ...(line.length > 0 ? [new TextRun({ text: '', break: 1 }), ...line] : [])];
  return new Paragraph({ style: STYLE.citation, children });
}
