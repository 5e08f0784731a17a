import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../../core/model/index.js';
import { partRefFor } from './annotate.js';
import { parseFileBytes } from './parse.js';

const seedPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/seed/000_c9bbddca1680c246.txt');
const [seed] = await parseFileBytes('000_c9bbddca1680c246.txt', new Uint8Array(readFileSync(seedPath)));
if (!seed) throw new Error('the seed parsed to no document');

describe('partRefFor', () => {
  it('maps printed numbers to array indexes: answer:4 is the answer covering questions 3 and 4', () => {
    const ref = partRefFor(seed, { type: 'answer', number: 4 });
    expect(ref.type).toBe('answer');
    expect(seed.answers[ref.index]?.questionNumbers).toContain(4);
    expect(partRefFor(seed, { type: 'answer', number: 3 })).toEqual(ref);
    expect(partRefFor(seed, { type: 'question', number: 5 })).toEqual({ type: 'question', index: seed.questions.findIndex((q) => q.number === 5) });
    expect(partRefFor(seed, { type: 'title', number: null })).toEqual({ type: 'title', index: 0 });
  });

  it('names the missing part and the option when the document has no such part', () => {
    try {
      partRefFor(seed, { type: 'answer', number: 42 });
      expect.unreachable();
    } catch (e) {
      expect(isVraagbaakError(e, 'not-found')).toBe(true);
      expect((e as Error).message).toMatch(/has no answer to question 42 \(option --part answer:42\)/);
    }
  });
});
