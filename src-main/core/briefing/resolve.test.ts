import { describe, expect, it } from 'vitest';
import type { BriefingOptions } from '../model/index.js';
import type { ContentItem } from './content.js';
import { resolveBriefing } from './resolve.js';
import { annotate, briefingOf, excerptItem, foundingDocument, sourcesOf, TAGS } from './test-briefings.js';

const doc = foundingDocument();
const core = annotate(doc, { type: 'answer', index: 1 }, 'de Chinese staat genocide heeft gepleegd', { id: 'a-core', note: '  Kern van de zaak.  ', tagIds: ['t-mr', 't-gone'] });
const plainMark = annotate(doc, { type: 'answer', index: 1 }, 'Deze genocide', { id: 'a-plain', color: 'blue' });
const standpunt = annotate(doc, { type: 'question', index: 2 }, 'officiële standpunt', { id: 'a-q3', note: 'Nagaan.', color: 'green', tagIds: ['t-vs'] });
const besluit = annotate(doc, { type: 'answer', index: 2 }, 'Nadere besluitvorming', { id: 'a-a3', note: 'Opvolgen.', color: 'pink' });
const sources = sourcesOf([doc], [core, plainMark, standpunt, besluit], { [doc.id]: ['t-mr'] });

function resolveOne(item: unknown, options: Partial<BriefingOptions> = {}): ContentItem {
  const content = resolveBriefing(briefingOf([item], options), sources, { exportDate: '2024-04-01' });
  expect(content.omitted).toEqual([]);
  const [only] = content.items;
  if (only === undefined) throw new Error('nothing resolved');
  return only;
}

function excerpt(options: Partial<BriefingOptions> = {}, annotation = core): Extract<ContentItem, { kind: 'excerpt' }> {
  const item = resolveOne(excerptItem('e1', annotation), options);
  if (item.kind !== 'excerpt') throw new Error(item.kind);
  return item;
}

describe('resolveBriefing: the briefing fields', () => {
  it('copies title page fields, parses the intro, uses the briefing date or else the export date', () => {
    const b = briefingOf([], { locale: 'en' }, { intro: 'Het **kabinet**.' });
    const content = resolveBriefing(b, sources, { exportDate: '2024-04-01' });
    expect(content).toMatchObject({ title: 'Oeigoeren & China', subtitle: 'Kamervragen 2021', author: 'Beleidsanalist', classification: 'Intern', date: '2024-03-05', locale: 'en', items: [], omitted: [], appendix: [], tags: TAGS });
    expect(content.intro).toEqual([{ type: 'paragraph', runs: [{ text: 'Het ', bold: false, italic: false }, { text: 'kabinet', bold: true, italic: false }, { text: '.', bold: false, italic: false }] }]);
    expect(resolveBriefing(briefingOf([], {}, { date: null }), sources, { exportDate: '2024-04-01' }).date).toBe('2024-04-01');
  });
});

describe('resolveBriefing: heading and text items', () => {
  it('gives a heading an id-safe anchor and keeps its level', () => {
    expect(resolveOne({ type: 'heading', id: 'h 1/"x"', text: 'Standpunt', level: 2 })).toEqual({ kind: 'heading', itemId: 'h 1/"x"', anchor: 'sec-h_20_1_2f__22_x_22_', level: 2, text: 'Standpunt' });
  });

  it('parses a text item as the Markdown subset', () => {
    expect(resolveOne({ type: 'text', id: 't1', text: '- een\n- *twee*' })).toEqual({
      kind: 'text',
      itemId: 't1',
      blocks: [{ type: 'list', ordered: false, items: [[{ text: 'een', bold: false, italic: false }], [{ text: 'twee', bold: false, italic: true }]] }],
    });
  });
});

