/**
 * The chosen interface language as reactive state: Dutch by default, English selectable, remembered
 * in localStorage. `t()` reads the state, so templates using it re-render when the language changes.
 */
import { isLocale, translate, type Locale, type MessageKey } from './i18n.js';

/** localStorage key of the chosen language. */
export const LOCALE_STORAGE_KEY = 'vraagbaak.locale';

function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : 'nl';
  } catch {
    return 'nl'; // storage can be disabled; the default language is fine then
  }
}

class LocaleState {
  #locale = $state<Locale>(storedLocale());

  get current(): Locale {
    return this.#locale;
  }

  /** Switches the language, stores the choice and sets `<html lang>`. */
  set(locale: Locale): void {
    this.#locale = locale;
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // not remembered when storage is unavailable; the switch itself still works
    }
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }
}

/** The app's one language state. */
export const locale = new LocaleState();

/** Translates `key` into the current language; see `translate` for placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(locale.current, key, params);
}
