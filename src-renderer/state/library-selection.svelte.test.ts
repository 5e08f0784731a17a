/**
 * The library list's choice of documents: the active row alone until more are chosen, ranges from
 * the anchor, toggling from the active row, select all, and ids that leave the list no longer count.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../src-main/core/model/document.js';
import { testSummary } from '../features/library/test-library.js';
import { LibrarySelection } from './library-selection.svelte.js';

/** A selection over rows doc-0 … doc-5 that a test can replace (a new query, a delete). */
function setup() {
  const list = $state({ rows: Array.from({ length: 6 }, (_, i) => testSummary(i, 'Vraag')) as DocumentSummary[] });
  return { list, selection: new LibrarySelection(() => list.rows) };
}

describe('LibrarySelection', () => {
  it('is the active row alone until documents are chosen', () => {
    const { selection } = setup();
    expect(selection.chosen('doc-2')).toEqual(['doc-2']);
    expect(selection.chosen(null)).toEqual([]);
    expect(selection.has('doc-2', 'doc-2')).toBe(true);
    expect(selection.has('doc-3', 'doc-2')).toBe(false);
    expect(selection.hasChoice).toBe(false);
  });

  it('chooses ranges from the anchor in list order, either way, and a new range replaces the old', () => {
    const { selection } = setup();
    selection.collapse('doc-3');
    selection.selectRange('doc-1', 'doc-3');
    expect(selection.chosen('doc-1')).toEqual(['doc-1', 'doc-2', 'doc-3']);
    selection.selectRange('doc-5', 'doc-1'); // the anchor stays doc-3
    expect(selection.chosen('doc-5')).toEqual(['doc-3', 'doc-4', 'doc-5']);
    expect(selection.hasChoice).toBe(true);
  });

  it('toggles from the active row, and a toggled row anchors the next range', () => {
    const { selection } = setup();
    selection.toggle('doc-4', 'doc-0');
    expect(selection.chosen('doc-4')).toEqual(['doc-0', 'doc-4']);
    selection.selectRange('doc-2', 'doc-4');
    expect(selection.chosen('doc-2')).toEqual(['doc-2', 'doc-3', 'doc-4']);
    selection.toggle('doc-3', 'doc-2');
    expect(selection.chosen('doc-3')).toEqual(['doc-2', 'doc-4']);
    // the one chosen document need not be the active row
    selection.toggle('doc-4', 'doc-3');
    expect(selection.chosen('doc-4')).toEqual(['doc-2']);
    expect(selection.has('doc-4', 'doc-4')).toBe(false);
    expect(selection.hasChoice).toBe(true);
    selection.collapse('doc-2');
    expect(selection.chosen('doc-2')).toEqual(['doc-2']);
  });

  it('selects every row, and counts only the chosen documents the list still shows', () => {
    const { list, selection } = setup();
    selection.selectAll();
    expect(selection.chosen('doc-0')).toHaveLength(6);
    list.rows = list.rows.filter((row) => !['doc-1', 'doc-2', 'doc-3', 'doc-4'].includes(row.id));
    expect(selection.chosen('doc-0')).toEqual(['doc-0', 'doc-5']);
    list.rows = list.rows.filter((row) => row.id !== 'doc-0' && row.id !== 'doc-5');
    // none of the chosen documents left: the active row again
    expect(selection.hasChoice).toBe(false);
    expect(selection.chosen('doc-x')).toEqual(['doc-x']);
    selection.clear();
    expect(selection.chosen('doc-0')).toEqual(['doc-0']);
  });
});
