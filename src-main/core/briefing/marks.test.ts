import { describe, expect, it } from 'vitest';
import { paragraphRanges, renderMarkedInline, renderMarkedParagraphs } from './marks.js';

/** Checks that every opened element is closed in order (void elements excepted). */
function isBalanced(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    const name = (m[2] ?? '').toLowerCase();
    if (['br', 'meta', 'img', 'hr'].includes(name)) continue;
    if (m[1] === '/') {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

/** The text a reader sees (tags removed, entities decoded, note numbers removed). */
function visibleText(html: string): string {
  return html
    .replace(/<sup class="note-ref">.*?<\/sup>/g, '')
    .replace(/<br>/g, '\n')
    .replace(/<\/p>\n<p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const text = 'Het kabinet deelt de zorgen.\n\nDe minister <zal> de Kamer informeren & overleggen.';

describe('renderMarkedParagraphs', () => {
  it('draws a mark with its note number right after it', () => {
    const start = text.indexOf('de zorgen');
    const html = renderMarkedParagraphs(text, [{ start, end: start + 9, color: 'green', ref: { label: '4', target: 'note-4' } }]);
    expect(html).toContain('<mark class="hl hl-green">de zorgen</mark><sup class="note-ref"><a href="#note-4">4</a></sup>.');
    expect(html.split('<p>')).toHaveLength(3);
  });

  it('splits overlapping highlights into non-nested segments and keeps the text intact', () => {
    const a = text.indexOf('De minister');
    const b = text.indexOf('de Kamer');
    const html = renderMarkedParagraphs(text, [
      { start: a, end: b + 8, color: 'yellow', ref: { label: '1', target: 'note-1' } },
      { start: text.indexOf('<zal>'), end: text.indexOf('informeren') + 10, color: 'blue', ref: { label: '2', target: 'note-2' } },
    ]);
    expect(isBalanced(html)).toBe(true);
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/);
    expect(html).toContain('hl-overlap');
    expect(html).toContain('&lt;zal&gt;');
    expect(visibleText(html)).toBe(text);
    expect(html.indexOf('#note-1')).toBeLessThan(html.indexOf('#note-2'));
  });

  it('puts the number of a highlight that spans paragraphs at its end, in the last paragraph', () => {
    const start = text.indexOf('zorgen');
    const end = text.indexOf('minister') + 8;
    const html = renderMarkedParagraphs(text, [{ start, end, color: 'pink', ref: { label: '7', target: 'note-7' } }]);
    expect(isBalanced(html)).toBe(true);
    expect(html).toContain('<p><mark class="hl hl-pink">De minister</mark><sup class="note-ref"><a href="#note-7">7</a></sup>');
    expect(html.match(/note-ref/g)).toHaveLength(1);
  });

  it('prints a plain highlight (no note) without a number', () => {
    const html = renderMarkedParagraphs(text, [{ start: 0, end: 3, color: 'orange', ref: null }]);
    expect(html).toContain('<p><mark class="hl hl-orange">Het</mark> kabinet');
    expect(html).not.toContain('note-ref');
  });
});

describe('renderMarkedInline', () => {
  it('renders without paragraphs and turns newlines into spaces', () => {
    expect(renderMarkedInline('a\nb & c', [{ start: 2, end: 3, color: 'blue', ref: null }])).toBe(
      'a <mark class="hl hl-blue">b</mark> &amp; c',
    );
  });
});

describe('paragraphRanges', () => {
  it('splits at blank lines (also with spaces on them) and drops empty paragraphs', () => {
    const t = '\n\nEen.\n \nTwee\nregel.\n\n\n\nDrie.\n';
    expect(paragraphRanges(t).map((r) => t.slice(r.start, r.end))).toEqual(['Een.', 'Twee\nregel.', 'Drie.\n']);
  });
});

describe('note references', () => {
  it('escapes the label and target of a reference', () => {
    const html = renderMarkedInline('abc', [{ start: 0, end: 1, color: 'pink', ref: { label: '<b>', target: 'x"y' } }]);
    expect(html).toBe('<mark class="hl hl-pink">a</mark><sup class="note-ref"><a href="#x&quot;y">&lt;b&gt;</a></sup>bc');
  });
});
