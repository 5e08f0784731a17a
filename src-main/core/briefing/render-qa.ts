/**
 * A question with its answer: the question in the question style, the answer beside the rule, each
 * with its highlights (notes lettered and listed below), then the citation line.
 */
import type { ContentItem } from './content.js';
import { escapeHtml } from './escape-html.js';
import { renderMarkNotes } from './notes-html.js';
import { renderPrintedPart, type NoteLettering } from './printed-part.js';
import type { RenderContext } from './render-context.js';
import { sourceLineHtml } from './source-line.js';

type Qa = Extract<ContentItem, { kind: 'qa' }>;

/**
 * Renders a qa item as `<section class="qa">`; labels are styled paragraphs, not headings (the PDF
 * outline holds only the briefing's own headings).
 *
 * @returns escaped HTML
 */
export function renderQa(item: Qa, ctx: RenderContext): string {
  const lettering: NoteLettering = { idPrefix: item.anchor, count: 0 };
  const question = renderPrintedPart(item.question, item.source.documentId, lettering, ctx);
  const answer = item.answer === null ? null : renderPrintedPart(item.answer, item.source.documentId, lettering, ctx);
  return [
    `<section class="qa" id="${escapeHtml(item.anchor)}">`,
    `<div class="question"><p class="part-label">${escapeHtml(item.question.label)}</p>\n${question.html}</div>`,
    item.answer === null || answer === null
      ? `<p class="no-answer">${escapeHtml(ctx.labels.noAnswer)}</p>`
      : `<div class="answer"><p class="part-label">${escapeHtml(item.answer.label)}</p>\n${answer.html}</div>`,
    `<p class="source-line"><span class="cite-title">${escapeHtml(item.source.title)}</span><span class="cite-line">${sourceLineHtml(item.source, null, ctx)}</span></p>`,
    renderMarkNotes([...question.notes, ...(answer?.notes ?? [])], ctx.labels),
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
