/**
 * The PDF route: text that `pdftotext -layout` (poppler) makes of the original Aanhangsel PDFs in
 * the corpus parses to the right structure. Skipped where pdftotext is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseText } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const pdfDir = path.resolve(repoRoot, '../shared/corpus/nl-pdf');
const hasPdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].some((p) => existsSync(p));

function parsePdf(guid: string) {
  const text = execFileSync('pdftotext', ['-layout', path.join(pdfDir, `${guid}.pdf`), '-'], { encoding: 'utf8' });
  return parseText(text, { fileName: `${guid}.pdf`, sha256: '0'.repeat(64), format: 'pdf' });
}

describe.skipIf(!hasPdftotext)('pdftotext -layout output of the corpus PDFs', () => {
  it('1b650dd7: separate questions 5 and 6 with one "Antwoord 5 en 6", three footnotes', () => {
    const doc = parsePdf('1b650dd7-71d6-4b8f-8625-36c000046742');
    expect(doc.id).toBe('ah-tk-20232024-1481');
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual([[1], [2], [3], [4], [5, 6]]);
    expect(doc.answeredBy.map((o) => o.name)).toEqual(['Van Huffelen', 'staatssecretaris van Volksgezondheid, Welzijn en Sport', 'staatssecretaris van Justitie en Veiligheid']);
    expect(doc.footnotes.map((f) => f.text)).toEqual(['Kamerstuk 36 200 IV, nr. 25.', 'Kamerstukken II 2023/24, 36 410 IV, nr. 15', 'Kamerstukken II 2023/24, 36 410 IV, nr. 49']);
    expect(doc.questions[0]?.footnoteRefs).toEqual([1]);
    expect(doc.answers[1]?.footnoteRefs).toEqual([2, 3]);
    expect(doc.answers[0]?.text).toContain('ongedocumenteerde personen op Curaçao aangehaald.\n\nDe Staatssecretaris van Justitie en Veiligheid heeft 14, 15 en 16 maart jl.');
    expect(doc.references).toContainEqual({ inPart: { type: 'title', index: 0 }, kind: 'aanhangsel', target: 'ah-tk-20232024-1137' });
  });

  it('00fe7edd: the group "Vraag 3, 4 en 5" and two askers', () => {
    const doc = parsePdf('00fe7edd-24c8-4857-98da-774ed3b06836');
    expect(doc.id).toBe('ah-tk-20232024-1314');
    expect(doc.askedBy).toEqual([
      { name: 'Mutluer', party: 'GroenLinks-PvdA' },
      { name: 'Kostić', party: 'PvdD' },
    ]);
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual([[1], [2], [3, 4, 5], [6]]);
    expect(doc.receivedOn).toBe('2024-03-25');
  });

  it('1bca1484: a minister answering "mede namens" another', () => {
    const doc = parsePdf('1bca1484-2edb-43d1-913f-de5022c9a02b');
    expect(doc.answeredBy).toEqual([
      { name: 'Van Hijum', role: 'minister', portfolio: 'Sociale Zaken en Werkgelegenheid' },
      { name: 'minister van Volksgezondheid, Welzijn en Sport', role: 'minister', portfolio: 'Volksgezondheid, Welzijn en Sport' },
    ]);
    expect(doc.questions).toHaveLength(10);
    expect(doc.footnotes).toHaveLength(4);
  });
});
