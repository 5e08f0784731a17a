/** Numbers in UI sentences: written the UI language's way, and the singular or plural sentence. */
import { translate, type Locale, type MessageKey } from './i18n.js';

/** `n` as the UI language writes numbers ("1.007" / "1,007"). */
export function formatCount(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** The text of `one` when `n` is 1, else of `many` with `{n}` filled in. */
export function countText(locale: Locale, n: number, one: MessageKey, many: MessageKey, params: Record<string, string | number> = {}): string {
  return n === 1 ? translate(locale, one, params) : translate(locale, many, { ...params, n: formatCount(locale, n) });
}
