/**
 * A footnote URL holding `$'`, `$&` or `` $` `` (issue 11 item 7) comes out of the briefing exactly
 * as written, in the HTML the PDF is printed from and in the Word file: a string `replace` with a
 * string replacement would expand those patterns (the lint rule in eslint.config.js keeps the
 * class out).
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../core/briefing/escape-html.js';
import { footnoteHtml } from '../core/briefing/endnotes.js';
import { renderBriefingHtml } from '../core/briefing/render.js';
import { renderBriefingDocx } from '../docx/index.js';
import { EXCERPT, sampleContent } from '../docx/test-content.js';
import { decodeXml, docxHtml, paragraphs, readDocx } from '../docx/test-read-docx.js';

const URL = "https://example.org/zoek?q=$'na$&amp$`voor$1$$";
const FOOTNOTE = { number: 9, text: `Zie ${URL} voor de tekst.`, url: URL };
const NOT_IN_TEXT = { number: 10, text: 'Bron', url: `${URL}/b` };

const content = () => ({ ...sampleContent(), items: [{ ...EXCERPT, footnotes: [FOOTNOTE, NOT_IN_TEXT] }] });

describe('a footnote URL with $ patterns', () => {
  it('is linked in place with the URL as written (footnoteHtml)', () => {
    const link = `<a class="url" href="${escapeHtml(URL)}">${escapeHtml(URL)}</a>`;
    expect(footnoteHtml(FOOTNOTE)).toBe(`Zie ${link} voor de tekst.`);
    expect(footnoteHtml(NOT_IN_TEXT)).toBe(`Bron <a class="url" href="${escapeHtml(`${URL}/b`)}">${escapeHtml(`${URL}/b`)}</a>`);
  });

  it('survives into the briefing HTML (what the PDF is printed from)', () => {
    const { html } = renderBriefingHtml(content());
    expect(html).toContain(`Zie <a class="url" href="${escapeHtml(URL)}">${escapeHtml(URL)}</a> voor de tekst.`);
    expect(html).toContain(`href="${escapeHtml(`${URL}/b`)}"`);
  });

  it('survives into the Word file, as link target and as text', async () => {
    const bytes = await renderBriefingDocx(content());
    const parts = await readDocx(bytes);
    const texts = paragraphs(parts.footnotes).map((p) => p.text);
    expect(texts).toContain(`Zie ${URL} voor de tekst.`);
    expect(texts).toContain(`Bron ${URL}/b`);
    const targets = [...parts.footnoteRels.matchAll(/Target="([^"]*)"/g)].map((m) => decodeXml(m[1] ?? ''));
    expect(targets).toEqual([URL, `${URL}/b`]);
    expect((await docxHtml(bytes)).html).toContain(escapeHtml(URL).replace(/&#39;/g, "'"));
  });
});
