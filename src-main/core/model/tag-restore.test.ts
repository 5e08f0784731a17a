import { describe, expect, it } from 'vitest';
import { mergeInTree, removeFromTree, replaceTagId } from './tag-edits.js';
import { restoreInTree, restoreTagIds, type TagRestore } from './tag-restore.js';
import type { Tag } from './workspace.js';

const tag = (id: string, parentId: string | null = null): Tag => ({ id, name: id.toUpperCase(), color: '#b45309', parentId, description: `over ${id}` });

// a > (b > d), c
const tree = [tag('a'), tag('b', 'a'), tag('c'), tag('d', 'b')];

const record = (over: Partial<TagRestore>): TagRestore => ({
  tag: tag('b', 'a'),
  position: 1,
  targetId: null,
  targetParentId: null,
  childIds: ['d'],
  annotations: [],
  documents: [],
  savedSearches: [],
  ...over,
});

describe('restoreTagIds', () => {
  it('gives back the list before the change exactly, order included, when it was not edited since', () => {
    for (const before of [['s', 'x', 't'], ['t', 's'], ['x', 's'], ['s']]) {
      expect(restoreTagIds(replaceTagId(before, 's', 't'), before, 's', 't')).toEqual(before);
      expect(restoreTagIds(replaceTagId(before, 's', null), before, 's', null)).toEqual(before);
    }
  });

  it('keeps a later edit: the source takes the target’s place back, or its old index', () => {
    // merged ['x', 's'] → ['x', 't'], then 'y' added
    expect(restoreTagIds(['x', 't', 'y'], ['x', 's'], 's', 't')).toEqual(['x', 's', 'y']);
    // it carried both: the target stays and the source comes back at its index
    expect(restoreTagIds(['t', 'x', 'y'], ['s', 'x', 't'], 's', 't')).toEqual(['s', 't', 'x', 'y']);
    // removed, then the list emptied: the source comes back alone
    expect(restoreTagIds([], ['x', 's'], 's', null)).toEqual(['s']);
  });

  it('changes nothing on a list that already holds the source (a second restore)', () => {
    const ids = ['s', 'x'];
    expect(restoreTagIds(ids, ['s'], 's', 't')).toBe(ids);
  });
});

describe('restoreInTree', () => {
  it('undoes removeFromTree: same place, same fields, the sub-themes under it again', () => {
    expect(restoreInTree(removeFromTree(tree, 'b'), record({}))).toEqual(tree);
  });

  it('undoes mergeInTree, also when the target had taken the source’s place', () => {
    expect(restoreInTree(mergeInTree(tree, 'b', 'c'), record({ targetId: 'c', targetParentId: null }))).toEqual(tree);
    const a = record({ tag: tag('a'), position: 0, childIds: ['b'], targetId: 'd', targetParentId: 'b' });
    expect(restoreInTree(mergeInTree(tree, 'a', 'd'), a)).toEqual(tree);
  });

  it('puts the theme at the top when its parent is gone, and does so twice without doubling it', () => {
    const without = removeFromTree(removeFromTree(tree, 'b'), 'a');
    const restored = restoreInTree(without, record({}));
    expect(restored.find((t) => t.id === 'b')?.parentId).toBeNull();
    expect(restoreInTree(restored, record({}))).toEqual(restored);
  });

  it('does not form a cycle when the old parent was moved below a former sub-theme since', () => {
    // b deleted (d moves up under a), then a nested under d
    const moved = removeFromTree(tree, 'b').map((t) => (t.id === 'a' ? { ...t, parentId: 'd' } : t));
    const restored = restoreInTree(moved, record({}));
    const parents = Object.fromEntries(restored.map((t) => [t.id, t.parentId]));
    expect(parents).toEqual({ a: 'd', b: null, c: null, d: 'b' });
  });
});
