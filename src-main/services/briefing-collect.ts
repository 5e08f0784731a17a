/**
 * Collecting into briefings: "Add to briefing" (excerpts, Q&A pairs, search hits, documents,
 * headings, text) and "all excerpts of a theme", into a saved briefing or a new one; and the
 * unsaved one-shot briefings the CLI exports (`briefing <id>…`, `briefing --theme`).
 */
import type { NewBriefingItem } from '../core/api/contract.js';
import type { AddToBriefingResult } from '../core/api/types.js';
import { appendItems, toStoredItem, type UnsavedItem } from '../core/briefing/add-items.js';
import { themeItems, type ThemeGrouping, type ThemeSource } from '../core/briefing/theme-items.js';
import { tagAndDescendants, tagNameKey, type VraagbaakError, type Briefing, type QaDocument, type Tag } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import { readDocumentOnce, type DocumentCache } from './briefing-sources.js';
import { changeBriefing, insertBriefing, newBriefing, type NewBriefingFields } from './briefing-store.js';
import { briefingError } from '../core/briefing/errors.js';

/** Where added items go: a saved briefing, or a new one with this title (exactly one of the two). */
export type BriefingTarget =
  | { briefingId: string; newTitle?: undefined }
  | { briefingId?: undefined; newTitle: string; /** print language of the new briefing (default nl) */ locale?: 'nl' | 'en' | undefined };

export interface CollectDeps {
  archive: Archive;
  clock: () => Date;
  newId: () => string;
}

export interface OneShotFields extends NewBriefingFields {
  locale: 'nl' | 'en';
}

export interface BriefingCollector {
  /**
   * Appends `items` to the target briefing (see contract `briefings.addItems`).
   * @throws VraagbaakError('not-found') for an unknown briefing ('briefing-missing'), document,
   *   annotation, question or part (reasons of core/briefing/add-items.ts); 'archive-read-only'
   */
  addItems(target: BriefingTarget, items: readonly NewBriefingItem[]): Promise<AddToBriefingResult>;
  /**
   * Appends every excerpt of theme `tagId` and its sub-themes, grouped (see core/briefing/theme-items.ts).
   * @throws VraagbaakError('not-found', reason 'theme-missing' | 'briefing-missing');
   *   'invalid-input' reason 'theme-empty'; 'archive-read-only'
   */
  addTheme(target: BriefingTarget, tagId: string, groupBy: ThemeGrouping): Promise<AddToBriefingResult>;
  /**
   * An unsaved briefing of whole documents, in the order given (repeats dropped).
   * @throws VraagbaakError('not-found', reason 'document-missing') naming an unknown document
   */
  documentsBriefing(fields: OneShotFields, documentIds: readonly string[]): Promise<Briefing>;
  /**
   * An unsaved briefing of every excerpt of the theme named `themeName` (any case).
   * @throws VraagbaakError('not-found', reason 'theme-missing'); 'invalid-input' reason 'theme-empty'
   */
  themeBriefing(fields: OneShotFields, themeName: string, groupBy: ThemeGrouping): Promise<Briefing>;
}

function themeMissing(what: { tagId: string } | { theme: string }): VraagbaakError {
  const name = 'tagId' in what ? `with id "${what.tagId}"` : `called "${what.theme}"`;
  return briefingError('not-found', `There is no theme ${name}.`, 'theme-missing', what);
}

/** Creates the collecting half of the briefing service. */
export function createBriefingCollector({ archive, clock, newId }: CollectDeps): BriefingCollector {
  /** Appends the items to the target in one workspace write; the target's current items are read inside it. */
  const append = async (target: BriefingTarget, build: (existing: Briefing['items']) => { items: UnsavedItem[]; duplicates: number }, locale: 'nl' | 'en' = 'nl') => {
    const now = clock().toISOString();
    let result: Omit<AddToBriefingResult, 'briefing'> = { addedItemIds: [], duplicates: 0 };
    const apply = (briefing: Briefing): Briefing => {
      const built = build(briefing.items);
      const appended = appendItems(briefing.items, built.items, newId);
      result = { addedItemIds: appended.addedItemIds, duplicates: built.duplicates + appended.duplicates };
      return appended.addedItemIds.length === 0 ? briefing : { ...briefing, items: appended.items, updatedAt: now };
    };
    const briefing =
      target.briefingId !== undefined
        ? await changeBriefing(archive, target.briefingId, apply)
        : await insertBriefing(archive, apply(newBriefing(newId(), { title: target.newTitle, locale: target.locale ?? locale }, now)));
    return { briefing, ...result };
  };

  /** Every document with an annotation on one of `tagIds`, with its annotations, in archive order. */
  const themeSources = async (tagIds: ReadonlySet<string>): Promise<ThemeSource[]> => {
    const sources: ThemeSource[] = [];
    const cache: DocumentCache = new Map();
    for (const summary of archive.listSummaries()) {
      if (summary.annotationCount === 0) continue;
      const annotations = archive.listAnnotations(summary.id);
      if (!annotations.some((a) => a.tagIds.some((id) => tagIds.has(id)))) continue;
      const document = await readDocumentOnce(archive, summary.id, cache);
      if (document !== null) sources.push({ document, annotations });
    }
    return sources;
  };

  const buildTheme = async (theme: Tag, groupBy: ThemeGrouping) => {
    const { tags } = archive.workspace;
    const sources = await themeSources(tagAndDescendants(tags, theme.id));
    return (existing: Briefing['items'], locale: 'nl' | 'en') => themeItems({ theme, tags, sources, groupBy, locale, existing });
  };

  const targetLocale = (target: BriefingTarget): 'nl' | 'en' =>
    target.briefingId === undefined
      ? (target.locale ?? 'nl')
      : (archive.workspace.briefings.find((b) => b.id === target.briefingId)?.options.locale ?? 'nl');

  const oneShot = (fields: OneShotFields, items: UnsavedItem[]): Briefing => {
    const briefing = newBriefing(`adhoc-${newId()}`, fields, clock().toISOString());
    return { ...briefing, items: appendItems([], items, newId).items };
  };

  return {
    async addItems(target, items) {
      const cache: DocumentCache = new Map();
      for (const item of items) if ('documentId' in item) await readDocumentOnce(archive, item.documentId, cache);
      const lookup = { document: (id: string) => cache.get(id) ?? null, annotations: (id: string) => archive.listAnnotations(id) };
      const stored = items.map((item) => toStoredItem(item, lookup)); // throws before anything is saved
      return append(target, () => ({ items: stored, duplicates: 0 }));
    },

    async addTheme(target, tagId, groupBy) {
      const theme = archive.workspace.tags.find((t) => t.id === tagId);
      if (!theme) throw themeMissing({ tagId });
      const build = await buildTheme(theme, groupBy);
      const locale = targetLocale(target);
      return append(target, (existing) => build(existing, locale), locale);
    },

    async documentsBriefing(fields, documentIds) {
      const cache: DocumentCache = new Map();
      const ids = [...new Set(documentIds)];
      for (const id of ids) await readDocumentOnce(archive, id, cache);
      const lookup = { document: (id: string): QaDocument | null => cache.get(id) ?? null, annotations: () => [] };
      return oneShot(fields, ids.map((documentId) => toStoredItem({ type: 'document', documentId }, lookup)));
    },

    async themeBriefing(fields, themeName, groupBy) {
      const theme = archive.workspace.tags.find((t) => tagNameKey(t.name) === tagNameKey(themeName));
      if (!theme) throw themeMissing({ theme: themeName });
      const build = await buildTheme(theme, groupBy);
      return oneShot(fields, build([], fields.locale).items);
    },
  };
}
