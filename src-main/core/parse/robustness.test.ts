/**
 * Property tests: whatever text comes in, parseText either returns a schema-valid QaDocument or
 * throws VraagbaakError 'parse-failed' — never another error, never an invalid document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError, QaDocument } from '../model/index.js';
import { parseText } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = (name: string): string => readFileSync(path.resolve(repoRoot, '../shared/corpus/nl-text', name), 'utf8');
const source = { fileName: 'prop.txt', sha256: '0'.repeat(64), format: 'text' as const };

function outcome(text: string): 'ok' | 'parse-failed' {
  try {
    const doc = parseText(text, source);
    expect(QaDocument.safeParse(doc).success).toBe(true);
    return 'ok';
  } catch (e) {
    if (isVraagbaakError(e, 'parse-failed')) {
      expect(e.message.startsWith('prop.txt: ')).toBe(true);
      return 'parse-failed';
    }
    throw e;
  }
}

describe('parseText robustness', () => {
  it('handles arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => void outcome(text)), { numRuns: 300 });
  });

  it('handles real documents with lines dropped, duplicated or shuffled', () => {
    const docs = ['kvl-r23-Antwoord_op_vragen_van_de_leden_Koekkoek.pdf.txt', 'kvl-r02-Antwoord_op_vragen_van_het_lid_Mutluer_o.docx.txt', 'kvl-r65-Uitstel_beantwoording_vragen_van_het_lid.pdf.txt'].map(
      (f) => corpus(f).split('\n'),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docs.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'swap')), { maxLength: 12 }), (which, edits) => {
        const lines = [...(docs[which] ?? [])];
        for (const [n, op] of edits) {
          const i = n % Math.max(1, lines.length);
          if (op === 'drop') lines.splice(i, 1);
          else if (op === 'dup') lines.splice(i, 0, lines[i] ?? '');
          else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1] ?? '', lines[i] ?? ''];
        }
        outcome(lines.join('\n'));
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseText: an over-long subject', () => {
  it('keeps the first 400 characters of the title at a word boundary, with a warning', () => {
    const r65 = readFileSync(path.resolve(import.meta.dirname, '../../../../shared/corpus/nl-text/kvl-r65-Uitstel_beantwoording_vragen_van_het_lid.pdf.txt'), 'utf8');
    const long = 'heel '.repeat(20_000);
    const text = r65.replace('Migratie over het', `Migratie over het ${long}`);
    expect(text).not.toBe(r65);
    const doc = parseText(text, { fileName: 'lang.txt', sha256: '0'.repeat(64), format: 'text' });
    expect(parseText(r65, { fileName: 'r65.txt', sha256: '0'.repeat(64), format: 'text' }).title).toMatch(/^het bericht «Kinderrechtencollectief/);
    expect(doc.title!.length).toBeLessThanOrEqual(401);
    expect(doc.title!.endsWith('heel…')).toBe(true);
    expect(doc.warnings.some((w) => /the subject is \d+ characters long/.test(w))).toBe(true);
    expect(doc.kind).toBe('delay-notice');
    expect(doc.askedBy).toEqual([{ name: 'Podt', party: 'D66' }]);
  });
});
