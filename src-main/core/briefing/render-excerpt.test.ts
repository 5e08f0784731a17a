import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../model/index.js';
import { HIGHLIGHT_CUES, WORD_UNDERLINES } from './cues.js';
import { annotate, excerptItem, foundingDocument, renderItems, sourcesOf } from './test-briefings.js';

const doc = foundingDocument();
const core = annotate(doc, { type: 'answer', index: 1 }, 'de Chinese staat genocide heeft gepleegd', { id: 'a-core', note: 'Kern van de zaak.\n\nTweede alinea.', tagIds: ['t-mr', 't-vs'] });
const plain = annotate(doc, { type: 'answer', index: 1 }, 'Deze genocide', { id: 'a-plain', color: 'blue' });
const other = annotate(doc, { type: 'answer', index: 1 }, 'Pompeo', { id: 'a-other', color: 'green', note: 'Wie precies?' });
const q1 = annotate(doc, { type: 'question', index: 0 }, 'kennisgenomen', { id: 'a-q1', color: 'orange' });
const q4 = annotate(doc, { type: 'question', index: 3 }, 'gevolgen', { id: 'a-q4', color: 'pink' });
const sources = sourcesOf([doc], [core, plain, other, q1, q4]);

const section = (html: string, id: string) => {
  const el = parse(html).querySelector(`[id="${id}"]`);
  if (el === null) throw new Error(`no #${id}`);
  return el;
};

