/**
 * Fuzzing parseText with mutated real documents (lines dropped, duplicated, inserted, truncated,
 * junk bytes) and with oversized or pathological inputs: the result is a schema-valid QaDocument or
 * a VraagbaakError 'parse-failed', never anything else, and no input takes more than a few seconds.
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

/** Parses and checks the outcome; returns the time taken in ms. */
function check(text: string): number {
  const start = performance.now();
  try {
    const doc = parseText(text, source);
    const parsed = QaDocument.safeParse(doc);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  } catch (e) {
    if (!isVraagbaakError(e, 'parse-failed')) throw e;
    expect(e.message.startsWith('fuzz.txt: ')).toBe(true);
  }
  return performance.now() - start;
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
        expect(check(mutate(texts[which] ?? '', edits))).toBeLessThan(2000);
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

  it('cuts a 10 MB text to the budget, with a warning, within seconds', () => {
    let big = '';
    for (let i = 0; big.length < 10_000_000; i++) big += `${texts[i % texts.length] ?? ''}\n`;
    const start = performance.now();
    const doc = parseText(big, source);
    expect(performance.now() - start).toBeLessThan(20_000);
    expect(doc.warnings[0]).toContain(`more than the ${MAX_TEXT_CHARS} one document may have`);
  }, 30_000);

  it('has no catastrophic regular expression on pathological lines', () => {
    const lines = [
      ' '.repeat(300_000) + 'x',
      'a'.repeat(300_000),
      '1 '.repeat(150_000) + 'x',
      '1,'.repeat(150_000) + 'x',
      'Vraag ' + '1 en '.repeat(60_000) + 'x',
      'Antwoord op vragen ' + '1, '.repeat(60_000),
      'https://' + 'a-'.repeat(150_000),
      '?1'.repeat(150_000),
      'Vragen van het lid ' + 'X (Y), '.repeat(40_000) + 'aan de Minister van Z',
      '(ontvangen ' + '1 '.repeat(100_000),
      '«'.repeat(100_000) + '1',
      'Zo ja,'.repeat(50_000),
    ];
    for (const line of lines) {
      const text = `Vragen van het lid X (Y) aan de Minister van Z over iets (ingezonden 1 mei 2024).\nVraag 1\n${line}\nAntwoord 1\n${line}`;
      expect(check(text), line.slice(0, 30)).toBeLessThan(5000);
    }
  }, 60_000);
});
