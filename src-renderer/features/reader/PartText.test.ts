// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { selectionInPart, targetFor, textOffsetWithin } from '../../lib/selection.js';
import { SEARCH_HIT_ID } from '../../lib/search-marks.js';
import PartText from './PartText.svelte';

const TEXT =
  'Het kabinet stelt zich op het standpunt dat er sprake is van grootschalige mensenrechtenschendingen tegen ' +
  'Oeigoeren.\n\nZie het antwoord op vraag 8.';
const PHRASE = 'grootschalige mensenrechtenschendingen';
const START = TEXT.indexOf(PHRASE);

function renderPart() {
  const { container } = render(PartText, {
    props: {
      part: { type: 'answer', index: 6 },
      text: TEXT,
      highlights: [
        { start: START, end: START + PHRASE.length, annotationId: 'a1', color: '#b9f6ca' },
        { start: START + 14, end: START + 60, annotationId: 'a2', color: '#fff176' },
      ],
      links: [{ start: TEXT.length - 2, end: TEXT.length - 1, href: '#vraag-8', external: false, label: 'zie vraag 8' }],
    },
  });
  const element = container.querySelector<HTMLElement>('[data-part="answer:6"]');
  if (!element) throw new Error('no part element');
  return element;
}

/** The text node and offset inside it where part offset `offset` falls. */
function pointAt(root: HTMLElement, offset: number): [Text, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= seen + node.length) return [node, offset - seen];
    seen += node.length;
  }
  throw new Error(`offset ${offset} outside the text`);
}

describe('PartText', () => {
  it('renders exactly the part text, with highlights as marks and a link', () => {
    const element = renderPart();
    expect(element.textContent).toBe(TEXT);
    const marks = [...element.querySelectorAll('mark')];
    expect(marks.map((m) => m.dataset['annotationIds'])).toEqual(['a1', 'a1 a2', 'a2']);
    expect(marks.map((m) => m.textContent).join('')).toBe(TEXT.slice(START, START + 60));
    const link = element.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#vraag-8');
    expect(link?.textContent).toBe('8');
  });

  it('maps a DOM selection across mark boundaries back to part offsets and selectors', () => {
    const element = renderPart();
    const range = document.createRange();
    range.setStart(...pointAt(element, START - 2));
    range.setEnd(...pointAt(element, START + PHRASE.length + 6));
    const resolved = selectionInPart(range);
    expect(resolved).toMatchObject({ part: { type: 'answer', index: 6 }, start: START - 2, end: START + PHRASE.length + 6 });

    const target = targetFor(resolved!.part, TEXT, resolved!.start, resolved!.end);
    expect(target.quote.exact).toBe(`n ${PHRASE} tegen`);
    expect(target.quote.prefix).toBe(TEXT.slice(START - 34, START - 2));
    expect(target.quote.prefix).toHaveLength(32);
    expect(target.quote.suffix).toHaveLength(32);
  });

  it('leaves out surrounding whitespace and rejects whitespace-only or cross-part selections', () => {
    const element = renderPart();
    const paragraphBreak = TEXT.indexOf('\n\n');
    const range = document.createRange();
    range.setStart(...pointAt(element, paragraphBreak - 10));
    range.setEnd(...pointAt(element, paragraphBreak + 2));
    expect(selectionInPart(range)).toMatchObject({ start: paragraphBreak - 10, end: paragraphBreak });

    range.setStart(...pointAt(element, paragraphBreak));
    expect(selectionInPart(range)).toBeNull();

    const outside = document.createElement('p');
    outside.textContent = 'elders';
    document.body.append(outside);
    range.setStart(...pointAt(element, 0));
    range.setEnd(outside.firstChild!, 3);
    expect(selectionInPart(range)).toBeNull();
  });

  it('counts element-level DOM points (container = element, offset = child index)', () => {
    const element = renderPart();
    const mark = element.querySelector('mark')!;
    expect(textOffsetWithin(element, mark, 0)).toBe(START);
    expect(textOffsetWithin(element, mark, mark.childNodes.length)).toBe(START + 14);
  });
});

describe('PartText search-hit marks', () => {
  it('marks hit words inside and outside annotations without changing the text', () => {
    const word = 'Oeigoeren';
    const at = TEXT.indexOf(word);
    const { container } = render(PartText, {
      props: {
        part: { type: 'answer', index: 6 },
        text: TEXT,
        highlights: [
          { start: START, end: START + PHRASE.length, annotationId: 'a1', color: '#b9f6ca' },
          { start: START + 14, end: START + PHRASE.length, annotationId: SEARCH_HIT_ID, color: '' },
          { start: at, end: at + word.length, annotationId: SEARCH_HIT_ID, color: '' },
        ],
      },
    });
    const element = container.querySelector<HTMLElement>('[data-part="answer:6"]')!;
    expect(element.textContent).toBe(TEXT);
    expect([...element.querySelectorAll('mark.search-hit')].map((m) => m.textContent)).toEqual(['mensenrechtenschendingen', word]);
    expect([...element.querySelectorAll<HTMLElement>('mark[data-annotation-ids]')].map((m) => m.dataset['annotationIds'])).toEqual(['a1', 'a1']);
    expect(element.querySelector('mark[data-annotation-ids] > mark.search-hit')?.textContent).toBe('mensenrechtenschendingen');
  });
});
