/**
 * Moves `data:` URL fonts out of a briefing's HTML before Chromium loads it. Measured here: a page
 * carrying 3.4 MB of base64 fonts in its `<style>` takes seconds to load through `setContent`,
 * while the same fonts answered from memory by a request route load in a fraction of that. The
 * URLs name the font's content, so a warm page may reuse a font it already loaded for an earlier print.
 */
import { createHash } from 'node:crypto';

/** Host of the lifted font URLs; `.invalid` can never resolve on a real network (RFC 2606). */
export const LIFTED_FONT_ORIGIN = 'http://vraagbaak-fonts.invalid/';

const FONT_DATA_URL = /url\(\s*(["']?)data:((?:font|application)\/[\w.+-]+);base64,([A-Za-z0-9+/=]+)\1\s*\)/g;

export interface LiftedFont {
  contentType: string;
  body: Buffer;
}

/**
 * Replaces every `url(data:font/…;base64,…)` (quoted or not) inside the `<style>` elements of
 * `html` with a short URL under LIFTED_FONT_ORIGIN (the first 32 hex digits of the base64 text's
 * SHA-256), and returns the decoded font bytes by URL.
 *
 * @param html - a complete HTML document, e.g. from renderBriefingHtml with embedded fonts
 * @returns the lighter HTML and the fonts to serve for its URLs (empty when there were none)
 */
export function liftEmbeddedFonts(html: string): { html: string; fonts: Map<string, LiftedFont> } {
  const fonts = new Map<string, LiftedFont>();
  const lift = (contentType: string, base64: string): string => {
    // the same bytes always get the same URL, and different bytes never share one
    const url = `${LIFTED_FONT_ORIGIN}${createHash('sha256').update(base64).digest('hex').slice(0, 32)}`;
    if (!fonts.has(url)) fonts.set(url, { contentType, body: Buffer.from(base64, 'base64') });
    return `url(${url})`;
  };
  // only inside <style> elements: document text that merely looks like CSS stays as written
  const lighter = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, (style) => style.replace(FONT_DATA_URL, (_match: string, _quote: string, contentType: string, base64: string) => lift(contentType, base64)));
  return { html: lighter, fonts };
}
