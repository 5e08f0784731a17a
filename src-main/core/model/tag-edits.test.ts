import { describe, expect, it } from 'vitest';
import { applyTagChanges, isAtOrBelow, mergeInTree, removeFromTree, replaceTagId, sameTagIds, tagChangesBetween } from './tag-edits.js';
import type { Tag } from './workspace.js';

const tag = (id: string, parentId: string | null = null): Tag => ({ id, name: id.toUpperCase(), color: '#b45309', parentId, description: '' });
const parents = (tags: readonly Tag[]) => Object.fromEntries(tags.map((t) => [t.id, t.parentId]));

// a > (b > d), c
const tree = [tag('a'), tag('b', 'a'), tag('c'), tag('d', 'b')];

describe('replaceTagId', () => {
  it('replaces the source by the target in place', () => {
    expect(replaceTagId(['x', 's', 'y'], 's', 't')).toEqual(['x', 't', 'y']);
  });
  it('keeps the target once when the list carries both', () => {
    expect(replaceTagId(['s', 'x', 't'], 's', 't')).toEqual(['t', 'x']);
    expect(replaceTagId(['t', 's'], 's', 't')).toEqual(['t']);
  });
  it('drops the source for a null target, and returns an unchanged list itself', () => {
    expect(replaceTagId(['s', 'x'], 's', null)).toEqual(['x']);
    const ids = ['x', 'y'];
    expect(replaceTagId(ids, 's', 't')).toBe(ids);
  });
});

describe('isAtOrBelow', () => {
  it('follows parents, and does not loop on a cycle', () => {
    expect(isAtOrBelow(tree, 'd', 'a')).toBe(true);
    expect(isAtOrBelow(tree, 'a', 'a')).toBe(true);
    expect(isAtOrBelow(tree, 'a', 'd')).toBe(false);
    expect(isAtOrBelow([tag('p', 'q'), tag('q', 'p')], 'p', 'z')).toBe(false);
  });
});

describe('mergeInTree', () => {
  it('removes the source and moves its children under the target, keeping ids', () => {
    const merged = mergeInTree(tree, 'b', 'c');
    expect(merged.map((t) => t.id)).toEqual(['a', 'c', 'd']);
    expect(parents(merged)).toEqual({ a: null, c: null, d: 'c' });
    expect(merged.find((t) => t.id === 'c')).toEqual(tag('c'));
  });
  it('lets a target below the source take the source’s place, so no cycle forms', () => {
    const merged = mergeInTree(tree, 'a', 'd');
    expect(parents(merged)).toEqual({ b: 'd', c: null, d: null });
    expect(isAtOrBelow(merged, 'b', 'b')).toBe(true);
    expect(isAtOrBelow(merged, 'd', 'b')).toBe(false);
  });
  it('merges a child into its parent', () => {
    expect(parents(mergeInTree(tree, 'b', 'a'))).toEqual({ a: null, c: null, d: 'a' });
  });
});

describe('removeFromTree', () => {
  it('moves the children up to the removed theme’s parent', () => {
    expect(parents(removeFromTree(tree, 'b'))).toEqual({ a: null, c: null, d: 'a' });
    expect(parents(removeFromTree(tree, 'a'))).toEqual({ b: null, c: null, d: 'b' });
  });
});

describe('applyTagChanges', () => {
  it('removes first, then adds at the end without repeats, and returns the list itself when nothing changes', () => {
    const ids = ['a', 'b', 'c'];
    expect(applyTagChanges(ids, { removeTagIds: ['b'], addTagIds: ['d', 'a', 'd'] })).toEqual(['a', 'c', 'd']);
    expect(applyTagChanges(ids, { removeTagIds: ['b'], addTagIds: ['b'] })).toEqual(['a', 'c', 'b']);
    expect(applyTagChanges(ids, { addTagIds: ['a'], removeTagIds: ['x'] })).toBe(ids);
    expect(applyTagChanges(ids, {})).toBe(ids);
  });

  it('turns a whole new list into changes that lead to it', () => {
    expect(tagChangesBetween(['a', 'b'], ['b', 'c'])).toEqual({ addTagIds: ['c'], removeTagIds: ['a'] });
    expect(sameTagIds(applyTagChanges(['a', 'b'], tagChangesBetween(['a', 'b'], ['b', 'c'])), ['b', 'c'])).toBe(true);
  });
});
