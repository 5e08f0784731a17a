import { describe, expect, it } from 'vitest';
import type { BriefingItem } from '../core/model/index.js';
import { useTempArchives } from './test-archives.js';
import { failure } from './test-errors.js';
import { openBriefingArchive } from './test-briefing-archive.js';

const temp = useTempArchives('vraagbaak-briefing-collect-');

/** "# Heading" / "annotation:<quote>" / "qa:<number>" / "document" / "text", for compact expectations. */
function outline(items: readonly BriefingItem[]): string[] {
  return items.map((i) => {
    switch (i.type) {
      case 'heading':
        return `${'#'.repeat(i.level)} ${i.text}`;
      case 'annotation':
        return `annotation:${i.quote}`;
      case 'qa':
        return `qa:${String(i.questionNumber)}`;
      default:
        return i.type;
    }
  });
}

describe('briefings.addItems', () => {
  it('adds excerpts, Q&A pairs, search hits, documents, headings and text; refuses what the briefing holds', async () => {
    const { v, docs, excerpts } = await openBriefingArchive(temp);
    const b = await v.briefings.create({ title: 'VN', locale: 'nl' });
    const boswijk = docs.boswijk.id;
    const first = await v.briefings.addItems({
      briefingId: b.id,
      items: [
        { type: 'heading', text: 'Secretaris-Generaal', level: 1 },
        { type: 'annotation', documentId: boswijk, annotationId: excerpts.vn2013.id },
        { type: 'part', documentId: boswijk, part: { type: 'answer', index: 3 } }, // the answer to questions 4 and 5
        { type: 'part', documentId: boswijk, part: { type: 'question', index: 1 } },
        { type: 'part', documentId: docs.elAbassi.id, part: { type: 'title', index: 0 } },
        { type: 'text', text: 'De VN-top *blijft* omstreden.' },
      ],
    });
    expect(first.duplicates).toBe(0);
    expect(first.addedItemIds).toHaveLength(6);
    expect(first.briefing.items.map((i) => i.id)).toEqual(first.addedItemIds);
    expect(outline(first.briefing.items)).toEqual([
      '# Secretaris-Generaal',
      'annotation:In 2013 heeft de toenmalige Secretaris-Generaal',
      'qa:4',
      'qa:2',
      'document',
      'text',
    ]);
    expect(first.briefing.items[1]).toMatchObject({ documentId: boswijk, part: { type: 'answer', index: 3 } });
    expect(first.briefing.updatedAt >= b.updatedAt).toBe(true);

    const again = await v.briefings.addItems({
      briefingId: b.id,
      items: [
        { type: 'annotation', documentId: boswijk, annotationId: excerpts.vn2013.id }, // same excerpt
        { type: 'qa', documentId: boswijk, questionNumber: 4 }, // same pair
        { type: 'part', documentId: boswijk, part: { type: 'question', index: 3 } }, // question 4 again, as a hit
        { type: 'document', documentId: docs.elAbassi.id }, // same document
        { type: 'qa', documentId: boswijk, questionNumber: 5 }, // new
      ],
    });
    expect(again.duplicates).toBe(4);
    expect(outline(again.briefing.items).slice(6)).toEqual(['qa:5']);
    expect((await v.briefings.get(b.id)).briefing.items).toHaveLength(7);
  });

  it('adds to a new briefing when given a title', async () => {
    const { v, docs, excerpts } = await openBriefingArchive(temp);
    const result = await v.briefings.addItems({ newTitle: 'Nieuw', items: [{ type: 'annotation', documentId: docs.elAbassi.id, annotationId: excerpts.avg.id }] });
    expect(result.briefing.title).toBe('Nieuw');
    expect(v.archive.workspace.briefings.map((b) => b.id)).toEqual([result.briefing.id]);
    expect(outline(result.briefing.items)).toEqual(['annotation:Op grond van artikel 15']);
  });

  it('names an unknown document, annotation or question, and saves nothing of the request', async () => {
    const { v, docs } = await openBriefingArchive(temp);
    const b = await v.briefings.create({ title: 'Leeg', locale: 'nl' });
    const add = (items: Parameters<typeof v.briefings.addItems>[0]['items']) => failure(v.briefings.addItems({ briefingId: b.id, items }));
    expect(await add([{ type: 'heading', text: 'Kop', level: 1 }, { type: 'document', documentId: 'ah-tk-1900-1' }])).toMatchObject({
      code: 'not-found',
      reason: 'document-missing',
      documentId: 'ah-tk-1900-1',
    });
    expect(await add([{ type: 'annotation', documentId: docs.boswijk.id, annotationId: 'weg' }])).toMatchObject({ code: 'not-found', reason: 'annotation-missing', annotationId: 'weg' });
    expect(await add([{ type: 'qa', documentId: docs.vanNispen.id, questionNumber: 7 }])).toMatchObject({ code: 'not-found', reason: 'question-missing', questionNumber: 7 });
    expect(await add([{ type: 'part', documentId: docs.vanNispen.id, part: { type: 'footnote', index: 9 } }])).toMatchObject({ reason: 'part-missing' });
    expect((await v.briefings.get(b.id)).briefing.items).toEqual([]);
    expect(await failure(v.briefings.addItems({ briefingId: 'nope', items: [{ type: 'text', text: 'x' }] }))).toMatchObject({ code: 'not-found', reason: 'briefing-missing' });
  });
});

