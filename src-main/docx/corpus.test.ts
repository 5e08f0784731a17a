// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingContent } from '../core/briefing/content.js';
import { outlineEntries } from '../core/briefing/outline.js';
import { resolveBriefing } from '../core/briefing/resolve.js';
import { annotate, briefingOf, excerptItem, sourcesOf } from '../core/briefing/test-briefings.js';
import { labelsFor } from '../core/briefing/labels.js';
import { parseText } from '../core/parse/index.js';
import { renderBriefingDocx } from './index.js';
import { docxHtml, paragraphs, readDocx, textsInStyle } from './test-read-docx.js';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/nl-text');
const read = (file: string): string => readFileSync(resolve(CORPUS, file), 'utf8');

/** kvl-r03 (Boswijk → Veldkamp): 9 questions, the answer to questions 4 and 5 refers to footnote 2. */
const boswijk = parseText(read('kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt'), { fileName: 'kvl-r03.txt', sha256: '0'.repeat(64), format: 'text' });
const QUOTE = 'Deze richtlijnen voorzien niet in een absoluut contactverbod';

describe('a briefing from a real document, resolved and written to Word', () => {
  let content: BriefingContent;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const highlight = annotate(boswijk, { type: 'answer', index: 3 }, QUOTE, { id: 'a-1', color: 'pink', note: 'Geen contactverbod: nagaan bij BZ.', tagIds: ['t-mr'] });
    const question = annotate(boswijk, { type: 'question', index: 0 }, 'Secretaris-Generaal', { id: 'a-2', color: 'blue' });
    const sources = sourcesOf([boswijk], [highlight, question], { [boswijk.id]: ['t-vs'] });
    const items = [
      { type: 'heading', id: 'h-1', text: 'Contacten met verdachten van het Strafhof', level: 1 },
      { type: 'text', id: 't-1', text: 'De minister wijst op de **richtlijnen** uit 2013:\n\n- geen *absoluut* verbod\n- wel beperking' },
      excerptItem('e-1', highlight),
      { type: 'heading', id: 'h-2', text: 'Vraag en antwoord', level: 2 },
      { type: 'qa', id: 'q-1', documentId: boswijk.id, questionNumber: 4 },
      { type: 'document', id: 'd-1', documentId: boswijk.id },
      { type: 'annotation', id: 'e-gone', annotationId: 'deleted', documentId: boswijk.id, part: { type: 'answer', index: 0 }, quote: 'weg' },
    ];
    content = resolveBriefing(briefingOf(items, { appendixDocuments: true, includeUnannotatedAnswers: false }), sources, { exportDate: '2024-12-01' });
    bytes = await renderBriefingDocx(content);
  });

  it('lists in its headings exactly the outline the PDF has (without the endnotes, which are footnotes here)', async () => {
    const parts = await readDocx(bytes);
    const headings = paragraphs(parts.document)
      .filter((p) => /^Heading[12]$/.test(p.style))
      .map((p) => `${p.style === 'Heading1' ? 1 : 2} ${p.text}`);
    const outline = outlineEntries(content, false, labelsFor('nl')).map((e) => `${String(e.level)} ${e.text}`);
    expect(headings).toEqual(outline);
    expect(headings).toEqual([
      '1 Contacten met verdachten van het Strafhof',
      '2 Vraag en antwoord',
      '2 Het bezoek van de Secretaris-Generaal van de Verenigde Naties aan de top van de BRICS-landen',
      '1 Bijlage: brondocumenten',
      '2 Het bezoek van de Secretaris-Generaal van de Verenigde Naties aan de top van de BRICS-landen',
    ]);
  });

  it('quotes the excerpt in its sentence, with the pink cue, and its note apart', async () => {
    const parts = await readDocx(bytes);
    const quote = paragraphs(parts.document).find((p) => p.style === 'Quote');
    expect(quote?.text).toContain(`${QUOTE}, maar bepalen wel`);
    expect(quote?.xml).toMatch(new RegExp(`<w:u w:val="dash" w:color="444444"/><w:shd w:fill="F9CFE3" w:color="auto" w:val="clear"/></w:rPr><w:t xml:space="preserve">${QUOTE}</w:t>`));
    expect(textsInStyle(parts.document, 'Note')[0]).toBe('Aantekening: Geen contactverbod: nagaan bij BZ.');
  });

  it('makes the footnote of the answer a real Word footnote at each passage that quotes the answer', async () => {
    const parts = await readDocx(bytes);
    const ids = [...parts.footnotes.matchAll(/<w:footnote w:id="([1-9]\d*)">(.*?)<\/w:footnote>/gs)];
    const texts = ids.map((m) => paragraphs(m[2] ?? '')[0]?.text);
    // excerpt, qa answer, document item, appendix: four passages of the answer to questions 4 and 5,
    // and question 1's footnote in the document and the appendix
    expect(texts.filter((t) => t === 'Zie A/67/828–S/2013/210.')).toHaveLength(4);
    expect(texts.filter((t) => t === 'X, 23 oktober 2024 (https://x.com/hubertsmeets/status/1849009806952071192)')).toHaveLength(2);
    expect(parts.document.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(ids.length);
  });

  it('reads back through mammoth with its headings, lists and quotation, and not the deleted excerpt', async () => {
    const { html, warnings } = await docxHtml(bytes);
    expect(warnings).toEqual([]);
    expect(html).toMatch(/<h1><a id="[^"]+"><\/a>Contacten met verdachten van het Strafhof<\/h1>/);
    expect(html).toContain('<p>De minister wijst op de <strong>richtlijnen</strong> uit 2013:</p><ul><li>geen <em>absoluut</em> verbod</li><li>wel beperking</li></ul>');
    expect(html).toMatch(/<blockquote><p>[^<]*Deze richtlijnen voorzien niet in een absoluut contactverbod/);
    expect(html).toContain('<p class="part-label">Vraag 4</p>');
    expect(html).not.toContain('>weg<');
    expect(content.omitted.map((o) => o.itemId)).toEqual(['e-gone']);
  });
});
