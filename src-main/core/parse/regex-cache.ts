/**
 * Patterns built from a footnote number are compiled once and reused: the marker and note search
 * runs them on every line, and compiling a RegExp per call was a tenth of the parse time.
 */
const CACHE = new Map<string, RegExp>();

/**
 * The compiled RegExp for a source and flags, from the cache. A global or sticky pattern keeps
 * its `lastIndex` between uses, so callers set `lastIndex` before every `exec`.
 * @param source the pattern source
 * @param flags RegExp flags
 */
export function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = CACHE.get(key);
  if (re === undefined) {
    re = new RegExp(source, flags);
    if (CACHE.size < 10_000) CACHE.set(key, re);
  }
  return re;
}
