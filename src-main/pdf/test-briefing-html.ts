/**
 * Test and bench support for the PDF printers: a realistic briefing-like HTML document (title page,
 * table of contents with fixed-width page-number slots, themed headings, quoted excerpts with
 * citations and notes, endnotes), written here so the printer tests do not depend on the briefing
 * renderer in core/briefing. Test-only (excluded from the build like *.test.ts).
 */

export interface SampleBriefingOptions {
  /** number of excerpts; a heading opens every 5 (default 40: about 7 A4 pages) */
  excerpts?: number;
  /** `@font-face` CSS put before the print CSS (e.g. loadFontCss()) */
  fontCss?: string;
  /** anchors listed in the table of contents that no element carries (a broken entry) */
  missingAnchors?: readonly string[];
}

const MEMBERS = ['Sjoerdsma (D66)', 'Omtzigt (CDA)', 'Van der Plas (BBB)', 'Kuzu (DENK)', 'Bikker (ChristenUnie)'];
const MINISTERS = ['minister Blok (Buitenlandse Zaken)', 'minister Hoekstra (Financiën)', 'staatssecretaris Van Ooijen (VWS)'];
const THEMES = ['Mensenrechten', 'Handelsbeleid', 'Zorgkosten', 'Klimaat en energie', 'Migratie', 'Digitale overheid', 'Landbouw', 'Onderwijs'];

const SENTENCES = [
  'Het kabinet deelt de zorgen over de mensenrechtensituatie en blijft de ontwikkelingen nauwlettend volgen.',
  'Één ĳverige café-eigenaar in Zeeland leest ’s ochtends de coöperatieve krant en bezoekt een reünie met ideeën.',
  'De minister heeft de ambassade gevraagd hierover te rapporteren en zal de Kamer informeren zodra daar aanleiding toe is.',
  'In de Europese Raad is afgesproken dat de lidstaten gezamenlijk optrekken; Nederland steunt die lijn volledig.',
  'De kosten van de regeling zijn in 2023 hoger uitgevallen dan geraamd, vooral door de gestegen energieprijzen.',
  'Er is op dit moment geen aanleiding om het beleid aan te passen, maar de evaluatie volgt in het voorjaar.',
];

/** Escapes text for element content and double-quoted attributes. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
/* the page box and margins come from the printer (PAGE_MARGINS_MM) */
html { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0; }
h1, h2, h3, .toc, .note { font-family: 'DejaVu Sans', sans-serif; }
h2, h3 { break-after: avoid; margin: 3mm 0 1mm; }
h3 { font-size: 8.5pt; font-weight: normal; color: #333; }
h3 a { color: inherit; }
.title-page { break-after: page; padding-top: 60mm; }
.title-page h1 { font-size: 24pt; }
.toc { break-after: page; }
.toc ol { list-style: none; padding: 0; }
.toc li { display: flex; margin: 0.4mm 0; font-size: 9.5pt; }
.toc li.sub { padding-left: 6mm; font-size: 8.5pt; }
.toc a { flex: 1; color: inherit; text-decoration: none; }
.toc .page { display: inline-block; width: 12mm; text-align: right; }
blockquote p { margin: 0; }
blockquote { margin: 1mm 0; padding-left: 4mm; border-left: 2pt solid #999; font-style: italic; }
mark { background: #fff59d; border-bottom: 1pt solid #555; }
.note { font-size: 9pt; border: 0.6pt dashed #999; padding: 1mm 3mm; margin: 1mm 0 4mm; }
.endnotes { font-size: 8.5pt; }
.endnotes ol { columns: 2; column-gap: 8mm; }
.excerpt { break-inside: avoid; }
`;

interface TocEntry {
  anchor: string;
  text: string;
  sub: boolean;
}

/**
 * A briefing-shaped HTML document for print tests and the bench, in the shape the PDF side expects
 * from the renderer: every table-of-contents entry links to `#<anchor>` and has a fixed-width page
 * slot, filled from `pages` (left empty when `pages` is null or lacks the anchor).
 *
 * @param pages - anchor → 1-based page number, or null for the first pass
 * @returns the HTML and the table-of-contents anchors in order (headings `h-<k>`, excerpts `ex-<n>`)
 */
export function sampleBriefingHtml(pages: ReadonlyMap<string, number> | null, options: SampleBriefingOptions = {}): { html: string; tocAnchors: string[] } {
  const excerpts = options.excerpts ?? 40;
  const toc: TocEntry[] = [];
  const body: string[] = [];
  for (let n = 1; n <= excerpts; n++) {
    if ((n - 1) % 5 === 0) {
      const k = (n - 1) / 5 + 1;
      const theme = THEMES[(k - 1) % THEMES.length] ?? '';
      toc.push({ anchor: `h-${String(k)}`, text: theme, sub: false });
      body.push(`<h2 id="h-${String(k)}">${escapeHtml(theme)}</h2>`, `<p>Wat het kabinet zei over ${escapeHtml(theme.toLowerCase())}, in datumvolgorde.</p>`);
    }
    const member = MEMBERS[n % MEMBERS.length] ?? '';
    const minister = MINISTERS[n % MINISTERS.length] ?? '';
    const title = `Antwoord van ${minister} op vragen van ${member}`;
    const quote = [0, 1].map((i) => SENTENCES[(n + i) % SENTENCES.length] ?? '');
    toc.push({ anchor: `ex-${String(n)}`, text: title, sub: true });
    body.push(
      `<section class="excerpt" id="ex-${String(n)}">`,
      `<h3>${escapeHtml(member)} aan ${escapeHtml(minister)}, 15 februari 2021, ` +
        `<a href="https://zoek.officielebekendmakingen.nl/ah-tk-20202021-${String(1600 + n)}.html">Aanhangsel Handelingen II 2020/21, nr. ${String(1600 + n)}</a></h3>`,
      `<blockquote><p>${escapeHtml(quote[0] ?? '')} <mark>${escapeHtml(quote[1] ?? '')}</mark><sup><a href="#en-${String(n)}">${String(n)}</a></sup></p></blockquote>`,
      n % 3 === 0 ? `<p class="note">Notitie: navragen bij de directie of dit nog actueel is (${String(n)}).</p>` : '',
      '</section>',
    );
  }
  for (const missing of options.missingAnchors ?? []) toc.push({ anchor: missing, text: `Ontbrekend ${missing}`, sub: false });
  const tocHtml = toc.map((e) => {
    const page = pages?.get(e.anchor);
    return `<li${e.sub ? ' class="sub"' : ''}><a href="#${e.anchor}">${escapeHtml(e.text)}</a><span class="page">${page === undefined ? '' : String(page)}</span></li>`;
  });
  const endnotes = Array.from({ length: excerpts }, (_, i) => `<li id="en-${String(i + 1)}">Zie de website van de Tweede Kamer, kamerstuk ${String(i + 1)}.</li>`);
  const html = [
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Briefing ĳsselmeer</title>',
    `<style>${options.fontCss ?? ''}\n${CSS}</style></head><body>`,
    '<section class="title-page"><h1>Briefing ĳsselmeer</h1><p>Wat de regering zei, 2020–2021</p><p>Analist · Intern</p></section>',
    `<nav class="toc"><h2>Inhoud</h2><ol>${tocHtml.join('')}</ol></nav>`,
    ...body,
    `<section class="endnotes"><h2 id="endnotes">Eindnoten</h2><ol>${endnotes.join('')}</ol></section>`,
    '</body></html>',
  ].join('\n');
  return { html, tocAnchors: toc.map((e) => e.anchor) };
}
