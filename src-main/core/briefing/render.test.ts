import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderBriefingHtml } from './render.js';
import { annotate, excerptItem, foundingDocument, renderItems, sourcesOf } from './test-briefings.js';

const doc = foundingDocument();
const other = { ...foundingDocument(), id: 'kv-tk-2024Z18796', kind: 'questions' as const, title: 'het bericht over de tweede zaak', answers: [], identifiers: { kamervragen: 'kv-tk-2024Z18796' } };
const core = annotate(doc, { type: 'answer', index: 1 }, 'de Chinese staat genocide heeft gepleegd', { id: 'a-core', note: 'Kern.' });
const q1 = annotate(doc, { type: 'question', index: 0 }, 'kennisgenomen', { id: 'a-q1', color: 'orange' });
const sources = sourcesOf([doc, other], [core, q1], { [doc.id]: ['t-mr'] });

/** Every kind of item: headings at both levels, text, excerpts, a question, documents before and after a heading. */
const everyKind = [
  { type: 'document', id: 'd0', documentId: other.id },
  { type: 'heading', id: 'h1', text: 'Standpunt van het kabinet', level: 1 },
  { type: 'text', id: 't1', text: '# geen kop\n\nEigen **analyse**.' },
  excerptItem('e1', core),
  { type: 'heading', id: 'h2', text: 'Details', level: 2 },
  excerptItem('e2', q1),
  { type: 'qa', id: 'q3', documentId: doc.id, questionNumber: 3 },
  { type: 'document', id: 'd1', documentId: doc.id },
  { type: 'heading', id: 'blank', text: '   ', level: 1 },
  { type: 'qa', id: 'gone', documentId: doc.id, questionNumber: 42 },
];

const hTags = (html: string) => parse(html).querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => `${h.tagName.toLowerCase()} ${h.textContent}`);

