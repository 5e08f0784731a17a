/**
 * Every Dutch text in the corpus parses without throwing, yields a schema-valid QaDocument, no
 * question, answer, Toelichting or footnote keeps page furniture or marker debris, and every
 * question of an answer document has an answer unless the warnings name it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QaDocument } from '../model/index.js';
import { parseText } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/nl-text');
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();

/** Furniture as printed on the pages; a question or answer must contain none of it. */
const FURNITURE = [/ISSN/u, /Tweede Kamer, vergaderjaar/u, /\bkv-tk-\d{4}Z\d+/u, /\bah-tk-\d{8}-\d+/u, /Aanhangsel \d+\s*$/mu, /’s-Gravenhage \d{4}/u, /Tweede Kamer der Staten-Generaal/u];
/** Footnotes may cite "Tweede Kamer, vergaderjaar …, 31 066, nr. 1372", but never hold a page footer. */
const FOOTNOTE_FURNITURE = [/ISSN/u, /\bkv-tk-\d{4}Z\d+/u, /\bah-tk-\d{8}-\d+/u, /Tweede Kamer, vergaderjaar \d{4}[–-]\d{4}, (?:Aanhangsel|Vragen)(?: \d+)?$/mu, /’s-Gravenhage \d{4}/u];

describe('corpus sweep', () => {
  it('covers all 69 Dutch texts', () => {
    expect(files.filter((f) => f.endsWith('.pdf.txt'))).toHaveLength(49);
    expect(files).toHaveLength(69);
  });

  for (const file of files) {
    it(file, () => {
      const doc = parseText(readFileSync(path.join(corpusDir, file), 'utf8'), { fileName: file, sha256: 'a'.repeat(64), format: 'text' });
      expect(QaDocument.safeParse(doc).success).toBe(true);
      const parts = [...doc.questions.map((q) => q.text), ...doc.answers.map((a) => a.text), doc.title ?? ''];
      for (const text of parts) {
        for (const pattern of FURNITURE) expect(text, `${pattern} in "${text.slice(0, 80)}"`).not.toMatch(pattern);
      }
      for (const text of [...parts, ...doc.footnotes.map((f) => f.text)]) {
        for (const pattern of FOOTNOTE_FURNITURE) expect(text, `${pattern} in "${text.slice(0, 80)}"`).not.toMatch(pattern);
        expect(text).not.toMatch(/[\uE000\uE001\u00AD\u200B]/u);
        expect(text).not.toMatch(/ {2}|^\s|\s$/u);
      }
      for (const q of doc.questions) expect(q.text.length).toBeGreaterThan(0);
      for (const e of doc.explanations ?? []) for (const pattern of FURNITURE) expect(e.text).not.toMatch(pattern);
      // an answer document pairs every question with an answer, or says which ones it could not
      if (doc.kind === 'answer') {
        const answered = new Set(doc.answers.flatMap((a) => a.questionNumbers));
        const unanswered = doc.questions.filter((q) => !answered.has(q.number)).map((q) => q.number);
        if (unanswered.length > 0) expect(doc.warnings).toContain(`no answer was found for question ${unanswered.join(', ')}`);
        for (const a of doc.answers) expect(a.text.length, 'an empty answer').toBeGreaterThan(0);
      }
      // footnotes are numbered 1…n and every note's marker was found in some part
      expect(doc.footnotes.map((f) => f.number)).toEqual(doc.footnotes.map((_, i) => i + 1));
      const referenced = new Set([...doc.questions, ...doc.answers].flatMap((p) => p.footnoteRefs));
      if (file.startsWith('kvl-')) for (const f of doc.footnotes) expect(referenced.has(f.number), `marker of footnote ${f.number}`).toBe(true);
      if (file.startsWith('kvl-') && file.endsWith('.pdf.txt')) expect(doc.id).toMatch(/^(?:ah-tk-\d{8}-\d+|kv-tk-\d{4}Z\d+)$/u);
    });
  }
});
