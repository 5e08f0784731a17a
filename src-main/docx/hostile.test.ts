// @vitest-environment node
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { BriefingContent } from '../core/briefing/content.js';
import { renderBriefingDocx } from './index.js';
import { EXCERPT, SOURCE, sampleContent } from './test-content.js';
import { docxHtml, paragraphs, readDocx } from './test-read-docx.js';
import { cleanText, isLinkable } from './text.js';

const HOSTILE = 'A & B <w:t>x</w:t> ]]> "q" \u0001\u0008\u000B\u000C\u001F\u007F\u0085\uFFFE end \uD800 ĳ';
const CLEANED = 'A & B <w:t>x</w:t> ]]> "q"  end  ĳ';
/** titles, headings and metadata are one line: runs of white space collapsed */
const ONE_LINE = 'A & B <w:t>x</w:t> ]]> "q" end ĳ';

describe('cleanText', () => {
  it('drops the characters XML 1.0 cannot hold and keeps everything else', () => {
    expect(cleanText(HOSTILE)).toBe(CLEANED);
    expect(cleanText('a\tb\r\nc\rd')).toBe('a b\nc\nd');
    expect(cleanText('emoji 😀 stays')).toBe('emoji 😀 stays');
  });
});

describe('isLinkable', () => {
  it('links https only for sources, http too for footnotes, never other schemes', () => {
    expect(isLinkable('https://zoek.officielebekendmakingen.nl/x.html', false)).toBe(true);
    expect(isLinkable('http://example.org', false)).toBe(false);
    expect(isLinkable('http://example.org', true)).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'https://a b', 'https://"x"', null]) expect(isLinkable(bad, true)).toBe(false);
  });
});

describe('hostile text in Word', () => {
  const hostile = (): BriefingContent => {
    const base = sampleContent({ appendixDocuments: true });
    return {
      ...base,
      title: `Titel ${HOSTILE}`,
      subtitle: HOSTILE,
      author: HOSTILE,
      classification: HOSTILE,
      intro: [{ type: 'paragraph', runs: [{ text: HOSTILE, bold: true, italic: false }] }],
      items: [
        { kind: 'heading', itemId: 'h', anchor: 'sec-h', level: 1, text: HOSTILE },
        {
          ...EXCERPT,
          quote: HOSTILE,
          context: { before: '<b>', after: '&amp;' },
          note: HOSTILE,
          themes: [HOSTILE],
          footnotes: [
            { number: 9, text: HOSTILE, url: 'https://example.org/?a=1&b=2' },
            { number: 10, text: 'Bron', url: 'https://example.org/<script>' },
          ],
          source: { ...SOURCE, title: HOSTILE, askedBy: HOSTILE, reference: HOSTILE, url: 'https://example.org/?x=1&y=2' },
        },
        ...base.items.filter((i) => i.kind === 'document'),
      ],
    };
  };

  it('writes well-formed XML parts with the text escaped, control characters dropped', async () => {
    const parts = await readDocx(await renderBriefingDocx(hostile()));
    for (const xml of [parts.document, parts.footnotes, parts.core, parts.documentRels, parts.footnoteRels, ...parts.headers.values()]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toMatch(/[^\P{Cc}\n\r\t]|[\uFFFE\uFFFF]/u);
    }
    const ps = paragraphs(parts.document);
    expect(ps.find((p) => p.style === 'Title')?.text).toBe(`Titel ${ONE_LINE}`);
    expect(ps.find((p) => p.style === 'Heading1')?.text).toBe(ONE_LINE);
    expect(ps.find((p) => p.style === 'Quote')?.text).toBe(`<b>${CLEANED}&amp;`);
    expect(parts.document).toContain('&lt;w:t&gt;x&lt;/w:t&gt;');
    expect(parts.core).toContain(`<dc:creator>${ONE_LINE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</dc:creator>`);
    expect(parts.documentRels).toContain('Target="https://example.org/?x=1&amp;y=2"');
    expect(parts.footnoteRels).toContain('Target="https://example.org/?a=1&amp;b=2"');
    // a URL with characters no URL has is printed, not linked
    expect(parts.footnoteRels).not.toContain('script');
    expect(parts.footnotes).toContain('<w:t xml:space="preserve">https://example.org/&lt;script&gt;</w:t>');
    expect(paragraphs(parts.footnotes).map((p) => p.text)).toContain(`${CLEANED} https://example.org/?a=1&b=2`);
  });

  it('reads back through mammoth with the text as typed', async () => {
    const { html } = await docxHtml(await renderBriefingDocx(hostile()));
    expect(html).toContain('A &amp; B &lt;w:t&gt;x&lt;/w:t&gt; ]]&gt; "q"  end  ĳ');
    expect(html).not.toContain('<w:t>');
  });
});

describe('empty optional fields in Word', () => {
  it('leaves out what is empty: no subtitle, byline, classification, header, intro or empty paragraphs', async () => {
    const base = sampleContent();
    const bare: BriefingContent = { ...base, subtitle: '', author: '', classification: '  ', date: '', intro: [], items: [EXCERPT] };
    const parts = await readDocx(await renderBriefingDocx(bare));
    const ps = paragraphs(parts.document);
    expect(ps.filter((p) => ['Subtitle', 'Byline', 'Classification'].includes(p.style))).toEqual([]);
    expect(parts.headers.size).toBe(0);
    expect(parts.core).toContain('<dc:creator>Vraagbaak</dc:creator>');
    const bodyEmpty = ps.filter((p) => p.text === '' && !p.xml.includes('<w:footnoteReference') && !p.xml.includes('fldChar') && !p.xml.includes('<w:sectPr'));
    expect(bodyEmpty).toEqual([]);
  });

  it('writes a source without askers, answerers, date or reference as its title alone', async () => {
    const source = { ...SOURCE, askedBy: '', answeredBy: '', date: null, reference: null, url: null };
    const parts = await readDocx(await renderBriefingDocx({ ...sampleContent(), items: [{ ...EXCERPT, source, partLabel: '' }] }));
    const citation = paragraphs(parts.document).find((p) => p.style === 'Citation');
    expect(citation?.text).toBe(SOURCE.title);
    expect(citation?.xml).not.toContain('<w:br/>');
  });

  it('renders a briefing whose every item was omitted', async () => {
    const base = sampleContent();
    const parts = await readDocx(await renderBriefingDocx({ ...base, intro: [], items: [] }));
    expect(XMLValidator.validate(parts.document)).toBe(true);
    expect(paragraphs(parts.document).find((p) => p.style === 'Title')?.text).toBe(base.title);
    expect(parts.document).not.toContain('<w:pStyle w:val="Legend"/>');
  });
});
