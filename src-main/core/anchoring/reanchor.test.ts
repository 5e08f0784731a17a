/**
 * Re-anchoring a document's annotations in a new version of it, on a real corpus document: r30
 * (Aanhangsel 571, horse passports), whose questions 8, 9, 12, 19, 20 and 24 all end in the stock
 * phrase "Zo nee, waarom niet?". The new versions are made by editing the parsed texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Annotation, PartRef, QaDocument } from '../model/index.js';
import { partText } from '../model/parts.js';
import { parseText } from '../parse/index.js';
import { describeRange } from './describe.js';
import { reanchorAnnotation, reanchorAnnotations } from './reanchor.js';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/nl-text');
const file = readdirSync(corpusDir).find((f) => f.startsWith('kvl-r30-'));
if (file === undefined) throw new Error('corpus lacks r30');
const original = parseText(readFileSync(path.join(corpusDir, file), 'utf8'), { fileName: file, format: 'text', sha256: '0'.repeat(64) });

const STOCK = 'Zo nee, waarom niet?';
const question = (index: number): PartRef => ({ type: 'question', index });
const answer = (index: number): PartRef => ({ type: 'answer', index });
/** the answer to question 20: seven paragraphs */
const LONG = answer(19);

function annotate(doc: QaDocument, part: PartRef, quote: string, id: string): Annotation {
  const text = partText(doc, part) ?? '';
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${id}: fixture lacks "${quote}"`);
  const at = '2025-01-01T00:00:00.000Z';
  return { id, documentId: doc.id, target: { part, ...describeRange(text, start, start + quote.length) }, note: `note ${id}`, color: 'yellow', tagIds: ['t1'], createdAt: at, updatedAt: at, revision: 1 };
}

/** A copy of `doc` with `edit` applied to the text of `part`. */
function edited(doc: QaDocument, part: PartRef, edit: (text: string) => string): QaDocument {
  const next = structuredClone(doc);
  if (part.type === 'question') next.questions[part.index]!.text = edit(next.questions[part.index]!.text);
  if (part.type === 'answer') next.answers[part.index]!.text = edit(next.answers[part.index]!.text);
  return next;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture lacks "${from}"`);
  return text.replace(from, to);
}

/** Moves the third and fourth paragraph of the long answer to after the sixth. */
function moveParagraphs(text: string): string {
  const p = text.split('\n\n');
  return [p[0], p[1], p[4], p[5], p[2], p[3], ...p.slice(6)].join('\n\n');
}

const annotations = {
  stock12: annotate(original, question(11), STOCK, 'stock12'),
  stock9: annotate(original, question(8), STOCK, 'stock9'),
  moved: annotate(original, LONG, 'Ook is een traceringsonderzoek gedaan', 'moved'),
  reworded: annotate(original, LONG, 'De Tweede Kamer wordt hierovergeïnformeerd in het eerste kwartaal van 2025.', 'reworded'),
  deleted: annotate(original, LONG, 'Het bedrijf heeftvoor beide paarden een recall uitgezet en het vlees is teruggehaald.', 'deleted'),
  unchanged: annotate(original, LONG, 'De reactiesnelheid van andere landen is divers', 'unchanged'),
};
const all = Object.values(annotations);

/** The corrected answer: question 12 loses the stock phrase; the long answer is reworded, re-ordered and shortened. */
function correctedVersion(): QaDocument {
  let next = edited(original, question(11), (t) => replaceOnce(t, ` ${STOCK}`, ''));
  next = edited(next, LONG, (t) => moveParagraphs(replaceOnce(replaceOnce(t, 'eerste kwartaal', 'tweede kwartaal'), 'Het bedrijf heeftvoor beide paarden een recall uitgezet en het vlees is teruggehaald. ', '')));
  return next;
}

const quoteAt = (doc: QaDocument, a: Annotation): string => (partText(doc, a.target.part) ?? '').slice(a.target.position.start, a.target.position.end);

