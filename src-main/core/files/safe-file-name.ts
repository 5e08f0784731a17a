/**
 * File names made from user text (a briefing's title, a theme's name) that every desktop system
 * accepts. Windows is the strictest (Microsoft, "Naming Files, Paths, and Namespaces",
 * learn.microsoft.com/windows/win32/fileio/naming-a-file):
 * - the reserved device names CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9 (also COM¹²³/LPT¹²³) are
 *   refused in any letter case and with any extension ("nul.pdf" is the NUL device);
 * - a name may not end in a dot or a space, nor hold `< > : " / \ | ? *` or the characters 0–31;
 * - a name is at most 255 characters, a whole path classically at most 260 (MAX_PATH).
 * `sanitize-filename` does the same, but is not a direct dependency (only electron-builder's).
 */

/** Longest stem this module makes (the name is at most this plus "." and the extension). */
export const FILE_STEM_MAX = 120;

/** Longest whole path we write to (MAX_PATH 260, less room for the temp file's suffix). */
export const PATH_MAX = 250;

const RESERVED_STEM = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

/**
 * True when Windows reserves `name` for a device: its part before the first dot (trailing spaces
 * ignored) is CON, PRN, AUX, NUL, COM0–9 or LPT0–9, in any case ("Con.PDF", "lpt1.tar.gz", "aux").
 */
export function isWindowsReservedName(name: string): boolean {
  return RESERVED_STEM.test((name.split('.')[0] ?? '').trimEnd());
}

/**
 * True when `name` is a file name every desktop system accepts: not empty, not "." or "..", no
 * reserved device name, no forbidden or control character, no trailing dot or space, at most
 * FILE_STEM_MAX + 10 characters.
 */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= FILE_STEM_MAX + 10 &&
    !FORBIDDEN.test(name) &&
    !/[. ]$/.test(name) &&
    !isWindowsReservedName(name)
  );
}

/**
 * A file-name stem from `text`: accents folded ("één" → "een"), lower case, every run of other
 * characters one '-', at most `maxLength` characters and no '-' at either end,
 * `fallback` when nothing is left, and a reserved device name gets '-1' ("con" → "con-1").
 * `"Oeigoeren: één overzicht"` → `"oeigoeren-een-overzicht"`.
 * @param fallback used when `text` has no letters or digits; must itself be a safe stem
 * @param maxLength at most FILE_STEM_MAX (default)
 */
export function fileNameStem(text: string, fallback: string, maxLength: number = FILE_STEM_MAX): string {
  const limit = Math.min(maxLength, FILE_STEM_MAX);
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, limit)
    .replace(/-+$/, '');
  if (slug === '') return fallback;
  return isWindowsReservedName(slug) ? `${slug}-1` : slug;
}

