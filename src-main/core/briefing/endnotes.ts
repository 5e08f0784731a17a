/**
 * The sources' footnotes become the briefing's endnotes: numbered 1, 2, 3 … through the whole
 * briefing in order of first reference, each printed once however often it is referred to, and
 * collected under "Noten" at the end.
 */
import { endnoteAnchor, SECTION_ANCHORS } from './anchors.js';
import type { SourceFootnote } from './content.js';
import { escapeHtml, isSafeHref } from './escape-html.js';
import type { BriefingLabels } from './labels.js';
import { renderMarkedInline, type Mark } from './marks.js';

interface Endnote {
  number: number;
  footnote: SourceFootnote;
  marks: readonly Mark[];
}

/** Collects endnotes while a briefing is rendered; one per briefing. */
export class Endnotes {
  private readonly byKey = new Map<string, Endnote>();

  /**
   * The endnote number of footnote `footnote.number` of document `documentId`, numbering it on
   * first use. `marks` (highlights on the footnote text) are kept from the first use.
   */
  register(documentId: string, footnote: SourceFootnote, marks: readonly Mark[] = []): number {
    const key = JSON.stringify([documentId, footnote.number]);
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing.number;
    const note = { number: this.byKey.size + 1, footnote, marks };
    this.byKey.set(key, note);
    return note.number;
  }

  /** True while no endnote has been registered. */
  get isEmpty(): boolean {
    return this.byKey.size === 0;
  }

  /** The endnotes section (`<section id="endnotes">` under an `<h2>`), or '' when there are none. */
  renderSection(labels: BriefingLabels): string {
    if (this.isEmpty) return '';
    const items = [...this.byKey.values()].map((n) => `<li id="${endnoteAnchor(n.number)}" value="${String(n.number)}">${footnoteHtml(n.footnote, n.marks)}</li>`);
    return `<section class="endnotes" id="${SECTION_ANCHORS.endnotes}">\n<h2>${escapeHtml(labels.endnotes)}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
  }
}

/**
 * A footnote's text with its URL as a link (http, https and mailto only; any other URL stays
 * text). A URL already in the text becomes the link in place when no highlight is drawn over it.
 */
export function footnoteHtml(footnote: SourceFootnote, marks: readonly Mark[] = []): string {
  let html = renderMarkedInline(footnote.text, marks);
  const url = footnote.url;
  if (url && isSafeHref(url)) {
    const link = `<a class="url" href="${escapeHtml(url.trim())}">${escapeHtml(url)}</a>`;
    if (!footnote.text.includes(url)) html += ` ${link}`;
    else if (marks.length === 0) html = html.replace(escapeHtml(url), () => link); // a function: `$&` or `$'` in the URL stays as written
  } else if (url && !footnote.text.includes(url)) {
    html += ` <span class="url">${escapeHtml(url)}</span>`;
  }
  return html;
}

/** Superscript endnote references: `<sup class="fn-ref"><a href="#endnote-3">3</a></sup>`; '' for none. */
export function endnoteRefs(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const links = [...new Set(numbers)].map((n) => `<a href="#${endnoteAnchor(n)}">${String(n)}</a>`);
  return `<sup class="fn-ref">${links.join(',')}</sup>`;
}

/** `html` (paragraphs) with `suffix` placed inside its last paragraph, or after it when it ends otherwise. */
export function appendToLastParagraph(html: string, suffix: string): string {
  if (suffix === '') return html;
  return html.endsWith('</p>') ? `${html.slice(0, -4)}${suffix}</p>` : `${html}<p>${suffix}</p>`;
}