describe('renderBriefingHtml: one self-contained document', () => {
  const { html } = renderItems(everyKind, {}, sources, { intro: 'Inleiding van de analist.' });

  it('is a complete HTML document without scripts or external resources', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Oeigoeren &amp; China</title>');
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\ssrc=|@import|url\(|\son[a-z]+=/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has a title page with classification, title, subtitle, author and date, then contents, then the body', () => {
    const root = parse(html);
    const title = root.querySelector('.title-page');
    expect(title?.querySelector('.classification')?.textContent).toBe('Rubricering Intern');
    expect(title?.querySelector('h1')?.textContent).toBe('Oeigoeren & China');
    expect(title?.querySelector('.subtitle')?.textContent).toBe('Kamervragen 2021');
    expect(title?.querySelector('.author')?.textContent).toBe('Auteur Beleidsanalist');
    expect(title?.querySelector('.date')?.textContent).toBe('Datum 5 maart 2024');
    const order = ['class="title-page', 'class="contents-page', '<main', 'Inleiding van de analist.', 'id="sec-h1"', 'id="endnotes"'].map((s) => html.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('leaves empty title page fields out', () => {
    const bare = renderItems([], {}, sources, { subtitle: ' ', author: '', classification: '' }).html;
    const page = parse(bare).querySelector('.title-page');
    expect(page?.querySelectorAll('p')).toHaveLength(1); // the date
    expect(bare).not.toContain('Rubricering');
  });

  it('prints the items in order and leaves omitted items out', () => {
    const ids = ['doc-d0', 'sec-h1', 'ex-e1', 'sec-h2', 'ex-e2', 'qa-q3', 'doc-d1'].map((id) => html.indexOf(`id="${id}"`));
    expect(ids.every((at) => at >= 0)).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(html).not.toContain('qa-gone');
    expect(html).not.toMatch(/vraag 42/i);
  });

  it('prints the analyst text with only the Markdown subset', () => {
    expect(html).toContain('<div class="analyst-text">\n<p># geen kop</p>\n<p>Eigen <strong>analyse</strong>.</p>\n</div>');
  });
});

describe('renderBriefingHtml: headings and the PDF outline', () => {
  it('uses h-tags only for the title, the heading items, documents, notes and appendix (Chromium builds the outline from them)', () => {
    const { html } = renderItems(everyKind, { appendixDocuments: true }, sources);
    expect(hTags(html)).toEqual([
      'h1 Oeigoeren & China',
      'h2 Het bericht over de tweede zaak',
      'h2 Standpunt van het kabinet',
      'h3 Details',
      'h3 Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren',
      'h2 Noten',
      'h2 Bijlage: brondocumenten',
      'h3 Het bericht over de tweede zaak',
      'h3 Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren',
    ]);
  });

  it('prints question, answer, note, footnote and contents labels as paragraphs, not headings', () => {
    const { html } = renderItems(everyKind, { appendixDocuments: true }, sources);
    for (const label of ['Vraag 3', 'Antwoord op vragen 3 en 4', 'Aantekeningen', 'Voetnoten', 'Inhoud', 'Markeringen', 'Aantekening']) {
      expect(hTags(html).some((h) => h.endsWith(` ${label}`))).toBe(false);
      expect(html).toContain(`>${label}</p>`);
    }
  });

  it('puts a heading on one line (headings keep white space as typed for the outline)', () => {
    const { html } = renderItems([{ type: 'heading', id: 'h', text: '  Twee\n  regels  ' }], {}, sources);
    expect(hTags(html)).toContain('h2 Twee regels');
    expect(html).toMatch(/h1, h2, h3 \{[^}]*white-space: pre-wrap/);
  });
});

describe('renderBriefingHtml: table of contents', () => {
  it('links every heading, document, the notes and the appendix, with empty page slots without page numbers', () => {
    const { html, tocAnchors } = renderItems(everyKind, { appendixDocuments: true }, sources);
    expect(tocAnchors).toEqual(['doc-d0', 'sec-h1', 'sec-h2', 'doc-d1', 'endnotes', 'appendix', 'app-kv-tk-2024Z18796', 'app-ah-tk-20202021-1682']);
    const root = parse(html);
    const entries = root.querySelectorAll('nav.toc li');
    expect(entries.map((li) => [li.classList.value.join(' '), li.querySelector('a')?.getAttribute('href'), li.querySelector('.toc-text')?.textContent, li.querySelector('.toc-page')?.textContent])).toEqual([
      ['toc-entry toc-level-1', '#doc-d0', 'Het bericht over de tweede zaak', ''],
      ['toc-entry toc-level-1', '#sec-h1', 'Standpunt van het kabinet', ''],
      ['toc-entry toc-level-2', '#sec-h2', 'Details', ''],
      ['toc-entry toc-level-2', '#doc-d1', 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren', ''],
      ['toc-entry toc-level-1', '#endnotes', 'Noten', ''],
      ['toc-entry toc-level-1', '#appendix', 'Bijlage: brondocumenten', ''],
      ['toc-entry toc-level-2', '#app-kv-tk-2024Z18796', 'Het bericht over de tweede zaak', ''],
      ['toc-entry toc-level-2', '#app-ah-tk-20202021-1682', 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren', ''],
    ]);
    for (const anchor of tocAnchors) expect(root.querySelectorAll(`[id="${anchor}"]`)).toHaveLength(1);
  });

  it('prints the given page numbers in the same fixed-width slots, changing nothing else', () => {
    const pages = new Map([['sec-h1', 3], ['doc-d1', 4], ['endnotes', 11]]);
    const without = renderItems(everyKind, {}, sources);
    const withPages = renderItems(everyKind, {}, sources, {}, pages);
    const slots = parse(withPages.html).querySelectorAll('.toc-page').map((s) => s.textContent);
    expect(slots).toEqual(['', '3', '', '4', '11']);
    expect(withPages.html.replace(/<span class="toc-page">\d*<\/span>/g, '')).toBe(without.html.replace(/<span class="toc-page">\d*<\/span>/g, ''));
    expect(withPages.tocAnchors).toEqual(without.tocAnchors);
    expect(withPages.html).toMatch(/\.toc-page \{[^}]*flex: 0 0 12mm; width: 12mm; text-align: right; font-variant-numeric: tabular-nums;/);
  });

  it('has no contents (and asks for no pages) when nothing would be listed', () => {
    const { html, tocAnchors } = renderItems([excerptItem('e1', core), { type: 'text', id: 't', text: 'Tekst.' }], {}, sources);
    expect(tocAnchors).toEqual([]);
    expect(parse(html).querySelector('.toc, .contents-page')).toBeNull();
    expect(parse(html).querySelector('main > .legend')).not.toBeNull(); // the legend moves into the body
  });
});

describe('renderBriefingHtml: page breaks', () => {
  it('breaks after the title page and contents and between appendix documents only; short excerpts stay whole', () => {
    const { html } = renderItems(everyKind, { appendixDocuments: true }, sources);
    const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    const breaking = [...css.matchAll(/([^{}]+)\{[^}]*break-(?:before|after): page/g)].map((m) => m[1]?.trim());
    expect(breaking).toEqual(['.title-page', '.contents-page', '.appendix', '.appendix-doc + .appendix-doc']);
    expect(css).toContain('.excerpt-short { break-inside: avoid; }');
    const classes = parse(html).querySelectorAll('.excerpt').map((e) => e.classList.contains('excerpt-short'));
    expect(classes).toEqual([true, true]);
  });

  it('does not keep a long excerpt (its full answer) on one page', () => {
    const long = { ...doc, answers: doc.answers.map((a, i) => (i === 1 ? { ...a, text: `${a.text}\n\n${'Een lange alinea. '.repeat(120)}` } : a)) };
    const { html } = renderItems([excerptItem('e1', core)], { includeFullAnswer: true }, sourcesOf([long], [core]));
    expect(parse(html).querySelector('.excerpt')?.classList.contains('excerpt-short')).toBe(false);
  });
});

describe('renderBriefingHtml: screen preview', () => {
  it('lays the pages out as sheets on a grey background on screen only', () => {
    const { html } = renderItems(everyKind, {}, sources);
    expect(html).toMatch(/@media screen \{[\s\S]*\.sheet \{ width: 210mm;[\s\S]*background: #fff;/);
    expect(parse(html).querySelectorAll('.sheet').map((s) => s.tagName.toLowerCase())).toEqual(['section', 'section', 'main']);
  });
});

describe('renderBriefingHtml: English', () => {
  it('uses English labels, dates and citation wording throughout', () => {
    const { html } = renderItems(everyKind, { locale: 'en', appendixDocuments: true }, sources, { intro: 'Intro.' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    for (const label of ['>Contents</p>', 'Classification</span> Intern', 'Author</span>', 'Date</span> 5 March 2024', '<h2>Notes</h2>', 'Appendix: source documents', '>Question 3</p>', '>Answer to questions 3 and 4</p>', '>Annotations</p>', '>Note</p>', '>Highlights</p>', 'questions by Sjoerdsma (D66) and Van Helvert (CDA)', 'answer by Minister Blok (Buitenlandse Zaken)', '15 February 2021', 'Aanhangsel Handelingen II 2020/21, no. 1682', '<dt>Asked by</dt>', 'Cite as:', '>Footnotes</p>']) {
      expect(html).toContain(label);
    }
    expect(html).not.toMatch(/Inhoud|Vraag 3|Aantekening|Noten|Rubricering|Gesteld door|februari|Voetnoten|Bijlage/);
  });
});

describe('renderBriefingHtml: caller CSS', () => {
  it('keeps font CSS inside its style element', () => {
    const { content } = renderItems([], {}, sources);
    const { html } = renderBriefingHtml(content, { fontCss: "@font-face { font-family: 'X'; } </style><script>alert(1)</script>" });
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('<script');
    expect(html).toContain("@font-face { font-family: 'X'; }");
  });
});
