import { describe, expect, it } from 'vitest';
import { anchorTarget } from './anchor.js';
import { MIN_SCORE } from './anchor-rules.js';
import { describeRange } from './describe.js';

/** A ministerial answer in the corpus' style (three paragraphs, one repeated phrase). */
const answer = [
  'Het kabinet deelt de zorgen over de mensenrechtensituatie in Xinjiang. Op dit terrein is de afgelopen ' +
    'jaren al nauw samen opgetrokken met de Verenigde Staten, vooral in VN-verband.',
  'De minister van Buitenlandse Zaken heeft deze zorgen in januari opnieuw overgebracht aan zijn Chinese ' +
    'ambtgenoot. Het kabinet blijft de situatie nauwlettend volgen.',
  'Daarnaast zal de minister van Buitenlandse Zaken het onderwerp agenderen in de Raad Buitenlandse Zaken ' +
    'van maart. Het kabinet blijft de situatie nauwlettend volgen en informeert uw Kamer.',
].join('\n\n');

function targetOf(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return describeRange(text, start, start + quote.length);
}

function quoted(text: string, m: { start: number; end: number } | null): string | null {
  return m === null ? null : text.slice(m.start, m.end);
}

describe('anchorTarget: exact matches', () => {
  it('anchors an unchanged text at the stored position with score 1', () => {
    const target = targetOf(answer, 'nauw samen opgetrokken');
    expect(anchorTarget(answer, target)).toEqual({ ...target.position, state: 'anchored', score: 1 });
  });

  it('follows the quote when text is inserted before it (position moved)', () => {
    const target = targetOf(answer, 'overgebracht aan zijn Chinese ambtgenoot');
    const inserted = 'Vooraf merk ik het volgende op. ' + answer;
    const m = anchorTarget(inserted, target);
    expect(m?.state).toBe('anchored');
    expect(m?.start).toBe(target.position.start + 'Vooraf merk ik het volgende op. '.length);
    expect(quoted(inserted, m)).toBe('overgebracht aan zijn Chinese ambtgenoot');
  });

  it('still anchors when the words right before the quote were edited', () => {
    const target = targetOf(answer, 'in januari opnieuw overgebracht');
    const edited = answer.replace('heeft deze zorgen in januari', 'heeft die zorgen mondeling in januari');
    const m = anchorTarget(edited, target);
    expect(m?.state).toBe('anchored');
    expect(quoted(edited, m)).toBe('in januari opnieuw overgebracht');
  });

  it('resolves a repeated phrase by its suffix, even when the stored position is stale', () => {
    // "Het kabinet blijft de situatie nauwlettend volgen" occurs twice; the second is followed by "en informeert".
    const target = targetOf(answer, 'Het kabinet blijft de situatie nauwlettend volgen', 1);
    const moved = 'Inleiding. '.repeat(30) + answer;
    const m = anchorTarget(moved, target);
    expect(m?.state).toBe('anchored');
    expect(moved.slice(m!.end, m!.end + 14)).toBe(' en informeert');
  });

  it('resolves a repeated phrase by its prefix', () => {
    // "de minister van Buitenlandse Zaken" occurs twice (once capitalised "De"); choose by "Daarnaast zal".
    const target = targetOf(answer, 'minister van Buitenlandse Zaken', 1);
    const m = anchorTarget('Nieuw begin. ' + answer, target);
    expect(m?.state).toBe('anchored');
    const text = 'Nieuw begin. ' + answer;
    expect(text.slice(m!.start - 17, m!.start)).toBe('Daarnaast zal de ');
  });

  it('marks an exact but ambiguous choice of a long quote (identical context twice) as relocated', () => {
    const sentence = 'Het kabinet zal uw Kamer hierover voor de zomer informeren.';
    const twice = [sentence, sentence, sentence, sentence].join(' ');
    const target = targetOf(twice, 'zal uw Kamer hierover voor de zomer informeren', 1);
    const shifted = 'Kort. ' + twice;
    const m = anchorTarget(shifted, target);
    expect(m?.state).toBe('relocated');
    expect(quoted(shifted, m)).toBe('zal uw Kamer hierover voor de zomer informeren');
  });

  it('orphans a short quote that its context cannot tell apart from another occurrence, unless it is still at its position', () => {
    const sentence = 'Het kabinet zal uw Kamer hierover voor de zomer informeren.';
    const twice = `${sentence} ${sentence} ${sentence}`;
    const target = targetOf(twice, 'uw Kamer hierover', 1);
    expect(anchorTarget('Kort. ' + twice, target)).toBeNull();
    // the same text, the stored position still holds it: position + exact quote decide
    expect(anchorTarget(twice.replace('Het kabinet', 'Het Kabinet'), target)).toEqual({ ...target.position, state: 'anchored', score: expect.any(Number) as number });
  });
});

