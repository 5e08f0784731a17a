/**
 * The title page: classification line, title (the briefing's only `<h1>`), subtitle, author and
 * date. A page break follows it.
 */
import { formatDate } from '../present/dates.js';
import type { BriefingContent } from './content.js';
import { escapeHtml } from './escape-html.js';
import type { BriefingLabels } from './labels.js';
import { oneLine } from './outline.js';

/** `<section class="title-page">`; empty fields are left out. */
export function renderTitlePage(content: BriefingContent, labels: BriefingLabels): string {
  const line = (cls: string, label: string, value: string): string =>
    value.trim() ? `<p class="${cls}"><span class="label">${escapeHtml(label)}</span> ${escapeHtml(value)}</p>` : '';
  const lines = [
    line('classification', labels.classification, content.classification),
    `<h1>${escapeHtml(oneLine(content.title))}</h1>`,
    content.subtitle.trim() ? `<p class="subtitle">${escapeHtml(content.subtitle)}</p>` : '',
    line('byline author', labels.author, content.author),
    line('byline date', labels.date, content.date.trim() ? formatDate(content.date, content.locale) : ''),
  ];
  return `<section class="title-page sheet">\n${lines.filter((l) => l !== '').join('\n')}\n</section>`;
}
