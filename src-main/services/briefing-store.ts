/**
 * The briefings in workspace.json: finding one, changing one inside the workspace's write queue
 * (so every change sees the ones before it), and adding a new one. Shared by the briefing CRUD and
 * "Add to briefing".
 */
import { Briefing, BriefingOptions, type VraagbaakError } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import { briefingError } from '../core/briefing/errors.js';

/** What a new briefing is made of. */
export interface NewBriefingFields {
  title: string;
  subtitle?: string;
  author?: string;
  locale?: 'nl' | 'en';
}

/** VraagbaakError('not-found', reason 'briefing-missing') for `id`. */
export function briefingMissing(id: string): VraagbaakError {
  return briefingError('not-found', `There is no briefing with id "${id}".`, 'briefing-missing', { briefingId: id });
}

/**
 * Refuses a list of items in which two share an id (drag-and-drop and undo address items by id).
 * @throws VraagbaakError('invalid-input', reason 'duplicate-item-ids') naming the repeated ids
 */
export function assertUniqueItemIds(items: readonly { id: string }[]): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { id } of items) (seen.has(id) ? repeated : seen).add(id);
  if (repeated.size > 0) {
    const ids = [...repeated];
    throw briefingError('invalid-input', `Two items of the briefing have the same id: ${ids.join(', ')}.`, 'duplicate-item-ids', { itemIds: ids.join(', ') });
  }
}

/** A new, empty briefing (not saved). */
export function newBriefing(id: string, fields: NewBriefingFields, now: string): Briefing {
  return {
    id,
    title: fields.title.trim(),
    subtitle: fields.subtitle ?? '',
    author: fields.author ?? '',
    intro: '',
    classification: '',
    date: null,
    items: [],
    options: BriefingOptions.parse({ locale: fields.locale ?? 'nl' }),
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The saved briefing `id`.
 * @throws VraagbaakError('not-found', reason 'briefing-missing')
 */
export function findBriefing(archive: Archive, id: string): Briefing {
  const briefing = archive.workspace.briefings.find((b) => b.id === id);
  if (!briefing) throw briefingMissing(id);
  return briefing;
}

/**
 * Replaces briefing `id` with `recipe(current)` in workspace.json; the recipe runs in the
 * workspace's write queue and may throw to refuse the change.
 * @returns the briefing as saved
 * @throws VraagbaakError('not-found', reason 'briefing-missing'); 'archive-read-only'; what `recipe` throws
 */
export async function changeBriefing(archive: Archive, id: string, recipe: (current: Briefing) => Briefing): Promise<Briefing> {
  let saved: Briefing | null = null;
  await archive.updateWorkspace((w) => {
    const at = w.briefings.findIndex((b) => b.id === id);
    const current = w.briefings[at];
    if (current === undefined) throw briefingMissing(id);
    saved = recipe(current);
    const briefings = [...w.briefings];
    briefings[at] = saved;
    return { ...w, briefings };
  });
  return saved!;
}

/**
 * Saves a new briefing at `position` in the list (default: the end; a position past the end is the end).
 * @throws VraagbaakError('invalid-input', reason 'briefing-exists') when a briefing with its id exists; 'archive-read-only'
 */
export async function insertBriefing(archive: Archive, briefing: Briefing, position?: number): Promise<Briefing> {
  const checked = Briefing.parse(briefing);
  assertUniqueItemIds(checked.items);
  await archive.updateWorkspace((w) => {
    if (w.briefings.some((b) => b.id === checked.id)) {
      throw briefingError('invalid-input', `A briefing with id "${checked.id}" already exists.`, 'briefing-exists', { briefingId: checked.id, title: checked.title });
    }
    const briefings = [...w.briefings];
    briefings.splice(Math.min(position ?? briefings.length, briefings.length), 0, checked);
    return { ...w, briefings };
  });
  return checked;
}
