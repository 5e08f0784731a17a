/**
 * The composer's edits of a briefing's item list as pure functions: move by one (Alt+↑/↓), move to a
 * drop position (drag and drop), move under a heading, insert after an item, remove; and the
 * outline (which heading each item sits under) for indenting the list. Every function returns a
 * new array and leaves its input alone, so the old list can serve as the undo snapshot.
 */
import type { BriefingItem } from '../../src-main/core/model/workspace.js';

export type HeadingItem = Extract<BriefingItem, { type: 'heading' }>;

/**
 * Moves item `id` one place up (`delta` -1) or down (+1), or further for a larger delta.
 * @returns a new list; the input itself when `id` is unknown or already at that end
 */
export function moveBy(items: readonly BriefingItem[], id: string, delta: number): readonly BriefingItem[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return items;
  const to = Math.min(items.length - 1, Math.max(0, from + delta));
  return to === from ? items : placeAt(items, from, to);
}

/**
 * Moves item `id` to the gap before position `gap` of the current list (0 = first, `items.length` =
 * last), as a drop between two items does.
 * @returns a new list; the input itself when `id` is unknown or the gap is next to it
 */
export function moveToGap(items: readonly BriefingItem[], id: string, gap: number): readonly BriefingItem[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return items;
  const clamped = Math.min(items.length, Math.max(0, gap));
  // removing the item first shifts every gap after it one place up
  const to = clamped > from ? clamped - 1 : clamped;
  return to === from ? items : placeAt(items, from, to);
}

/**
 * Moves item `id` under heading `headingId`: to the end of the items directly under that heading
 * (before the next heading of any level), so it lands in the heading's own section.
 * @returns a new list; the input itself when either id is unknown, `headingId` is no heading, the
 *   item is the heading, or it is already the last item of that section
 */
export function moveUnderHeading(items: readonly BriefingItem[], id: string, headingId: string): readonly BriefingItem[] {
  if (id === headingId) return items;
  const from = items.findIndex((item) => item.id === id);
  const at = items.findIndex((item) => item.id === headingId);
  if (from < 0 || at < 0 || items[at]?.type !== 'heading') return items;
  let end = at + 1;
  while (end < items.length && items[end]?.type !== 'heading') end++;
  return moveToGap(items, id, end);
}

/**
 * Inserts `item` after item `afterId`, or at the end when `afterId` is null or unknown.
 * @returns a new list
 */
export function insertAfter(items: readonly BriefingItem[], afterId: string | null, item: BriefingItem): BriefingItem[] {
  const at = afterId === null ? -1 : items.findIndex((i) => i.id === afterId);
  const position = at < 0 ? items.length : at + 1;
  return [...items.slice(0, position), item, ...items.slice(position)];
}

/**
 * Removes item `id`.
 * @returns the new list and the id that should get focus next (the item after it, else the one
 *   before, else null); the input itself and null when `id` is unknown
 */
export function removeItem(items: readonly BriefingItem[], id: string): { items: readonly BriefingItem[]; nextFocus: string | null } {
  const at = items.findIndex((item) => item.id === id);
  if (at < 0) return { items, nextFocus: null };
  const rest = [...items.slice(0, at), ...items.slice(at + 1)];
  return { items: rest, nextFocus: (rest[at] ?? rest[at - 1])?.id ?? null };
}

/** The headings of the list in order (the "Onder kop…" menu). */
export function headingsOf(items: readonly BriefingItem[]): HeadingItem[] {
  return items.filter((item): item is HeadingItem => item.type === 'heading');
}

/**
 * How deep each item sits in the outline, by position: a level-1 heading and what precedes any
 * heading are at 0; items under a level-1 heading and a level-2 heading under it are at 1; items
 * under a level-2 heading are at 2 (a level-2 heading before any level-1 one is at 0, its items at 1).
 */
export function outlineDepths(items: readonly BriefingItem[]): number[] {
  let level1 = false;
  let level2 = false;
  return items.map((item) => {
    if (item.type === 'heading') {
      if (item.level === 1) {
        level1 = true;
        level2 = false;
        return 0;
      }
      level2 = true;
      return level1 ? 1 : 0;
    }
    return (level1 ? 1 : 0) + (level2 ? 1 : 0);
  });
}

/** The list with the text of heading or text item `id` replaced. */
export function withItemText(items: readonly BriefingItem[], id: string, text: string): BriefingItem[] {
  return items.map((item) => (item.id === id && (item.type === 'heading' || item.type === 'text') ? { ...item, text } : item));
}

/** The list with heading `id` at `level`. */
export function withHeadingLevel(items: readonly BriefingItem[], id: string, level: 1 | 2): BriefingItem[] {
  return items.map((item) => (item.id === id && item.type === 'heading' ? { ...item, level } : item));
}

/** A new heading (level 1) or text item with a fresh id. */
export function newItem(type: 'heading' | 'text', text: string): BriefingItem {
  return type === 'heading' ? { type, id: newItemId(), text, level: 1 } : { type, id: newItemId(), text };
}

/** A new, unique item id (crypto.randomUUID where available). */
export function newItemId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return `item-${uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`}`;
}

function placeAt(items: readonly BriefingItem[], from: number, to: number): BriefingItem[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}
