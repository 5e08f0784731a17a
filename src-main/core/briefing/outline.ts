/**
 * The briefing's outline: its headings in order, as the table of contents lists them and as the
 * PDF bookmarks (which Chromium builds from h-tags) show them. One function decides, so the two
 * cannot disagree: heading items at their level, each document under the heading before it.
 */
import { SECTION_ANCHORS } from './anchors.js';
import type { BriefingContent, ContentItem } from './content.js';
import type { BriefingLabels } from './labels.js';

/** One entry of the table of contents; level 1 is printed as `<h2>`, level 2 as `<h3>`. */
export interface OutlineEntry {
  anchor: string;
  text: string;
  level: 1 | 2;
}

/** Heading text on one line with single spaces: headings keep white space as typed (print-css.ts, `pre-wrap`). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True for a heading item with text (a blank heading prints nothing and heads nothing). */
export function isPrintedHeading(item: ContentItem): item is Extract<ContentItem, { kind: 'heading' }> {
  return item.kind === 'heading' && item.text.trim() !== '';
}

/**
 * The outline level of every printed heading and document item: headings at their own level;
 * a document at level 1 before the first heading, else at level 2 (under that heading).
 *
 * @returns level by item id; items that are not in the outline are absent
 */
export function outlineLevels(items: readonly ContentItem[]): Map<string, 1 | 2> {
  const levels = new Map<string, 1 | 2>();
  let underHeading = false;
  for (const item of items) {
    if (isPrintedHeading(item)) {
      levels.set(item.itemId, item.level);
      underHeading = true;
    } else if (item.kind === 'document') {
      levels.set(item.itemId, underHeading ? 2 : 1);
    }
  }
  return levels;
}

/**
 * The outline of `content`: headings and document items in order, then the endnotes section (when
 * there are endnotes) and the appendix with its documents.
 */
export function outlineEntries(content: BriefingContent, hasEndnotes: boolean, labels: BriefingLabels): OutlineEntry[] {
  const levels = outlineLevels(content.items);
  const entries: OutlineEntry[] = [];
  for (const item of content.items) {
    const level = levels.get(item.itemId);
    if (level === undefined) continue;
    if (item.kind === 'heading') entries.push({ anchor: item.anchor, text: oneLine(item.text), level });
    else if (item.kind === 'document') entries.push({ anchor: item.anchor, text: oneLine(item.source.title), level });
  }
  if (hasEndnotes) entries.push({ anchor: SECTION_ANCHORS.endnotes, text: labels.endnotes, level: 1 });
  if (content.appendix.length > 0) {
    entries.push({ anchor: SECTION_ANCHORS.appendix, text: labels.appendix, level: 1 });
    for (const a of content.appendix) entries.push({ anchor: a.anchor, text: oneLine(a.source.title), level: 2 });
  }
  return entries;
}
