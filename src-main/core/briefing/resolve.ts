/**
 * Resolves a saved briefing against the archive into `BriefingContent`: the one structure both
 * exports lay out (HTML → PDF here, Word in src-main/docx). Items whose source is gone are left
 * out and listed in `omitted`; resolving never throws for missing data.
 */
import type { Briefing, QaDocument, Tag } from '../model/index.js';
import { appendixAnchor, itemAnchor } from './anchors.js';
import type { BriefingContent, BriefingSources, ContentItem, OmittedItem } from './content.js';
import { labelsFor } from './labels.js';
import { parseBriefingText } from './markdown.js';
import { resolveDocument, resolveExcerpt, resolveQa, type Resolved } from './resolve-items.js';
import type { ResolveContext } from './resolve-parts.js';
import { sourceInfo } from './source-info.js';

function resolveItem(item: Briefing['items'][number], sources: BriefingSources, ctx: ResolveContext): Resolved {
  switch (item.type) {
    case 'heading':
      return { item: { kind: 'heading', itemId: item.id, anchor: itemAnchor('heading', item.id), level: item.level, text: item.text }, document: null };
    case 'text':
      return { item: { kind: 'text', itemId: item.id, blocks: parseBriefingText(item.text) }, document: null };
    case 'annotation':
      return resolveExcerpt(item, sources, ctx);
    case 'qa':
      return resolveQa(item, sources, ctx);
    case 'document':
      return resolveDocument(item, sources, ctx);
  }
}

/**
 * Resolves `briefing` against `sources`.
 *
 * - heading → anchor `sec-<id>`; text → Markdown-subset blocks;
 * - annotation → the excerpt: quote placed in its part (placement.ts), `context` the sentence(s)
 *   around it (when `showContext`), `fullPart` (when `includeFullAnswer`), note, themes and
 *   footnotes per the options; a deleted annotation or document → omitted;
 * - qa → the question by printed number and the answer covering it, with their highlights as marks;
 *   a question no longer in the document → omitted 'question-missing';
 * - document → the document with its annotations and themes.
 * With `appendixDocuments`, every source document once, in order of first use.
 *
 * @param sources - what exists in the archive (missing entries mean deleted)
 * @param opts.exportDate - ISO date printed when the briefing has no date of its own
 * @returns the content, with `omitted` in briefing order; never throws for missing sources
 */
export function resolveBriefing(briefing: Briefing, sources: BriefingSources, opts: { exportDate: string }): BriefingContent {
  const locale = briefing.options.locale;
  const ctx: ResolveContext = {
    locale,
    labels: labelsFor(locale),
    options: briefing.options,
    tagsById: new Map<string, Tag>(sources.tags.map((t) => [t.id, t])),
  };
  const items: ContentItem[] = [];
  const omitted: OmittedItem[] = [];
  const used = new Map<string, QaDocument>();
  for (const item of briefing.items) {
    const resolved = resolveItem(item, sources, ctx);
    if ('omitted' in resolved) {
      omitted.push(resolved.omitted);
      continue;
    }
    items.push(resolved.item);
    if (resolved.document !== null && !used.has(resolved.document.id)) used.set(resolved.document.id, resolved.document);
  }
  const appendix = briefing.options.appendixDocuments
    ? [...used.values()].map((document) => ({
        anchor: appendixAnchor(document.id),
        source: sourceInfo(document, locale),
        document,
        annotations: [...(sources.annotationsByDocument.get(document.id) ?? [])],
        documentTagIds: [...(sources.documentTags[document.id] ?? [])],
      }))
    : [];
  return {
    title: briefing.title,
    subtitle: briefing.subtitle,
    author: briefing.author,
    classification: briefing.classification,
    date: briefing.date ?? opts.exportDate,
    locale,
    intro: parseBriefingText(briefing.intro),
    options: briefing.options,
    items,
    omitted,
    appendix,
    tags: sources.tags,
  };
}
