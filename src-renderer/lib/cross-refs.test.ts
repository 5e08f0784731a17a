import { describe, expect, it } from 'vitest';
import type { QaDocument } from '../../src-main/core/model/document.js';
import { isWebUrl, questionLinks, urlLinks } from './cross-refs.js';

function doc(references: QaDocument['references']): QaDocument {
  return {
    id: 'sha256:0000000000000000',
    kind: 'answer',
    title: null,
    askedBy: [],
    addressedTo: [],
    answeredBy: [],
    submittedOn: null,
    receivedOn: null,
    identifiers: {},
    questions: [1, 2, 8, 9].map((number) => ({ number, text: '', footnoteRefs: [] })),
    answers: [],
    footnotes: [],
    references,
    source: { fileName: 'x.txt', format: 'text', sha256: '0'.repeat(64) },
    warnings: [],
  };
}

const part = { type: 'answer' as const, index: 8 };
const label = (n: string) => `zie vraag ${n}`;

describe('questionLinks', () => {
  it('links the number in "zie het antwoord op vraag 8" (seed, answer to question 10)', () => {
    const text = 'Wat betreft het vaststellen van genocide met de huidige informatie, zie het antwoord op vraag 8.';
    const { inText, extra } = questionLinks(doc([{ inPart: part, kind: 'question', target: '8' }]), part, text, label);
    expect(inText).toHaveLength(1);
    expect(text.slice(inText[0]!.start, inText[0]!.end)).toBe('8');
    expect(inText[0]).toMatchObject({ href: '#vraag-8', external: false, label: 'zie vraag 8' });
    expect(extra).toEqual([]);
  });

  it('links each referenced number in a list ("vragen 1 en 2") and only references of this part', () => {
    const text = 'Zie de antwoorden op vragen 1 en 2.';
    const refs = [
      { inPart: part, kind: 'question' as const, target: '1' },
      { inPart: part, kind: 'question' as const, target: '2' },
      { inPart: { type: 'answer' as const, index: 0 }, kind: 'question' as const, target: '9' },
    ];
    const { inText } = questionLinks(doc(refs), part, text, label);
    expect(inText.map((l) => text.slice(l.start, l.end))).toEqual(['1', '2']);
  });

  it('reports references the text does not spell out, and ignores questions the document lacks', () => {
    const refs = [
      { inPart: part, kind: 'question' as const, target: '9' },
      { inPart: part, kind: 'question' as const, target: '42' },
      { inPart: part, kind: 'kamerstuk' as const, target: '35 207, nr. 32' },
    ];
    expect(questionLinks(doc(refs), part, 'Zie hierboven.', label)).toEqual({ inText: [], extra: ['9'] });
  });
});

describe('urlLinks', () => {
  it('finds a URL in a footnote without the closing parenthesis and full stop', () => {
    const text = "NRC.nl, 19 januari 2021, 'Minister Pompeo' (https://www.nrc.nl/nieuws/2021/01/19/a4028198).";
    const [found] = urlLinks(text);
    expect(found).toMatchObject({ href: 'https://www.nrc.nl/nieuws/2021/01/19/a4028198', external: true });
    expect(text.slice(found!.start, found!.end)).toBe(found!.href);
  });

  it('accepts only http and https as web URLs', () => {
    expect(isWebUrl('https://www.tweedekamer.nl')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(urlLinks('geen link, wel javascript:alert(1)')).toEqual([]);
  });
});