describe('excerpt: the quotation', () => {
  const { html } = renderItems([excerptItem('e1', core)], {}, sources);
  const excerpt = section(html, 'ex-e1');

  it('sets the sentence around the quote as a blockquote citing the publication, the quote marked in its colour', () => {
    const quote = excerpt.querySelector('figure > blockquote');
    expect(quote?.getAttribute('cite')).toBe('https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1682.html');
    expect(quote?.innerHTML.trim()).toBe(
      '<p>Op 19 januari 2021 heeft toenmalig Secretary of State Pompeo in een verklaring gesteld dat <mark class="hl hl-yellow">de Chinese staat genocide heeft gepleegd</mark>.</p>',
    );
  });

  it('cites part, askers, answerer, date and the reference linked to the official publication', () => {
    const caption = excerpt.querySelector('figcaption');
    expect(caption?.querySelector('.cite-title')?.textContent).toBe('Vragen over de Amerikaanse stellingname dat China genocide pleegt op Oeigoeren');
    expect(caption?.querySelector('.cite-line')?.innerHTML).toBe(
      '<span class="cite-part">Antwoord op vraag 2</span> · vragen van Sjoerdsma (D66) en Van Helvert (CDA) · antwoord van minister Blok (Buitenlandse Zaken) · 15 februari 2021 · ' +
        '<a class="reference" href="https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1682.html">Aanhangsel Handelingen II 2020/21, nr. 1682</a>',
    );
  });

  it('sets the note apart in a labelled box, with the themes as small labels', () => {
    const note = excerpt.querySelector('aside.analyst-note');
    expect(note?.querySelector('.analyst-note-label')?.textContent).toBe('Aantekening');
    expect(note?.querySelectorAll('.note-text').map((p) => p.textContent)).toEqual(['Kern van de zaak.', 'Tweede alinea.']);
    expect(note?.querySelectorAll('.tag').map((t) => t.textContent)).toEqual(['Mensenrechten', 'Verenigde Staten']);
    expect(html).toMatch(/\.analyst-note \{[^}]*border: /);
  });

  it('prints only the quote, no note box and no themes when those options are off', () => {
    const off = renderItems([excerptItem('e1', core)], { showContext: false, includeNotes: false, includeThemes: false }, sources).html;
    const ex = section(off, 'ex-e1');
    expect(ex.querySelector('blockquote')?.innerHTML.trim()).toBe('<p><mark class="hl hl-yellow">de Chinese staat genocide heeft gepleegd</mark></p>');
    expect(ex.querySelector('.analyst-note, .themes, .tag')).toBeNull();
  });

  it('prints the themes line without a box when there is no note', () => {
    const tagged = annotate(doc, { type: 'answer', index: 2 }, 'Nadere besluitvorming', { id: 'a-t', tagIds: ['t-vs'] });
    const ex = section(renderItems([excerptItem('e', tagged)], {}, sourcesOf([doc], [tagged])).html, 'ex-e');
    expect(ex.querySelector('.analyst-note')).toBeNull();
    expect(ex.querySelector('.themes')?.textContent).toBe("Thema's: Verenigde Staten");
  });

  it('prints the whole part with every highlight when the full answer is asked for; only the other notes are lettered', () => {
    const full = section(renderItems([excerptItem('e1', core)], { includeFullAnswer: true }, sources).html, 'ex-e1');
    const quote = full.querySelector('blockquote');
    expect(quote?.querySelectorAll('p')).toHaveLength(2);
    expect(quote?.querySelectorAll('mark').map((m) => [m.classList.value.join(' '), m.textContent])).toEqual([
      ['hl hl-green', 'Pompeo'],
      ['hl hl-yellow', 'de Chinese staat genocide heeft gepleegd'],
      ['hl hl-blue', 'Deze genocide'],
    ]);
    expect(quote?.querySelectorAll('.note-ref').map((r) => r.innerHTML)).toEqual(['<a href="#ex-e1-note-a">a</a>']);
    expect(full.querySelector('[id="ex-e1-note-a"]')?.textContent).toContain('Wie precies?');
    expect(full.querySelector('.analyst-note:not(.mark-notes) .note-text')?.textContent).toBe('Kern van de zaak.');
  });

  it('finds its own highlight in the full part by annotation id, not by text and colour', () => {
    // two highlights of the same word in the same colour: the excerpt quotes the second
    const first = annotate(doc, { type: 'answer', index: 1 }, 'genocide', { id: 'a-first', color: 'green', note: 'Eerste.' });
    const second = annotate(doc, { type: 'answer', index: 1 }, 'genocide', { id: 'a-second', color: 'green', note: 'Tweede.', occurrence: 1 });
    const full = section(renderItems([excerptItem('e1', second)], { includeFullAnswer: true }, sourcesOf([doc], [first, second])).html, 'ex-e1');
    expect(full.querySelectorAll('blockquote p').map((p) => p.querySelectorAll('.note-ref').length)).toEqual([1, 0]);
    expect(full.querySelector('[id="ex-e1-note-a"]')?.textContent).toContain('Eerste.');
    expect(full.querySelector('.analyst-note:not(.mark-notes) .note-text')?.textContent).toBe('Tweede.');
  });

  it('says so when the quote is no longer in the text, and prints it as stored', () => {
    const changed = { ...doc, answers: doc.answers.map((a, i) => (i === 1 ? { ...a, text: 'Herschreven.' } : a)) };
    const ex = section(renderItems([excerptItem('e1', core)], {}, sourcesOf([changed], [core])).html, 'ex-e1');
    expect(ex.querySelector('blockquote mark')?.textContent).toBe('de Chinese staat genocide heeft gepleegd');
    expect(ex.querySelector('.quote-not-found')?.textContent).toMatch(/^Dit citaat staat niet meer in de huidige tekst/);
  });

  it('prints the bare reference when there is no official publication, and no cite attribute', () => {
    const noUrl = { ...doc, identifiers: { zaak: '2021Z00843' } };
    const a = { ...core };
    const ex = section(renderItems([excerptItem('e1', a)], {}, sourcesOf([noUrl], [a])).html, 'ex-e1');
    expect(ex.querySelector('blockquote')?.hasAttribute('cite')).toBe(false);
    expect(ex.querySelector('.cite-line')?.textContent.endsWith(' · Zaaknummer 2021Z00843')).toBe(true);
    expect(ex.querySelector('.cite-line a')).toBeNull();
  });
});

