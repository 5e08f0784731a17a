import { describe, expect, it } from 'vitest';
import type { TextBlock } from './content.js';
import { parseBriefingText } from './markdown.js';

const plain = (text: string) => ({ text, bold: false, italic: false });
const bold = (text: string) => ({ text, bold: true, italic: false });
const italic = (text: string) => ({ text, bold: false, italic: true });
const para = (...runs: ReturnType<typeof plain>[]): TextBlock => ({ type: 'paragraph', runs });

describe('parseBriefingText: the subset', () => {
  it('splits paragraphs at blank lines and keeps a line break inside a paragraph as "\\n"', () => {
    expect(parseBriefingText('Eerste alinea,\nop twee regels.\n\nTweede  \nalinea.')).toEqual([
      para(plain('Eerste alinea,\nop twee regels.')),
      para(plain('Tweede\nalinea.')),
    ]);
  });

  it('reads **bold**, __bold__, *italic*, _italic_ and both at once', () => {
    expect(parseBriefingText('Het **kabinet** en __de Kamer__ *wachten* _af_ en ***beide***.')).toEqual([
      para(plain('Het '), bold('kabinet'), plain(' en '), bold('de Kamer'), plain(' '), italic('wachten'), plain(' '), italic('af'), plain(' en '), { text: 'beide', bold: true, italic: true }, plain('.')),
    ]);
  });

  it('reads bullet and numbered lists, with styles inside items, and flattens a nested list', () => {
    expect(parseBriefingText('Punten:\n\n- een\n- twee **vet**\n  - genest\n- drie\n\n1. eerst\n2. dan')).toEqual([
      para(plain('Punten:')),
      { type: 'list', ordered: false, items: [[plain('een')], [plain('twee '), bold('vet')], [plain('genest')], [plain('drie')]] },
      { type: 'list', ordered: true, items: [[plain('eerst')], [plain('dan')]] },
    ]);
  });

  it('keeps the paragraphs of a loose list item in one item, a line break between them', () => {
    expect(parseBriefingText('- een\n\n  vervolg\n- twee')).toEqual([{ type: 'list', ordered: false, items: [[plain('een\nvervolg')], [plain('twee')]] }]);
  });

  it('gives nothing for empty or blank text and drops empty list items', () => {
    expect(parseBriefingText('')).toEqual([]);
    expect(parseBriefingText(' \n\n \t')).toEqual([]);
    expect(parseBriefingText('- \n- x')).toEqual([{ type: 'list', ordered: false, items: [[plain('x')]] }]);
  });
});

describe('parseBriefingText: everything else is literal text', () => {
  it.each([
    ['<script>alert(1)</script>'],
    ['<b onclick="x()">vet</b>'],
    ['[klik](javascript:alert(1))'],
    ['<https://example.org>'],
    ['![beeld](https://example.org/x.png)'],
    ['`code` en ```blok```'],
    ['&amp; &lt;b&gt; &#x3C;'],
    ['| a | b |\n|---|---|\n| 1 | 2 |'],
    ['https://www.tweedekamer.nl wordt geen link'],
  ])('%s', (text) => {
    expect(parseBriefingText(text)).toEqual([para(plain(text))]);
  });

  it('keeps headings, quotes, rules and code markers as typed', () => {
    expect(parseBriefingText('# Kop')).toEqual([para(plain('# Kop'))]);
    expect(parseBriefingText('## Kop 2\nTekst')).toEqual([para(plain('## Kop 2\nTekst'))]);
    expect(parseBriefingText('> citaat')).toEqual([para(plain('> citaat'))]);
    expect(parseBriefingText('Tekst\n---')).toEqual([para(plain('Tekst\n---'))]);
    expect(parseBriefingText('```\ncode\n```')).toEqual([para(plain('```\ncode\n```'))]);
  });

  it('leaves unclosed or unmatched emphasis markers as characters', () => {
    expect(parseBriefingText('**niet gesloten')).toEqual([para(plain('**niet gesloten'))]);
    expect(parseBriefingText('5 * 3 = 15 en a_b_c')).toEqual([para(plain('5 * 3 = 15 en a_b_c'))]);
  });

  it('takes a backslash-escaped asterisk as a literal asterisk', () => {
    expect(parseBriefingText('\\*geen cursief\\*')).toEqual([para(plain('*geen cursief*'))]);
  });

  it('keeps emoji, ĳ and other non-ASCII text intact, also inside styles', () => {
    expect(parseBriefingText('😀 ĳverig **Één café** – reünie 🇳🇱')).toEqual([para(plain('😀 ĳverig '), bold('Één café'), plain(' – reünie 🇳🇱'))]);
  });
});
