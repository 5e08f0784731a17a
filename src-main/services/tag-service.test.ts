import { describe, expect, it } from 'vitest';
import { isVraagbaakError, type QaDocument } from '../core/model/index.js';
import type { Vraagbaak } from './index.js';
import { useTempArchives } from './test-archives.js';

const { open, withSeed } = useTempArchives('vraagbaak-tags-');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  return isVraagbaakError(e) ? e.code : String(e);
}

/** Annotates the first word of the first answer that has one. */
async function annotateSomething(v: Vraagbaak, doc: QaDocument, tagIds: string[]) {
  const index = doc.answers.findIndex((a) => /\p{L}{3,}/u.test(a.text));
  const text = doc.answers[index]?.text ?? '';
  const match = /\p{L}{3,}/u.exec(text);
  if (!match) throw new Error('no word in the seed answers');
  const start = match.index;
  const end = start + match[0].length;
  return v.annotations.create({
    documentId: doc.id,
    target: { part: { type: 'answer', index }, quote: { exact: match[0], prefix: '', suffix: '' }, position: { start, end } },
    note: '',
    color: 'yellow',
    tagIds,
  });
}

describe('tags', () => {
  it('create returns the existing tag for the same name in another case', async () => {
    const { v } = await withSeed();
    const a = await v.tags.create({ name: 'Mensenrechten' });
    const b = await v.tags.create({ name: '  mensenrechten ' });
    expect(b).toEqual(a);
    expect(v.tags.list()).toHaveLength(1);
    expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(await codeOf(v.tags.create({ name: 'X', color: 'red;}' }))).toBe('invalid-input');
    expect(await codeOf(v.tags.create({ name: 'Y', parentId: 'nope' }))).toBe('invalid-input');
  });

  it('rename keeps the id on annotations and documents, and re-indexes the new name', async () => {
    const { v, doc, dir } = await withSeed();
    const tag = await v.tags.create({ name: 'Oud' });
    const annotation = await annotateSomething(v, doc, [tag.id]);
    await v.documents.setTags(doc.id, [tag.id]);
    const renamed = await v.tags.update({ id: tag.id, name: 'Xinjiangbeleid', color: '#1d4ed8' });
    expect(renamed).toEqual({ ...tag, name: 'Xinjiangbeleid', color: '#1d4ed8' });
    expect((await v.search.query('tag:xinjiangbeleid', 10)).map((h) => h.documentId)).toContain(doc.id);
    expect(await v.search.query('tag:oud', 10)).toEqual([]);

    await v.close();
    const v2 = await open(dir);
    expect(v2.tags.list()).toEqual([renamed]);
    expect(v2.annotations.list(doc.id)[0]).toMatchObject({ id: annotation.id, tagIds: [tag.id] });
    expect(v2.archive.getSummary(doc.id)?.tagIds).toEqual([tag.id]);
  });

  it('refuses a rename onto another tag name, an unknown tag and a parent cycle', async () => {
    const { v } = await withSeed();
    const a = await v.tags.create({ name: 'A' });
    const b = await v.tags.create({ name: 'B', parentId: a.id });
    expect(await codeOf(v.tags.update({ id: b.id, name: 'a' }))).toBe('invalid-input');
    expect(await codeOf(v.tags.update({ id: 'nope', name: 'C' }))).toBe('not-found');
    expect(await codeOf(v.tags.update({ id: a.id, parentId: b.id }))).toBe('invalid-input');
    expect(await codeOf(v.tags.update({ id: a.id, parentId: a.id }))).toBe('invalid-input');
    expect(await v.tags.update({ id: b.id, name: 'b' })).toMatchObject({ id: b.id, name: 'b' });
  });

  it('delete removes the id from every annotation and document and moves child tags up', async () => {
    const { v, doc, dir } = await withSeed();
    const parent = await v.tags.create({ name: 'Buitenland' });
    const tag = await v.tags.create({ name: 'China', parentId: parent.id });
    const child = await v.tags.create({ name: 'Xinjiang', parentId: tag.id });
    const keep = await v.tags.create({ name: 'Blijft' });
    const annotation = await annotateSomething(v, doc, [tag.id, keep.id]);
    await v.documents.setTags(doc.id, [tag.id]);

    expect((await v.tags.delete(tag.id)).tag).toEqual(tag);
    expect(v.annotations.list(doc.id)[0]?.tagIds).toEqual([keep.id]);
    expect(v.archive.getSummary(doc.id)?.tagIds).toEqual([]);
    expect(v.tags.list().find((t) => t.id === child.id)?.parentId).toBe(parent.id);
    expect(await codeOf(v.tags.delete(tag.id))).toBe('not-found');

    await v.close();
    const v2 = await open(dir);
    expect(v2.tags.list().map((t) => t.name)).toEqual(['Buitenland', 'Xinjiang', 'Blijft']);
    expect(v2.annotations.list(doc.id)).toEqual([{ ...annotation, tagIds: [keep.id] }]);
    expect(v2.archive.workspace.documentTags).toEqual({});
  });
});