describe('briefings.addTheme', () => {
  it('adds a theme heading, a heading per sub-theme and the excerpts in date order; a second time adds nothing', async () => {
    const { v, tags } = await openBriefingArchive(temp);
    const b = await v.briefings.create({ title: 'Buitenland', locale: 'nl' });
    await v.briefings.addItems({ briefingId: b.id, items: [{ type: 'text', text: 'Inleiding.' }] });
    const result = await v.briefings.addTheme({ briefingId: b.id, tagId: tags.buitenland.id, groupBy: 'subtheme' });
    expect(result.duplicates).toBe(0);
    expect(outline(result.briefing.items)).toEqual([
      'text',
      '# Buitenland',
      'annotation:De jaarlijkse top',
      '## Rusland',
      'annotation:Ontegenzeggelijk heeft president Poetin',
      '## Verenigde Naties',
      'annotation:In 2013 heeft de toenmalige Secretaris-Generaal',
    ]);
    expect(result.addedItemIds).toEqual(result.briefing.items.slice(1).map((i) => i.id));
    const again = await v.briefings.addTheme({ briefingId: b.id, tagId: tags.buitenland.id, groupBy: 'subtheme' });
    expect(again).toMatchObject({ addedItemIds: [], duplicates: 3 });
    expect(again.briefing.items).toHaveLength(7);
  });

  it('groups per document or per date (in the briefing language), across documents of the whole archive', async () => {
    const { v, tags, docs } = await openBriefingArchive(temp);
    const byDocument = await v.briefings.addTheme({ newTitle: 'Rechtsstaat', tagId: tags.rechtsstaat.id, groupBy: 'document' });
    expect(outline(byDocument.briefing.items)).toEqual([
      '# Rechtsstaat',
      '## De omgang met het parlement en de problemen in het gevangeniswezen', // 14 November, first
      'annotation:Vanzelfsprekend neem ik uw Kamer serieus',
      '## Het bericht «Overheid gebruikte nationaliteit bij misdaadbestrijding en verzweeg dat»',
      'annotation:Op grond van artikel 15',
    ]);
    expect(byDocument.briefing.items[2]).toMatchObject({ documentId: docs.vanNispen.id });

    const en = await v.briefings.create({ title: 'Rule of law', locale: 'en' });
    const byDate = await v.briefings.addTheme({ briefingId: en.id, tagId: tags.rechtsstaat.id, groupBy: 'date' });
    expect(outline(byDate.briefing.items)).toEqual([
      '# Rechtsstaat',
      '## 14 November 2024',
      'annotation:Vanzelfsprekend neem ik uw Kamer serieus',
      '## 18 November 2024',
      'annotation:Op grond van artikel 15',
    ]);

    // a new briefing made while adding takes the language the caller gives
    const fresh = await v.briefings.addTheme({ newTitle: 'Rule of law 2', locale: 'en', tagId: tags.rechtsstaat.id, groupBy: 'date' });
    expect(fresh.briefing.options.locale).toBe('en');
    expect(outline(fresh.briefing.items)[1]).toBe('## 14 November 2024');
  });

  it('refuses an unknown theme and a theme without excerpts', async () => {
    const { v } = await openBriefingArchive(temp);
    const b = await v.briefings.create({ title: 'X', locale: 'nl' });
    const empty = await v.tags.create({ name: 'Landbouw' });
    expect(await failure(v.briefings.addTheme({ briefingId: b.id, tagId: empty.id, groupBy: 'subtheme' }))).toMatchObject({
      code: 'invalid-input',
      reason: 'theme-empty',
      theme: 'Landbouw',
    });
    expect(await failure(v.briefings.addTheme({ briefingId: b.id, tagId: 'nope', groupBy: 'date' }))).toMatchObject({ code: 'not-found', reason: 'theme-missing', tagId: 'nope' });
    expect(await failure(v.briefings.addTheme({ newTitle: 'Y', tagId: empty.id, groupBy: 'date' }))).toMatchObject({ reason: 'theme-empty' });
    expect(v.archive.workspace.briefings.map((x) => x.title)).toEqual(['X']);
  });
});

describe('one-shot briefings (not saved)', () => {
  it('of whole documents, in the order given without repeats; an unknown document is named', async () => {
    const { v, docs } = await openBriefingArchive(temp);
    const fields = { title: 'Drie antwoorden', subtitle: 'Bijlage', author: 'A', locale: 'nl' as const };
    const b = await v.briefings.documentsBriefing(fields, [docs.vanNispen.id, docs.boswijk.id, docs.vanNispen.id]);
    expect(b).toMatchObject({ title: 'Drie antwoorden', subtitle: 'Bijlage', author: 'A' });
    expect(b.items.map((i) => (i.type === 'document' ? i.documentId : i.type))).toEqual([docs.vanNispen.id, docs.boswijk.id]);
    expect(v.archive.workspace.briefings).toEqual([]);
    expect(await failure(v.briefings.documentsBriefing(fields, [docs.boswijk.id, 'onbekend']))).toMatchObject({ reason: 'document-missing', documentId: 'onbekend' });
  });

  it('of a theme named in any case', async () => {
    const { v } = await openBriefingArchive(temp);
    const b = await v.briefings.themeBriefing({ title: 'Buitenland', locale: 'en' }, '  verenigde NATIES ', 'date');
    expect(outline(b.items)).toEqual(['# Verenigde Naties', '## 18 November 2024', 'annotation:In 2013 heeft de toenmalige Secretaris-Generaal']);
    expect(b.options.locale).toBe('en');
    expect(v.archive.workspace.briefings).toEqual([]);
    expect(await failure(v.briefings.themeBriefing({ title: 'x', locale: 'nl' }, 'Onbekend', 'date'))).toMatchObject({ code: 'not-found', reason: 'theme-missing', theme: 'Onbekend' });
  });
});