describe('endnotes', () => {
  const items = [excerptItem('e1', q1), { type: 'qa', id: 'qa4', documentId: doc.id, questionNumber: 4 }, excerptItem('e2', q4), { type: 'document', id: 'd', documentId: doc.id }];

  it('numbers the sources’ footnotes through the briefing and prints a footnote used again only once', () => {
    const second = { ...foundingDocument(), id: 'ah-tk-20202021-9999', identifiers: { aanhangsel: 'ah-tk-20202021-9999' }, footnotes: [{ number: 1, text: 'Een andere bron', url: null }] };
    const q1b = { ...q1, id: 'a-q1b', documentId: second.id };
    const { html } = renderItems([...items, excerptItem('e3', q1b)], {}, sourcesOf([doc, second], [q1, q4, q1b]));
    const root = parse(html);
    expect(root.querySelectorAll('.fn-ref a').map((a) => a.getAttribute('href'))).toEqual(['#endnote-1', '#endnote-1', '#endnote-1', '#endnote-1', '#endnote-1', '#endnote-2']);
    const notes = root.querySelectorAll('#endnotes li');
    expect(notes.map((li) => [li.id, li.getAttribute('value'), li.textContent.slice(0, 16)])).toEqual([
      ['endnote-1', '1', 'NRC.nl, 19 janua'],
      ['endnote-2', '2', 'Een andere bron'],
    ]);
    expect(notes[0]?.querySelector('a.url')?.getAttribute('href')).toBe(doc.footnotes[0]!.url);
    expect(root.querySelector('#endnotes h2')?.textContent).toBe('Noten');
  });

  it('prints no references and no endnotes section when footnotes are off', () => {
    const { html, tocAnchors } = renderItems(items, { includeFootnotes: false }, sources);
    expect(parse(html).querySelector('.fn-ref, #endnotes')).toBeNull();
    expect(tocAnchors).toEqual(['doc-d']);
  });

  it('shows an unsafe footnote URL as text, never as a link', () => {
    const bad = { ...doc, footnotes: [{ number: 1, text: 'Bron', url: 'javascript:alert(1)' }] };
    const { html } = renderItems([excerptItem('e1', q1)], {}, sourcesOf([bad], [q1]));
    expect(html).not.toContain('href="javascript:');
    expect(parse(html).querySelector('#endnote-1')?.innerHTML).toBe('Bron <span class="url">javascript:alert(1)</span>');
  });
});

describe('highlight cues for black-and-white print', () => {
  it('gives every colour its own underline style, in CSS and for Word', () => {
    const styles = HIGHLIGHT_COLORS.map((c) => HIGHLIGHT_CUES[c].underline);
    expect(new Set(styles).size).toBe(HIGHLIGHT_COLORS.length);
    expect(new Set(styles.map((s) => WORD_UNDERLINES[s])).size).toBe(HIGHLIGHT_COLORS.length);
    const { html } = renderItems([], {}, sources);
    for (const c of HIGHLIGHT_COLORS) {
      expect(html).toContain(`mark.hl-${c} { background: ${HIGHLIGHT_CUES[c].tint}; text-decoration-style: ${HIGHLIGHT_CUES[c].underline}; }`);
    }
    expect(html).toMatch(/mark\.hl \{[^}]*text-decoration-line: underline;/);
  });

  it('explains the cues once, for the colours the briefing prints', () => {
    const { html } = renderItems([excerptItem('e1', core), excerptItem('e2', q4), { type: 'heading', id: 'h', text: 'Kop' }], {}, sources);
    const legends = parse(html).querySelectorAll('.legend');
    expect(legends).toHaveLength(1);
    expect(legends[0]?.querySelectorAll('li').map((li) => li.textContent)).toEqual(['geel: doorgetrokken lijn', 'roze: streepjeslijn']);
    const en = renderItems([excerptItem('e1', q1)], { locale: 'en' }, sources).html;
    expect(parse(en).querySelectorAll('.legend li').map((li) => li.textContent)).toEqual(['orange: wavy line']);
  });

  it('has no legend when nothing is highlighted', () => {
    const { html } = renderItems([{ type: 'text', id: 't', text: 'Alleen tekst.' }], {}, sources);
    expect(parse(html).querySelector('.legend')).toBeNull();
  });
});
