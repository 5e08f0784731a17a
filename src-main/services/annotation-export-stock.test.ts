/**
 * W3C import of annotations on a stock phrase, on the real corpus document r30 (Aanhangsel 571,
 * horse passports), whose questions 8, 9, 12, 19, 20 and 24 all end in "Zo nee, waarom niet?":
 * an annotation comes back on its own question, and when that question no longer has the phrase
 * (or has a look-alike) it is reported as not placed instead of moved.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotationImportReport } from '../core/api/types.js';
import type { Annotation } from '../core/model/index.js';
import type { Vraagbaak } from './index.js';
import { useTempArchives } from './test-archives.js';
import { bytesOf, correctedR30, importR30WithAnnotations, R30_NAME, R30_TEXT, STOCK } from './test-reanchor-corpus.js';

const temp = useTempArchives('vraagbaak-annotation-import-stock-');

type Json = Record<string, unknown>;
const QUESTION_12 = { type: 'question', index: 11 };
const QUESTION_9 = { type: 'question', index: 8 };
/** Question 12 as r30 has it, and question 19 (another question ending in the phrase). */
const Q12_TEXT = `Bent u bereid om een onderzoek in te stellen naar de fraude met paspoorten\nen chips van paarden? ${STOCK}`;
const Q19_TEXT = `Bent u bereid om het toezicht op paardentransporten uit Ierland en hetVerenigd Koninkrijk te intensiveren? ${STOCK}`;

/** A new archive holding one version of r30 (the given source text), imported through the real importer. */
async function archiveWith(text: string): Promise<{ v: Vraagbaak; id: string }> {
  const v = await temp.open();
  const report = await v.importer.importFiles([{ name: R30_NAME, bytes: bytesOf(text) }]);
  const id = report.imported[0]?.id;
  if (id === undefined) throw new Error('r30 not imported');
  return { v, id };
}

/** r30's source text with `from` (which must occur once) replaced. */
function r30With(from: string, to: string): string {
  if (R30_TEXT.split(from).length !== 2) throw new Error(`r30 lacks a single "${from}"`);
  return R30_TEXT.replace(from, to);
}

/** The W3C export of the annotations on the phrase in questions 12 and 9, made on r30 as in the corpus. */
async function exportedStockAnnotations(): Promise<{ text: string; stock12: Annotation; stock9: Annotation }> {
  const v = await temp.open();
  const { made } = await importR30WithAnnotations(v);
  const file = await v.annotationFiles.export({ format: 'w3c', annotationIds: [made.stock12.id, made.stock9.id] });
  return { text: file.text, stock12: made.stock12, stock9: made.stock9 };
}

/** The same file as another tool writes it: no part named (the quote and position selectors bare). */
function withoutParts(text: string): string {
  const collection = JSON.parse(text) as Json & { first: Json & { items: Json[] } };
  const items = collection.first.items.map((item) => {
    const target = item['target'] as Json & { selector: { refinedBy: Json }[] };
    return { ...item, target: { ...target, selector: target.selector.map((s) => s.refinedBy) } };
  });
  return JSON.stringify({ ...collection, first: { ...collection.first, items } });
}

/** Where each annotation of the document is now: part and the text at its position (stock12 first). */
async function placed(v: Vraagbaak, id: string): Promise<{ note: string; part: unknown; quote: string }[]> {
  const document = await v.archive.readDocument(id);
  return v.archive.listAnnotations(id).map((a) => {
    const part = a.target.part;
    const text = part.type === 'question' ? (document.questions[part.index]?.text ?? '') : '';
    return { note: a.note, part, quote: text.slice(a.target.position.start, a.target.position.end) };
  }).sort((a, b) => a.note.localeCompare(b.note));
}

const notPlacedOf = (report: AnnotationImportReport) => report.notPlaced.map((n) => [n.reason, n.quote, n.part]);

describe('W3C import of an annotation on a stock phrase', { timeout: 60_000 }, () => {
  it('re-imports onto its own question, also from a file that names no part', async () => {
    const { text, stock12, stock9 } = await exportedStockAnnotations();
    expect(stock12.target.part).toEqual(QUESTION_12);

    for (const file of [text, withoutParts(text)]) {
      const { v, id } = await archiveWith(R30_TEXT);
      const report = await v.annotationFiles.importW3c(file);
      expect(report.notPlaced).toEqual([]);
      expect(report.imported.map((i) => i.state)).toEqual(['anchored', 'anchored']);
      const targetOf = (note: string) => v.archive.listAnnotations(id).find((a) => a.note === note)?.target;
      expect([targetOf('note stock12'), targetOf('note stock9')]).toEqual([stock12.target, stock9.target]);
      expect(await placed(v, id)).toEqual([
        { note: 'note stock12', part: QUESTION_12, quote: STOCK },
        { note: 'note stock9', part: QUESTION_9, quote: STOCK },
      ]);
    }
  });

  it('is reported as not placed when its question no longer has the phrase, not moved to another question that has it', async () => {
    const { text } = await exportedStockAnnotations();
    for (const file of [text, withoutParts(text)]) {
      const { v, id } = await archiveWith(correctedR30()); // question 12 lost the phrase; five questions keep it
      const report = await v.annotationFiles.importW3c(file);
      expect(notPlacedOf(report)).toEqual([['annotation-quote-not-found', STOCK, file === text ? 'question:11' : null]]);
      expect(report.notPlaced[0]?.message).toBe(`The quote "${STOCK}" is no longer (clearly) in the document's text.`);
      // the other annotation still comes back on question 9
      expect(await placed(v, id)).toEqual([{ note: 'note stock9', part: QUESTION_9, quote: STOCK }]);
    }
  });

  it('does not take a look-alike in its place: another question ending in the phrase, or "Zo ja" for "Zo nee"', async () => {
    const { text } = await exportedStockAnnotations();
    const versions = {
      renumbered: r30With(Q12_TEXT, Q19_TEXT), // question 12's place holds question 19's text
      reworded: r30With(Q12_TEXT, Q12_TEXT.replace(STOCK, 'Zo ja, waarom niet?')),
    };
    for (const [name, version] of Object.entries(versions)) {
      const { v, id } = await archiveWith(version);
      const report = await v.annotationFiles.importW3c(text);
      expect(notPlacedOf(report), name).toEqual([['annotation-quote-not-found', STOCK, 'question:11']]);
      expect(await placed(v, id), name).toEqual([{ note: 'note stock9', part: QUESTION_9, quote: STOCK }]);
    }
  });
});
