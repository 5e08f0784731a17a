/**
 * Every user-visible string of the renderer, in Dutch (default) and English: one typed table merged
 * from the per-feature modules in ./messages, plus the one place where API error codes become
 * sentences. Components read strings through `t()` from `locale.svelte.ts`, which follows the
 * chosen language.
 */
import type { ApiError } from '../../src-main/core/api/result.js';
import type { HighlightColor } from '../../src-main/core/model/annotation.js';
import * as annotationList from './messages/annotation-list.js';
import * as annotations from './messages/annotations.js';
import * as app from './messages/app.js';
import * as briefings from './messages/briefings.js';
import { colorNames, errorMessages } from './messages/errors.js';
import * as library from './messages/library.js';
import * as lifecycle from './messages/lifecycle.js';
import * as reader from './messages/reader.js';
import * as themes from './messages/themes.js';
import { LOCALES, type Locale } from './locales.js';
import { hasReasonText, reasonText } from './reasons.js';

export { LOCALES, type Locale } from './locales.js';

/** The per-feature message modules; their keys are disjoint (checked by i18n.test.ts). */
export const MESSAGE_MODULES = { app, library, reader, annotations, briefings, annotationList, themes, lifecycle } as const;

const nl = {
  ...app.nl,
  ...library.nl,
  ...reader.nl,
  ...annotations.nl,
  ...briefings.nl,
  ...annotationList.nl,
  ...themes.nl,
  ...lifecycle.nl,
};

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  ...app.en,
  ...library.en,
  ...reader.en,
  ...annotations.en,
  ...briefings.en,
  ...annotationList.en,
  ...themes.en,
  ...lifecycle.en,
};

const messages: Record<Locale, Record<MessageKey, string>> = { nl, en };

/**
 * The string for `key` in `locale`, with `{name}` placeholders replaced from `params`
 * (unknown placeholders are left as written).
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The name of a highlight colour in `locale`. */
export function colorName(locale: Locale, color: HighlightColor): string {
  return colorNames[locale][color];
}

/** Error codes whose generic sentence adds nothing to a reason's own text. */
const SAID_BY_REASON: ReadonlySet<string> = new Set(['invalid-input', 'not-found', 'conflict']);

/**
 * A user-facing sentence for an API error: the translated meaning of its code, followed by the
 * text of its reason code (`details.reason`, see reasons.ts; after the file name when
 * `details.fileName` is set) or else by the technical message (which names the file or field).
 * Transport failures of the browser shell (`details.transport`) get their own sentences.
 */
export function errorText(locale: Locale, error: ApiError): string {
  if (error.details['transport'] === true) {
    const status = error.details['status'];
    if (status === 401 || status === 403) return translate(locale, 'error.unauthorized');
    if (status === 0) return translate(locale, 'error.offline');
  }
  const meaning = errorMessages[locale][error.code] ?? errorMessages[locale].internal;
  // a known reason code (`details.reason`) replaces main's English message with our own text; it
  // says all there is to say, so the generic "the input is not valid" / "not found" is left off
  const reason = error.details['reason'];
  if (hasReasonText(reason)) {
    const text = reasonText(reason, error.details, locale, error.message);
    const fileName = error.details['fileName'];
    const lead = SAID_BY_REASON.has(error.code) ? '' : `${meaning} `;
    return typeof fileName === 'string' ? `${lead}${fileName}: ${text}` : `${lead}${text}`;
  }
  return error.message ? `${meaning} (${error.message})` : meaning;
}

/** True when `value` names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
