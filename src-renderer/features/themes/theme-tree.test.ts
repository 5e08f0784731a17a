import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../src-main/core/model/workspace.js';
import { childrenOf, levelUp, previousSibling, visibleRows } from './theme-tree.js';

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({ id, name, color: '#b45309', parentId, description: '' });
// Zorg > (ggz, Jeugdzorg > Wachtlijsten), Asiel, and one whose parent is gone
const tags = [tag('z', 'Zorg'), tag('j', 'Jeugdzorg', 'z'), tag('g', 'ggz', 'z'), tag('w', 'Wachtlijsten', 'j'), tag('a', 'Asiel'), tag('o', 'Onderwijs', 'weg')];

describe('visibleRows', () => {
  it('walks depth first with siblings by name (any case), levels and positions', () => {
    expect(visibleRows(tags, new Set()).map((r) => [r.tag.id, r.level, r.position, r.siblings, r.expanded])).toEqual([
      ['a', 1, 1, 3, false],
      ['o', 1, 2, 3, false],
      ['z', 1, 3, 3, true],
      ['g', 2, 1, 2, false],
      ['j', 2, 2, 2, true],
      ['w', 3, 1, 1, false],
    ]);
  });

  it('hides the sub-themes of a collapsed theme and survives a parent cycle', () => {
    expect(visibleRows(tags, new Set(['z'])).map((r) => r.tag.id)).toEqual(['a', 'o', 'z']);
    expect(visibleRows([tag('p', 'P', 'q'), tag('q', 'Q', 'p')], new Set())).toEqual([]);
  });
});

describe('keyboard nesting', () => {
  it('Alt+→ nests under the sibling shown above; the first sibling has none', () => {
    expect(previousSibling(tags, 'j')?.id).toBe('g');
    expect(previousSibling(tags, 'g')).toBeNull();
    expect(previousSibling(tags, 'z')?.id).toBe('o');
  });

  it('Alt+← moves to the parent’s parent; a top-level theme stays', () => {
    expect(levelUp(tags, 'w')).toBe('z');
    expect(levelUp(tags, 'j')).toBeNull();
    expect(levelUp(tags, 'z')).toBeUndefined();
    expect(levelUp(tags, 'o')).toBeUndefined();
    expect(childrenOf(tags, 'z').map((t) => t.name)).toEqual(['ggz', 'Jeugdzorg']);
  });
});
