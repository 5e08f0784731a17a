import { describe, expect, it } from 'vitest';
import { appendixAnchor, endnoteAnchor, idSafe, itemAnchor } from './anchors.js';

describe('anchors', () => {
  it('keeps letters, digits and dashes, and encodes everything else', () => {
    expect(idSafe('ah-tk-20202021-1682')).toBe('ah-tk-20202021-1682');
    expect(idSafe('b 1/x_y"é')).toBe('b_20_1_2f_x_5f_y_22__e9_');
    expect(idSafe('😀')).toBe('_d83d__de00_');
  });

  it('gives different ids to different texts, also ones that differ only in punctuation', () => {
    const texts = ['a b', 'a_b', 'a-b', 'a_20_b', 'a.b', 'a/b', 'a__b', 'ab', ''];
    expect(new Set(texts.map(idSafe)).size).toBe(texts.length);
  });

  it('prefixes each kind of anchor', () => {
    expect([itemAnchor('heading', 'x'), itemAnchor('excerpt', 'x'), itemAnchor('qa', 'x'), itemAnchor('document', 'x'), appendixAnchor('d 1'), endnoteAnchor(3)]).toEqual([
      'sec-x', 'ex-x', 'qa-x', 'doc-x', 'app-d_20_1', 'endnote-3',
    ]);
  });
});
