/**
 * Fuzzing parseText with mutated real documents (lines dropped, duplicated, inserted, truncated,
 * junk bytes) and with oversized or pathological inputs: the result is a schema-valid QaDocument or
 * a VraagbaakError 'parse-failed', never anything else, and the work grows linearly with the input.
 * No stopwatch (issue 11: tests must not depend on the machine's speed): the pathological inputs
 * are long enough that any super-linear pattern would run for many minutes, which the test's hang
 * limit (vite.config.ts) catches, while linear parsing of them takes about a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError, QaDocument } from '../model/index.js';
import { MAX_TEXT_CHARS, parseText } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/nl-text');
const texts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
const source = { fileName: 'fuzz.txt', sha256: '0'.repeat(64), format: 'text' as const };

/** Parses and checks the outcome: a schema-valid document or a parse-failed error naming the file. */
function check(text: string): void {
  try {
    const doc = parseText(text, source);
    const parsed = QaDocument.safeParse(doc);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  } catch (e) {
    if (!isVraagbaakError(e, 'parse-failed')) throw e;
    expect(e.message.startsWith('fuzz.txt: ')).toBe(true);
  }
}

type Edit = { op: 'drop' | 'dup' | 'insert' | 'junk' | 'truncate' | 'join'; at: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('drop', 'dup', 'insert', 'junk', 'truncate', 'join'),
  at: fc.nat(),
  text: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('Vraag 3', 'Antwoord', 'Antwoord op vragen 2 en 3', '1', '2 3', 'Toelichting:', 'Mededeling', 'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2', '\f', '1NOS, 1 november 2024', 'Vragen van het lid X (Y) aan de Minister van Z (ingezonden 1 mei 2024).', '(ontvangen 31 februari 2024)'),
  ),
});

function mutate(original: string, edits: readonly Edit[]): string {
  let lines = original.split('\n');
  for (const e of edits) {
    const i = e.at % Math.max(1, lines.length);
    switch (e.op) {
      case 'drop':
        lines.splice(i, 1);
        break;
      case 'dup':
        lines.splice(i, 0, lines[i] ?? '');
        break;
      case 'insert':
        lines.splice(i, 0, e.text);
        break;
      case 'join':
        lines.splice(i, 2, `${lines[i] ?? ''}${lines[i + 1] ?? ''}`);
        break;
      case 'truncate':
        lines = lines.slice(0, i);
        break;
      case 'junk': {
        const line = lines[i] ?? '';
        const bytes = [...e.text].map((c) => String.fromCharCode((c.codePointAt(0) ?? 0) % 256)).join('');
        const cut = e.at % (line.length + 1);
        lines[i] = line.slice(0, cut) + bytes + line.slice(cut);
        break;
      }
    }
  }
  return lines.join('\n');
}

describe('parseText under fuzzing', () => {
  it('returns a valid document or parse-failed for mutated corpus texts', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { maxLength: 10 }), (which, edits) => {
        check(mutate(texts[which] ?? '', edits));
      }),
      { numRuns: 200, seed: 20241129 },
    );
  });

  it('handles random byte strings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        check(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
        check(String.fromCharCode(...bytes));
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('cuts a 10 MB text to the budget, with a warning', () => {
    let big = '';
    for (let i = 0; big.length < 10_000_000; i++) big += `${texts[i % texts.length] ?? ''}\n`;
    const doc = parseText(big, source);
    expect(doc.warnings[0]).toContain(`more than the ${MAX_TEXT_CHARS} one document may have`);
  });

  it('has no catastrophic regular expression on pathological lines', () => {
    // lines of about a million characters, twice in a text (under MAX_TEXT_CHARS): linear work is
    // ~1e7 steps per text, a quadratic pattern ~1e12, i.e. minutes even on a fast machine
    const L = 1_000_000;
    const lines = [
      ' '.repeat(L) + 'x',
      'a'.repeat(L),
      '1 '.repeat(L / 2) + 'x',
      '1,'.repeat(L / 2) + 'x',
      'Vraag ' + '1 en '.repeat(L / 5) + 'x',
      'Antwoord op vragen ' + '1, '.repeat(L / 3),
      'https://' + 'a-'.repeat(L / 2),
      '?1'.repeat(L / 2),
      'Vragen van het lid ' + 'X (Y), '.repeat(L / 7) + 'aan de Minister van Z',
      '(ontvangen ' + '1 '.repeat(L / 2),
      '«'.repeat(L / 2) + '1',
      'Zo ja,'.repeat(L / 6),
    ];
    for (const line of lines) {
      const text = `Vragen van het lid X (Y) aan de Minister van Z over iets (ingezonden 1 mei 2024).\nVraag 1\n${line}\nAntwoord 1\n${line}`;
      check(text);
    }
  });
});
