import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/index.js';
import type { Annotation } from '../model/index.js';
import { annotate, foundingDocument, renderItems, sourcesOf } from './test-briefings.js';

const doc = foundingDocument();
const core = annotate(doc, { type: 'answer', index: 1 }, 'de Chinese staat genocide heeft gepleegd', { id: 'a-core', note: 'Kern van de zaak.', tagIds: ['t-mr', 't-vs'] });
const a1 = doc.answers[1]!.text;
const from = a1.indexOf('genocide heeft gepleegd.');
/** a plain highlight that overlaps `core` and runs over the paragraph break */
const overlapping: Annotation = { ...annotate(doc, { type: 'answer', index: 1 }, 'genocide heeft gepleegd.', { id: 'a-over', color: 'blue' }), target: { part: { type: 'answer', index: 1 }, ...describeRange(a1, from, a1.indexOf('Deze') + 4) } };
const standpunt = annotate(doc, { type: 'question', index: 2 }, 'officiële standpunt', { id: 'a-q3', note: 'Nagaan bij ambassade.', color: 'green' });
const besluit = annotate(doc, { type: 'answer', index: 2 }, 'Nadere besluitvorming', { id: 'a-a3', note: 'Opvolgen.', color: 'pink' });
const all = [core, overlapping, standpunt, besluit];
const documentItem = { type: 'document', id: 'd1', documentId: doc.id };

function article(html: string, id = 'doc-d1') {
  const el = parse(html).querySelector(`article[id="${id}"]`);
  if (el === null) throw new Error(`no article ${id}`);
  return el;
}

const labelsIn = (html: string) => parse(html).querySelectorAll('.part-label').map((p) => p.textContent);

