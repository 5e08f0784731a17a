/**
 * The analyst's saved briefings: the list (most recently changed first), create, rename,
 * duplicate, delete and restore, "Aan briefing toevoegen" (items, or every excerpt of a theme) and
 * export. The briefing open in the composer is `editor`; additions to it become a step of its
 * history. The briefing chosen last for "Aan briefing toevoegen" is remembered as the default.
 */
import type { ApiClient, NewBriefingItem } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { AddToBriefingResult, BriefingExport, BriefingSummary } from '../../src-main/core/api/types.js';
import type { Briefing } from '../../src-main/core/model/workspace.js';
import { BriefingEditorState } from './briefing-editor.svelte.js';

/** Where "Aan briefing toevoegen" puts items: an existing briefing, or a new one with this title. */
export type BriefingTarget = { briefingId: string } | { newTitle: string; locale: 'nl' | 'en' };
export type ThemeGrouping = 'subtheme' | 'document' | 'date';

/** localStorage key of the briefing chosen last for "Aan briefing toevoegen". */
export const LAST_TARGET_KEY = 'vraagbaak.lastBriefing';

function storedLastTarget(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_TARGET_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Most recently changed first. */
function byUpdatedDesc(a: BriefingSummary, b: BriefingSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.title.localeCompare(b.title, 'nl');
}

function summaryOf(briefing: Briefing, missingCount: number): BriefingSummary {
  const { id, title, createdAt, updatedAt } = briefing;
  return { id, title, itemCount: briefing.items.length, missingCount, createdAt, updatedAt };
}

export class BriefingsState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #summaries = $state.raw<BriefingSummary[]>([]);
  #isLoaded = $state(false);
  #lastTargetId = $state<string | null>(storedLastTarget());

  /** The briefing open in the composer. */
  readonly editor: BriefingEditorState;

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
    this.editor = new BriefingEditorState(api, {
      onError,
      onSaved: (briefing, missingCount) => this.#upsert(summaryOf(briefing, missingCount)),
    });
  }

  /** Every saved briefing, most recently changed first. */
  get summaries(): readonly BriefingSummary[] {
    return this.#summaries;
  }

  get isLoaded(): boolean {
    return this.#isLoaded;
  }

  /** The briefing chosen last for "Aan briefing toevoegen", while it exists; else null. */
  get lastTargetId(): string | null {
    const last = this.#lastTargetId;
    return last && this.#summaries.some((s) => s.id === last) ? last : null;
  }

  /** The briefing "Aan briefing toevoegen" offers first: the one chosen last, else the most recent one. */
  get defaultTargetId(): string | null {
    return this.lastTargetId ?? this.#summaries[0]?.id ?? null;
  }

  /** Fetches `briefings.list`. */
  async load(): Promise<void> {
    const result = await this.#api['briefings.list']({});
    if (!result.ok) {
      this.#onError(result.error);
      return;
    }
    this.#summaries = [...result.value].sort(byUpdatedDesc);
    this.#isLoaded = true;
  }

  /** Creates a briefing and opens it. @returns it, or null on failure */
  async create(title: string, locale: 'nl' | 'en'): Promise<Briefing | null> {
    const result = await this.#api['briefings.create']({ title, locale });
    if (!result.ok) {
      this.#onError(result.error);
      return null;
    }
    this.#upsert(summaryOf(result.value, 0));
    await this.editor.open(result.value.id);
    return result.value;
  }

  /** Renames briefing `id` (in the open briefing, a step of its history). @returns false on failure */
  async rename(id: string, title: string): Promise<boolean> {
    if (title.trim() === '') return false;
    if (this.editor.briefing?.id === id) {
      this.editor.change({ title: title.trim() }, 'titlePage');
      return true;
    }
    const result = await this.#api['briefings.update']({ id, title: title.trim() });
    if (!result.ok) {
      this.#onError(result.error);
      return false;
    }
    const old = this.#summaries.find((s) => s.id === id);
    this.#upsert(summaryOf(result.value, old?.missingCount ?? 0));
    return true;
  }

  /** Copies briefing `id` and opens the copy. @returns the copy, or null on failure */
  async duplicate(id: string): Promise<Briefing | null> {
    if (this.editor.briefing?.id === id) await this.editor.settle();
    const result = await this.#api['briefings.duplicate']({ id });
    if (!result.ok) {
      this.#onError(result.error);
      return null;
    }
    await this.load();
    await this.editor.open(result.value.id);
    return result.value;
  }

  /** Deletes briefing `id` (closing it when open). @returns the deleted briefing, for undo; null on failure */
  async remove(id: string): Promise<Briefing | null> {
    if (this.editor.briefing?.id === id) await this.editor.settle();
    const result = await this.#api['briefings.delete']({ id });
    if (!result.ok) {
      this.#onError(result.error);
      return null;
    }
    if (this.editor.briefing?.id === id) this.editor.close();
    this.#summaries = this.#summaries.filter((s) => s.id !== id);
    return result.value;
  }

  /** Puts a deleted briefing back (undo of delete) and opens it. @returns false on failure */
  async restore(briefing: Briefing): Promise<boolean> {
    const result = await this.#api['briefings.restore']({ briefing });
    if (!result.ok) {
      this.#onError(result.error);
      return false;
    }
    await this.load();
    await this.editor.open(result.value.id);
    return true;
  }

  /**
   * Adds items to a briefing (`briefings.addItems`); the briefing's own duplicates are refused there.
   * @returns what was added, or null on failure (reported)
   */
  async add(target: BriefingTarget, items: NewBriefingItem[]): Promise<AddToBriefingResult | null> {
    await this.#beforeCollect(target);
    return this.#afterCollect(await this.#api['briefings.addItems']({ ...target, items }));
  }

  /** Adds every excerpt of theme `tagId` grouped by sub-theme, document or date (`briefings.addTheme`). */
  async addTheme(target: BriefingTarget, tagId: string, groupBy: ThemeGrouping): Promise<AddToBriefingResult | null> {
    await this.#beforeCollect(target);
    return this.#afterCollect(await this.#api['briefings.addTheme']({ ...target, tagId, groupBy }));
  }

  /** Exports briefing `id` as PDF or Word, after saving what is being typed. @returns null on failure */
  async export(id: string, format: 'pdf' | 'docx'): Promise<BriefingExport | null> {
    if (this.editor.briefing?.id === id) await this.editor.settle();
    const result = await this.#api['briefings.export']({ id, format });
    if (!result.ok) {
      this.#onError(result.error);
      return null;
    }
    return result.value;
  }

  /** The open briefing's typing must be saved first: the addition replaces its item list. */
  async #beforeCollect(target: BriefingTarget): Promise<void> {
    if ('briefingId' in target && this.editor.briefing?.id === target.briefingId) await this.editor.settle();
  }

  async #afterCollect(result: Awaited<ReturnType<ApiClient['briefings.addItems']>>): Promise<AddToBriefingResult | null> {
    if (!result.ok) {
      this.#onError(result.error);
      return null;
    }
    const { briefing } = result.value;
    this.#rememberTarget(briefing.id);
    const old = this.#summaries.find((s) => s.id === briefing.id);
    this.#upsert(summaryOf(briefing, old?.missingCount ?? 0));
    await this.editor.collected(briefing);
    return result.value;
  }

  #rememberTarget(id: string): void {
    this.#lastTargetId = id;
    try {
      globalThis.localStorage?.setItem(LAST_TARGET_KEY, id);
    } catch {
      // the default is then the most recent briefing
    }
  }

  #upsert(summary: BriefingSummary): void {
    this.#summaries = [...this.#summaries.filter((s) => s.id !== summary.id), summary].sort(byUpdatedDesc);
  }
}
