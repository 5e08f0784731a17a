// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { BriefingContent, ContentItem } from '../core/briefing/content.js';
import type { BriefingOptions } from '../core/model/index.js';
import { renderBriefingDocx } from './index.js';
import { DOCUMENT, SOURCE, sampleContent } from './test-content.js';
import { paragraphs, readDocx, type XmlParagraph } from './test-read-docx.js';

/** The sample's document item alone, with `options`. */
function documentOnly(options: Partial<BriefingOptions> = {}): BriefingContent {
  const base = sampleContent(options);
  return { ...base, intro: [], items: base.items.filter((i) => i.kind === 'document'), appendix: [] };
}

async function render(content: BriefingContent): Promise<{ ps: XmlParagraph[]; footnotes: string }> {
  const parts = await readDocx(await renderBriefingDocx(content));
  return { ps: paragraphs(parts.document), footnotes: parts.footnotes };
}

const body = (ps: XmlParagraph[]): XmlParagraph[] => ps.slice(ps.findIndex((p) => p.style.startsWith('Heading')));
const styled = (ps: XmlParagraph[], ...styles: string[]): string[][] => ps.filter((p) => styles.includes(p.style)).map((p) => [p.style, p.text]);

describe('a whole document in Word', () => {
  it('is a Heading 1 outside any heading, with its metadata and citation', async () => {
    const { ps } = await render(documentOnly());
    const doc = body(ps);
    expect(doc[0]?.style).toBe('Heading1');
    expect(doc[0]?.text).toBe(SOURCE.title);
    expect(styled(doc, 'Metadata').map(([, t]) => t)).toEqual([
      'Soort: Antwoord op Kamervragen',
      'Gesteld door: Sjoerdsma (D66) en Van Helvert (CDA)',
      'Gericht aan: minister van Buitenlandse Zaken',
      'Beantwoord door: minister Blok (Buitenlandse Zaken)',
      'Ingezonden: 20 januari 2021',
      'Ontvangen: 15 februari 2021',
      'Kenmerken: Zaaknummer 2021Z00843, Aanhangsel ah-tk-20202021-1682',
      "Thema's: Mensenrechten",
    ]);
    expect(styled(doc, 'Citation')).toEqual([['Citation', `Citeren als: ${SOURCE.citation} ${SOURCE.url ?? ''}`]]);
  });

  it('prints questions and answers in reading order, the highlight with its lettered note after its block', async () => {
    const { ps } = await render(documentOnly());
    expect(styled(body(ps), 'PartLabel', 'Question', 'Answer').map(([s, t]) => `${s}:${(t ?? '').slice(0, 24)}`)).toEqual([
      'PartLabel:Vraag 1',
      'Question:Bent u bekend met het be',
      'PartLabel:Antwoord op vraag 1',
      'Answer:Ja.',
      'PartLabel:Vraag 2',
      'Question:Deelt u de mening dat de',
      'PartLabel:Antwoord op vraag 2',
      'Answer:Het kabinet volgt de ber',
      'PartLabel:Vraag 3',
      'Question:Bent u bereid in EU-verb',
      'PartLabel:Antwoord op vraag 3',
      'Answer:Het kabinet deelt de zor',
      'Answer:De Kamer wordt vóór de z',
    ]);
    const answer3 = ps.find((p) => p.style === 'Answer' && p.text.startsWith('Het kabinet deelt'));
    expect(answer3?.xml).toMatch(/<w:u w:val="double" w:color="444444"\/><w:shd w:fill="C8ECC1" w:color="auto" w:val="clear"\/><\/w:rPr><w:t xml:space="preserve">Nederland heeft in EU-verband gepleit voor gerichte sancties<\/w:t>/);
    expect(answer3?.xml).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">a<\/w:t>/);
    const notes = styled(body(ps), 'Note').map(([, t]) => t);
    const lettered = notes.indexOf('a “Nederland heeft in EU-verband gepleit voor gerichte sancties”');
    expect(notes.slice(lettered - 1, lettered + 3)).toEqual(['Aantekeningen', 'a “Nederland heeft in EU-verband gepleit voor gerichte sancties”', 'Toezegging over sancties.', "Thema's: Sancties"]);
    // the notes follow the block of question 3 and its answer, before anything else
    const last = ps.findLastIndex((p) => p.style === 'Answer');
    expect(ps[last + 1]?.text).toBe('Aantekeningen');
  });

  it('lists the notes on the title and those that could no longer be placed', async () => {
    const { ps } = await render(documentOnly());
    const texts = ps.map((p) => p.text);
    expect(texts).toContain('a “Oeigoeren”');
    expect(texts).toContain('Titel gemarkeerd.');
    const hint = ps.findIndex((p) => p.style === 'Hint' && p.text.startsWith('Niet meer gevonden.'));
    expect(hint).toBeGreaterThan(0);
    expect(ps.slice(hint + 1).map((p) => p.text)).toEqual(['a “Deze zin bestaat niet meer”', 'Verloren aantekening.']);
  });

  it('makes its footnotes Word footnotes at the passages that refer to them, and the rest at the citation', async () => {
    const { ps, footnotes } = await render(documentOnly());
    const refOf = (p: XmlParagraph | undefined): string[] => [...(p?.xml ?? '').matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1] ?? '');
    const citation = ps.find((p) => p.style === 'Citation');
    const question1 = ps.find((p) => p.style === 'Question' && p.text.startsWith('Bent u bekend'));
    const answer3 = ps.filter((p) => p.style === 'Answer').at(-1);
    expect([refOf(citation), refOf(question1), refOf(answer3)]).toEqual([['1'], ['2'], ['3']]);
    const text = (id: string): string => paragraphs(new RegExp(`<w:footnote w:id="${id}">(.*?)</w:footnote>`, 's').exec(footnotes)?.[1] ?? '')[0]?.text ?? '';
    expect([text('1'), text('2'), text('3')]).toEqual([
      'Zie ook de brief van 3 februari 2021.',
      'NOS, 12 januari 2021 https://nos.nl/artikel/2364812',
      'Raadsbesluit (GBVB) 2021/481, zie https://eur-lex.europa.eu/eli/dec/2021/481',
    ]);
  });

  it('is a Heading 2 under a heading item', async () => {
    const base = sampleContent();
    const { ps } = await render(base);
    expect(ps.find((p) => p.text === SOURCE.title && p.style.startsWith('Heading'))?.style).toBe('Heading2');
  });
});

