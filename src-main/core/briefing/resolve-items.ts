/**
 * Resolves the source items of a briefing — excerpt, question with answer, whole document —
 * against the archive. An item whose source is gone becomes an `OmittedItem` with what it was;
 * nothing here throws for missing data.
 */
import type { BriefingItem, QaDocument } from '../model/index.js';
import { partText } from '../model/parts.js';
import { itemAnchor } from './anchors.js';
import type { BriefingSources, ContentItem, OmittedItem, PrintedPart } from './content.js';
import { sentenceContext } from './context.js';
import { answerIndexFor, findAnnotation, findQuestion, shorten } from './lookup.js';
import { partLabel } from './part-label.js';
import { placeAnnotation } from './placement.js';
import { partFootnotes, printedNote, printedPart, themeNames, type ResolveContext } from './resolve-parts.js';
import { sourceInfo } from './source-info.js';

type Item<T extends BriefingItem['type']> = Extract<BriefingItem, { type: T }>;

/** A resolved item with the document it came from (for the appendix), or why it was left out. */
export type Resolved = { item: ContentItem; document: QaDocument | null } | { omitted: OmittedItem };

/** An excerpt: the quote where it stands now, the sentence(s) around it, and the whole part when asked. */
export function resolveExcerpt(item: Item<'annotation'>, sources: BriefingSources, ctx: ResolveContext): Resolved {
  const found = findAnnotation(item, sources);
  if (!found.found) {
    const label = item.quote.trim() ? `“${shorten(item.quote)}”` : item.annotationId;
    return { omitted: { itemId: item.id, type: item.type, reason: found.reason, label } };
  }
  const { annotation, document } = found;
  const part = annotation.target.part;
  const text = partText(document, part);
  const range = text === null ? null : placeAnnotation(text, annotation);
  const annotations = sources.annotationsByDocument.get(document.id) ?? [];
  const excerpt: ContentItem = {
    kind: 'excerpt',
    itemId: item.id,
    anchor: itemAnchor('excerpt', item.id),
    source: sourceInfo(document, ctx.locale),
    partLabel: partLabel(document, part, ctx.labels),
    annotationId: annotation.id,
    color: annotation.color,
    quote: text !== null && range !== null ? text.slice(range.start, range.end) : annotation.target.quote.exact,
    placed: range !== null,
    context: text !== null && range !== null && ctx.options.showContext ? sentenceContext(text, range.start, range.end) : null,
    fullPart: range !== null && ctx.options.includeFullAnswer ? printedPart(document, part, annotations, ctx) : null,
    note: printedNote(annotation, ctx),
    themes: themeNames(annotation.tagIds, ctx),
    footnotes: partFootnotes(document, part, ctx),
  };
  return { item: excerpt, document };
}

/** A question (by its printed number) with the answer that covers it, both with their highlights. */
export function resolveQa(item: Item<'qa'>, sources: BriefingSources, ctx: ResolveContext): Resolved {
  const found = findQuestion(item, sources);
  if (!found.found) {
    return { omitted: { itemId: item.id, type: item.type, reason: found.reason, label: ctx.labels.questionOf(item.questionNumber, item.documentId) } };
  }
  const { document, index } = found;
  const annotations = sources.annotationsByDocument.get(document.id) ?? [];
  // findQuestion found the question at `index`, so its part exists
  const question = printedPart(document, { type: 'question', index }, annotations, ctx) as PrintedPart;
  const answerIndex = answerIndexFor(document, item.questionNumber);
  const answer = answerIndex < 0 ? null : printedPart(document, { type: 'answer', index: answerIndex }, annotations, ctx);
  return {
    item: { kind: 'qa', itemId: item.id, anchor: itemAnchor('qa', item.id), source: sourceInfo(document, ctx.locale), question, answer },
    document,
  };
}

/** A whole document with its annotations and themes. */
export function resolveDocument(item: Item<'document'>, sources: BriefingSources, ctx: ResolveContext): Resolved {
  const document = sources.documents.get(item.documentId);
  if (document === undefined) return { omitted: { itemId: item.id, type: item.type, reason: 'document-deleted', label: item.documentId } };
  return {
    item: {
      kind: 'document',
      itemId: item.id,
      anchor: itemAnchor('document', item.id),
      source: sourceInfo(document, ctx.locale),
      document,
      annotations: [...(sources.annotationsByDocument.get(document.id) ?? [])],
      documentTagIds: [...(sources.documentTags[document.id] ?? [])],
    },
    document,
  };
}
