import { describe, expect, it } from 'vitest';
import type { BriefingItem } from '../../src-main/core/model/workspace.js';
import { headingsOf, insertAfter, moveBy, moveToGap, moveUnderHeading, newItemId, outlineDepths, removeItem } from './briefing-items.js';

const heading = (id: string, level: 1 | 2 = 1): BriefingItem => ({ type: 'heading', id, text: `Kop ${id}`, level });
const excerpt = (id: string): BriefingItem => ({ type: 'annotation', id, annotationId: `a-${id}`, documentId: 'doc-1', part: { type: 'answer', index: 0 }, quote: id });
const text = (id: string): BriefingItem => ({ type: 'text', id, text: `tekst ${id}` });
const ids = (items: readonly BriefingItem[]): string[] => items.map((item) => item.id);

// H1 e1 e2 | H2(level 2) e3 | H3 t1
const list: readonly BriefingItem[] = [heading('H1'), excerpt('e1'), excerpt('e2'), heading('H2', 2), excerpt('e3'), heading('H3'), text('t1')];

describe('moveBy', () => {
  it('moves an item one place up or down and leaves the input alone', () => {
    expect(ids(moveBy(list, 'e2', -1))).toEqual(['H1', 'e2', 'e1', 'H2', 'e3', 'H3', 't1']);
    expect(ids(moveBy(list, 'e2', 1))).toEqual(['H1', 'e1', 'H2', 'e2', 'e3', 'H3', 't1']);
    expect(ids(list)).toEqual(['H1', 'e1', 'e2', 'H2', 'e3', 'H3', 't1']);
  });

  it('returns the same list at either end or for an unknown id', () => {
    expect(moveBy(list, 'H1', -1)).toBe(list);
    expect(moveBy(list, 't1', 1)).toBe(list);
    expect(moveBy(list, 'nope', 1)).toBe(list);
  });
});

describe('moveToGap', () => {
  it('drops an item into the gap before a position, in both directions', () => {
    expect(ids(moveToGap(list, 'e1', 5))).toEqual(['H1', 'e2', 'H2', 'e3', 'e1', 'H3', 't1']);
    expect(ids(moveToGap(list, 't1', 0))).toEqual(['t1', 'H1', 'e1', 'e2', 'H2', 'e3', 'H3']);
    expect(ids(moveToGap(list, 'H1', list.length))).toEqual(['e1', 'e2', 'H2', 'e3', 'H3', 't1', 'H1']);
  });

  it('does nothing for the gaps on either side of the item itself', () => {
    expect(moveToGap(list, 'e1', 1)).toBe(list);
    expect(moveToGap(list, 'e1', 2)).toBe(list);
  });
});

describe('moveUnderHeading', () => {
  it('puts the item at the end of the heading’s own items, before the next heading of any level', () => {
    expect(ids(moveUnderHeading(list, 't1', 'H1'))).toEqual(['H1', 'e1', 'e2', 't1', 'H2', 'e3', 'H3']);
    expect(ids(moveUnderHeading(list, 'e1', 'H2'))).toEqual(['H1', 'e2', 'H2', 'e3', 'e1', 'H3', 't1']);
    expect(ids(moveUnderHeading(list, 'e1', 'H3'))).toEqual(['H1', 'e2', 'H2', 'e3', 'H3', 't1', 'e1']);
  });

  it('refuses a non-heading target, the heading itself and unknown ids', () => {
    expect(moveUnderHeading(list, 'e1', 'e3')).toBe(list);
    expect(moveUnderHeading(list, 'H2', 'H2')).toBe(list);
    expect(moveUnderHeading(list, 'x', 'H1')).toBe(list);
    // already the last item under its heading
    expect(moveUnderHeading(list, 'e2', 'H1')).toBe(list);
  });
});

describe('insertAfter and removeItem', () => {
  it('inserts after the given item, or at the end', () => {
    expect(ids(insertAfter(list, 'e1', text('new')))).toEqual(['H1', 'e1', 'new', 'e2', 'H2', 'e3', 'H3', 't1']);
    expect(ids(insertAfter(list, null, text('new'))).at(-1)).toBe('new');
    expect(ids(insertAfter([], 'gone', text('new')))).toEqual(['new']);
  });

  it('removes an item and names the one to focus next', () => {
    expect(removeItem(list, 'e2')).toEqual({ items: list.filter((i) => i.id !== 'e2'), nextFocus: 'H2' });
    expect(removeItem(list, 't1').nextFocus).toBe('H3');
    expect(removeItem([text('only')], 'only')).toEqual({ items: [], nextFocus: null });
    expect(removeItem(list, 'nope').items).toBe(list);
  });
});

describe('outline', () => {
  it('lists the headings and indents items under level-1 and level-2 headings', () => {
    expect(ids(headingsOf(list))).toEqual(['H1', 'H2', 'H3']);
    expect(outlineDepths(list)).toEqual([0, 1, 1, 1, 2, 0, 1]);
    expect(outlineDepths([excerpt('a'), heading('x', 2), excerpt('b'), heading('y'), excerpt('c')])).toEqual([0, 0, 1, 0, 1]);
  });

  it('makes ids that differ', () => {
    const made = new Set(Array.from({ length: 50 }, () => newItemId()));
    expect(made.size).toBe(50);
    for (const id of made) expect(id.length).toBeLessThanOrEqual(100);
  });
});
