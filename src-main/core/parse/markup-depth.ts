/**
 * How deeply the elements of an HTML text nest, measured in one linear pass before a parser sees
 * it: node-html-parser takes quadratic time on unclosed elements (20,000 unclosed `<div>`s: 7 s,
 * 50,000: a minute), so a text nested deeper than any real page is refused up front.
 */

/** The deepest nesting a Kamervragen page can have; real officielebekendmakingen pages stay under 30. */
export const MAX_MARKUP_DEPTH = 1000;

/** Elements without an end tag, or whose end tag may be left out: they do not count as nesting. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption',
  'rb', 'rt', 'rp', 'html', 'head', 'body',
]);

/** Comments, raw-text elements (their content is not markup) and tags, in one pattern. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:.-]*)[^<>]*?(\/?)>/g;

/**
 * The greatest depth of open elements in `html` (end tags close the innermost open element;
 * self-closing tags, void elements and elements with optional end tags do not count).
 * @param html the text of an HTML (or XHTML) file
 * @param stopAbove stop counting once the depth passes this (the result is then stopAbove + 1)
 */
export function markupDepth(html: string, stopAbove = MAX_MARKUP_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TOKEN)) {
    const [, rawText, closing, name, selfClosing] = match;
    if (rawText !== undefined || name === undefined || selfClosing === '/' || NOT_NESTING.has(name.toLowerCase())) continue;
    if (closing === '/') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAbove) return deepest;
  }
  return deepest;
}
