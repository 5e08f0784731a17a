import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../model/index.js';
import { anchorTarget } from './anchor.js';
import { describeRange } from './describe.js';

const text =
  'Het rapport van de Congressional Executive Commission on China geeft een overzicht van ' +
  'mensenrechtenschendingen door de Chinese overheid. Het rapporteert over repressie van minderheden in Xinjiang.';

describe('describeRange', () => {
  it('stores the quote with 32 characters of context on each side and the position', () => {
    const start = text.indexOf('mensenrechtenschendingen');
    const end = start + 'mensenrechtenschendingen'.length;
    const target = describeRange(text, start, end);
    expect(target.quote.exact).toBe('mensenrechtenschendingen');
    expect(target.quote.prefix).toBe(text.slice(start - 32, start));
    expect(target.quote.prefix).toHaveLength(32);
    expect(target.quote.suffix).toBe(' door de Chinese overheid. Het r');
    expect(target.position).toEqual({ start, end });
  });

  it('shortens the context at the edges of the part', () => {
    const target = describeRange(text, 0, 11);
    expect(target.quote).toEqual({ exact: 'Het rapport', prefix: '', suffix: text.slice(11, 43) });
    const tail = describeRange(text, text.length - 9, text.length, 5);
    expect(tail.quote).toEqual({ exact: 'Xinjiang.', prefix: 'n in ', suffix: '' });
  });

  it('keeps ĳ, é and other non-ASCII characters as UTF-16 offsets', () => {
    const dutch = 'Één ĳverige café-eigenaar organiseert een reünie.';
    const start = dutch.indexOf('ĳverige');
    const target = describeRange(dutch, start, start + 7);
    expect(target.quote.exact).toBe('ĳverige');
    expect(target.quote.prefix).toBe('Één ');
  });

  it('round-trips: a fresh description anchors at the same place with score 1', () => {
    const start = text.indexOf('repressie');
    const target = describeRange(text, start, start + 'repressie van minderheden'.length);
    expect(anchorTarget(text, target)).toEqual({ start, end: target.position.end, state: 'anchored', score: 1 });
  });

  it.each([
    ['empty', 5, 5],
    ['reversed', 10, 4],
    ['negative', -1, 4],
    ['past the end', 10, text.length + 1],
    ['fractional', 1.5, 4],
  ])('throws invalid-input for a selection that is %s', (_name, start, end) => {
    let caught: unknown;
    try {
      describeRange(text, start, end);
    } catch (e) {
      caught = e;
    }
    expect(isVraagbaakError(caught, 'invalid-input')).toBe(true);
  });
});