describe('resolveBriefing: excerpts', () => {
  it('resolves with the defaults: source, part label, colour, quote, context, trimmed note, existing themes, no full part', () => {
    const e = excerpt();
    expect(e).toMatchObject({
      kind: 'excerpt',
      itemId: 'e1',
      anchor: 'ex-e1',
      partLabel: 'Antwoord op vraag 2',
      annotationId: 'a-core',
      color: 'yellow',
      quote: 'de Chinese staat genocide heeft gepleegd',
      placed: true,
      context: { before: 'Op 19 januari 2021 heeft toenmalig Secretary of State Pompeo in een verklaring gesteld dat ', after: '.' },
      fullPart: null,
      note: 'Kern van de zaak.',
      themes: ['Mensenrechten'],
      footnotes: [],
    });
    expect(e.source).toMatchObject({ documentId: doc.id, reference: 'Aanhangsel Handelingen II 2020/21, nr. 1682', url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1682.html' });
  });

  it('leaves out context, note and themes when the options say so', () => {
    const e = excerpt({ showContext: false, includeNotes: false, includeThemes: false });
    expect([e.context, e.note, e.themes]).toEqual([null, '', []]);
    expect(e.quote).toBe('de Chinese staat genocide heeft gepleegd');
  });

  it('adds the full part with every highlight on it when the full answer is printed', () => {
    const e = excerpt({ includeFullAnswer: true });
    expect(e.fullPart?.label).toBe('Antwoord op vraag 2');
    expect(e.fullPart?.text.text).toBe(doc.answers[1]!.text);
    expect(e.fullPart?.text.marks.map((m) => [m.annotationId, doc.answers[1]!.text.slice(m.start, m.end), m.color, m.note, m.themes])).toEqual([
      ['a-core', 'de Chinese staat genocide heeft gepleegd', 'yellow', 'Kern van de zaak.', ['Mensenrechten']],
      ['a-plain', 'Deze genocide', 'blue', '', []],
    ]);
    const bare = excerpt({ includeFullAnswer: true, includeNotes: false, includeThemes: false });
    expect(bare.fullPart?.text.marks.map((m) => [m.note, m.themes])).toEqual([['', []], ['', []]]);
  });

  it('adds the footnotes of the quoted part when footnotes are printed, and none otherwise', () => {
    const q1 = annotate(doc, { type: 'question', index: 0 }, 'kennisgenomen', { id: 'a-q1' });
    const withQ1 = sourcesOf([doc], [q1]);
    const resolved = (includeFootnotes: boolean) => resolveBriefing(briefingOf([excerptItem('e', q1)], { includeFootnotes }), withQ1, { exportDate: '2024-04-01' }).items[0];
    expect(resolved(true)).toMatchObject({ partLabel: 'Vraag 1', footnotes: [{ number: 1, text: doc.footnotes[0]!.text, url: doc.footnotes[0]!.url }] });
    expect(resolved(false)).toMatchObject({ footnotes: [] });
  });

  it('places a quote that moved, and prints a vanished quote as stored, unplaced and without context', () => {
    const moved = { ...doc, answers: doc.answers.map((a, i) => (i === 1 ? { ...a, text: `Inleiding. ${a.text}` } : a)) };
    const gone = { ...doc, answers: doc.answers.map((a, i) => (i === 1 ? { ...a, text: 'Geheel herschreven.' } : a)) };
    const resolveIn = (d: typeof doc) => resolveBriefing(briefingOf([excerptItem('e', core)], { includeFullAnswer: true }), sourcesOf([d], [core]), { exportDate: '2024-04-01' }).items[0];
    expect(resolveIn(moved)).toMatchObject({ placed: true, quote: 'de Chinese staat genocide heeft gepleegd', context: { after: '.' } });
    expect(resolveIn(gone)).toMatchObject({ placed: false, quote: 'de Chinese staat genocide heeft gepleegd', context: null, fullPart: null });
  });

  it('finds the annotation of an item saved before issue 9 (no document id) in any document', () => {
    const old = { type: 'annotation', id: 'old-1', annotationId: 'a-q3' };
    expect(resolveOne(old)).toMatchObject({ kind: 'excerpt', quote: 'officiële standpunt', partLabel: 'Vraag 3', color: 'green' });
  });
});

describe('resolveBriefing: questions with their answer', () => {
  it('prints the question by number with the answer covering it and their highlights as marks', () => {
    const qa = resolveOne({ type: 'qa', id: 'q', documentId: doc.id, questionNumber: 3 });
    if (qa.kind !== 'qa') throw new Error(qa.kind);
    expect(qa.anchor).toBe('qa-q');
    expect(qa.question).toMatchObject({ label: 'Vraag 3', text: { text: doc.questions[2]!.text, marks: [{ annotationId: 'a-q3', note: 'Nagaan.', themes: ['Verenigde Staten'], color: 'green' }] }, footnotes: [] });
    expect(qa.answer).toMatchObject({ label: 'Antwoord op vragen 3 en 4', text: { marks: [{ annotationId: 'a-a3', note: 'Opvolgen.' }] } });
  });

  it('gives the footnotes of question and answer, and no answer for a question document', () => {
    const qa = resolveOne({ type: 'qa', id: 'q', documentId: doc.id, questionNumber: 4 });
    expect(qa).toMatchObject({ question: { footnotes: [{ number: 1 }] }, answer: { footnotes: [] } });
    const questions = { ...doc, id: 'kv-tk-2021Z00843', kind: 'questions' as const, answers: [] };
    const content = resolveBriefing(briefingOf([{ type: 'qa', id: 'q', documentId: questions.id, questionNumber: 2 }]), sourcesOf([questions]), { exportDate: '2024-04-01' });
    expect(content.items[0]).toMatchObject({ kind: 'qa', answer: null, question: { label: 'Vraag 2' } });
  });

  it('leaves notes and themes off the marks when the options say so', () => {
    const qa = resolveOne({ type: 'qa', id: 'q', documentId: doc.id, questionNumber: 3 }, { includeNotes: false, includeThemes: false });
    expect(qa).toMatchObject({ question: { text: { marks: [{ note: '', themes: [] }] } } });
  });
});

describe('resolveBriefing: documents and the appendix', () => {
  it('gives a document item its annotations and document themes', () => {
    expect(resolveOne({ type: 'document', id: 'd', documentId: doc.id })).toMatchObject({ kind: 'document', anchor: 'doc-d', document: doc, documentTagIds: ['t-mr'], annotations: [core, plainMark, standpunt, besluit] });
  });

  it('adds each source document once, in order of first use, only when the appendix is asked for', () => {
    const other = { ...foundingDocument(), id: 'kv-tk-2024Z18796', kind: 'questions' as const, answers: [] };
    const items = [
      { type: 'heading', id: 'h', text: 'Kop' },
      { type: 'qa', id: 'q', documentId: other.id, questionNumber: 1 },
      excerptItem('e', core),
      { type: 'document', id: 'd', documentId: doc.id },
      { type: 'document', id: 'gone', documentId: 'deleted-doc' },
    ];
    const withAppendix = resolveBriefing(briefingOf(items, { appendixDocuments: true }), sourcesOf([doc, other], [core]), { exportDate: '2024-04-01' });
    expect(withAppendix.appendix.map((a) => [a.anchor, a.document.id, a.annotations.length])).toEqual([
      ['app-kv-tk-2024Z18796', other.id, 0],
      ['app-ah-tk-20202021-1682', doc.id, 1],
    ]);
    expect(resolveBriefing(briefingOf(items), sourcesOf([doc, other], [core]), { exportDate: '2024-04-01' }).appendix).toEqual([]);
  });
});

describe('resolveBriefing: sources that are gone', () => {
  it('omits every kind of missing source with its reason and what it was, and keeps the other items in order', () => {
    const items = [
      { type: 'heading', id: 'h', text: 'Kop' },
      { type: 'annotation', id: 'e-gone', annotationId: 'a-deleted', documentId: doc.id, part: null, quote: 'Een heel lang citaat dat is verwijderd uit het archief en dat daarom in het rapport wordt ingekort tot een leesbare lengte' },
      { type: 'annotation', id: 'e-doc', annotationId: 'a-core', documentId: 'deleted-doc', part: null, quote: 'citaat' },
      { type: 'annotation', id: 'e-old', annotationId: 'a-nowhere' },
      { type: 'qa', id: 'q-gone', documentId: doc.id, questionNumber: 9 },
      { type: 'qa', id: 'q-doc', documentId: 'deleted-doc', questionNumber: 1 },
      { type: 'document', id: 'd-gone', documentId: 'deleted-doc' },
      excerptItem('e-ok', core),
    ];
    const content = resolveBriefing(briefingOf(items), sources, { exportDate: '2024-04-01' });
    expect(content.items.map((i) => i.itemId)).toEqual(['h', 'e-ok']);
    expect(content.omitted).toEqual([
      { itemId: 'e-gone', type: 'annotation', reason: 'annotation-deleted', label: '“Een heel lang citaat dat is verwijderd uit het archief en dat daarom in het…”' },
      { itemId: 'e-doc', type: 'annotation', reason: 'document-deleted', label: '“citaat”' },
      { itemId: 'e-old', type: 'annotation', reason: 'annotation-deleted', label: 'a-nowhere' },
      { itemId: 'q-gone', type: 'qa', reason: 'question-missing', label: 'vraag 9 van ah-tk-20202021-1682' },
      { itemId: 'q-doc', type: 'qa', reason: 'document-deleted', label: 'vraag 1 van deleted-doc' },
      { itemId: 'd-gone', type: 'document', reason: 'document-deleted', label: 'deleted-doc' },
    ]);
  });

  it('omits an annotation found in a document that no longer exists (old item without document id)', () => {
    const orphan = sourcesOf([], [core]);
    const content = resolveBriefing(briefingOf([{ type: 'annotation', id: 'old', annotationId: 'a-core', quote: 'x' }], { locale: 'en' }), orphan, { exportDate: '2024-04-01' });
    expect(content.omitted).toEqual([{ itemId: 'old', type: 'annotation', reason: 'document-deleted', label: '“x”' }]);
  });

  it('names a missing question in English for an English briefing', () => {
    const content = resolveBriefing(briefingOf([{ type: 'qa', id: 'q', documentId: 'x', questionNumber: 3 }], { locale: 'en' }), sources, { exportDate: '2024-04-01' });
    expect(content.omitted[0]?.label).toBe('question 3 of x');
  });
});