describe('document item', () => {
  const { html } = renderItems([documentItem], {}, sourcesOf([doc], all, { [doc.id]: ['t-mr'] }));
  const art = article(html);

  it('prints the title as h2 at the top level, metadata with themes, and the citation with the publication link', () => {
    expect(art.querySelector('h2')?.textContent).toBe('Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren');
    expect(art.innerHTML).toContain('<dt>Gesteld door</dt><dd>Sjoerdsma (D66) en Van Helvert (CDA)</dd>');
    expect(art.innerHTML).toContain('<dt>Ontvangen</dt><dd>15 februari 2021</dd>');
    expect(art.innerHTML).toContain('<dt>Kenmerken</dt><dd>Zaaknummer 2021Z00843, Aanhangsel ah-tk-20202021-1682</dd>');
    expect(art.innerHTML).toMatch(/<dt>Thema&#39;s<\/dt><dd><span class="tag" style="border-color: #b45309">Mensenrechten<\/span><\/dd>/);
    expect(art.querySelector('.citation')?.textContent).toMatch(/^Citeren als: Aanhangsel Handelingen II 2020\/21, nr\. 1682\. .* https:\/\/zoek\.officielebekendmakingen\.nl\/ah-tk-20202021-1682\.html$/);
  });

  it('prints each question followed by its answer, a combined answer once after its last question', () => {
    expect(labelsIn(html)).toEqual(['Vraag 1', 'Antwoord op vraag 1', 'Vraag 2', 'Antwoord op vraag 2', 'Vraag 3', 'Vraag 4', 'Antwoord op vragen 3 en 4']);
    expect(html.split('Het is nog niet duidelijk').length - 1).toBe(1);
  });

  it('draws overlapping highlights without nesting and letters the notes per document, listed after their block', () => {
    expect(art.innerHTML).toContain('<mark class="hl hl-yellow">de Chinese staat </mark><mark class="hl hl-blue hl-overlap">genocide heeft gepleegd</mark><sup class="note-ref"><a href="#doc-d1-note-a">a</a></sup>');
    expect(art.innerHTML).toContain('<p><mark class="hl hl-blue">Deze</mark> genocide duurt');
    const notes = art.querySelectorAll('.mark-notes li').map((li) => [li.id, li.querySelector('.note-letter')?.textContent, li.querySelector('.quote')?.textContent, li.querySelector('.note-text')?.textContent]);
    expect(notes).toEqual([
      ['doc-d1-note-a', 'a', '“de Chinese staat genocide heeft gepleegd”', 'Kern van de zaak.'],
      ['doc-d1-note-b', 'b', '“officiële standpunt”', 'Nagaan bij ambassade.'],
      ['doc-d1-note-c', 'c', '“Nadere besluitvorming”', 'Opvolgen.'],
    ]);
    const [noteA, q3] = [art.innerHTML.indexOf('id="doc-d1-note-a"'), art.innerHTML.indexOf('>Vraag 3<')];
    expect(noteA).toBeLessThan(q3);
  });

  it('refers to footnotes as briefing endnotes', () => {
    expect(art.querySelectorAll('.fn-ref a').map((a) => a.getAttribute('href'))).toEqual(['#endnote-1', '#endnote-1']);
    expect(parse(html).querySelector('#endnote-1')?.textContent).toContain('NRC.nl');
    expect(art.querySelector('.footnotes')).toBeNull();
  });

  it('is an h3 under a heading', () => {
    const under = renderItems([{ type: 'heading', id: 'h', text: 'Kop' }, documentItem], {}, sourcesOf([doc], all)).html;
    expect(article(under).querySelector('h3')?.textContent).toContain('Vragen over de Amerikaanse');
    expect(article(under).querySelector('h2')).toBeNull();
  });

  it('prints only the annotated question/answer blocks when unannotated answers are left out', () => {
    const only = renderItems([documentItem], { includeUnannotatedAnswers: false }, sourcesOf([doc], [besluit])).html;
    expect(labelsIn(only)).toEqual(['Vraag 3', 'Vraag 4', 'Antwoord op vragen 3 en 4']);
  });

  it('leaves notes, themes and footnotes out when the options say so, keeping the highlights', () => {
    const bare = renderItems([documentItem], { includeNotes: false, includeThemes: false, includeFootnotes: false }, sourcesOf([doc], all, { [doc.id]: ['t-mr'] })).html;
    const a = article(bare);
    expect(a.querySelectorAll('mark').length).toBeGreaterThan(3);
    expect(a.querySelector('.note-ref, .mark-notes, .tag, .fn-ref')).toBeNull();
    expect(bare).not.toMatch(/Kern van de zaak|Mensenrechten|NRC\.nl/);
  });

  it('lists a highlight whose quote vanished under "Niet meer gevonden" with its part', () => {
    const gone = annotate(doc, { type: 'answer', index: 2 }, 'over zal nemen', { id: 'a-gone', note: 'Weg.', tagIds: ['t-vs'] });
    const changed = { ...doc, answers: doc.answers.map((x, i) => (i === 2 ? { ...x, text: x.text.replace('over zal nemen', 'overneemt') } : x)) };
    const a = article(renderItems([documentItem], {}, sourcesOf([changed], [gone])).html);
    const unplaced = a.querySelector('.unplaced');
    expect(unplaced?.querySelector('.analyst-note-label')?.textContent).toBe('Niet meer gevonden');
    expect(unplaced?.textContent).toContain('“over zal nemen”');
    expect(unplaced?.textContent).toContain('Weg.');
    expect(unplaced?.textContent).toContain('Antwoord op vragen 3 en 4');
    expect(a.querySelector('mark')).toBeNull();
  });

  it('capitalises a subject in lower case and keeps the marks on it; prints the display title without one', () => {
    const lower = { ...doc, title: 'de Amerikaanse stellingname' };
    const mark: Annotation = { ...core, id: 'a-t', target: { part: { type: 'title', index: 0 }, ...describeRange(lower.title, 3, 14) }, note: '' , tagIds: [] };
    expect(article(renderItems([documentItem], {}, sourcesOf([lower], [mark])).html).querySelector('h2')?.innerHTML).toBe('De <mark class="hl hl-yellow">Amerikaanse</mark> stellingname');
    const untitled = { ...doc, title: null };
    for (const [locale, title] of [['nl', 'Antwoord van minister Blok (Buitenlandse Zaken), 15 februari 2021'], ['en', 'Answer by Minister Blok (Buitenlandse Zaken), 15 February 2021']] as const) {
      const html = renderItems([documentItem], { locale }, sourcesOf([untitled])).html;
      expect(article(html).querySelector('h2')?.textContent).toBe(title);
      expect(parse(html).querySelector('.toc-text')?.textContent).toBe(title);
    }
  });
});

describe('question with its answer (qa item)', () => {
  const qa = { type: 'qa', id: 'q3', documentId: doc.id, questionNumber: 3 };

  it('prints the question and its answer with their highlights, notes lettered across both', () => {
    const { html } = renderItems([qa], {}, sourcesOf([doc], all));
    const s = parse(html).querySelector('section.qa[id="qa-q3"]');
    expect(s?.querySelector('.question .part-label')?.textContent).toBe('Vraag 3');
    expect(s?.querySelector('.question')?.innerHTML).toContain('<mark class="hl hl-green">officiële standpunt</mark><sup class="note-ref"><a href="#qa-q3-note-a">a</a></sup>');
    expect(s?.querySelector('.answer .part-label')?.textContent).toBe('Antwoord op vragen 3 en 4');
    expect(s?.querySelector('.answer')?.innerHTML).toContain('<mark class="hl hl-pink">Nadere besluitvorming</mark><sup class="note-ref"><a href="#qa-q3-note-b">b</a></sup>');
    expect(s?.querySelectorAll('.mark-notes li').map((li) => li.id)).toEqual(['qa-q3-note-a', 'qa-q3-note-b']);
    expect(s?.querySelector('.source-line .cite-line')?.textContent).toBe('vragen van Sjoerdsma (D66) en Van Helvert (CDA) · antwoord van minister Blok (Buitenlandse Zaken) · 15 februari 2021 · Aanhangsel Handelingen II 2020/21, nr. 1682');
  });

  it('says there is no answer for a question document', () => {
    const questions = { ...doc, kind: 'questions' as const, answers: [] };
    const s = parse(renderItems([qa], {}, sourcesOf([questions])).html).querySelector('section.qa');
    expect(s?.querySelector('.answer')).toBeNull();
    expect(s?.querySelector('.no-answer')?.textContent).toBe('Dit document bevat (nog) geen antwoord op deze vraag.');
  });

  it('prints marks without notes when notes and themes are off', () => {
    const s = parse(renderItems([qa], { includeNotes: false, includeThemes: false }, sourcesOf([doc], all)).html).querySelector('section.qa');
    expect(s?.querySelectorAll('mark')).toHaveLength(2);
    expect(s?.querySelector('.note-ref, .mark-notes')).toBeNull();
  });
});

describe('appendix', () => {
  it('prints each source document in full with its own footnote list, each on a new page', () => {
    const other = { ...foundingDocument(), id: 'kv-tk-2024Z18796', title: 'Tweede zaak', identifiers: { kamervragen: 'kv-tk-2024Z18796' } };
    const qa = (id: string, documentId: string) => ({ type: 'qa', id, documentId, questionNumber: 1 });
    const { html } = renderItems([qa('q1', doc.id), qa('q2', other.id), qa('q3', doc.id)], { appendixDocuments: true, includeUnannotatedAnswers: false, includeFootnotes: false }, sourcesOf([doc, other], [besluit]));
    const docs = parse(html).querySelectorAll('#appendix article.appendix-doc');
    expect(docs.map((d) => [d.id, d.querySelector('h3')?.textContent])).toEqual([
      ['app-ah-tk-20202021-1682', 'Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren'],
      ['app-kv-tk-2024Z18796', 'Tweede zaak'],
    ]);
    // in full: all blocks, whatever includeUnannotatedAnswers says, and the document's own footnotes
    expect(docs[0]?.querySelectorAll('.part-label').map((p) => p.textContent)).toHaveLength(7);
    expect(docs[0]?.querySelector('.footnotes li')?.id).toBe('app-ah-tk-20202021-1682-fn-1');
    expect(docs[0]?.querySelector('.fn-ref a')?.getAttribute('href')).toBe('#app-ah-tk-20202021-1682-fn-1');
    expect(docs[0]?.querySelector('mark')?.textContent).toBe('Nadere besluitvorming');
    expect(parse(html).querySelector('#endnotes')).toBeNull();
  });
});
