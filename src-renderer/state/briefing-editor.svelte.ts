/**
 * The briefing open in the composer: its fields and items, how each item resolves ("bron
 * verwijderd"), one undo/redo history of every change, and the live preview. A change shows at
 * once and is saved with `briefings.update` (writes go out one at a time, in order); the preview
 * is asked for shortly after the last change and an answer that is no longer the latest is dropped.
 * Typing in a field is one history step per edit session: it ends on blur (`commit`).
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { BriefingItemView } from '../../src-main/core/api/types.js';
import type { Briefing, BriefingItem } from '../../src-main/core/model/workspace.js';
import { insertAfter, moveBy, moveToGap, moveUnderHeading, newItem, removeItem, withHeadingLevel, withItemText } from '../lib/briefing-items.js';
import { ownView, samePatch as same, snapshotOf, viewsById, type BriefingPatch, type ChangeLabel } from '../lib/briefing-patch.js';
import { History } from '../lib/history.js';
import { recall, remember } from '../lib/session-memory.js';
import { BriefingPreviewState } from './briefing-preview.svelte.js';

export type { BriefingPatch, ChangeLabel };

/** The last undo or redo, for the composer's live region. */
export interface Announcement {
  kind: 'undone' | 'redone';
  label: ChangeLabel;
}

/** Milliseconds of quiet typing before a draft is saved (before the preview is asked for). */
export const DRAFT_SAVE_MS = 60;
/** sessionStorage key of the open briefing, so a reload shows it again. */
export const OPEN_BRIEFING_KEY = 'vraagbaak.openBriefing';

export interface EditorCallbacks {
  onError: (error: ApiError) => void;
  /** the briefing was saved (its summary in the list changes) */
  onSaved: (briefing: Briefing, missingCount: number) => void;
}

export class BriefingEditorState {
  #api: ApiClient;
  #callbacks: EditorCallbacks;
  #briefing = $state.raw<Briefing | null>(null);
  #views = $state.raw<ReadonlyMap<string, BriefingItemView>>(viewsById([]));
  #loadingId = $state<string | null>(null);
  #announcement = $state.raw<Announcement | null>(null);
  #historyTick = $state(0);
  #history = new History<BriefingPatch, ChangeLabel>();
  #session: { key: string; before: BriefingPatch; label: ChangeLabel } | null = null;
  #pending: BriefingPatch = {};
  #queue: Promise<void> = Promise.resolve();
  #flushTimer: ReturnType<typeof setTimeout> | undefined;

  /** The live preview of the open briefing. */
  readonly preview: BriefingPreviewState;

  constructor(api: ApiClient, callbacks: EditorCallbacks) {
    this.#api = api;
    this.#callbacks = callbacks;
    this.preview = new BriefingPreviewState(api, callbacks.onError);
  }

  /** The open briefing as edited (changes show here before they are saved); null when none is open. */
  get briefing(): Briefing | null {
    return this.#briefing;
  }

  get items(): readonly BriefingItem[] {
    return this.#briefing?.items ?? [];
  }

  /** The id being opened, or null. */
  get loadingId(): string | null {
    return this.#loadingId;
  }

  /** How item `itemId` resolves (state, source title, quote …). */
  viewOf(itemId: string): BriefingItemView | null {
    return this.#views.get(itemId) ?? null;
  }