describe('anchorTarget: how the result degrades as the quote degrades', () => {
  const original = targetOf(answer, 'zal de minister van Buitenlandse Zaken het onderwerp agenderen in de Raad');
  const versions = [
    'zal de minister van Buitenlandse Zaken het onderwerp agenderen in de Raad', // unchanged
    'zal de minister van Buitenlandse Zaken het onderwerp agenderen in de raad', // 1 edit
    'zal de minister van Buitenlandse Zaken dit onderwerp agenderen op de Raad', // 4 edits
    'zal de minister voor Buitenlandse Zaken dit onderwerp aankaarten op de Raad', // ~12 edits
  ];

  it('scores decrease monotonically: anchored → relocated → relocated', () => {
    const results = versions.map((v) => anchorTarget(answer.replace(original.quote.exact, v), original));
    expect(results.map((r) => r?.state)).toEqual(['anchored', 'relocated', 'relocated', 'relocated']);
    const scores = results.map((r) => r!.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores[3]).toBeGreaterThanOrEqual(MIN_SCORE);
    versions.forEach((v, i) => expect(quoted(answer.replace(original.quote.exact, v), results[i]!)).toBe(v));
  });

  it('orphans the annotation when the quote is heavily rewritten', () => {
    const rewritten = answer.replace(original.quote.exact, 'wordt het dossier door de bewindspersoon besproken met EU-collega’s');
    expect(anchorTarget(rewritten, original)).toBeNull();
  });

  it('orphans when both the quote and its surroundings changed, even within the edit budget', () => {
    // quote ~20 % edited AND prefix/suffix replaced: the score falls under the minimum
    const target = targetOf(answer, 'nauwlettend volgen en informeert uw Kamer');
    const rewritten = answer.replace(
      'van maart. Het kabinet blijft de situatie nauwlettend volgen en informeert uw Kamer.',
      'in april; daarover zal ik nauwkeurig volgen en informeren uw Kamer, zo is toegezegd.',
    );
    expect(anchorTarget(rewritten, target)).toBeNull();
  });

  it('never moves onto a look-alike sentence when the original was rewritten', () => {
    // hypothesis/client #7571: the stored sentence is gone; a similar one elsewhere must not take the note.
    const text = 'Het kabinet deelt de zorgen over de situatie. Dit is een andere zin over de begroting.';
    const target = targetOf(text, 'Het kabinet deelt de zorgen over de situatie.');
    const changed =
      'Het kabinet onderschrijft de conclusies van het rapport niet. Dit is een andere zin over de begroting. ' +
      'In een bijlage: het kabinet deelt de zorgen over de situatie in Tibet.';
    // the look-alike differs by one letter but sits in a different context: orphaned, not moved
    expect(anchorTarget(changed, target)).toBeNull();
  });

  it('orphans a short quote whose only occurrence now has different surroundings', () => {
    const text = 'Vraag beantwoord: Ja. Verder geen opmerkingen.';
    const target = targetOf(text, 'Ja.');
    expect(anchorTarget('Het antwoord luidt nu anders. Ook ja. Nee? Ja. Of niet.', target)).toBeNull();
  });

  it('keeps a long exact quote that moved into new surroundings, as relocated', () => {
    const target = targetOf(answer, 'mensenrechtensituatie in Xinjiang. Op dit terrein');
    const moved = 'Geheel nieuwe inleiding zonder verband: mensenrechtensituatie in Xinjiang. Op dit terrein, zoals gezegd.';
    const m = anchorTarget(moved, target);
    expect(m?.state).toBe('relocated');
    expect(quoted(moved, m)).toBe('mensenrechtensituatie in Xinjiang. Op dit terrein');
  });

  it('orphans an edited quote that matches two places equally well (no margin)', () => {
    const text = 'Zie het antwoord op vraag 3 hierboven. Zie het antwoord op vraag 3 hierboven.';
    const target = { quote: { exact: 'het antwoord op vraag 8', prefix: 'Volgens mij ', suffix: ' elders' }, position: { start: 0, end: 23 } };
    expect(anchorTarget(text, target)).toBeNull();
  });

  it('returns null for an empty text', () => {
    expect(anchorTarget('', targetOf(answer, 'Xinjiang'))).toBeNull();
  });
});

