/**
 * Which documents of the library list are chosen for a batch action (delete several at once).
 * Without a choice of its own the selection is the list's active row, as in a single-select list:
 * a plain click or arrow key collapses it to that row; Shift+click or Shift+arrow selects the
 * range from the anchor, Ctrl/⌘+click or Ctrl+Space toggles one row, Ctrl+A takes every row the
 * list shows (up to the archive's 30,000). Documents are kept by id, so a reload of the list keeps
 * them; ids that left the list (deleted, filtered out) no longer count.
 */
// sets here are never changed in place: each change stores a new one in a $state.raw field (cheap for
// a 30,000-document select-all, unlike a SvelteSet's signal per key)
/* eslint-disable svelte/prefer-svelte-reactivity */
import type { DocumentSummary } from '../../src-main/core/model/document.js';

export class LibrarySelection {
  readonly #rows: () => readonly DocumentSummary[];
  /** the chosen ids; one set replaced per change (a select-all of 30,000 is one signal, not 30,000) */
  #ids = $state.raw<ReadonlySet<string>>(new Set());
  /** where a Shift+click or Shift+arrow range starts: the row last clicked or toggled */
  #anchor: string | null = null;
  /** the chosen ids that the list shows, in list order */
  #inList = $derived.by(() => {
    const ids = this.#ids;
    return ids.size === 0 ? [] : this.#rows().filter((row) => ids.has(row.id)).map((row) => row.id);
  });

  /** @param rows the documents the list shows, in its order (read on every change) */
  constructor(rows: () => readonly DocumentSummary[]) {
    this.#rows = rows;
  }

  /**
   * True when documents were chosen explicitly (Shift, Ctrl/⌘, Ctrl+A) rather than the active row
   * alone: the list then marks the chosen rows, which need not include the active one.
   */
  get hasChoice(): boolean {
    return this.#inList.length > 0;
  }

  /**
   * The chosen documents the list shows, in list order; the active row alone when nothing was
   * chosen explicitly. @param activeId the list's active row (null: an empty list)
   */
  chosen(activeId: string | null): readonly string[] {
    if (this.#inList.length > 0) return this.#inList;
    return activeId === null ? [] : [activeId];
  }

  /** True when document `id` is among `chosen(activeId)`. */
  has(id: string, activeId: string | null): boolean {
    return this.#inList.length > 0 ? this.#ids.has(id) : id === activeId;
  }

  /** Back to the active row alone, which becomes the anchor of a range (a plain click or arrow key). */
  collapse(activeId: string | null): void {
    this.#anchor = activeId;
    if (this.#ids.size > 0) this.#ids = new Set();
  }

  /**
   * Adds document `id` to the choice or takes it out (Ctrl/⌘+click, Ctrl+Space); a choice of the
   * active row alone grows from that row. `id` becomes the anchor.
   */
  toggle(id: string, activeId: string | null): void {
    const next = new Set(this.chosen(activeId));
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.#ids = next;
    this.#anchor = id;
  }

  /** Chooses the rows from the anchor (else `activeId`) to `id`, both included (Shift+click, Shift+arrow). */
  selectRange(id: string, activeId: string | null): void {
    const rows = this.#rows();
    const to = rows.findIndex((row) => row.id === id);
    if (to < 0) return;
    const anchorAt = rows.findIndex((row) => row.id === (this.#anchor ?? activeId));
    const from = anchorAt < 0 ? to : anchorAt;
    this.#anchor = rows[from]!.id;
    this.#ids = new Set(rows.slice(Math.min(from, to), Math.max(from, to) + 1).map((row) => row.id));
  }

  /** Chooses every row the list shows (Ctrl+A). */
  selectAll(): void {
    this.#ids = new Set(this.#rows().map((row) => row.id));
  }

  /** Forgets the choice and the anchor (a new query, or after the chosen documents were deleted). */
  clear(): void {
    this.#anchor = null;
    if (this.#ids.size > 0) this.#ids = new Set();
  }
}
