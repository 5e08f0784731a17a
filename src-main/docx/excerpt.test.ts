// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { BriefingContent, ContentItem } from '../core/briefing/content.js';
import { HIGHLIGHT_CUES } from '../core/briefing/cues.js';
import { HIGHLIGHT_COLORS } from '../core/model/index.js';
import { renderBriefingDocx } from './index.js';
import { EXCERPT, QUOTE, SOURCE, sampleContent } from './test-content.js';
import { decodeXml, docxHtml, paragraphs, readDocx } from './test-read-docx.js';

type Excerpt = Extract<ContentItem, { kind: 'excerpt' }>;

/** A briefing of just `items` (the sample's title page and options). */
function only(items: ContentItem[], base: BriefingContent = sampleContent()): BriefingContent {
  return { ...base, intro: [], items, appendix: [] };
}

/** The `<w:r>` runs of a paragraph: their properties and text. */
function runs(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?(.*?)<\/w:r>/gs)].map((m) => ({
    props: m[1] ?? '',
    text: [...(m[2] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
  }));
}

describe('an excerpt in Word', () => {
  it('sets the quote in the Quote style, highlighted with its cue; the context around it plain', async () => {
    const parts = await readDocx(await renderBriefingDocx(only([EXCERPT])));
    const quote = paragraphs(parts.document).filter((p) => p.style === 'Quote');
    expect(quote).toHaveLength(1);
    const rs = runs(quote[0]?.xml ?? '').filter((r) => r.text !== '');
    expect(rs.map((r) => r.text)).toEqual([EXCERPT.context?.before, QUOTE, EXCERPT.context?.after]);
    expect(rs[1]?.props).toBe('<w:u w:val="double" w:color="444444"/><w:shd w:fill="C8ECC1" w:color="auto" w:val="clear"/>');
    for (const plain of [rs[0], rs[2]]) expect(plain?.props).not.toMatch(/<w:highlight|<w:shd|<w:u /);
  });

  it('shades every palette colour with the print tint the PDF uses, with its own underline, never a Word highlight', async () => {
    const items = HIGHLIGHT_COLORS.map((color, i): Excerpt => ({ ...EXCERPT, itemId: `e${i}`, color, context: null, note: '', themes: [], footnotes: [] }));
    const quotes = paragraphs((await readDocx(await renderBriefingDocx(only(items)))).document).filter((p) => p.style === 'Quote');
    const cues = quotes.map((q) => [/<w:shd w:fill="(\w+)" w:color="auto" w:val="clear"\/>/.exec(q.xml)?.[1], /<w:u w:val="(\w+)"/.exec(q.xml)?.[1]]);
    expect(cues).toEqual([
      ['FFF59D', 'single'],
      ['C8ECC1', 'double'],
      ['CBE2FB', 'dotted'],
      ['F9CFE3', 'dash'],
      ['FFD9A8', 'wave'],
    ]);
    expect(cues.map(([fill]) => `#${fill?.toLowerCase() ?? ''}`)).toEqual(HIGHLIGHT_COLORS.map((c) => HIGHLIGHT_CUES[c].tint));
    expect(quotes.some((q) => q.xml.includes('<w:highlight'))).toBe(false);
  });

  it('cites the source with the reference linked to the official publication', async () => {
    const parts = await readDocx(await renderBriefingDocx(only([EXCERPT])));
    const citation = paragraphs(parts.document).find((p) => p.style === 'Citation');
    expect(citation?.text).toBe(
      `${SOURCE.title}Antwoord op vraag 3 · vragen van Sjoerdsma (D66) en Van Helvert (CDA) · antwoord van minister Blok (Buitenlandse Zaken) · 15 februari 2021 · Aanhangsel Handelingen II 2020/21, nr. 1682`,
    );
    const rid = /<w:hyperlink[^>]*r:id="([^"]+)"/.exec(citation?.xml ?? '')?.[1];
    expect(rid).toBeDefined();
    expect(parts.documentRels).toContain(`Id="${rid ?? ''}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${SOURCE.url ?? ''}" TargetMode="External"`);
  });

  it('links nothing that is not https, and prints the reference without a link then', async () => {
    const items = [{ ...EXCERPT, source: { ...SOURCE, url: 'javascript:alert(1)' } }, { ...EXCERPT, itemId: 'e2', source: { ...SOURCE, url: 'http://example.org/x' } }];
    const parts = await readDocx(await renderBriefingDocx(only(items)));
    expect(parts.documentRels).not.toMatch(/javascript:|http:\/\/example/);
    const citations = paragraphs(parts.document).filter((p) => p.style === 'Citation');
    expect(citations.every((c) => c.text.endsWith('Aanhangsel Handelingen II 2020/21, nr. 1682') && !c.xml.includes('<w:hyperlink'))).toBe(true);
  });

  it("makes the part's footnotes real Word footnotes, referenced once at the end of the quotation", async () => {
    const twice = { ...EXCERPT, footnotes: [...EXCERPT.footnotes, ...EXCERPT.footnotes] };
    const parts = await readDocx(await renderBriefingDocx(only([twice])));
    const quote = paragraphs(parts.document).find((p) => p.style === 'Quote');
    expect(quote?.xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toEqual(['<w:footnoteReference w:id="1"/>']);
    expect(quote?.xml).toMatch(/<w:footnoteReference w:id="1"\/><\/w:r><\/w:p>$/);
    const note = paragraphs(/<w:footnote w:id="1">(.*?)<\/w:footnote>/s.exec(parts.footnotes)?.[1] ?? '');
    expect(note.map((p) => [p.style, p.text])).toEqual([['FootnoteText', 'Raadsbesluit (GBVB) 2021/481 https://eur-lex.europa.eu/eli/dec/2021/481']]);
    expect(parts.footnoteRels).toContain('Target="https://eur-lex.europa.eu/eli/dec/2021/481" TargetMode="External"');
  });

  it("sets the analyst's note apart in the Note style, never in the quotation, with the themes", async () => {
    const ps = paragraphs((await readDocx(await renderBriefingDocx(only([EXCERPT])))).document);
    const styles = ps.filter((p) => ['Quote', 'Citation', 'Note', 'Themes'].includes(p.style)).map((p) => [p.style, p.text]);
    expect(styles).toEqual([
      ['Quote', `${EXCERPT.context?.before ?? ''}${QUOTE}${EXCERPT.context?.after ?? ''}`],
      ['Citation', expect.stringContaining(SOURCE.title)],
      ['Note', 'Aantekening: Vergelijk met de motie-Sjoerdsma.Dit is de eerste toezegging.'],
      ['Note', "Thema's: Mensenrechten, Sancties"],
    ]);
    expect(ps.find((p) => p.style === 'Note')?.xml).toContain('<w:br/>');
  });

  it('prints only the quote without context, and themes alone as a small line', async () => {
    const ps = paragraphs((await readDocx(await renderBriefingDocx(only([{ ...EXCERPT, context: null, note: '' }])))).document);
    expect(ps.filter((p) => p.style === 'Quote').map((p) => p.text)).toEqual([QUOTE]);
    expect(ps.filter((p) => p.style === 'Note')).toEqual([]);
    expect(ps.filter((p) => p.style === 'Themes').map((p) => p.text)).toEqual(["Thema's: Mensenrechten, Sancties"]);
  });

  it('prints the whole part when asked: the own highlight (found by id) without a letter, other notes lettered below', async () => {
    // the other highlight has the same text and colour as the excerpt's own: only the id tells them apart
    const text = `${QUOTE}, eerder al. ${QUOTE}.\n\nTweede alinea.`;
    const start = text.lastIndexOf(QUOTE);
    const item: Excerpt = {
      ...EXCERPT,
      context: null,
      fullPart: {
        label: 'Antwoord op vraag 3',
        text: {
          text,
          marks: [
            { start: 0, end: QUOTE.length, color: 'green', annotationId: 'other', note: 'Een ander punt.', themes: [] },
            { start, end: start + QUOTE.length, color: 'green', annotationId: EXCERPT.annotationId, note: EXCERPT.note, themes: EXCERPT.themes },
          ],
        },
        footnotes: [],
      },
    };
    const { html } = await docxHtml(await renderBriefingDocx(only([item])));
    expect(html).toContain(
      `<blockquote><p>${QUOTE}<strong><sup>a</sup></strong>, eerder al. ${QUOTE}.</p><p>Tweede alinea.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p></blockquote>`,
    );
    expect(html).toContain('<aside class="note"><p><strong>Aantekening: </strong>Vergelijk met de motie-Sjoerdsma.');
    expect(html).toContain(`<p><strong>Aantekeningen</strong></p><p><strong>a </strong><em>“${QUOTE}”</em></p><p>Een ander punt.</p></aside>`);
  });

  it('says when the quote is no longer in its source', async () => {
    const ps = paragraphs((await readDocx(await renderBriefingDocx(only([{ ...EXCERPT, placed: false, context: null }])))).document);
    const quote = ps.findIndex((p) => p.style === 'Quote');
    expect(ps[quote + 1]?.style).toBe('Hint');
    expect(ps[quote + 1]?.text).toBe('Dit citaat staat niet meer in de huidige tekst van de bron; het is afgedrukt zoals het werd gemarkeerd.');
  });
});

