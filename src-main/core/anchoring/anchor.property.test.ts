/**
 * Re-anchoring as property tests (issue 10; hypothesis/client's match-quote tests are the model,
 * taken from examples to generated texts): how the result degrades as the quote or its context
 * degrades, short quotes re-anchor only exactly, and a stock phrase repeated across questions
 * never crosses to another part.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_AGREEMENT, SHORT_QUOTE_LENGTH, type AnchorMatch } from './anchor-rules.js';
import { anchorInParts } from './anchor-parts.js';
import { anchorTarget } from './anchor.js';
import { contextAgreement } from './context-evidence.js';
import { describeRange } from './describe.js';

const WORDS = [
  'de', 'het', 'een', 'minister', 'kabinet', 'Kamer', 'paarden', 'paspoorten', 'onderzoek', 'fraude', 'slachthuis',
  'Ierland', 'toezicht', 'regelgeving', 'lidstaten', 'informatie', 'bereid', 'uitsluiten', 'aangeven', 'hoeveel',
  'wanneer', 'waarom', 'zorgen', 'brief', 'vervoer', 'handhaving', 'NVWA', 'Europese', 'nationale', 'databank',
  'gegevens', 'controle', 'jaar', 'vlees', 'markt', 'staat', 'gaat', 'worden', 'kunnen', 'zijn', 'heeft', 'in', 'op', 'met', 'van',
];
/** Never occurs in generated text: a substitution with it costs exactly one edit wherever the quote is aligned. */
const FOREIGN = '#';
const STOCK = 'Zo nee, waarom niet?';

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 3, maxLength: 12 }).map((s) => s.join(' '));

const RANK = { anchored: 2, relocated: 1, orphaned: 0 } as const;
const rankOf = (m: AnchorMatch | null): number => RANK[m?.state ?? 'orphaned'];

/** `text` with the characters at `at` (offsets) replaced by FOREIGN. */
function substitute(text: string, at: readonly number[]): string {
  const chars = [...text];
  for (const i of at) chars[i] = FOREIGN;
  return chars.join('');
}

/** A paragraph with a selection in it: [start, end) of the given length range. */
const selection = (minLength: number, maxLength: number) =>
  paragraph
    .filter((p) => p.length >= maxLength + 2)
    .chain((text) =>
      fc.integer({ min: minLength, max: maxLength }).chain((length) => fc.record({ text: fc.constant(text), length: fc.constant(length), start: fc.integer({ min: 0, max: text.length - length }) })),
    );

/** Distinct offsets inside [from, to), in a random order (the order edits are applied in). */
const offsetsIn = (from: number, to: number, maxCount: number) => fc.uniqueArray(fc.integer({ min: from, max: to - 1 }), { minLength: 1, maxLength: Math.min(maxCount, to - from) });

/** Properties run a fixed number of cases: bounded by work, not by the clock. */
const WORK_BOUND = { timeout: 120_000 };

