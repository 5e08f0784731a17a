/**
 * Sentences about briefings that depend on counts: what "Aan briefing toevoegen" did, what an export
 * produced (and left out), and why a briefing cannot be exported. Pure, so each wording is tested.
 */
import type { BriefingExport, BriefingItemView } from '../../src-main/core/api/types.js';
import { countText, formatCount } from './counts.js';
import { translate, type Locale } from './i18n.js';

/** What was sent to "Aan briefing toevoegen", for the "already in the briefing" sentence of one item. */
export type AddedKind = 'annotation' | 'qa' | 'document' | 'other';

/**
 * The toast after "Aan briefing toevoegen".
 * @param added how many items were added (headings of a theme included)
 * @param duplicates how many were refused because the briefing already holds them
 * @param title the briefing's title
 * @param kind what one item sent was ("Dit fragment staat al in de briefing."); 'other' for several
 */
export function addResultText(locale: Locale, added: number, duplicates: number, title: string, kind: AddedKind): string {
  if (added === 0) {
    if (duplicates === 0) return translate(locale, 'addTo.noHits');
    if (duplicates === 1 && kind !== 'other') return translate(locale, `addTo.duplicate.${kind}`);
    return duplicates === 1 ? translate(locale, 'addTo.duplicate.annotation') : translate(locale, 'addTo.duplicateMany', { n: formatCount(locale, duplicates) });
  }
  const done = countText(locale, added, 'addTo.added', 'addTo.addedMany', { title });
  return duplicates > 0 ? `${done} ${countText(locale, duplicates, 'addTo.alsoPresentOne', 'addTo.alsoPresent')}` : done;
}

/**
 * The report of an export: where the file went (downloaded in the browser shell, saved or not in
 * Electron), the PDF's page count, and the items left out because their source is gone.
 * @param downloaded true when the renderer offered the bytes as a download
 */
export function exportReportText(locale: Locale, result: BriefingExport, downloaded: boolean): string {
  const parts = [
    downloaded
      ? translate(locale, 'briefings.downloaded', { file: result.fileName, size: formatCount(locale, Math.ceil(result.byteLength / 1024)) })
      : result.savedPath
        ? translate(locale, 'briefings.saved', { path: result.savedPath })
        : translate(locale, 'briefings.notSaved'),
  ];
  if (result.pageCount !== null && (downloaded || result.savedPath)) parts.push(countText(locale, result.pageCount, 'briefings.pagesOne', 'briefings.pages'));
  if (result.omitted.length > 0) {
    const list = result.omitted.map((o) => o.label).join('; ');
    parts.push(countText(locale, result.omitted.length, 'briefings.omittedOne', 'briefings.omitted', { list }));
  }
  return parts.join(' ');
}

/** Why a briefing cannot be exported: it has no items, or every item's source is gone; null when it can. */
export function exportBlocker(items: readonly Pick<BriefingItemView, 'state'>[]): 'empty' | 'missing' | null {
  if (items.length === 0) return 'empty';
  return items.every((item) => item.state === 'missing') ? 'missing' : null;
}
