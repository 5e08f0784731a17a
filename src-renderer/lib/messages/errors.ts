/**
 * What each API error code means to the user, and the names of the highlight colours, per language.
 * Used by errorText and colorName in ../i18n.ts.
 */
import type { HighlightColor } from '../../../src-main/core/model/annotation.js';
import type { ErrorCode } from '../../../src-main/core/model/errors.js';

type Locale = 'nl' | 'en';

/** Names of the highlight colours, per language. */
export const colorNames: Record<Locale, Record<HighlightColor, string>> = {
  nl: { yellow: 'Geel', green: 'Groen', blue: 'Blauw', pink: 'Roze', orange: 'Oranje' },
  en: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', orange: 'Orange' },
};

/** The meaning of each API error code, per language. */
export const errorMessages: Record<Locale, Record<ErrorCode, string>> = {
  nl: {
    'invalid-input': 'De invoer is niet geldig.',
    'not-found': 'Niet gevonden.',
    'parse-failed': 'Het bestand kon niet als Kamervragen worden gelezen.',
    'unsupported-format': 'Dit bestandsformaat wordt niet ondersteund.',
    'archive-corrupt': 'Het archief is beschadigd.',
    'archive-locked': 'Het archief is in gebruik door een ander Vraagbaak-venster of -proces.',
    'archive-read-only': 'Het archief is alleen-lezen; wijzigen is niet mogelijk.',
    'pdf-failed': 'De PDF kon niet worden gemaakt.',
    'search-syntax': 'De zoekopdracht klopt niet.',
    conflict: 'Dit is intussen elders gewijzigd; de nieuwste versie staat er nu.',
    internal: 'Er ging iets mis.',
  },
  en: {
    'invalid-input': 'The input is not valid.',
    'not-found': 'Not found.',
    'parse-failed': 'The file could not be read as parliamentary questions.',
    'unsupported-format': 'This file format is not supported.',
    'archive-corrupt': 'The archive is damaged.',
    'archive-locked': 'The archive is in use by another Vraagbaak window or process.',
    'archive-read-only': 'The archive is read-only; changes are not possible.',
    'pdf-failed': 'The PDF could not be created.',
    'search-syntax': 'The search query is not valid.',
    conflict: 'This was changed elsewhere in the meantime; the newest version is shown now.',
    internal: 'Something went wrong.',
  },
};
