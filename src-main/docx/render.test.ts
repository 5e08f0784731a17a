// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBriefingDocx } from './index.js';
import { sampleContent } from './test-content.js';
import { docxHtml, paragraphs, readDocx, textsInStyle, tocEntries, type DocxParts } from './test-read-docx.js';

describe('renderBriefingDocx: the whole file', () => {
  let bytes: Uint8Array;
  let parts: DocxParts;
  beforeAll(async () => {
    bytes = await renderBriefingDocx(sampleContent({ appendixDocuments: true }));
    parts = await readDocx(bytes);
  });

  it('is a ZIP package with the Word parts', () => {
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(parts.document).toContain('<w:body>');
    expect(parts.footnotes).toContain('<w:footnotes');
  });

  it('writes the title page in the PDF’s order, classification line first, then starts the contents on a new page', () => {
    const ps = paragraphs(parts.document);
    expect(ps.slice(0, 5).map((p) => [p.style, p.text])).toEqual([
      ['Classification', 'Rubricering Intern'],
      ['Title', 'Briefing Oeigoeren en sancties'],
      ['Subtitle', 'Wat heeft het kabinet gezegd over financiële sancties?'],
      ['Byline', 'Auteur Eline van der Zee'],
      ['Byline', 'Datum 4 maart 2021'],
    ]);
    // the classification line carries the page's top offset, so the title follows it closely
    expect(ps[1]?.xml).toContain('<w:spacing w:before="0"/>');
    const contents = ps[5];
    expect(contents?.style).toBe('TOCHeading');
    expect(contents?.text).toBe('Inhoud');
    expect(contents?.xml).toContain('<w:pageBreakBefore/>');
  });

  it('has a Word TOC field over Heading 1–2, linked, and asks Word to update fields on opening', () => {
    expect(parts.document).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>/);
    expect(parts.document).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    expect(parts.settings).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('lists every heading in the contents, for readers that do not update fields (Word fills in the pages)', () => {
    const title = 'Antwoord van minister Blok over de mensenrechtensituatie van de Oeigoeren';
    expect(tocEntries(parts.document).map(({ level, title }) => ({ level, title }))).toEqual([
      { level: 1, title: 'Sancties en coördinatie' },
      { level: 2, title: 'Vragen en antwoorden' },
      { level: 2, title },
      { level: 1, title: 'Bijlage: brondocumenten' },
      { level: 2, title },
    ]);
    expect(parts.document).toMatch(/<w:instrText xml:space="preserve">PAGEREF _Toc1 \\h<\/w:instrText>/);
  });

  it('makes heading items and documents real Word headings, and nothing else', () => {
    expect(textsInStyle(parts.document, 'Heading1')).toEqual(['Sancties en coördinatie', 'Bijlage: brondocumenten']);
    expect(textsInStyle(parts.document, 'Heading2')).toEqual([
      'Vragen en antwoorden',
      'Antwoord van minister Blok over de mensenrechtensituatie van de Oeigoeren',
      'Antwoord van minister Blok over de mensenrechtensituatie van de Oeigoeren',
    ]);
    // only the built-in heading styles carry an outline level, so the TOC and navigation pane list only them
    const outlined = [...parts.styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)".*?<\/w:style>/gs)].filter(([s]) => s.includes('<w:outlineLvl')).map((m) => m[1]);
    expect(outlined.every((id) => /^Heading\d$/.test(id ?? ''))).toBe(true);
    expect(paragraphs(parts.document).some((p) => p.xml.includes('<w:outlineLvl'))).toBe(false);
  });

  it('starts the appendix and each of its documents on a new page', async () => {
    const content = sampleContent({ appendixDocuments: true });
    const first = content.appendix[0];
    if (first === undefined) throw new Error('the sample has an appendix');
    content.appendix.push({ ...first, anchor: 'app-2', source: { ...first.source, title: 'Tweede brondocument' } });
    const ps = paragraphs((await readDocx(await renderBriefingDocx(content))).document);
    const appendix = ps.findIndex((p) => p.style === 'Heading1' && p.text === 'Bijlage: brondocumenten');
    expect(ps[appendix]?.xml).toContain('<w:pageBreakBefore/>');
    const docs = ps.slice(appendix + 1).filter((p) => p.style === 'Heading2');
    expect(docs.map((p) => p.text)).toEqual([first.source.title, 'Tweede brondocument']);
    // the first document shares the appendix title's page; the next one starts its own
    expect(docs.map((p) => p.xml.includes('<w:pageBreakBefore/>'))).toEqual([false, true]);
  });

  it('puts "pagina N van M" as PAGE and NUMPAGES fields in the footer, none on the title page', () => {
    const footers = [...parts.footers.values()];
    const numbered = footers.filter((f) => f.includes('NUMPAGES'));
    expect(numbered.length).toBeGreaterThan(0);
    for (const f of numbered) {
      // both numbers are left to the reader
      expect(paragraphs(f)[0]?.text).toBe('pagina  van ');
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/s);
    }
    expect(footers.some((f) => !f.includes('PAGE') && paragraphs(f).every((p) => p.text === ''))).toBe(true);
    expect(parts.document).toContain('<w:titlePg/>');
  });

  it('prints the classification at the top of every page', () => {
    const headers = [...parts.headers.values()];
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.every((h) => paragraphs(h).some((p) => p.text === 'Intern'))).toBe(true);
  });

  it('sets the language and the core properties', () => {
    expect(parts.styles).toMatch(/<w:docDefaults>.*<w:lang w:val="nl-NL"\/>.*<\/w:docDefaults>/s);
    expect(parts.core).toContain('<dc:title>Briefing Oeigoeren en sancties</dc:title>');
    expect(parts.core).toContain('<dc:creator>Eline van der Zee</dc:creator>');
    expect(parts.core).toContain('<dc:subject>Wat heeft het kabinet gezegd over financiële sancties?</dc:subject>');
  });

  it('writes the intro before the first item and leaves omitted items out', () => {
    const ps = paragraphs(parts.document);
    const intro = ps.findIndex((p) => p.text === 'Deze briefing bundelt de antwoorden van het kabinet.');
    const firstHeading = ps.findIndex((p) => p.style === 'Heading1');
    expect(intro).toBeGreaterThan(0);
    expect(intro).toBeLessThan(firstHeading);
    expect(parts.document).not.toContain('Deze passage is verwijderd');
  });

  it('reads back through mammoth: headings, quotation, notes apart from it, footnotes at the end', async () => {
    const { html, warnings } = await docxHtml(bytes);
    expect(warnings).toEqual([]);
    expect([...html.matchAll(/<h1>(?:<a id="[^"]*"><\/a>)?([^<]*)<\/h1>/g)].map((m) => m[1])).toEqual(['Sancties en coördinatie', 'Bijlage: brondocumenten']);
    expect(html).toMatch(/<h2>(?:<a id="[^"]*"><\/a>)?Vragen en antwoorden<\/h2>/);
    expect(html).toMatch(/<blockquote><p>Het kabinet deelt de zorgen over de situatie in Xinjiang\. Nederland heeft/);
    expect(html).toMatch(/<\/blockquote><p class="citation">/);
    expect(html).toContain('<aside class="note"><p><strong>Aantekening: </strong>Vergelijk met de motie-Sjoerdsma.<br />Dit is de eerste toezegging.</p>');
    expect(html).not.toMatch(/<blockquote>(?:(?!<\/blockquote>).)*Vergelijk met de motie/s);
    expect(html).toMatch(/<ol><li id="footnote-1"><p>Raadsbesluit \(GBVB\) 2021\/481 <a href="https:\/\/eur-lex\.europa\.eu\/eli\/dec\/2021\/481">/);
    expect(html.lastIndexOf('<ol><li id="footnote-1">')).toBeGreaterThan(html.lastIndexOf('Verloren aantekening'));
    expect(html).toContain('<p class="toc1"><a href="#_Toc1">Sancties en coördinatie');
  });

  it('lays out the analyst text: bold, italic, hard break, real bullet and numbered lists', async () => {
    const { html } = await docxHtml(bytes);
    expect(html).toContain('<p>Het kabinet is <strong>terughoudend</strong> maar <em>niet afwijzend</em>.<br />Tweede regel.</p>');
    expect(html).toContain('<ul><li>eerste punt</li><li>tweede punt</li></ul>');
    expect(html).toContain('<ol><li>één</li><li>twee</li></ol>');
    expect(parts.numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(parts.numbering).toContain('<w:numFmt w:val="decimal"/>');
  });
});

describe('renderBriefingDocx: English', () => {
  it('uses the English labels, footer and language', async () => {
    const parts = await readDocx(await renderBriefingDocx(sampleContent({ locale: 'en' })));
    const ps = paragraphs(parts.document);
    expect(ps.find((p) => p.style === 'TOCHeading')?.text).toBe('Contents');
    expect(ps.filter((p) => p.style === 'Byline').map((p) => p.text)).toEqual(['Author Eline van der Zee', 'Date 4 March 2021']);
    expect(parts.styles).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(parts.styles).toContain('w:styleId="Note"><w:name w:val="Note"/>');
    const footer = [...parts.footers.values()].find((f) => f.includes('NUMPAGES')) ?? '';
    expect(paragraphs(footer)[0]?.text).toBe('page  of ');
    expect(ps.some((p) => p.style === 'Note' && p.text.startsWith('Note: '))).toBe(true);
  });

  it('names the custom styles in Dutch for a Dutch briefing', async () => {
    const parts = await readDocx(await renderBriefingDocx(sampleContent()));
    expect(parts.styles).toContain('w:styleId="Note"><w:name w:val="Aantekening"/>');
    expect(parts.styles).toContain('w:styleId="Quote"><w:name w:val="Quote"/>');
  });
});
