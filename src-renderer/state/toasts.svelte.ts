/**
 * Short-lived notifications (saved, copied, failed) with an optional action such as "Ongedaan
 * maken". Texts are functions so a toast follows a language switch while it is shown.
 */
import type { ApiError } from '../../src-main/core/api/result.js';
import { errorText } from '../lib/i18n.js';
import { locale } from '../lib/locale.svelte.js';

export interface ToastAction {
  label: () => string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: () => string;
  action: ToastAction | null;
}

/** How long a toast stays, in milliseconds: long enough to read and reach "undo" by keyboard. */
const INFO_MS = 6_000;
const ACTION_MS = 12_000;
const ERROR_MS = 20_000;

export class ToastsState {
  #toasts = $state<Toast[]>([]);
  #nextId = 1;

  get all(): readonly Toast[] {
    return this.#toasts;
  }

  /** Shows an informational toast, optionally with one action button. @returns its id */
  info(text: () => string, action: ToastAction | null = null): number {
    return this.#push({ kind: 'info', text, action }, action ? ACTION_MS : INFO_MS);
  }

  /** Shows an API error in the current language (once while the same sentence is still shown). @returns its id */
  error(error: ApiError): number {
    return this.#push({ kind: 'error', text: () => errorText(locale.current, error), action: null }, ERROR_MS);
  }

  /** Removes a toast (no-op when it is already gone). */
  dismiss(id: number): void {
    this.#toasts = this.#toasts.filter((toast) => toast.id !== id);
  }

  /** Runs a toast's action once and removes the toast. */
  async runAction(id: number): Promise<void> {
    const toast = this.#toasts.find((t) => t.id === id);
    this.dismiss(id);
    await toast?.action?.run();
  }

  /** A toast without an action whose text equals one still shown is not shown twice: the shown one's id is returned. */
  #push(toast: Omit<Toast, 'id'>, lifetimeMs: number): number {
    if (toast.action === null) {
      const text = toast.text();
      const same = this.#toasts.find((shown) => shown.kind === toast.kind && shown.action === null && shown.text() === text);
      if (same) return same.id;
    }
    const id = this.#nextId++;
    this.#toasts = [...this.#toasts, { ...toast, id }];
    setTimeout(() => this.dismiss(id), lifetimeMs);
    return id;
  }
}
