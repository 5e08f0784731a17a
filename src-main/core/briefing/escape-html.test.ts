import { describe, expect, it } from 'vitest';
import { escapeHtml, isSafeHref } from './escape-html.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });

  it('leaves Dutch text and already-escaped-looking text readable', () => {
    expect(escapeHtml('Één ĳverige café – reünie')).toBe('Één ĳverige café – reünie');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('makes attribute breakouts harmless', () => {
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).not.toMatch(/[<>"]/);
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://www.tweedekamer.nl/kamerstukken', true],
    ['http://example.org', true],
    ['mailto:info@example.org', true],
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<b>x</b>', false],
    ['www.rijksoverheid.nl', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeHref(url)).toBe(safe);
  });
});
