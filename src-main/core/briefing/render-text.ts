/**
 * The analyst's own text (intro and text items) as HTML: paragraphs and lists with bold and
 * italic runs, every character escaped.
 */
import type { TextBlock, TextRun } from './content.js';
import { escapeHtml } from './escape-html.js';

function runsHtml(runs: readonly TextRun[]): string {
  return runs
    .map((r) => {
      let html = escapeHtml(r.text).replace(/\n/g, '<br>');
      if (r.italic) html = `<em>${html}</em>`;
      if (r.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

/**
 * Renders parsed text blocks as `<p>`, `<ul>` and `<ol>` inside `<div class="analyst-text">`.
 *
 * @returns escaped HTML; '' for no blocks
 */
export function renderTextBlocks(blocks: readonly TextBlock[]): string {
  if (blocks.length === 0) return '';
  const html = blocks.map((b) => {
    if (b.type === 'paragraph') return `<p>${runsHtml(b.runs)}</p>`;
    const tag = b.ordered ? 'ol' : 'ul';
    return `<${tag}>\n${b.items.map((i) => `<li>${runsHtml(i)}</li>`).join('\n')}\n</${tag}>`;
  });
  return `<div class="analyst-text">\n${html.join('\n')}\n</div>`;
}
