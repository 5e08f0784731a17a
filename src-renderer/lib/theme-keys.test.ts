import { describe, expect, it } from 'vitest';
import type { Tag } from '../../src-main/core/model/workspace.js';
import { numberedThemes, themeNumberOf, themesInTreeOrder } from './theme-keys.js';

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({ id, name, parentId, color: 'yellow', description: '' });

describe('theme keys', () => {
  it('orders themes as the tree shows them: roots by name, each followed by its sub-themes', () => {
    const tags = [tag('r', 'Rechtsstaat'), tag('vn', 'Verenigde Naties', 'b'), tag('b', 'Buitenland'), tag('ru', 'Rusland', 'b'), tag('x', 'Asiel', 'gone')];
    expect(themesInTreeOrder(tags).map((t) => t.name)).toEqual(['Asiel', 'Buitenland', 'Rusland', 'Verenigde Naties', 'Rechtsstaat']);
  });

  it('keeps tags caught in a parent cycle, and numbers at most nine', () => {
    const cycle = [tag('a', 'A', 'b'), tag('b', 'B', 'a')];
    expect(themesInTreeOrder(cycle).map((t) => t.id)).toEqual(['a', 'b']);
    const many = Array.from({ length: 12 }, (_, i) => tag(`t${String(i)}`, `Thema ${String(i + 10)}`));
    expect(numberedThemes(many)).toHaveLength(9);
  });

  it('reads the number by physical key (top row or keypad)', () => {
    const key = (code: string) => ({ code }) as KeyboardEvent;
    expect(themeNumberOf(key('Digit3'))).toBe(3);
    expect(themeNumberOf(key('Numpad9'))).toBe(9);
    expect(themeNumberOf(key('Digit0'))).toBeNull();
    expect(themeNumberOf(key('KeyJ'))).toBeNull();
  });
});
