import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/index.js';
import type { Annotation, HighlightColor, PartRef, QaDocument, Tag } from '../model/index.js';
import { renderBriefingHtml } from './render.js';
import type { BriefingInput } from './types.js';

/** Shaped after the founding document (answer of minister Blok, ah-tk-20202021-1682). */
function makeDocument(): QaDocument {
  return {
    id: 'ah-tk-20202021-1682',
    kind: 'answer',
    title: 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren',
    askedBy: [
      { name: 'Sjoerdsma', party: 'D66' },
      { name: 'Van Helvert', party: 'CDA' },
    ],
    addressedTo: ['minister van Buitenlandse Zaken'],
    answeredBy: [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
    submittedOn: '2021-01-20',
    receivedOn: '2021-02-15',
    identifiers: { zaak: '2021Z00843', aanhangsel: 'ah-tk-20202021-1682' },
    questions: [
      { number: 1, text: 'Heeft u kennisgenomen van het bericht ‘Minister Pompeo: Chinese behandeling Oeigoeren is genocide’?', footnoteRefs: [1] },
      { number: 2, text: 'Klopt het dat minister Pompeo heeft verklaard dat China genocide heeft gepleegd?', footnoteRefs: [] },
      { number: 3, text: 'In hoeverre is dit nu het officiële standpunt van de Amerikaanse regering?', footnoteRefs: [] },
      { number: 4, text: 'Wat zijn de gevolgen van deze Amerikaanse stellingname?', footnoteRefs: [] },
    ],
    answers: [
      { questionNumbers: [1], text: 'Ja.', footnoteRefs: [] },
      {
        questionNumbers: [2],
        text: 'Ja. Op 19 januari 2021 heeft toenmalig Secretary of State Pompeo in een verklaring gesteld dat de Chinese staat genocide heeft gepleegd.\n\nDeze genocide duurt volgens hem nog steeds voort.',
        footnoteRefs: [],
      },
      {
        questionNumbers: [3, 4],
        text: 'Het is nog niet duidelijk of de nieuwe Amerikaanse administratie deze vaststelling over zal nemen. Nadere besluitvorming moet worden afgewacht.',
        footnoteRefs: [],
      },
    ],
    footnotes: [
      {
        number: 1,
        text: "NRC.nl, 19 januari 2021, 'Minister Pompeo: Chinese behandeling van Oeigoeren is genocide'",
        url: 'https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198',
      },
    ],
    references: [],
    source: { fileName: '000_c9bbddca1680c246.txt', format: 'text', sha256: 'a'.repeat(64) },
    warnings: [],
  };
}

const tags: Tag[] = [
  { id: 't-mr', name: 'Mensenrechten', color: '#b45309', parentId: null, description: '' },
  { id: 't-vs', name: 'Verenigde Staten', color: '#1d4ed8', parentId: null, description: '' },
];

function annotate(doc: QaDocument, part: PartRef, quote: string, opts: { note?: string; color?: HighlightColor; tagIds?: string[] } = {}): Annotation {
  const text = part.type === 'answer' ? doc.answers[part.index]!.text : part.type === 'question' ? doc.questions[part.index]!.text : doc.footnotes[part.index]!.text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return {
    id: `a-${quote.slice(0, 8)}`,
    documentId: doc.id,
    target: { part, ...describeRange(text, start, start + quote.length) },
    note: opts.note ?? '',
    color: opts.color ?? 'yellow',
    tagIds: opts.tagIds ?? [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

function briefing(annotations: Annotation[], locale: 'nl' | 'en' = 'nl', doc = makeDocument()): BriefingInput {
  return {
    title: 'Oeigoeren & China',
    subtitle: 'Kamervragen 2021',
    author: 'Beleidsanalist',
    date: '2024-03-05',
    locale,
    documents: [{ document: doc, annotations, documentTagIds: ['t-mr'] }],
    tags,
  };
}

function positions(html: string, needles: string[]): number[] {
  return needles.map((n) => {
    const at = html.indexOf(n);
    if (at < 0) throw new Error(`missing ${n}`);
    return at;
  });
}

describe('renderBriefingHtml: structure', () => {
  const html = renderBriefingHtml(briefing([]));

  it('is one complete HTML document without scripts or external resources', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain("'DejaVu Serif', 'Liberation Serif', serif");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has a title page, then a table of contents, then the document', () => {
    const [title, subtitle, author, date, toc, doc] = positions(html, [
      '<h1>Oeigoeren &amp; China</h1>',
      'Kamervragen 2021',
      'Beleidsanalist',
      '5 maart 2024',
      '<nav class="toc"><h2>Inhoud</h2>',
      '<article class="document" id="doc-1">',
    ]);
    expect([title, subtitle, author, date, toc, doc]).toEqual([...[title, subtitle, author, date, toc, doc]].sort((a, b) => a! - b!));
    expect(html).toContain('<a href="#doc-1">Vragen over de Amerikaanse stellingname');
  });

  it('prints metadata and the citation', () => {
    expect(html).toContain('<dt>Gesteld door</dt><dd>Sjoerdsma (D66) en Van Helvert (CDA)</dd>');
    expect(html).toContain('<dt>Beantwoord door</dt><dd>minister Blok (Buitenlandse Zaken)</dd>');
    expect(html).toContain('<dt>Ingezonden</dt><dd>20 januari 2021</dd>');
    expect(html).toContain('<dt>Ontvangen</dt><dd>15 februari 2021</dd>');
    expect(html).toContain('Zaaknummer 2021Z00843, Aanhangsel ah-tk-20202021-1682');
    expect(html).toContain(
      'Citeren als:</span> Aanhangsel Handelingen II 2020/21, nr. 1682. Vragen van de leden Sjoerdsma (D66) en Van Helvert (CDA) over ' +
        '“Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren”, ingezonden 20 januari 2021; ' +
        'antwoord van minister Blok (Buitenlandse Zaken), ontvangen 15 februari 2021.',
    );
    expect(html).toMatch(/<dt>Thema&#39;s<\/dt><dd><span class="tag"[^>]*>Mensenrechten<\/span><\/dd>/);
  });

  it('prints each question followed by its answer, and a combined answer once after its last question', () => {
    const order = positions(html, [
      '<h3>Vraag 1</h3>',
      '<h3>Antwoord op vraag 1</h3>',
      '<h3>Vraag 2</h3>',
      '<h3>Antwoord op vraag 2</h3>',
      '<h3>Vraag 3</h3>',
      '<h3>Vraag 4</h3>',
      '<h3>Antwoord op vragen 3 en 4</h3>',
      '<h3>Voetnoten</h3>',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html.split('Het is nog niet duidelijk').length - 1).toBe(1);
    expect(html).toContain('<p>Deze genocide duurt volgens hem nog steeds voort.</p>');
  });

  it('prints footnotes with their URLs as links, and footnote references in the text', () => {
    expect(html).toContain('<a class="url" href="https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198">');
    expect(html).toContain('<span class="fn-ref">(voetnoot 1)</span></p>');
  });
});

describe('renderBriefingHtml: escaping', () => {
  it('escapes hostile text in notes, tags, titles, document text and footnote URLs', () => {
    const doc = makeDocument();
    doc.title = 'Titel <script>alert("titel")</script>';
    doc.answers[0]!.text = 'Ja. <img src=x onerror=alert(1)> & meer.';
    doc.footnotes[0]!.url = 'javascript:alert(1)';
    const hostileTag: Tag = { id: 't-x', name: '"><script>alert(2)</script>', color: 'red;background:url(x)', parentId: null, description: '' };
    const input = briefing([annotate(doc, { type: 'answer', index: 0 }, '<img src=x', { note: '<script>alert(3)</script> & </style>', tagIds: ['t-x'] })], 'nl', doc);
    input.tags = [...tags, hostileTag];
    input.author = '</title><script>x</script>';
    const html = renderBriefingHtml(input, { fontCss: '@font-face{} </style><script>alert(4)</script>' });
    expect(html).not.toMatch(/<script|<img|href="javascript:|onerror=alert\(1\)>/i);
    expect(html).toContain('<span class="url">javascript:alert(1)</span>'); // shown, not linked
    expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt; &amp; &lt;/style&gt;');
    expect(html).toContain('Titel &lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt;');
    expect(html).toContain('<mark class="hl hl-yellow">&lt;img src=x</mark>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toContain('url(x)');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});

describe('renderBriefingHtml: marks and notes', () => {
  const doc = makeDocument();
  const a1 = doc.answers[1]!.text;
  const from = a1.indexOf('genocide heeft gepleegd.');
  const overlapping: Annotation = {
    ...annotate(doc, { type: 'answer', index: 1 }, 'genocide heeft gepleegd.', { color: 'blue' }),
    // a plain highlight that overlaps the first one and runs over the paragraph break
    target: { part: { type: 'answer', index: 1 }, ...describeRange(a1, from, a1.indexOf('Deze') + 4) },
  };
  const annotations = [
    annotate(doc, { type: 'answer', index: 1 }, 'de Chinese staat genocide heeft gepleegd', { note: 'Kern van de zaak.', tagIds: ['t-mr', 't-vs'] }),
    overlapping,
    annotate(doc, { type: 'question', index: 2 }, 'officiële standpunt', { note: 'Nagaan bij ambassade.', color: 'green' }),
    annotate(doc, { type: 'answer', index: 2 }, 'Nadere besluitvorming', { note: 'Opvolgen.', color: 'pink' }),
  ];
  const html = renderBriefingHtml(briefing(annotations));

  it('draws highlights as marks in their colour, split where they overlap', () => {
    expect(html).toContain('<mark class="hl hl-yellow">de Chinese staat </mark><mark class="hl hl-blue hl-overlap">genocide heeft gepleegd</mark>');
    expect(html).toContain('<mark class="hl hl-blue">.</mark></p>');
    expect(html).toContain('<p><mark class="hl hl-blue">Deze</mark> genocide duurt');
    expect(html).toContain('<mark class="hl hl-green">officiële standpunt</mark>');
  });

  it('numbers notes in reading order and lists them after the answer with quote, note and tags', () => {
    expect(html).toContain('gepleegd</mark><sup class="note-ref"><a href="#note-1">1</a></sup>');
    expect(html).toContain('standpunt</mark><sup class="note-ref"><a href="#note-2">2</a></sup>');
    expect(html).toContain('besluitvorming</mark><sup class="note-ref"><a href="#note-3">3</a></sup>');
    expect(html).not.toContain('note-4');
    const [note1, answer2End, q3, note2, note3] = positions(html, [
      '<li id="note-1" value="1"><p class="quote">“de Chinese staat genocide heeft gepleegd”</p><p class="note-text">Kern van de zaak.</p><p class="note-tags">Thema&#39;s: Mensenrechten, Verenigde Staten</p></li>',
      '<h3>Vraag 3</h3>',
      '<h3>Vraag 4</h3>',
      '<li id="note-2" value="2">',
      '<li id="note-3" value="3">',
    ]);
    expect(note1).toBeLessThan(answer2End!);
    expect(q3).toBeLessThan(note2!);
    expect(note2).toBeLessThan(note3!);
    expect(html.indexOf('<h3>Antwoord op vragen 3 en 4</h3>')).toBeLessThan(note2!);
  });
});

describe('renderBriefingHtml: annotations whose quote moved or vanished', () => {
  it('places a stale position on the exact quote, and lists a vanished quote under "Niet meer gevonden"', () => {
    const doc = makeDocument();
    const moved = annotate(doc, { type: 'answer', index: 2 }, 'Amerikaanse administratie', { note: 'Verschoven.' });
    const gone = annotate(doc, { type: 'answer', index: 2 }, 'over zal nemen', { note: 'Weg.', tagIds: ['t-vs'] });
    doc.answers[2]!.text = 'Inmiddels is bekend: ' + doc.answers[2]!.text.replace('over zal nemen', 'overneemt');
    const html = renderBriefingHtml(briefing([moved, gone], 'nl', doc));
    expect(html).toContain('<mark class="hl hl-yellow">Amerikaanse administratie</mark><sup class="note-ref"><a href="#note-1">1</a></sup>');
    expect(html).toContain('<aside class="unplaced"><h4>Niet meer gevonden</h4>');
    const unplaced = html.slice(html.indexOf('<aside class="unplaced">'));
    expect(unplaced).toContain('“over zal nemen”');
    expect(unplaced).toContain('Weg.');
    expect(unplaced).toContain('Thema&#39;s: Verenigde Staten');
    expect(unplaced).toContain('Antwoord op vragen 3 en 4');
    expect(html.match(/<mark/g)).toHaveLength(1);
  });

  it('lists an annotation on a part that no longer exists as unplaced', () => {
    const doc = makeDocument();
    const a = annotate(doc, { type: 'answer', index: 0 }, 'Ja.', { note: 'Kort.' });
    a.target.part = { type: 'answer', index: 9 };
    const html = renderBriefingHtml(briefing([a], 'nl', doc));
    expect(html).toContain('Niet meer gevonden');
    expect(html).not.toContain('<mark');
  });
});

describe('renderBriefingHtml: English labels', () => {
  it('uses English labels, dates and citation wording', () => {
    const doc = makeDocument();
    const gone = annotate(doc, { type: 'answer', index: 0 }, 'Ja.', { note: 'Short.' });
    doc.answers[0]!.text = 'Nee.';
    const html = renderBriefingHtml(briefing([gone], 'en', doc));
    expect(html).toContain('<html lang="en">');
    for (const label of ['<h2>Contents</h2>', '<h3>Question 1</h3>', '<h3>Answer to question 1</h3>', '<h3>Answer to questions 3 and 4</h3>', '<h3>Footnotes</h3>', '<h4>Could not be placed</h4>', '<dt>Asked by</dt>', '<dt>Received</dt><dd>15 February 2021</dd>', '(footnote 1)', '5 March 2024']) {
      expect(html).toContain(label);
    }
    expect(html).toContain('Cite as:</span> Aanhangsel Handelingen II 2020/21, no. 1682. Questions by members Sjoerdsma (D66) and Van Helvert (CDA) on');
    expect(html).toContain('submitted 20 January 2021; answer by Minister Blok (Buitenlandse Zaken), received 15 February 2021.');
    expect(html).not.toMatch(/Vraag 1|Voetnoten|Inhoud/);
  });
});

describe('renderBriefingHtml: document titles', () => {
  it('prints the display title of a document without subject in the contents and its heading, as the renderer shows it', () => {
    const doc = makeDocument();
    doc.title = null;
    for (const [locale, title] of [
      ['nl', 'Antwoord van minister Blok (Buitenlandse Zaken), 15 februari 2021'],
      ['en', 'Answer by Minister Blok (Buitenlandse Zaken), 15 February 2021'],
    ] as const) {
      const html = renderBriefingHtml(briefing([], locale, doc));
      expect(html).toContain(`<a href="#doc-1">${title}</a>`);
      expect(html).toContain(`<h2>1. ${title}</h2>`);
      expect(html).not.toMatch(/zonder titel|untitled/);
    }
  });

  it('capitalises a subject that starts in lower case and keeps the marks on it', () => {
    const doc = makeDocument();
    doc.title = 'de Amerikaanse stellingname';
    const mark: Annotation = {
      ...annotate(doc, { type: 'answer', index: 0 }, 'Ja.'),
      target: { part: { type: 'title', index: 0 }, ...describeRange(doc.title, 3, 14) },
    };
    const html = renderBriefingHtml(briefing([mark], 'nl', doc));
    expect(html).toContain('<a href="#doc-1">De Amerikaanse stellingname</a>');
    expect(html).toContain('<h2>1. De <mark class="hl hl-yellow">Amerikaanse</mark> stellingname</h2>');
  });
});