describe('anchorTarget: the result degrades with the quote, never improves', WORK_BOUND, () => {
  it('more edits inside a long quote never give a better state or a (noticeably) higher score', () => {
    fc.assert(
      fc.property(
        selection(SHORT_QUOTE_LENGTH, 90).chain((s) => fc.record({ s: fc.constant(s), edits: offsetsIn(s.start, s.start + s.length, Math.ceil(s.length * 0.4)) })),
        ({ s, edits }) => {
          const target = describeRange(s.text, s.start, s.start + s.length);
          const results = [0, ...edits.map((_, i) => i + 1)].map((n) => anchorTarget(substitute(s.text, edits.slice(0, n)), target));
          expect(results[0]).toEqual({ ...target.position, state: 'anchored', score: 1 });
          for (let n = 1; n < results.length; n++) {
            const [before, now] = [results[n - 1] ?? null, results[n] ?? null];
            expect(rankOf(now)).toBeLessThanOrEqual(rankOf(before));
            if (now !== null) {
              expect(now.state).toBe('relocated'); // the quote is no longer there verbatim
              expect(now.score).toBeLessThan((before?.score ?? 0) + 0.01);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('more edits in the context around an exact quote never give a better state', () => {
    /** offsets in the stored prefix and suffix (32 characters each side at most), in a random order */
    const contextEdits = (s: { text: string; start: number; length: number }) => {
      const before = Math.min(32, s.start);
      const after = Math.min(32, s.text.length - s.start - s.length);
      return fc
        .uniqueArray(fc.integer({ min: 0, max: before + after - 1 }), { minLength: 1, maxLength: before + after })
        .map((is) => is.map((i) => (i < before ? s.start - before + i : s.start + s.length + i - before)));
    };
    fc.assert(
      fc.property(
        selection(4, 60)
          .filter((s) => s.start > 0 && s.start + s.length < s.text.length)
          .chain((s) => fc.record({ s: fc.constant(s), edits: contextEdits(s) })),
        ({ s, edits }) => {
          const target = describeRange(s.text, s.start, s.start + s.length);
          let previous = rankOf(anchorTarget(s.text, target));
          for (let n = 1; n <= edits.length; n++) {
            const now = rankOf(anchorTarget(substitute(s.text, edits.slice(0, n)), target));
            expect(now).toBeLessThanOrEqual(previous);
            previous = now;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('anchorTarget: short quotes re-anchor only exactly', WORK_BOUND, () => {
  /** random edits anywhere: substitutions, deletions and insertions of a word */
  const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('substitute', 'delete', 'insert'), word: fc.constantFrom(...WORDS) });

  function applyEdits(text: string, edits: readonly { at: number; kind: string; word: string }[]): string {
    let out = text;
    for (const e of edits) {
      const at = e.at % (out.length + 1);
      if (e.kind === 'substitute') out = out.slice(0, at) + FOREIGN + out.slice(at + 1);
      else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + 3);
      else out = `${out.slice(0, at)} ${e.word} ${out.slice(at)}`;
    }
    return out;
  }

  it('a short quote lands only on a verbatim occurrence, supported by its context or its unchanged position', () => {
    fc.assert(
      fc.property(selection(3, SHORT_QUOTE_LENGTH - 1), fc.array(edit, { minLength: 1, maxLength: 8 }), (s, edits) => {
        const target = describeRange(s.text, s.start, s.start + s.length);
        const changed = applyEdits(s.text, edits);
        const m = anchorTarget(changed, target);
        if (m === null) return;
        expect(changed.slice(m.start, m.end)).toBe(target.quote.exact);
        expect(m.state).toBe('anchored');
        expect(m.start === target.position.start || (contextAgreement(changed, m, target.quote) ?? 0) >= CONTEXT_AGREEMENT).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a short quote edited in place is orphaned, not matched approximately', () => {
    fc.assert(
      fc.property(
        selection(3, SHORT_QUOTE_LENGTH - 1).chain((s) => fc.record({ s: fc.constant(s), edits: offsetsIn(s.start, s.start + s.length, 3) })),
        ({ s, edits }) => {
          const target = describeRange(s.text, s.start, s.start + s.length);
          const changed = substitute(s.text, edits);
          fc.pre(!changed.includes(target.quote.exact)); // no verbatim occurrence left anywhere
          expect(anchorTarget(changed, target)).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('stock phrases never cross to another part', WORK_BOUND, () => {
  /** questions in the corpus' style: a sentence, some ending in the stock phrase (at least two) */
  const questions = fc
    .array(fc.record({ lead: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), stock: fc.boolean() }), { minLength: 3, maxLength: 8 })
    .map((qs) => qs.map((q, i) => (q.stock || i < 2 ? `${q.lead} ${STOCK}` : q.lead)))
    .filter((qs) => new Set(qs).size === qs.length);

  const stockTarget = (text: string) => describeRange(text, text.lastIndexOf(STOCK), text.lastIndexOf(STOCK) + STOCK.length);
  const withStock = (qs: readonly string[]) => qs.flatMap((q, i) => (q.includes(STOCK) ? [i] : []));
  /** whether the stored context agrees with some occurrence of the phrase in `text` */
  const agreesSomewhere = (text: string, target: ReturnType<typeof stockTarget>) => {
    for (let at = text.indexOf(STOCK); at !== -1; at = text.indexOf(STOCK, at + 1)) {
      if ((contextAgreement(text, { start: at, end: at + STOCK.length }, target.quote) ?? 0) >= CONTEXT_AGREEMENT) return true;
    }
    return false;
  };

  it('in its own part: a look-alike question put in its place (renumbered) does not take the annotation', () => {
    fc.assert(
      fc.property(questions, fc.nat(), fc.nat(), (qs, i, j) => {
        const stocked = withStock(qs);
        const own = stocked[i % stocked.length]!;
        const other = stocked.filter((k) => k !== own)[j % (stocked.length - 1)]!;
        const target = stockTarget(qs[own]!);
        fc.pre(!agreesSomewhere(qs[other]!, target)); // the look-alike's own words differ
        expect(anchorTarget(qs[other]!, target)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('with no part named: found in its own part when it is there, and in no other part when it is gone from it', () => {
    fc.assert(
      fc.property(questions, fc.nat(), (qs, i) => {
        const stocked = withStock(qs);
        const own = stocked[i % stocked.length]!;
        const target = stockTarget(qs[own]!);
        const search = (texts: readonly string[]) => anchorInParts(texts.map((text, part) => ({ part, text, target })));
        fc.pre(qs.every((q, k) => k === own || !agreesSomewhere(q, target))); // the other questions' own words differ
        const found = search(qs);
        expect(found?.part).toBe(own);
        expect(found?.match.state).toBe('anchored');
        expect(search(qs.map((q, k) => (k === own ? q.replace(` ${STOCK}`, '') : q)))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('with no part named and no context to tell them apart, a phrase in several parts is not placed', () => {
    fc.assert(
      fc.property(questions, (qs) => {
        const bare = { quote: { exact: STOCK, prefix: '', suffix: '' } };
        expect(anchorInParts(qs.map((text, part) => ({ part, text, target: bare })))).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
