import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.js';
import { sentenceContext } from './context.js';

/** Context of the first occurrence of `quote` in `text`. */
function around(text: string, quote: string): { before: string; after: string } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return sentenceContext(text, start, start + quote.length);
}

const answer =
  'Ja. Op 19 januari 2021 heeft toenmalig Secretary of State Pompeo in een verklaring gesteld dat de Chinese staat genocide heeft gepleegd. ' +
  'Het kabinet heeft hiervan kennisgenomen.\n\nDeze genocide duurt volgens hem nog steeds voort. Nadere besluitvorming moet worden afgewacht.';

describe('sentenceContext', () => {
  it('gives the rest of the sentence around a quote in the middle of it', () => {
    expect(around(answer, 'de Chinese staat')).toEqual({
      before: 'Op 19 januari 2021 heeft toenmalig Secretary of State Pompeo in een verklaring gesteld dat ',
      after: ' genocide heeft gepleegd.',
    });
  });

  it('gives nothing before a quote at the start of its paragraph, and the sentence after it', () => {
    expect(around(answer, 'Deze genocide')).toEqual({ before: '', after: ' duurt volgens hem nog steeds voort.' });
    expect(around(answer, 'Ja.')).toEqual({ before: '', after: '' });
  });

  it('gives nothing after a quote at the end of its paragraph (no trailing space or blank line)', () => {
    expect(around(answer, 'kennisgenomen.')).toEqual({ before: 'Het kabinet heeft hiervan ', after: '' });
    expect(around(answer, 'afgewacht.')).toEqual({ before: 'Nadere besluitvorming moet worden ', after: '' });
  });

  it('takes every sentence a quote touches when it crosses sentence boundaries', () => {
    expect(around(answer, 'genocide heeft gepleegd. Het kabinet')).toEqual({
      before: 'Op 19 januari 2021 heeft toenmalig Secretary of State Pompeo in een verklaring gesteld dat de Chinese staat ',
      after: ' heeft hiervan kennisgenomen.',
    });
  });

  it('stays inside the paragraphs when a quote runs over a blank line', () => {
    expect(around(answer, 'kennisgenomen.\n\nDeze genocide')).toEqual({ before: 'Het kabinet heeft hiervan ', after: ' duurt volgens hem nog steeds voort.' });
  });

  it('does not end a sentence after Dutch abbreviations ("o.a.", "nr.", "dhr.", "bijv.") or an initial', () => {
    const text = 'Zie Kamerstuk 35 207, nr. 32. Dit gaat o.a. over de motie. Dhr. Jansen en prof. Smit, bijv. Drs. Bakker, spraken met J. de Vries. Einde.';
    expect(around(text, '35 207')).toEqual({ before: 'Zie Kamerstuk ', after: ', nr. 32.' });
    expect(around(text, 'de motie')).toEqual({ before: 'Dit gaat o.a. over ', after: '.' });
    expect(around(text, 'spraken')).toEqual({ before: 'Dhr. Jansen en prof. Smit, bijv. Drs. Bakker, ', after: ' met J. de Vries.' });
  });

  it('still ends sentences at "?" and "!" and after a number that closes a sentence', () => {
    const text = 'Is dat zo? Ja! Het gaat om 12. Daarna volgt de rest.';
    expect(around(text, 'Ja')).toEqual({ before: '', after: '!' });
    expect(around(text, 'gaat')).toEqual({ before: 'Het ', after: ' om 12.' });
  });

  it('keeps surrogate pairs and ĳ whole', () => {
    const text = 'Eerst 😀 iets. Het ĳs 🇳🇱 is dun. Klaar.';
    expect(around(text, 'ĳs')).toEqual({ before: 'Het ', after: ' 🇳🇱 is dun.' });
  });
});

describe('sentenceContext on real answers (corpus, parsed by the importer)', () => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const corpusDir = path.resolve(repoRoot, '../shared/corpus/nl-text');
  const parse = (prefix: string) => {
    const file = readdirSync(corpusDir).find((f) => f.startsWith(prefix));
    if (file === undefined) throw new Error(`corpus lacks ${prefix}`);
    return parseText(readFileSync(path.join(corpusDir, file), 'utf8'), { fileName: file, format: 'text', sha256: '0'.repeat(64) });
  };

  it('keeps "nr. 813" inside its sentence (r18, Kamerstuk reference)', () => {
    const doc = parse('kvl-r18-');
    const text = doc.answers.find((a) => a.text.includes('nr. 813'))?.text ?? '';
    expect(around(text, 'nr. 813')).toEqual({ before: 'Hierover isde Kamer geïnformeerd in een eerdere brief (Kamerstuk 23 645, ', after: ').' });
  });

  it('keeps "o.a." inside its sentence (r23)', () => {
    const doc = parse('kvl-r23-');
    const text = doc.answers.find((a) => a.text.includes('o.a. viajuridische'))?.text ?? '';
    const ctx = around(text, 'de bescherming van asielzoekers');
    expect(ctx.after).toBe(' en migranten, o.a. viajuridische steun en assistentie bij onderdak, gezondheidszorg en onderwijs.');
    expect(ctx.before.startsWith('Zo zet het door Nederland gefinancierde programma')).toBe(true);
  });

  it('gives a context that holds the quote, starts a sentence, stays in its paragraph, for every answer of every document', () => {
    let checked = 0;
    for (const file of readdirSync(corpusDir).filter((f) => f.startsWith('kvl-'))) {
      const doc = parseText(readFileSync(path.join(corpusDir, file), 'utf8'), { fileName: file, format: 'text', sha256: '0'.repeat(64) });
      for (const a of doc.answers) {
        // the middle third of the answer's first paragraph as the quote
        const para = a.text.split('\n\n')[0] ?? '';
        if (para.length < 30) continue;
        const start = Math.floor(para.length / 3);
        const end = Math.floor((2 * para.length) / 3);
        const { before, after } = sentenceContext(a.text, start, end);
        expect(a.text.slice(start - before.length, end + after.length)).toBe(`${before}${a.text.slice(start, end)}${after}`);
        expect(`${before}${after}`).not.toContain('\n\n');
        expect(before.length === start || /[.?!:;)”’»]\s*$|\n$/u.test(a.text.slice(0, start - before.length))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
