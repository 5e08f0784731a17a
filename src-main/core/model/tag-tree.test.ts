import { describe, expect, it } from 'vitest';
import { tagAndDescendants } from './tag-tree.js';
import type { Tag } from './workspace.js';

const tag = (id: string, parentId: string | null): Tag => ({ id, name: id, color: '#ffd54f', parentId, description: '' });

describe('tagAndDescendants', () => {
  const tags = [tag('buiten', null), tag('rusland', 'buiten'), tag('poetin', 'rusland'), tag('vn', 'buiten'), tag('recht', null)];

  it('is the theme and every tag below it, at any depth', () => {
    expect([...tagAndDescendants(tags, 'buiten')].sort()).toEqual(['buiten', 'poetin', 'rusland', 'vn']);
    expect([...tagAndDescendants(tags, 'rusland')].sort()).toEqual(['poetin', 'rusland']);
    expect([...tagAndDescendants(tags, 'recht')]).toEqual(['recht']);
  });

  it('gives an unknown id just itself, and stops on a cycle', () => {
    expect([...tagAndDescendants(tags, 'onbekend')]).toEqual(['onbekend']);
    const cycle = [tag('a', 'b'), tag('b', 'a')];
    expect([...tagAndDescendants(cycle, 'a')].sort()).toEqual(['a', 'b']);
  });
});
