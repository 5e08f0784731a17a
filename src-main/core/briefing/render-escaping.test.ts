import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { QaDocument, Tag } from '../model/index.js';
import { renderBriefingHtml } from './render.js';
import { resolveBriefing } from './resolve.js';
import { annotate, briefingOf, excerptItem, foundingDocument, sourcesOf } from './test-briefings.js';

const X = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;

/** A document with hostile text in every field a briefing prints. */
function hostileDocument(): QaDocument {
  const d = foundingDocument();
  return {
    ...d,
    id: `doc ${X}`,
    title: `Titel ${X}`,
    askedBy: [{ name: `Lid ${X}`, party: `Partij ${X}` }],
    addressedTo: [`minister ${X}`],
    answeredBy: [{ name: `Naam ${X}`, role: 'minister', portfolio: `Portefeuille ${X}` }],
    identifiers: { zaak: `2021Z${X}`, [`schema ${X}`]: `waarde ${X}` },
    questions: [{ number: 1, text: `Vraag ${X} einde.`, footnoteRefs: [1] }],
    answers: [{ questionNumbers: [1], text: `Eerste zin ${X} hier. Tweede ${X}.`, footnoteRefs: [1] }],
    footnotes: [{ number: 1, text: `Noot ${X}`, url: 'javascript:alert(3)' }],
  };
}

describe('renderBriefingHtml: hostile text in every field', () => {
  const doc = hostileDocument();
  const tag: Tag = { id: 't-x', name: `Thema ${X}`, color: 'red;background:url(x)', parentId: null, description: '' };
  const a = annotate(doc, { type: 'answer', index: 0 }, `zin ${X} hier`, { id: `a ${X}`, note: `Noot ${X} </style>`, tagIds: ['t-x'] });
  const b = briefingOf(
    [
      { type: 'heading', id: `h ${X}`, text: `Kop ${X}` },
      { type: 'text', id: `t ${X}`, text: `Tekst ${X} **vet ${X}** [link](javascript:alert(4))` },
      excerptItem(`e ${X}`, a),
      { type: 'qa', id: `q ${X}`, documentId: doc.id, questionNumber: 1 },
      { type: 'document', id: `d ${X}`, documentId: doc.id },
    ],
    { includeFullAnswer: true, appendixDocuments: true },
    { title: `Briefing ${X}`, subtitle: `Sub ${X}`, author: `Auteur ${X}`, classification: `Intern ${X}`, intro: `Intro ${X}` },
  );
  const content = resolveBriefing(b, sourcesOf([doc], [a], { [doc.id]: ['t-x'] }, [tag]), { exportDate: '2024-04-01' });
  const firstPass = renderBriefingHtml(content);
  const pageNumbers = new Map(firstPass.tocAnchors.map((anchor, i) => [anchor, i + 2]));
  const { html, tocAnchors } = renderBriefingHtml(content, { fontCss: `@font-face {} </style>${X}`, pageNumbers });

  it('never lets a tag, attribute, event handler, script URL or style break out', () => {
    expect(content.items).toHaveLength(5);
    expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son[a-z]+=|href="javascript:|cite="javascript:/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('url(x)');
    const root = parse(html);
    // the only elements are the ones the renderer writes
    const tags = new Set(root.querySelectorAll('*').map((e) => e.tagName.toLowerCase()));
    for (const t of tags) expect(['html', 'head', 'meta', 'title', 'style', 'body', 'section', 'p', 'span', 'h1', 'h2', 'h3', 'nav', 'ol', 'ul', 'li', 'a', 'main', 'aside', 'div', 'strong', 'em', 'figure', 'blockquote', 'mark', 'figcaption', 'sup', 'article', 'dl', 'dt', 'dd', 'br']).toContain(t);
  });

  it('shows the hostile text as text wherever it is printed', () => {
    const text = parse(html).querySelector('body')?.textContent ?? '';
    for (const field of ['Briefing', 'Sub', 'Auteur', 'Intern', 'Intro', 'Kop', 'Tekst', 'vet', 'Titel', 'Lid', 'Partij', 'Naam', 'Portefeuille', 'Vraag', 'Noot', 'Thema', 'waarde']) {
      expect(text).toContain(`${field} ${X}`);
    }
    expect(text).toContain('[link](javascript:alert(4))');
    expect(html).toContain('<span class="url">javascript:alert(3)</span>');
  });

  it('encodes item and document ids into safe anchors that the contents link to', () => {
    expect(tocAnchors.length).toBeGreaterThan(0);
    for (const anchor of tocAnchors) expect(anchor).toMatch(/^[A-Za-z0-9_-]+$/);
    const root = parse(html);
    for (const id of root.querySelectorAll('[id]').map((e) => e.id)) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const href of root.querySelectorAll('a[href^="#"]').map((e) => e.getAttribute('href')?.slice(1))) {
      expect(root.querySelectorAll(`[id="${href ?? ''}"]`)).toHaveLength(1);
    }
  });
});

describe('renderBriefingHtml: links only to safe URLs, whatever the content says', () => {
  it('does not link a source URL that is not http(s), in the caption, the cite attribute or a document citation', () => {
    const doc = foundingDocument();
    const a = annotate(doc, { type: 'answer', index: 0 }, 'Ja.', { id: 'a1' });
    const content = resolveBriefing(briefingOf([excerptItem('e', a), { type: 'document', id: 'd', documentId: doc.id }]), sourcesOf([doc], [a]), { exportDate: '2024-04-01' });
    const tampered = {
      ...content,
      items: content.items.map((i) => (i.kind === 'excerpt' || i.kind === 'document' ? { ...i, source: { ...i.source, url: 'javascript:alert(1)' } } : i)),
    };
    const { html } = renderBriefingHtml(tampered);
    expect(html).not.toContain('javascript:');
    expect(parse(html).querySelector('.cite-line')?.textContent.endsWith('Aanhangsel Handelingen II 2020/21, nr. 1682')).toBe(true);
  });
});
