/**
 * A briefing built the way an analyst builds one: excerpts highlighted in three real answers
 * (corpus r03, r18, r23, parsed by the text importer), under headings, with their own text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { PartRef, QaDocument } from '../model/index.js';
import { parseText } from '../parse/index.js';
import { renderBriefingHtml } from './render.js';
import { resolveBriefing } from './resolve.js';
import { annotate, briefingOf, excerptItem, sourcesOf } from './test-briefings.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/nl-text');

function corpusDocument(prefix: string): QaDocument {
  const file = readdirSync(corpusDir).find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`corpus lacks ${prefix}`);
  return parseText(readFileSync(path.join(corpusDir, file), 'utf8'), { fileName: file, format: 'text', sha256: '0'.repeat(64) });
}

const brics = corpusDocument('kvl-r03-');
const nibud = corpusDocument('kvl-r18-');
const tunisia = corpusDocument('kvl-r23-');
const answer = (index: number): PartRef => ({ type: 'answer', index });

const poetin = annotate(brics, answer(1), 'in de beeldvorming willen en kunnen benadrukken', { id: 'a1', note: 'Kabinet erkent het propagandarisico.', tagIds: ['t-mr'] });
const brief = annotate(nibud, answer(3), 'in een eerdere brief', { id: 'a2', color: 'green' });
const zorgen = annotate(tunisia, answer(1), 'Nederland heeft deze zorgen', { id: 'a3', color: 'blue', note: 'Bij de Commissie aangekaart.' });
const vraag1 = annotate(tunisia, { type: 'question', index: 0 }, tunisia.questions[0]!.text.slice(0, 20), { id: 'a4', color: 'pink' });

const items = [
  { type: 'heading', id: 'h1', text: 'Rusland en de VN', level: 1 },
  { type: 'text', id: 't1', text: 'Het kabinet **betreurt** de deelname van de SG.' },
  excerptItem('e1', poetin),
  { type: 'heading', id: 'h2', text: 'Mobiliteit', level: 1 },
  excerptItem('e2', brief),
  { type: 'heading', id: 'h3', text: 'Migratie', level: 1 },
  { type: 'heading', id: 'h3a', text: 'Tunesië', level: 2 },
  excerptItem('e3', zorgen),
  excerptItem('e4', vraag1),
  { type: 'qa', id: 'q1', documentId: nibud.id, questionNumber: 1 },
];
const sources = sourcesOf([brics, nibud, tunisia], [poetin, brief, zorgen, vraag1]);
const content = resolveBriefing(briefingOf(items, {}, { title: 'Wat zei de regering?' }), sources, { exportDate: '2024-12-01' });

describe('a briefing of excerpts from three real answers', () => {
  it('resolves every item, each excerpt placed in its sentence with its Aanhangsel reference', () => {
    expect(content.omitted).toEqual([]);
    const excerpts = content.items.filter((i) => i.kind === 'excerpt');
    expect(excerpts.map((e) => [e.source.reference, e.source.url, e.partLabel, e.placed])).toEqual([
      ['Aanhangsel Handelingen II 2024/25, nr. 575', 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-575.html', 'Antwoord op vraag 2', true],
      ['Aanhangsel Handelingen II 2024/25, nr. 586', 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-586.html', 'Antwoord op vraag 4', true],
      ['Aanhangsel Handelingen II 2024/25, nr. 583', 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-583.html', 'Antwoord op vraag 2', true],
      ['Aanhangsel Handelingen II 2024/25, nr. 583', 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-583.html', 'Vraag 1', true],
    ]);
    for (const e of excerpts) {
      const sentence = `${e.context?.before ?? ''}${e.quote}${e.context?.after ?? ''}`;
      expect(sentence).toMatch(/^\p{Lu}/u);
      expect(sentence).toMatch(/[.?!)]$/u);
    }
    expect(excerpts[1]?.context).toEqual({ before: 'Hierover isde Kamer geïnformeerd ', after: ' (Kamerstuk 23 645, nr. 813).' });
  });

  it('prints the headings as the only outline, numbers the footnotes as endnotes in first-use order, and lists them in the contents', () => {
    const { html, tocAnchors } = renderBriefingHtml(content);
    const root = parse(html);
    expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => h.textContent)).toEqual(['Wat zei de regering?', 'Rusland en de VN', 'Mobiliteit', 'Migratie', 'Tunesië', 'Noten']);
    expect(tocAnchors).toEqual(['sec-h1', 'sec-h2', 'sec-h3', 'sec-h3a', 'endnotes']);
    // e4 (r23 question 1) and the qa item (r18 question 1) each refer to their document's footnote 1
    expect(root.querySelectorAll('.fn-ref a').map((a) => a.textContent)).toEqual(['1', '2']);
    expect(root.querySelectorAll('#endnotes li').map((li) => li.textContent)).toEqual([tunisia.footnotes[0]!.text, nibud.footnotes[0]!.text].map((t) => expect.stringContaining(t.slice(0, 30)) as string));
    expect(root.querySelectorAll('.excerpt').map((e) => e.classList.contains('excerpt-short'))).toEqual([true, true, true, true]);
    expect(root.querySelectorAll('.legend li').map((li) => li.textContent)).toEqual(['geel: doorgetrokken lijn', 'groen: dubbele lijn', 'blauw: stippellijn', 'roze: streepjeslijn']);
  });
});