describe('a question with its answer in Word', () => {
  it('labels question and answer, marks the highlight with a letter and lists its note', async () => {
    const { html } = await docxHtml(await renderBriefingDocx(sampleContent()));
    expect(html).toContain(
      '<p class="part-label">Vraag 1</p><p class="question">Bent u bekend met het bericht „China zet Oeigoeren in kampen”?<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup></p>' +
        '<p class="part-label">Antwoord op vraag 1</p><p class="answer">Ja. Het bericht is mij bekend.<strong><sup>a</sup></strong></p><p class="citation">',
    );
    expect(html).toContain('<p><strong>a </strong><em>“Het bericht is mij bekend.”</em></p><p>Kort antwoord.</p><p><strong>Thema\'s: </strong>Oeigoeren</p></aside>');
  });

  it('says so when the document has no answer to the question', async () => {
    const base = sampleContent();
    const qa = base.items.find((i) => i.kind === 'qa');
    if (qa?.kind !== 'qa') throw new Error('the sample has a qa item');
    const ps = paragraphs((await readDocx(await renderBriefingDocx(only([{ ...qa, answer: null }], base)))).document);
    expect(ps.filter((p) => p.style === 'Hint').map((p) => p.text)).toEqual(['Dit document bevat (nog) geen antwoord op deze vraag.']);
    expect(ps.filter((p) => p.style === 'Answer')).toEqual([]);
  });
});
