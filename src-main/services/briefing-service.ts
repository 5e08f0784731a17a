/**
 * Saved briefings (issue 9): list, open, create, change, duplicate, delete and undo a delete, in
 * workspace.json; collecting into them (briefing-collect.ts) and exporting them
 * (briefing-export.ts) are wired in here, so the bindings see one service.
 */
import { randomUUID } from 'node:crypto';
import type { ApiParsedInput } from '../core/api/contract.js';
import type { AddToBriefingResult, BriefingSummary, BriefingView } from '../core/api/types.js';
import { describeBriefingItems } from '../core/briefing/item-views.js';
import type { ThemeGrouping } from '../core/briefing/theme-items.js';
import type { Briefing } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { createBriefingCollector, type BriefingCollector, type BriefingTarget } from './briefing-collect.js';
import { createBriefingExporter, type BriefingFile, type BriefingFormat } from './briefing-export.js';
import { gatherSources, type DocumentCache } from './briefing-sources.js';
import { assertUniqueItemIds, briefingMissing, changeBriefing, findBriefing, insertBriefing, newBriefing, type NewBriefingFields } from './briefing-store.js';

export { slugify, toBriefingExport, type BriefingFile, type BriefingFormat } from './briefing-export.js';
export type { BriefingTarget, OneShotFields } from './briefing-collect.js';

export interface BriefingServiceDeps {
  archive: Archive;
  printer: PdfPrinter;
  /** `@font-face` CSS embedded in printed briefings (loaded on the first PDF export) */
  fontCss?: () => Promise<string>;
  clock?: () => Date;
  newId?: () => string;
}

export type UpdateBriefingInput = ApiParsedInput<'briefings.update'>;

const COPY_SUFFIX = { nl: 'kopie', en: 'copy' } as const;

export interface BriefingService extends Pick<BriefingCollector, 'documentsBriefing' | 'themeBriefing'> {
  /** The saved briefings, most recently changed first, each with how many items lost their source. */
  list(): Promise<BriefingSummary[]>;
  /**
   * A briefing with the state of each item ("bron verwijderd" for a deleted source).
   * @throws VraagbaakError('not-found', reason 'briefing-missing')
   */
  get(id: string): Promise<BriefingView>;
  /** Creates an empty briefing. @throws VraagbaakError('archive-read-only') */
  create(fields: NewBriefingFields): Promise<Briefing>;
  /**
   * Changes the given fields; `items` replaces the whole list; `options` are merged. Bumps `updatedAt`.
   * @throws VraagbaakError('not-found', reason 'briefing-missing'); 'invalid-input' reason
   *   'duplicate-item-ids'; 'archive-read-only'
   */
  update(input: UpdateBriefingInput): Promise<Briefing>;
  /**
   * Saves a copy titled "<title> (kopie)" / "(copy)" (by the briefing's language), with new ids for it and its items.
   * @throws VraagbaakError('not-found', reason 'briefing-missing'); 'archive-read-only'
   */
  duplicate(id: string): Promise<Briefing>;
  /**
   * Deletes a briefing. @returns it, so the caller can offer undo (`restore`)
   * @throws VraagbaakError('not-found', reason 'briefing-missing'); 'archive-read-only'
   */
  delete(id: string): Promise<Briefing>;
  /**
   * Puts a deleted briefing back, unchanged, at the place in the list it was deleted from (this session), else at the end.
   * @throws VraagbaakError('invalid-input', reason 'briefing-exists' | 'duplicate-item-ids'); 'archive-read-only'
   */
  restore(briefing: Briefing): Promise<Briefing>;
  /** See BriefingCollector.addItems. */
  addItems(input: ApiParsedInput<'briefings.addItems'>): Promise<AddToBriefingResult>;
  /** See BriefingCollector.addTheme. */
  addTheme(input: ApiParsedInput<'briefings.addTheme'>): Promise<AddToBriefingResult>;
  /**
   * The HTML the PDF is printed from (no embedded fonts, empty contents page numbers).
   * @throws VraagbaakError('not-found', reason 'briefing-missing')
   */
  preview(id: string): Promise<{ html: string }>;
  /**
   * Exports a saved briefing. @throws VraagbaakError('not-found', reason 'briefing-missing'); see `exportBriefing`
   */
  export(id: string, format: BriefingFormat): Promise<BriefingFile>;
  /**
   * Exports any briefing, saved or not (the CLI's one-shot briefings).
   * @throws VraagbaakError('invalid-input', reason 'briefing-empty'); 'pdf-failed'
   */
  exportBriefing(briefing: Briefing, format: BriefingFormat): Promise<BriefingFile>;
}

