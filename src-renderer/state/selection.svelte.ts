/**
 * The reader's text selection on its way to becoming an annotation: the selection inside one
 * part that the "Markeren" button would use, and the one being composed in the popover (frozen,
 * so focus moving into the popover's fields cannot change it).
 */
import type { HighlightColor } from '../../src-main/core/model/annotation.js';
import type { PartRef } from '../../src-main/core/model/document.js';

/** A selection inside one part, with where to show the button/popover (px, relative to the reader). */
export interface PendingSelection {
  part: PartRef;
  start: number;
  end: number;
  top: number;
  left: number;
}

export class SelectionState {
  #pending = $state.raw<PendingSelection | null>(null);
  #composing = $state.raw<PendingSelection | null>(null);
  #color = $state<HighlightColor>('yellow');

  /** The current usable selection, or null. */
  get pending(): PendingSelection | null {
    return this.#pending;
  }

  /** The selection the popover is annotating, or null when the popover is closed. */
  get composing(): PendingSelection | null {
    return this.#composing;
  }

  /** The colour chosen in the popover (previewed on the composed selection). */
  get color(): HighlightColor {
    return this.#color;
  }

  set color(color: HighlightColor) {
    this.#color = color;
  }

  /** Records the latest selection; ignored while the popover is open. */
  capture(selection: PendingSelection | null): void {
    if (this.#composing === null) this.#pending = selection;
  }

  /** Opens the popover for the pending selection. @returns false when there is none */
  compose(): boolean {
    if (!this.#pending) return false;
    this.#composing = this.#pending;
    return true;
  }

  /** Closes the popover and forgets the selection. */
  finish(): void {
    this.#composing = null;
    this.#pending = null;
  }
}
