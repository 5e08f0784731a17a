import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../src-main/core/model/workspace.js';
import { themeOptionLabel, themeOptions } from './theme-options.js';

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({ id, name, parentId, color: '#000', description: '' });

describe('themeOptions', () => {
  it('lists parents before their sub-themes, names sorted at each level', () => {
    const options = themeOptions([tag('b', 'Water'), tag('a2', 'Stikstof', 'c'), tag('c', 'Landbouw'), tag('a1', 'Mest', 'c'), tag('x', 'Financiën')]);
    expect(options.map((o) => themeOptionLabel(o))).toEqual(['Financiën', 'Landbouw', '\u00a0\u00a0Mest', '\u00a0\u00a0Stikstof', 'Water']);
  });

  it('treats an unknown parent as top level and cuts a cycle', () => {
    const options = themeOptions([tag('a', 'A', 'gone'), tag('b', 'B', 'c'), tag('c', 'C', 'b')]);
    expect(options.map((o) => [o.tag.id, o.depth])).toEqual([['a', 0], ['b', 0], ['c', 1]]);
  });
});