  /** The views of the current items, in order (items added meanwhile resolve as 'ok'). */
  get itemViews(): BriefingItemView[] {
    return this.items.map((item) => this.#views.get(item.id) ?? ownView(item));
  }

  /** The preview HTML of the open briefing; null until the first answer. */
  get previewHtml(): string | null {
    return this.preview.htmlOf(this.#briefing?.id);
  }

  /** The last undo/redo, said by the composer's live region ("Ongedaan gemaakt: verplaatsen."). */
  get announcement(): Announcement | null {
    return this.#announcement;
  }

  get canUndo(): boolean {
    void this.#historyTick;
    return this.#history.canUndo || (this.#session !== null && this.#sessionChanged());
  }

  get canRedo(): boolean {
    void this.#historyTick;
    return this.#history.canRedo;
  }

  get undoLabel(): ChangeLabel | null {
    void this.#historyTick;
    return this.#session && this.#sessionChanged() ? this.#session.label : this.#history.undoLabel;
  }

  get redoLabel(): ChangeLabel | null {
    void this.#historyTick;
    return this.#history.redoLabel;
  }

  /** The id of the briefing open before the last reload, if any. */
  static rememberedId(): string | null {
    return recall(OPEN_BRIEFING_KEY);
  }

  /** Opens briefing `id` (`briefings.get`) with an empty history. @returns false when it could not be loaded */
  async open(id: string): Promise<boolean> {
    await this.settle();
    this.#loadingId = id;
    const result = await this.#api['briefings.get']({ id });
    if (this.#loadingId !== id) return false;
    this.#loadingId = null;
    if (!result.ok) {
      this.#callbacks.onError(result.error);
      if (result.error.code === 'not-found') this.close();
      return false;
    }
    this.#show(result.value.briefing, result.value.items);
    this.#history.clear();
    this.#bumpHistory();
    this.#announcement = null;
    remember(OPEN_BRIEFING_KEY, id);
    this.#schedulePreview(0);
    return true;
  }

  /** Closes the composer's briefing (after saving what is typed). */
  close(): void {
    this.#commitSession();
    this.#flush();
    this.preview.cancel();
    this.#briefing = null;
    this.#views = viewsById([]);
    this.#history.clear();
    this.#bumpHistory();
    remember(OPEN_BRIEFING_KEY, null);
  }

  /**
   * Makes a change as one history step: shown at once, saved, previewed.
   * @returns false when it changes nothing (or no briefing is open)
   */
  change(patch: BriefingPatch, label: ChangeLabel): boolean {
    const briefing = this.#briefing;
    if (!briefing) return false;
    this.#commitSession();
    const before = this.#snapshot(patch);
    if (same(before, patch)) return false;
    this.#apply(patch);
    this.#history.push({ before, after: patch, label });
    this.#bumpHistory();
    this.#send(briefing.id, patch);
    return true;
  }

  /** Moves item `id` up (-1) or down (+1) one place (Alt+↑/↓). */
  moveItem(id: string, delta: -1 | 1): boolean {
    return this.change({ items: [...moveBy(this.items, id, delta)] }, 'move');
  }

  /** Moves item `id` into the gap before position `gap` (a drop; `items.length` is the end). */
  dropItem(id: string, gap: number): boolean {
    return this.change({ items: [...moveToGap(this.items, id, gap)] }, 'move');
  }

  /** Moves item `id` to the end of the items directly under heading `headingId`. */
  moveUnder(id: string, headingId: string): boolean {
    return this.change({ items: [...moveUnderHeading(this.items, id, headingId)] }, 'move');
  }

  /** Removes item `id`. @returns the id to focus next (null when none is left or nothing changed) */
  removeItem(id: string): string | null {
    const { items, nextFocus } = removeItem(this.items, id);
    return this.change({ items: [...items] }, 'remove') ? nextFocus : null;
  }

  /**
   * Adds a heading (with `text`) or an empty text item after item `afterId` (at the end when null).
   * @returns the new item's id, or null when no briefing is open
   */
  insertItem(afterId: string | null, type: 'heading' | 'text', text: string): string | null {
    const item = newItem(type, text);
    return this.change({ items: insertAfter(this.items, afterId, item) }, 'add') ? item.id : null;
  }

  /** Sets the level of heading `id`. */
  setHeadingLevel(id: string, level: 1 | 2): boolean {
    return this.change({ items: withHeadingLevel(this.items, id, level) }, 'level');
  }

  /** Types in heading or text item `id` (one history step per session, see `draft`). */
  draftItemText(id: string, text: string): void {
    this.draft(`item:${id}`, { items: withItemText(this.items, id, text) }, 'edit');
  }

  /** Changes export options (one history step). */
  setOptions(options: Partial<Briefing['options']>): boolean {
    const current = this.#briefing?.options;
    return current ? this.change({ options: { ...current, ...options } }, 'options') : false;
  }

  /**
   * A keystroke's worth of typing in field `key` ("item:<id>", "field:title"): shown and saved
   * shortly, recorded as one history step when the session ends (`commit`, another field, undo).
   */
  draft(key: string, patch: BriefingPatch, label: ChangeLabel): void {
    const briefing = this.#briefing;
    if (!briefing) return;
    if (this.#session && this.#session.key !== key) this.#commitSession();
    this.#session ??= { key, before: this.#snapshot(patch), label };
    this.#apply(patch);
    // an empty title is not saved (a briefing needs one); commit puts the old one back
    const { title, ...rest } = patch;
    this.#pending = { ...this.#pending, ...rest, ...(title !== undefined && title.trim() !== '' ? { title } : {}) };
    clearTimeout(this.#flushTimer);
    this.#flushTimer = setTimeout(() => this.#flush(), DRAFT_SAVE_MS);
    this.#bumpHistory();
  }

  /** Ends the current typing session (blur): saves it and records it as one history step. */
  commit(): void {
    this.#commitSession();
  }

  /** Takes the last change back. @returns false when there was none */
  undo(): boolean {
    this.#commitSession();
    const step = this.#history.undo();
    return step ? this.#replay(step.before, { kind: 'undone', label: step.label }) : false;
  }

  /** Does the last undone change again. @returns false when there was none */
  redo(): boolean {
    this.#commitSession();
    const step = this.#history.redo();
    return step ? this.#replay(step.after, { kind: 'redone', label: step.label }) : false;
  }

  /**
   * Takes in a briefing that "Aan briefing toevoegen" changed while it is open: one history step
   * (undo takes the added items out again), and the views of the new items.
   */
  async collected(briefing: Briefing): Promise<void> {
    const open = this.#briefing;
    if (open?.id !== briefing.id) return;
    this.#commitSession();
    this.#flush();
    this.#history.push({ before: { items: open.items }, after: { items: briefing.items }, label: 'collect' });
    this.#bumpHistory();
    this.#briefing = { ...open, items: briefing.items, updatedAt: briefing.updatedAt };
    await this.#refreshViews(briefing.id);
    this.#schedulePreview(0);
  }

  /** Asks again how the items resolve (a source may have been deleted meanwhile), and for the preview. */
  async refresh(): Promise<void> {
    const id = this.#briefing?.id;
    if (!id) return;
    await this.settle();
    await this.#refreshViews(id);
    this.#schedulePreview(0);
  }

  /** Saves what is being typed and waits until every write has been answered (before an export). */
  async settle(): Promise<void> {
    this.#commitSession();
    this.#flush();
    await this.#queue;
  }

  /** The number of items whose source is gone. */
  get missingCount(): number {
    return this.itemViews.filter((view) => view.state === 'missing').length;
  }

  #replay(patch: BriefingPatch, announcement: Announcement): boolean {
    const briefing = this.#briefing;
    if (!briefing) return false;
    this.#apply(patch);
    this.#bumpHistory();
    this.#announcement = announcement;
    this.#send(briefing.id, patch);
    return true;
  }

  #commitSession(): void {
    const session = this.#session;
    if (!session) return;
    this.#session = null;
    const title = session.before.title;
    if (title !== undefined && this.#briefing?.title.trim() === '') this.#apply({ title });
    const after = this.#snapshot(session.before);
    if (!same(after, session.before)) this.#history.push({ before: session.before, after, label: session.label });
    this.#bumpHistory();
    this.#flush();
  }

  #sessionChanged(): boolean {
    return this.#session !== null && !same(this.#snapshot(this.#session.before), this.#session.before);
  }

  #flush(): void {
    clearTimeout(this.#flushTimer);
    const briefing = this.#briefing;
    const pending = this.#pending;
    this.#pending = {};
    if (briefing && Object.keys(pending).length > 0) this.#send(briefing.id, pending);
  }

  #snapshot(patch: BriefingPatch): BriefingPatch {
    return this.#briefing ? snapshotOf(this.#briefing, patch) : {};
  }

  #apply(patch: BriefingPatch): void {
    const briefing = this.#briefing;
    if (briefing) this.#briefing = { ...briefing, ...patch };
    this.#schedulePreview();
  }

  #send(id: string, patch: BriefingPatch): void {
    this.#queue = this.#queue.then(async () => {
      const result = await this.#api['briefings.update']({ id, ...patch });
      if (!result.ok) {
        this.#callbacks.onError(result.error);
        await this.#reload(id);
        return;
      }
      if (this.#briefing?.id === id) this.#briefing = { ...this.#briefing, updatedAt: result.value.updatedAt };
      this.#callbacks.onSaved({ ...result.value, ...(this.#briefing?.id === id ? { items: this.#briefing.items } : {}) }, this.missingCount);
    });
  }

  /** After a failed write the local state may differ from the saved one: show the saved one, forget the history. */
  async #reload(id: string): Promise<void> {
    const result = await this.#api['briefings.get']({ id });
    if (!result.ok || this.#briefing?.id !== id) return;
    this.#session = null;
    this.#pending = {};
    this.#show(result.value.briefing, result.value.items);
    this.#history.clear();
    this.#bumpHistory();
    this.#schedulePreview(0);
  }

  async #refreshViews(id: string): Promise<void> {
    const result = await this.#api['briefings.get']({ id });
    if (!result.ok) {
      this.#callbacks.onError(result.error);
      return;
    }
    if (this.#briefing?.id === id) this.#views = viewsById(this.#views.values(), result.value.items);
  }

  #show(briefing: Briefing, views: readonly BriefingItemView[]): void {
    this.#briefing = briefing;
    this.#views = viewsById(views);
  }

  /** Asks for the preview shortly after this change, once the writes before it are answered. */
  #schedulePreview(delayMs?: number): void {
    const id = this.#briefing?.id;
    if (!id) return;
    this.preview.schedule(id, () => this.#queue, delayMs);
  }

  #bumpHistory(): void {
    this.#historyTick++;
  }
}
