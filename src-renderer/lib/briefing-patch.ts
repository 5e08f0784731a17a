/**
 * The shapes the composer's history and writes are made of: a patch of a briefing's editable
 * fields (what `briefings.update` takes besides the id), the snapshot of the fields a patch names
 * (a history step's "before"), and the view of an item the composer made itself.
 */
import type { BriefingItemView } from '../../src-main/core/api/types.js';
import type { Briefing, BriefingItem } from '../../src-main/core/model/workspace.js';

/** The fields the composer edits (all of `briefings.update` but the id). */
export type BriefingFields = Pick<Briefing, 'title' | 'subtitle' | 'author' | 'intro' | 'classification' | 'date' | 'items' | 'options'>;
export type BriefingPatch = Partial<BriefingFields>;
/** What a history step did (its text is `briefings.change.<label>`). */
export type ChangeLabel = 'move' | 'remove' | 'add' | 'edit' | 'level' | 'options' | 'titlePage' | 'collect';

/** The current values in `briefing` of the fields `patch` names. */
export function snapshotOf(briefing: Briefing, patch: BriefingPatch): BriefingPatch {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, briefing[key as keyof BriefingFields]])) as BriefingPatch;
}

/** True when two patches hold the same values (they are plain JSON data). */
export function samePatch(a: BriefingPatch, b: BriefingPatch): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The view of an item the composer made itself (heading, text): there is no source to resolve. */
export function ownView(item: BriefingItem): BriefingItemView {
  return { itemId: item.id, state: 'ok', missingReason: null, documentId: null, documentTitle: null, date: null, part: null, partLabel: null, quote: null, note: null, color: null, themes: [] };
}

/** The views by item id; `more` (newer answers) win over `base`. */
export function viewsById(base: Iterable<BriefingItemView>, more: Iterable<BriefingItemView> = []): ReadonlyMap<string, BriefingItemView> {
  return new Map([...base, ...more].map((view) => [view.itemId, view]));
}
