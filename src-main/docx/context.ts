/**
 * What the layout modules of one Word briefing share: the language and its labels, the options,
 * the tags, and the counters that run through the whole file (numbered lists).
 */
import type { BriefingContent } from '../core/briefing/content.js';
import { labelsFor, type BriefingLabels, type BriefingLocale } from '../core/briefing/labels.js';
import type { ResolveContext } from '../core/briefing/resolve-parts.js';
import type { BriefingOptions, Tag } from '../core/model/index.js';

/** The state one Word export threads through its layout modules (made fresh per export by `docxContext`). */
export interface DocxContext {
  locale: BriefingLocale;
  labels: BriefingLabels;
  options: BriefingOptions;
  tagsById: ReadonlyMap<string, Tag>;
  /** the last numbered-list instance used; each ordered list takes the next one, so it starts at 1 */
  listInstance: number;
}

/** A fresh context for laying out `content`. */
export function docxContext(content: BriefingContent): DocxContext {
  return {
    locale: content.locale,
    labels: labelsFor(content.locale),
    options: content.options,
    tagsById: new Map(content.tags.map((t) => [t.id, t])),
    listInstance: 0,
  };
}

/** The context core/briefing resolves parts with (document items print their parts the same way). */
export function resolveContext(ctx: DocxContext): ResolveContext {
  return { locale: ctx.locale, labels: ctx.labels, options: ctx.options, tagsById: ctx.tagsById };
}