function toTarget(input: { briefingId?: string | undefined; newTitle?: string | undefined; locale?: 'nl' | 'en' | undefined }): BriefingTarget {
  return input.briefingId !== undefined ? { briefingId: input.briefingId } : { newTitle: input.newTitle ?? '', locale: input.locale };
}

/** Creates the briefing service. */
export function createBriefingService({ archive, printer, fontCss, clock = () => new Date(), newId = randomUUID }: BriefingServiceDeps): BriefingService {
  const collector = createBriefingCollector({ archive, clock, newId });
  const exporter = createBriefingExporter({ archive, printer, clock, ...(fontCss ? { fontCss } : {}) });
  /** where deleted briefings stood in the list, so undo puts them back there */
  const deletedAt = new Map<string, number>();
  const now = () => clock().toISOString();

  const view = async (briefing: Briefing, cache: DocumentCache): Promise<BriefingView> => ({
    briefing,
    items: describeBriefingItems(briefing, await gatherSources(archive, briefing.items, cache), briefing.options.locale),
  });

  return {
    async list() {
      const cache: DocumentCache = new Map();
      const summaries: BriefingSummary[] = [];
      for (const briefing of archive.workspace.briefings) {
        const { items } = await view(briefing, cache);
        const { id, title, createdAt, updatedAt } = briefing;
        summaries.push({ id, title, itemCount: items.length, missingCount: items.filter((i) => i.state === 'missing').length, createdAt, updatedAt });
      }
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.createdAt.localeCompare(a.createdAt));
    },
    get: async (id) => view(findBriefing(archive, id), new Map()),
    create: async (fields) => insertBriefing(archive, newBriefing(newId(), fields, now())),
    update: async ({ id, options, items, ...fields }) => {
      if (items) assertUniqueItemIds(items);
      const changed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      return changeBriefing(archive, id, (b) => ({
        ...b,
        ...changed,
        ...(options ? { options: { ...b.options, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } } : {}),
        ...(items ? { items } : {}),
        updatedAt: now(),
      }));
    },
    async duplicate(id) {
      const original = findBriefing(archive, id);
      const at = archive.workspace.briefings.indexOf(original);
      const time = now();
      const copy: Briefing = {
        ...original,
        id: newId(),
        title: `${original.title} (${COPY_SUFFIX[original.options.locale]})`,
        items: original.items.map((item) => ({ ...item, id: newId() })),
        createdAt: time,
        updatedAt: time,
      };
      return insertBriefing(archive, copy, at + 1);
    },
    async delete(id) {
      let removed: Briefing | null = null;
      await archive.updateWorkspace((w) => {
        const at = w.briefings.findIndex((b) => b.id === id);
        removed = w.briefings[at] ?? null;
        if (removed === null) throw briefingMissing(id);
        deletedAt.set(id, at);
        return { ...w, briefings: w.briefings.filter((b) => b.id !== id) };
      });
      return removed!;
    },
    async restore(briefing) {
      const restored = await insertBriefing(archive, briefing, deletedAt.get(briefing.id));
      deletedAt.delete(briefing.id);
      return restored;
    },
    addItems: ({ items, ...target }) => collector.addItems(toTarget(target), items),
    addTheme: ({ tagId, groupBy, ...target }) => collector.addTheme(toTarget(target), tagId, groupBy),
    preview: async (id) => ({ html: await exporter.preview(findBriefing(archive, id)) }),
    export: async (id, format) => exporter.export(findBriefing(archive, id), format),
    exportBriefing: (briefing, format) => exporter.export(briefing, format),
    documentsBriefing: (fields, ids) => collector.documentsBriefing(fields, ids),
    themeBriefing: (fields, name, groupBy: ThemeGrouping) => collector.themeBriefing(fields, name, groupBy),
  };
}
