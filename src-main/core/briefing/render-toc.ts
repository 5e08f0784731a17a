/**
 * The table of contents: one clickable line per outline entry with a dotted leader and a
 * page-number slot of fixed width, so the first print (without numbers) and the second (with the
 * pages the first one found) lay out the same.
 */
import { SECTION_ANCHORS } from './anchors.js';
import { escapeHtml } from './escape-html.js';
import type { BriefingLabels } from './labels.js';
import type { OutlineEntry } from './outline.js';

/**
 * `<nav class="toc">` listing `entries`, each an `<a href="#anchor">` with its page from
 * `pageNumbers` (an empty slot when absent or unknown). The title is a styled paragraph, not a
 * heading, so it stays out of the PDF outline.
 *
 * @returns escaped HTML; '' when there are no entries
 */
export function renderToc(entries: readonly OutlineEntry[], pageNumbers: ReadonlyMap<string, number> | null, labels: BriefingLabels): string {
  if (entries.length === 0) return '';
  const lines = entries.map((e) => {
    const page = pageNumbers?.get(e.anchor);
    const slot = page === undefined ? '' : String(page);
    return (
      `<li class="toc-entry toc-level-${String(e.level)}"><a href="#${escapeHtml(e.anchor)}">` +
      `<span class="toc-text">${escapeHtml(e.text)}</span><span class="toc-leader" aria-hidden="true"></span>` +
      `<span class="toc-page">${slot}</span></a></li>`
    );
  });
  return `<nav class="toc" id="${SECTION_ANCHORS.contents}" aria-label="${escapeHtml(labels.contents)}">\n<p class="toc-title">${escapeHtml(labels.contents)}</p>\n<ol>\n${lines.join('\n')}\n</ol>\n</nav>`;
}
