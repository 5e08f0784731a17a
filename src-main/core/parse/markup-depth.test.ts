import { describe, expect, it } from 'vitest';
import { markupDepth, MAX_MARKUP_DEPTH } from './markup-depth.js';

describe('markupDepth', () => {
  it('counts open elements; end tags, self-closing, void and optional-end elements, comments and scripts do not nest', () => {
    expect(markupDepth('<div><span>a</span><div>b</div></div>')).toBe(2);
    expect(markupDepth('<html><body><p>een<p>twee<br><img src="x"><div/><li>drie</body></html>')).toBe(0);
    expect(markupDepth('<div><!-- <div><div><div> --><script>if (a<b && c>d) {}</script></div>')).toBe(1);
  });

  it('stops counting just past the limit: 200,000 unclosed <div>s give MAX_MARKUP_DEPTH + 1', () => {
    expect(markupDepth('<div>'.repeat(200_000))).toBe(MAX_MARKUP_DEPTH + 1);
    expect(markupDepth('<div>'.repeat(50), 10)).toBe(11);
  });

  it('reads text with no closing ">" at all in one pass (no tags found)', () => {
    expect(markupDepth('<a <script <!-'.repeat(100_000))).toBe(0);
  });
});
