/**
 * What the window remembers across a reload of the same tab (sessionStorage): the open briefing,
 * the screen shown. Storage can be disabled; nothing is remembered then.
 */

/** The value stored under `key`, or null. */
export function recall(key: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; null removes it. */
export function remember(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.sessionStorage?.removeItem(key);
    else globalThis.sessionStorage?.setItem(key, value);
  } catch {
    // not remembered: a reload then starts from the library
  }
}
