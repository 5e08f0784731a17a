/**
 * Choosing the documents of a briefing among an archive of thousands: a filter over title, askers
 * and minister that ignores case and accents, and the order of the dialog's checkboxes (the chosen
 * documents first, then the rest as listed).
 */
import type { DocumentSummary } from '../../src-main/core/model/document.js';
import type { PresentLocale } from '../../src-main/core/present/labels.js';
import { formatMembers, formatOfficials } from '../../src-main/core/present/people.js';
import { displayTitle } from '../../src-main/core/present/title.js';

/** `text` lower-cased with diacritics removed ("Ç" → "c", "ë" → "e"), for matching. */
export function foldForFilter(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

/** The folded text a filter is matched against: display title, stored title, askers and ministers. */
export function filterText(summary: DocumentSummary, locale: PresentLocale): string {
  const parts = [displayTitle(summary, locale), summary.title ?? '', formatMembers(summary.askedBy, locale), formatOfficials(summary.answeredBy, locale)];
  return foldForFilter(parts.join(' \u0000 '));
}

/**
 * The summaries in dialog order: those in `first` (ids, in that order) and then the others matching
 * `filter` (every whitespace-separated word must occur; case and accents ignored), in input order.
 * Documents in `first` are listed whatever the filter, so a chosen document never disappears.
 */
export function orderChoices(
  summaries: readonly DocumentSummary[],
  first: readonly string[],
  filter: string,
  locale: PresentLocale,
): DocumentSummary[] {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const pinned = new Set(first.filter((id) => byId.has(id)));
  const words = foldForFilter(filter).split(/\s+/u).filter((w) => w !== '');
  const head = [...pinned].map((id) => byId.get(id)!);
  const rest = summaries.filter((s) => {
    if (pinned.has(s.id)) return false;
    if (words.length === 0) return true;
    const text = filterText(s, locale);
    return words.every((w) => text.includes(w));
  });
  return [...head, ...rest];
}