describe('the options in Word', () => {
  it('includeUnannotatedAnswers off: only the question → answer blocks with a highlight', async () => {
    const { ps } = await render(documentOnly({ includeUnannotatedAnswers: false }));
    expect(styled(ps, 'PartLabel').map(([, t]) => t)).toEqual(['Vraag 3', 'Antwoord op vraag 3']);
  });

  it('includeFootnotes off: no footnotes anywhere', async () => {
    const parts = await readDocx(await renderBriefingDocx({ ...sampleContent({ includeFootnotes: false }), items: [...documentOnly({ includeFootnotes: false }).items] }));
    expect(parts.document).not.toContain('<w:footnoteReference');
    expect(parts.footnotes).not.toMatch(/<w:footnote w:id="[1-9]/);
  });

  it('includeNotes off: the highlights stay, no note texts', async () => {
    const { ps } = await render(documentOnly({ includeNotes: false, includeThemes: false }));
    const text = ps.map((p) => p.text).join('\n');
    expect(text).not.toContain('Toezegging over sancties.');
    expect(text).not.toContain('Titel gemarkeerd.');
    expect(ps.find((p) => p.text.includes('gepleit voor gerichte sancties'))?.xml).toContain('<w:shd w:fill="C8ECC1" w:color="auto" w:val="clear"/>');
    // the unplaced highlight is still listed, with its quote only
    expect(text).toContain('a “Deze zin bestaat niet meer”');
  });

  it('includeThemes off: no themes of the document or its highlights', async () => {
    const { ps } = await render(documentOnly({ includeThemes: false }));
    expect(ps.some((p) => p.text.startsWith("Thema's"))).toBe(false);
  });

  it('appendixDocuments: every document in full after the items, whatever includeUnannotatedAnswers says', async () => {
    const base = sampleContent({ appendixDocuments: true, includeUnannotatedAnswers: false });
    const excerptOnly: BriefingContent = { ...base, items: base.items.filter((i: ContentItem) => i.kind === 'excerpt') };
    const { ps } = await render(excerptOnly);
    const appendix = ps.findIndex((p) => p.style === 'Heading1' && p.text === 'Bijlage: brondocumenten');
    expect(appendix).toBeGreaterThan(0);
    expect(ps.filter((p, i) => i > appendix && p.style === 'PartLabel')).toHaveLength(DOCUMENT.questions.length + DOCUMENT.answers.length);
  });
});
