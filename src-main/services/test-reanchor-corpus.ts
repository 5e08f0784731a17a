/**
 * Test support for re-import: the real corpus document r30 (Aanhangsel 571, horse passports) as
 * its source text, and a corrected version of that text made in memory — an answer reworded, two
 * paragraphs moved, a sentence deleted, and the stock phrase "Zo nee, waarom niet?" taken out of
 * question 12 (it stays in five other questions). Test-only (excluded from the build like *.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Annotation } from '../core/model/index.js';
import type { Vraagbaak } from './index.js';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/nl-text');
export const R30_NAME = readdirSync(CORPUS).find((f) => f.startsWith('kvl-r30-')) ?? 'missing-r30';
/** the source text as in the corpus */
export const R30_TEXT = readFileSync(join(CORPUS, R30_NAME), 'utf8');
export const STOCK = 'Zo nee, waarom niet?';

const MOVED = /Ook is een traceringsonderzoek gedaan.*?onderzoek verder uit te breiden\./s;

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`r30 lacks "${from}"`);
  return text.replace(from, to);
}

/** The corrected version of r30's source text (same Aanhangsel number, so the same document id). */
export function correctedR30(): string {
  let text = replaceOnce(R30_TEXT, `en chips van paarden? ${STOCK}`, 'en chips van paarden?');
  text = replaceOnce(text, 'eerste kwartaal van 2025.', 'tweede kwartaal van 2025.');
  text = replaceOnce(text, 'Het bedrijf heeftvoor beide paarden een recall uitgezet en het vlees is teruggehaald. ', '');
  const moved = MOVED.exec(text)?.[0];
  if (moved === undefined) throw new Error('r30 lacks the paragraphs to move');
  text = text.replace(moved, '');
  return replaceOnce(text, 'handhavingsmaatregelen te nemen.', `handhavingsmaatregelen te nemen.${moved}`);
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The annotations the re-import tests make on r30 (each by its quote, in the part given). */
export const R30_QUOTES = {
  stock12: { part: { type: 'question', index: 11 }, quote: STOCK },
  stock9: { part: { type: 'question', index: 8 }, quote: STOCK },
  moved: { part: { type: 'answer', index: 19 }, quote: 'Ook is een traceringsonderzoek gedaan' },
  reworded: { part: { type: 'answer', index: 19 }, quote: 'De Tweede Kamer wordt hierovergeïnformeerd in het eerste kwartaal van 2025.' },
  deleted: { part: { type: 'answer', index: 19 }, quote: 'Het bedrijf heeftvoor beide paarden een recall uitgezet en het vlees is teruggehaald.' },
  unchanged: { part: { type: 'answer', index: 19 }, quote: 'De reactiesnelheid van andere landen is divers' },
} as const;
export type R30Key = keyof typeof R30_QUOTES;

/**
 * Imports r30 into `v` and makes the R30_QUOTES annotations on it.
 * @returns the document id and the annotations by key
 */
export async function importR30WithAnnotations(v: Vraagbaak): Promise<{ id: string; made: Record<R30Key, Annotation> }> {
  const report = await v.importer.importFiles([{ name: R30_NAME, bytes: bytesOf(R30_TEXT) }]);
  const id = report.imported[0]?.id;
  if (id === undefined) throw new Error('r30 not imported');
  const made = {} as Record<R30Key, Annotation>;
  for (const [key, { part, quote }] of Object.entries(R30_QUOTES) as [R30Key, (typeof R30_QUOTES)[R30Key]][]) {
    made[key] = await v.annotations.createByQuote(id, quote, { part, note: `note ${key}`, tagNames: ['paarden'] });
  }
  return { id, made };
}
