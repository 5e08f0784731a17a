/**
 * What the composer shows for each briefing item: its source's title, date, part, quote, note,
 * colour and themes — or that its source is gone ("bron verwijderd"), with what it was.
 */
import type { BriefingItemView } from '../api/types.js';
import type { Briefing, BriefingItem, Tag } from '../model/index.js';
import { partText } from '../model/parts.js';
import { displayTitle } from '../present/title.js';
import type { BriefingSources } from './content.js';
import { labelsFor, type BriefingLocale } from './labels.js';
import { findAnnotation, findQuestion, shorten } from './lookup.js';
import { partLabel } from './part-label.js';
import { placeAnnotation } from './placement.js';

const EMPTY: Omit<BriefingItemView, 'itemId'> = {
  state: 'ok',
  missingReason: null,
  documentId: null,
  documentTitle: null,
  date: null,
  part: null,
  partLabel: null,
  quote: null,
  note: null,
  color: null,
  themes: [],
};

function names(tagIds: readonly string[], tagsById: ReadonlyMap<string, Tag>): string[] {
  return tagIds.map((id) => tagsById.get(id)?.name).filter((n): n is string => n !== undefined);
}

function describe(item: BriefingItem, sources: BriefingSources, locale: BriefingLocale, tagsById: ReadonlyMap<string, Tag>): BriefingItemView {
  const base = { ...EMPTY, itemId: item.id };
  const labels = labelsFor(locale);
  switch (item.type) {
    case 'heading':
    case 'text':
      return base;
    case 'annotation': {
      const found = findAnnotation(item, sources);
      if (!found.found) {
        return { ...base, state: 'missing', missingReason: found.reason, documentId: item.documentId, part: item.part, quote: item.quote || null };
      }
      const { annotation: a, document: d } = found;
      const text = partText(d, a.target.part);
      const range = text === null ? null : placeAnnotation(text, a);
      return {
        ...base,
        documentId: d.id,
        documentTitle: displayTitle(d, locale),
        date: d.receivedOn ?? d.submittedOn,
        part: a.target.part,
        partLabel: partLabel(d, a.target.part, labels),
        quote: text !== null && range !== null ? text.slice(range.start, range.end) : a.target.quote.exact,
        note: a.note,
        color: a.color,
        themes: names(a.tagIds, tagsById),
      };
    }
    case 'qa': {
      const found = findQuestion(item, sources);
      if (!found.found) return { ...base, state: 'missing', missingReason: found.reason, documentId: item.documentId, partLabel: labels.question(item.questionNumber) };
      const { document: d, index } = found;
      return {
        ...base,
        documentId: d.id,
        documentTitle: displayTitle(d, locale),
        date: d.receivedOn ?? d.submittedOn,
        part: { type: 'question', index },
        partLabel: labels.question(item.questionNumber),
        quote: shorten(d.questions[index]?.text ?? '', 200),
      };
    }
    case 'document': {
      const d = sources.documents.get(item.documentId);
      if (d === undefined) return { ...base, state: 'missing', missingReason: 'document-deleted', documentId: item.documentId };
      return { ...base, documentId: d.id, documentTitle: displayTitle(d, locale), date: d.receivedOn ?? d.submittedOn, themes: names(sources.documentTags[d.id] ?? [], tagsById) };
    }
  }
}

/**
 * The composer's view of each item of `briefing`, in item order. An item whose annotation,
 * document or question is gone has state 'missing' with the reason, and (for an excerpt) the quote
 * stored when it was added.
 *
 * @param locale - language of titles and part labels (the composer's, not necessarily the briefing's)
 * @returns one view per item; never throws for missing sources
 */
export function describeBriefingItems(briefing: Briefing, sources: BriefingSources, locale: BriefingLocale): BriefingItemView[] {
  const tagsById = new Map<string, Tag>(sources.tags.map((t) => [t.id, t]));
  return briefing.items.map((item) => describe(item, sources, locale, tagsById));
}
