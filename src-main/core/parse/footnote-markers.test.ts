import { describe, expect, it } from 'vitest';
import { extractMarkers } from './footnote-markers.js';
import type { Line } from './page-furniture.js';
import { stripSentinels, takeSentinels } from './sentinels.js';
import type { Layout } from './text-layout.js';

const glued: Layout = { kind: 'glued', width: 0 };
const docx: Layout = { kind: 'paragraph-lines', width: 0 };
const part = (...texts: string[]) => ({ lines: texts.map((text): Line => ({ kind: 'text', text })) });
const refsOf = (p: { lines: Line[] }) => takeSentinels(p.lines.map((l) => l.text).join(' ')).refs;
const textOf = (p: { lines: Line[] }) => p.lines.map((l) => stripSentinels(l.text));

describe('extractMarkers', () => {
  it('finds glued markers, marker lines and line-start markers in document order', () => {
    const q1 = part('Bent u bekend met het BDO-onderzoek?1');
    const a1 = part('In 2013 zijn richtlijnen opgesteld over G7 en CO2 door de SG, uitgevaar-digd.', '2 Deze richtlijnen voorzien niet in een verbod.');
    const q2 = part('Hoe ziet u de gevolgen?', '3, 4 en 5');
    const a2 = part('Het budget stijgt met € 6 miljard', '6. De Commissie werkt dit uit, zoals MIND7 meldt.');
    expect(extractMarkers([q1, a1, q2, a2], [1, 2, 3, 4, 5, 6, 7], glued)).toEqual([]);
    expect([q1, a1, q2, a2].map(refsOf)).toEqual([[1], [2], [3, 4, 5], [6, 7]]);
    expect(textOf(a1)).toEqual(['In 2013 zijn richtlijnen opgesteld over G7 en CO2 door de SG, uitgevaar-digd.', 'Deze richtlijnen voorzien niet in een verbod.']);
    expect(a1.lines[1]?.continues).toBe(true);
    expect(textOf(q2)).toEqual(['Hoe ziet u de gevolgen?']);
    expect(textOf(a2)).toEqual(['Het budget stijgt met € 6 miljard.', 'De Commissie werkt dit uit, zoals MIND meldt.']);
  });

  it('does not take an item of a numbered list for a marker', () => {
    const a = part('Wij nemen de volgende stappen:1. Bekostiging op basis van een budget.', '2. Meerjarige afspraken.', '3. Samenwerking.');
    const b = part('Zie voor meer informatie de rapportage.', '2');
    expect(extractMarkers([a, b], [2], glued)).toEqual([]);
    expect(refsOf(a)).toEqual([]);
    expect(refsOf(b)).toEqual([2]);
  });

  it('reads Word markers " 1)" and "[2]" and reports markers it cannot find', () => {
    const q = part('Bent u bekend met het onderzoek? 1)', 'Kent u het bericht?[2] Zo ja, wat vindt u ervan?');
    expect(extractMarkers([q], [1, 2, 3], docx)).toEqual(['the marker of footnote 3 was not found in the text']);
    expect(textOf(q)).toEqual(['Bent u bekend met het onderzoek?', 'Kent u het bericht? Zo ja, wat vindt u ervan?']);
    expect(refsOf(q)).toEqual([1, 2]);
  });

  it('does not take "vraag 2)" in a bracketed cross-reference for a Word marker', () => {
    const a = part('Dat is in gang gezet (zie het antwoord op vraag 2). Een groot deel is klaar.', 'Wij spreken dit af. 2)');
    expect(extractMarkers([a], [2], docx)).toEqual([]);
    expect(textOf(a)).toEqual(['Dat is in gang gezet (zie het antwoord op vraag 2). Een groot deel is klaar.', 'Wij spreken dit af.']);
    expect(refsOf(a)).toEqual([2]);
  });
});
