/**
 * Test support for the briefing services and CLI: a temp archive with three real answers from the
 * corpus imported through the real importer, and excerpts in them tagged with a small theme tree.
 * Test-only (excluded from the build like *.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Annotation, PartRef, QaDocument, Tag } from '../core/model/index.js';
import type { PdfPrinter } from '../pdf/printer.js';
import type { Vraagbaak } from './index.js';
import { REPO_ROOT, type TempArchives } from './test-archives.js';

const CORPUS = resolve(REPO_ROOT, '../shared/corpus/nl-text');

/** The corpus answers used: their files and what the tests know about them (read from the files). */
export const BRIEFING_DOCUMENTS = {
  /** Boswijk (CDA) → minister Veldkamp, received 2024-11-18; answer 4 covers questions 4 and 5 */
  boswijk: 'kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt',
  /** El Abassi → received 2024-11-18 */
  elAbassi: 'kvl-r19-Antwoord_op_vragen_van_het_lid_El_Abassi.pdf.txt',
  /** Van Nispen c.s. → received 2024-11-14 */
  vanNispen: 'kvl-r04-Antwoord_op_vragen_van_de_leden_Van_Nisp.pdf.txt',
} as const;

export type DocumentKey = keyof typeof BRIEFING_DOCUMENTS;

/** The path of a corpus document used here. */
export function corpusPath(key: DocumentKey): string {
  return resolve(CORPUS, BRIEFING_DOCUMENTS[key]);
}

export interface BriefingArchive {
  v: Vraagbaak;
  dir: string;
  docs: Record<DocumentKey, QaDocument>;
  /** Buitenland > (Verenigde Naties, Rusland); Rechtsstaat */
  tags: Record<'buitenland' | 'vn' | 'rusland' | 'rechtsstaat', Tag>;
  /** the excerpts, by name */
  excerpts: Record<'top' | 'poetin' | 'vn2013' | 'avg' | 'serieus', Annotation>;
}

const answer = (index: number): PartRef => ({ type: 'answer', index });

/**
 * Opens a new temp archive (through `temp`), imports the three answers and annotates them:
 * - Boswijk answer 1 "De jaarlijkse top" — Buitenland, with a note
 * - Boswijk answer 2 "Ontegenzeggelijk heeft president Poetin" — Rusland
 * - Boswijk answer 4 (to questions 4 and 5) "In 2013 heeft de toenmalige Secretaris-Generaal" — Verenigde Naties
 * - El Abassi answer 3 "Op grond van artikel 15" — Rechtsstaat
 * - Van Nispen answer 4 "Vanzelfsprekend neem ik uw Kamer serieus" — Rechtsstaat
 */
export async function openBriefingArchive(temp: TempArchives, printer?: PdfPrinter): Promise<BriefingArchive> {
  const dir = await temp.tempDir();
  const v = await temp.open(dir, printer ? { printer } : {});
  const files = await Promise.all(
    (Object.keys(BRIEFING_DOCUMENTS) as DocumentKey[]).map(async (key) => ({ name: BRIEFING_DOCUMENTS[key], bytes: new Uint8Array(await readFile(corpusPath(key))) })),
  );
  const report = await v.importer.importFiles(files);
  if (report.imported.length !== 3) throw new Error(`expected 3 imports, got ${JSON.stringify(report.failed)}`);
  const docs = {} as Record<DocumentKey, QaDocument>;
  for (const key of Object.keys(BRIEFING_DOCUMENTS) as DocumentKey[]) {
    const summary = report.imported.find((s) => s.source.fileName === BRIEFING_DOCUMENTS[key]);
    docs[key] = (await v.documents.get(summary?.id ?? '')).document;
  }
  const buitenland = await v.tags.create({ name: 'Buitenland' });
  const tags = {
    buitenland,
    vn: await v.tags.create({ name: 'Verenigde Naties', parentId: buitenland.id }),
    rusland: await v.tags.create({ name: 'Rusland', parentId: buitenland.id }),
    rechtsstaat: await v.tags.create({ name: 'Rechtsstaat' }),
  };
  const mark = (key: DocumentKey, index: number, quote: string, tag: string, note = '') =>
    v.annotations.createByQuote(docs[key].id, quote, { part: answer(index), tagNames: [tag], note });
  const excerpts = {
    top: await mark('boswijk', 0, 'De jaarlijkse top', 'Buitenland', 'Vaste BRICS-top, geen uitzondering.'),
    poetin: await mark('boswijk', 1, 'Ontegenzeggelijk heeft president Poetin', 'Rusland'),
    vn2013: await mark('boswijk', 3, 'In 2013 heeft de toenmalige Secretaris-Generaal', 'Verenigde Naties'),
    avg: await mark('elAbassi', 2, 'Op grond van artikel 15', 'Rechtsstaat'),
    serieus: await mark('vanNispen', 3, 'Vanzelfsprekend neem ik uw Kamer serieus', 'Rechtsstaat'),
  };
  return { v, dir, docs, tags, excerpts };
}