describe('anchorTarget: selectors without context or position (W3C files from other tools)', () => {
  const bare = (exact: string) => ({ quote: { exact, prefix: '', suffix: '' } });

  it('places a short quote that occurs once, for review (nothing confirms it), and anchors it at its stored position', () => {
    const once = anchorTarget(answer, bare('Xinjiang'));
    expect(once).toMatchObject({ start: answer.indexOf('Xinjiang'), state: 'relocated' });
    const at = answer.indexOf('Xinjiang');
    expect(anchorTarget(answer, { ...bare('Xinjiang'), position: { start: at, end: at + 8 } })?.state).toBe('anchored');
  });

  it('does not guess between two occurrences of a short quote, unless its stored position holds one', () => {
    expect(anchorTarget(answer, bare('Het kabinet blijft'))).toBeNull();
    const second = answer.lastIndexOf('Het kabinet blijft');
    expect(anchorTarget(answer, { ...bare('Het kabinet blijft'), position: { start: second, end: second + 18 } })).toMatchObject({ start: second, state: 'anchored' });
    expect(anchorTarget(answer, { ...bare('Het kabinet blijft'), position: { start: second + 1, end: second + 19 } })).toBeNull();
  });

  it('places a long quote without a position by its context, and orphans one that occurs twice alike in new surroundings', () => {
    const target = targetOf(answer, 'overgebracht aan zijn Chinese ambtgenoot');
    expect(anchorTarget(answer, { quote: target.quote })).toMatchObject({ ...target.position, state: 'anchored' });
    const sentence = 'Het kabinet blijft de situatie nauwlettend volgen';
    expect(anchorTarget(`Eerst dit. ${sentence}. Dan dat. ${sentence}. Klaar.`, { quote: { exact: sentence, prefix: 'iets heel anders hier', suffix: ' en ook daar' } })).toBeNull();
  });
});

describe('anchorTarget: speed on a long part', () => {
  it('re-anchors 100 annotations in a 20,000-character answer (the time is logged, not asserted)', () => {
    let long = '';
    for (let i = 0; long.length < 20_000; i++) long += `Paragraaf ${i}: ${answer}\n\n`;
    const targets = Array.from({ length: 100 }, (_, i) => {
      const start = (i * 197) % (long.length - 120);
      return describeRange(long, start, start + 60);
    });
    const edited = long.replace(/Buitenlandse/g, 'Buitenlandsche'); // forces fuzzy matching for many quotes
    const t0 = performance.now();
    const results = targets.map((t) => anchorTarget(edited, t));
    const perAnnotation = (performance.now() - t0) / targets.length;
    expect(results.filter((r) => r !== null).length).toBeGreaterThan(50);
    console.log(`anchorTarget on ${edited.length} chars: ${perAnnotation.toFixed(2)} ms per annotation`);
  });
});
