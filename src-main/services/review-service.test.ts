/**
 * The review queue through the API (handler table + dispatch: zod input, Result envelope), after a
 * real re-import of a corrected corpus document r30 on a temp archive.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, type Result } from '../core/api/index.js';
import type { ReviewItem, ReviewResolution } from '../core/api/types.js';
import { describeRange } from '../core/anchoring/index.js';
import { partText } from '../core/model/parts.js';
import { useTempArchives } from './test-archives.js';
import { bytesOf, correctedR30, importR30WithAnnotations, R30_NAME } from './test-reanchor-corpus.js';

const temp = useTempArchives('vraagbaak-review-');

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function replacedArchive() {
  const v = await temp.open();
  const { id, made } = await importR30WithAnnotations(v);
  await v.importer.importFiles([{ name: R30_NAME, bytes: bytesOf(correctedR30()) }]);
  return { v, id, made, h: v.handlers };
}

describe('annotations.review', () => {
  it('lists the relocated and orphaned annotations with old and new context, by part and place', async () => {
    const { id, made, h } = await replacedArchive();
    const items = value<ReviewItem[]>(await dispatch(h, 'annotations.review', {}));
    expect(items.map((i) => [i.annotation.id, i.state, i.partLabel])).toEqual([
      [made.stock12.id, 'orphaned', 'Vraag 12'],
      [made.reworded.id, 'relocated', 'Antwoord op vraag 20'],
      [made.deleted.id, 'orphaned', 'Antwoord op vraag 20'],
    ]);
    const reworded = items[1]!;
    expect(reworded.documentTitle).toMatch(/paard/i);
    expect(reworded.annotation.documentId).toBe(id);
    expect(reworded.previous).toEqual({ before: made.reworded.target.quote.prefix, quote: made.reworded.target.quote.exact, after: made.reworded.target.quote.suffix });
    expect(reworded.current?.quote).toBe('De Tweede Kamer wordt hierovergeïnformeerd in het tweede kwartaal van 2025.');
    expect(reworded.current?.before.length).toBe(60);
    expect(items[0]!.current).toBeNull();
    expect(items[0]!.previous.quote).toBe('Zo nee, waarom niet?');
    const en = value<ReviewItem[]>(await dispatch(h, 'annotations.review', { locale: 'en' }));
    expect(en[1]!.partLabel).toBe('Answer to question 20');
  });

  it('is empty for an archive where nothing was re-anchored', async () => {
    const v = await temp.open();
    await importR30WithAnnotations(v);
    expect(value<ReviewItem[]>(await dispatch(v.handlers, 'annotations.review', {}))).toEqual([]);
  });
});

describe('annotations.resolve', () => {
  it('accept anchors a relocated annotation where it is now and drops its previous target; restore undoes it', async () => {
    const { v, id, made, h } = await replacedArchive();
    const done = value<ReviewResolution>(await dispatch(h, 'annotations.resolve', { documentId: id, id: made.reworded.id, action: 'accept' }));
    expect(done.before.anchorState).toBe('relocated');
    expect(done.after).toMatchObject({ id: made.reworded.id, anchorState: 'anchored', note: 'note reworded' });
    expect(done.after?.previousTarget).toBeUndefined();
    expect(v.archive.listAnnotations(id).find((a) => a.id === made.reworded.id)).toEqual(done.after);
    expect(value<ReviewItem[]>(await dispatch(h, 'annotations.review', {})).map((i) => i.annotation.id)).not.toContain(made.reworded.id);
    // undo: annotations.restore puts the annotation back as it was, so it is in the queue again
    value(await dispatch(h, 'annotations.restore', { annotations: [done.before] }));
    expect(v.archive.listAnnotations(id).find((a) => a.id === made.reworded.id)).toEqual({ ...done.before, revision: (done.after?.revision ?? 0) + 1 });
    expect(value<ReviewItem[]>(await dispatch(h, 'annotations.review', {})).map((i) => i.annotation.id)).toContain(made.reworded.id);
  });

  it('accept refuses an orphan (there is no new place to accept)', async () => {
    const { id, made, h } = await replacedArchive();
    const refused = await dispatch(h, 'annotations.resolve', { documentId: id, id: made.deleted.id, action: 'accept' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.details?.['reason']).toBe('review-accept-orphaned');
  });

  it('reattach moves an orphan to a new selection, checked against the text', async () => {
    const { v, id, made, h } = await replacedArchive();
    const document = await v.archive.readDocument(id);
    const part = { type: 'answer' as const, index: 19 };
    const text = partText(document, part)!;
    const start = text.indexOf('Decontroles worden aangescherpt');
    const target = { part, ...describeRange(text, start, start + 'Decontroles worden aangescherpt'.length) };
    const done = value<ReviewResolution>(await dispatch(h, 'annotations.resolve', { documentId: id, id: made.deleted.id, action: 'reattach', target }));
    expect(done.after).toMatchObject({ target, anchorState: 'anchored', tagIds: made.deleted.tagIds });
    expect(done.after?.previousTarget).toBeUndefined();

    const wrong = { ...target, quote: { ...target.quote, exact: 'iets anders' } };
    const mismatch = await dispatch(h, 'annotations.resolve', { documentId: id, id: made.stock12.id, action: 'reattach', target: wrong });
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) expect(mismatch.error.details?.['reason']).toBe('review-quote-mismatch');
    const noTarget = await dispatch(h, 'annotations.resolve', { documentId: id, id: made.stock12.id, action: 'reattach' });
    expect(noTarget.ok).toBe(false);
  });

  it('delete removes the annotation and returns it as it was', async () => {
    const { v, id, made, h } = await replacedArchive();
    const done = value<ReviewResolution>(await dispatch(h, 'annotations.resolve', { documentId: id, id: made.stock12.id, action: 'delete' }));
    expect(done.after).toBeNull();
    expect(done.before).toMatchObject({ id: made.stock12.id, anchorState: 'orphaned', previousTarget: made.stock12.target });
    expect(v.archive.listAnnotations(id).map((a) => a.id)).not.toContain(made.stock12.id);
    expect(v.archive.getSummary(id)?.annotationCount).toBe(5);
    const unknown = await dispatch(h, 'annotations.resolve', { documentId: id, id: made.stock12.id, action: 'delete' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('not-found');
  });
});
