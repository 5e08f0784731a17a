/**
 * Output escaping for the briefing HTML: every piece of document text, note, tag name and metadata
 * passes through here, because the briefing is printed by a browser (DESIGN §7).
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use in HTML element content and in double- or single-quoted attribute values.
 *
 * @param text - any string (document text, a note, a tag name)
 * @returns the string with `& < > " '` replaced by character references
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * True when `url` may become a link in the briefing: only `http:`, `https:` and `mailto:`
 * (a footnote's `javascript:` or `file:` URL stays plain text).
 */
export function isSafeHref(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim());
}
