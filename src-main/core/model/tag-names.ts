/**
 * The theme (tag) identity rule, in one place: two names are the same theme when their keys are
 * equal. The key trims, collapses inner whitespace to one space, normalises to NFC and folds case,
 * so "Stikstof" and " stikstof ", or the NFC and NFD spellings of "Financiën", name one theme.
 * Accents stay distinct: "een" and "één" are two themes. Used by the tag service (create, rename,
 * merge offers), saved-search names, the CLI's theme lookup and the renderer's tag input.
 */

/**
 * A theme name as stored: NFC, trimmed, inner whitespace (any Unicode space, tabs, newlines)
 * collapsed to one space; case and accents as typed.
 * @returns '' for a name of only whitespace
 */
export function cleanTagName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The identity key of a theme name: `cleanTagName`, then case-folded (locale-independent
 * lower case, re-normalised to NFC because lower-casing can decompose, e.g. "İ").
 * Equal keys mean the same theme; accents are kept ("een" ≠ "één").
 */
export function tagNameKey(name: string): string {
  return cleanTagName(name).toLowerCase().normalize('NFC');
}

/** True when `a` and `b` name the same theme (`tagNameKey` equal). */
export function sameTagName(a: string, b: string): boolean {
  return tagNameKey(a) === tagNameKey(b);
}

const DUTCH = new Intl.Collator('nl');

/**
 * The order of themes by name, everywhere themes are listed (theme manager, tag menus, number
 * keys, `vraagbaak tags`): Dutch collation — case ignored first, then unaccented before accented
 * ("een" before "één", "Financien" before "Financiën") — and the id when the names tie.
 * @returns < 0 when `a` comes first, > 0 when `b` does, 0 only for the same name and id
 */
export function compareTagNames(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return DUTCH.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