describe('reanchorAnnotations on a corrected r30', () => {
  const corrected = correctedVersion();
  const result = reanchorAnnotations(all, corrected);
  const byId = new Map(result.annotations.map((a) => [a.id, a]));

  it('keeps ids, notes, themes and dates, and counts each state', () => {
    expect(result.annotations.map((a) => [a.id, a.note, a.tagIds, a.createdAt, a.updatedAt])).toEqual(all.map((a) => [a.id, a.note, a.tagIds, a.createdAt, a.updatedAt]));
    expect(result.counts).toEqual({ anchored: 3, relocated: 1, orphaned: 2 });
    expect(result.isChanged).toBe(true);
  });

  it('follows a moved paragraph and an unchanged sentence exactly (anchored, new context, no previous target)', () => {
    for (const id of ['moved', 'unchanged', 'stock9']) {
      const a = byId.get(id)!;
      expect(a.anchorState, id).toBe('anchored');
      expect(a.previousTarget, id).toBeUndefined();
      expect(quoteAt(corrected, a), id).toBe(annotations[id as keyof typeof annotations].target.quote.exact);
      expect(a.target.quote).toEqual(describeRange(partText(corrected, a.target.part)!, a.target.position.start, a.target.position.end).quote);
    }
    expect(byId.get('moved')!.target.position.start).toBeGreaterThan(annotations.moved.target.position.start);
  });

  it('relocates a reworded sentence onto the new wording and keeps the old target for review', () => {
    const a = byId.get('reworded')!;
    expect(a.anchorState).toBe('relocated');
    expect(quoteAt(corrected, a)).toBe('De Tweede Kamer wordt hierovergeïnformeerd in het tweede kwartaal van 2025.');
    expect(a.previousTarget).toEqual(annotations.reworded.target);
  });

  it('orphans a deleted sentence, keeping its target', () => {
    const a = byId.get('deleted')!;
    expect(a.anchorState).toBe('orphaned');
    expect(a.target).toEqual(annotations.deleted.target);
    expect(a.previousTarget).toEqual(annotations.deleted.target);
  });

  it('orphans the stock phrase of question 12 once it is gone there: it never crosses to question 8, 9, 19, 20 or 24', () => {
    const a = byId.get('stock12')!;
    expect(a.anchorState).toBe('orphaned');
    expect(a.target.part).toEqual(question(11));
    // the phrase is still in five other questions of the new version
    expect(corrected.questions.filter((q) => q.text.includes(STOCK))).toHaveLength(5);
  });

  it('gives the same result when run again (a replacement finished after a crash)', () => {
    const again = reanchorAnnotations(result.annotations, corrected);
    expect(again.annotations).toEqual(result.annotations);
    expect(again.counts).toEqual(result.counts);
    expect(again.isChanged).toBe(false);
  });
});

describe('reanchorAnnotation: look-alike passages', () => {
  it('does not anchor the stock phrase to a different question that now sits at its place (renumbered questions)', () => {
    // question 12's place now holds question 9's text, which ends in the same phrase
    const renumbered = edited(original, question(11), () => original.questions[8]!.text);
    const a = reanchorAnnotation(annotations.stock12, renumbered);
    expect(a.anchorState).toBe('orphaned');
  });

  it('does not anchor a short quote whose surroundings all changed, even when it occurs once in its part', () => {
    const text = partText(original, question(11))!;
    const rewritten = edited(original, question(11), () => `Wilt u de Kamer informeren over de paspoorten? ${STOCK}`);
    expect(text).not.toBe(partText(rewritten, question(11)));
    expect(reanchorAnnotation(annotations.stock12, rewritten).anchorState).toBe('orphaned');
  });

  it('keeps the stock phrase anchored when only the words before it changed a little', () => {
    const touched = edited(original, question(11), (t) => replaceOnce(t, 'Bent u bereid', 'Bent u alsnog bereid'));
    const a = reanchorAnnotation(annotations.stock12, touched);
    expect(a.anchorState).toBe('anchored');
    expect(quoteAt(touched, a)).toBe(STOCK);
  });

  it('orphans an annotation whose part is gone', () => {
    const shorter = structuredClone(original);
    shorter.questions = shorter.questions.slice(0, 10);
    expect(reanchorAnnotation(annotations.stock12, shorter).anchorState).toBe('orphaned');
  });
});

describe('reanchorAnnotation: annotations waiting for review', () => {
  it('stays relocated (with its first previous target) when a later version matches it exactly', () => {
    const corrected = correctedVersion();
    const relocated = reanchorAnnotation(annotations.reworded, corrected);
    const a = reanchorAnnotation(relocated, corrected);
    expect(a.anchorState).toBe('relocated');
    expect(a.previousTarget).toEqual(annotations.reworded.target);
  });

  it('an orphan found again in a later version comes back as relocated, for review', () => {
    const orphan = reanchorAnnotation(annotations.deleted, correctedVersion());
    const a = reanchorAnnotation(orphan, original);
    expect(a.anchorState).toBe('relocated');
    expect(quoteAt(original, a)).toBe(annotations.deleted.target.quote.exact);
    expect(a.previousTarget).toEqual(annotations.deleted.target);
  });
});
