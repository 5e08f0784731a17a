/**
 * The archive of the briefing-export bench: 20 answer documents from the shared corpus imported
 * through the real importer, two excerpts in each (the first sentence of two answers) with notes
 * and themes, and one saved briefing of all 40 excerpts under theme headings plus the analyst's
 * own heading and text. Also opens that archive the way the CLI does for a PDF export.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../src-main/core/parse/index.js';
import type { QaDocument } from '../src-main/core/model/index.js';
import { loadFontCss } from '../src-main/pdf/font-css.js';
import type { PdfPrinter } from '../src-main/pdf/printer.js';
import { openVraagbaak, type Vraagbaak } from '../src-main/services/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The shared corpus (read from there, never copied into the repo). */
export const CORPUS_DIR = path.resolve(here, '../../shared/corpus/nl-text');
export const DOCUMENTS = 20;
const EXCERPTS_PER_DOCUMENT = 2;
/** Quotes shorter than this are skipped ("Ja.", "Nee."); longer ones are cut at a word. */
const MIN_QUOTE = 40;
const MAX_QUOTE = 240;

/** What the bench archive holds. */
export interface ExportArchive {
  briefingId: string;
  documents: number;
  excerpts: number;
  /** items of the saved briefing, by type */
  itemCounts: Record<string, number>;
}

/** Never called: building the archive prints nothing. */
const noPrinter: PdfPrinter = {
  print: () => Promise.reject(new Error('the archive build prints nothing')),
  close: () => Promise.resolve(),
};

/**
 * Opens the bench archive as `vraagbaak briefing --id … --out x.pdf` does: CLI shell, the given
 * printer, and the embedded DejaVu `@font-face` CSS (loadFontCss, read on the first PDF export).
 */
export function openBenchArchive(dir: string, printer: PdfPrinter): Promise<Vraagbaak> {
  return openVraagbaak({ archiveDir: dir, printer, shell: 'cli', version: 'bench', briefingFontCss: () => loadFontCss() });
}

/**
 * The first sentence of `text` (up to a '.', '!' or '?' followed by white space and a capital or
 * digit), cut at a word to at most MAX_QUOTE characters; null when shorter than MIN_QUOTE.
 */
export function firstSentence(text: string): string | null {
  const match = /^[\s\S]*?[.!?](?=\s+[\p{Lu}\d«“‘'"(]|\s*$)/u.exec(text.trimStart());
  let sentence = (match?.[0] ?? text).trim();
  if (sentence.length > MAX_QUOTE) sentence = sentence.slice(0, sentence.lastIndexOf(' ', MAX_QUOTE)).trim();
  return sentence.length >= MIN_QUOTE ? sentence : null;
}

/** The answers (index and quote) to excerpt: the first two whose first sentence is long enough. */
function pickQuotes(document: QaDocument): { index: number; quote: string }[] {
  const picks: { index: number; quote: string }[] = [];
  for (const [index, answer] of document.answers.entries()) {
    const quote = firstSentence(answer.text);
    if (quote !== null && answer.text.indexOf(quote) !== -1) picks.push({ index, quote });
    if (picks.length === EXCERPTS_PER_DOCUMENT) break;
  }
  return picks;
}

/**
 * The first DOCUMENTS corpus files (by name) that parse as answer documents with two answers to
 * excerpt, with the quotes picked; parsed here only to choose, imported later through the importer.
 */
async function chooseFiles(): Promise<{ name: string; bytes: Uint8Array; quotes: { index: number; quote: string }[] }[]> {
  const chosen = [];
  for (const name of (await readdir(CORPUS_DIR)).sort()) {
    if (chosen.length === DOCUMENTS) break;
    const bytes = new Uint8Array(await readFile(path.join(CORPUS_DIR, name)));
    let document: QaDocument;
    try {
      document = parseText(new TextDecoder().decode(bytes), { fileName: name, sha256: '', format: 'text' });
    } catch {
      continue;
    }
    const quotes = pickQuotes(document);
    if (document.kind === 'answer' && quotes.length === EXCERPTS_PER_DOCUMENT) chosen.push({ name, bytes, quotes });
  }
  if (chosen.length < DOCUMENTS) throw new Error(`only ${String(chosen.length)} corpus answers in ${CORPUS_DIR} have two quotable answers`);
  return chosen;
}

/**
 * Builds the bench archive in the empty folder `dir` and closes it again.
 * Themes: "Kabinetsbeleid" with sub-themes "Standpunt" (each document's first excerpt) and
 * "Uitvoering" (its second); every third excerpt carries a note. The briefing: an opening text
 * item, the theme added as a heading per sub-theme (excerpts in date order), then a closing
 * heading with a text item (bold, a bullet list).
 * @throws Error when the corpus does not give 20 documents with 40 excerpts
 */
export async function buildExportArchive(dir: string): Promise<ExportArchive> {
  const files = await chooseFiles();
  const v = await openVraagbaak({ archiveDir: dir, printer: noPrinter, shell: 'cli', version: 'bench' });
  try {
    const report = await v.importer.importFiles(files.map(({ name, bytes }) => ({ name, bytes })));
    if (report.imported.length !== DOCUMENTS) throw new Error(`expected ${String(DOCUMENTS)} imports: ${JSON.stringify(report.failed)}`);
    const theme = await v.tags.create({ name: 'Kabinetsbeleid' });
    await v.tags.create({ name: 'Standpunt', parentId: theme.id });
    await v.tags.create({ name: 'Uitvoering', parentId: theme.id });
    let excerpts = 0;
    for (const file of files) {
      const id = report.imported.find((s) => s.source.fileName === file.name)?.id ?? '';
      for (const [n, { index, quote }] of file.quotes.entries()) {
        const note = excerpts % 3 === 0 ? `Vergelijk met eerdere antwoorden; de minister herhaalt hier het standpunt uit antwoord ${String(index + 1)}.` : '';
        await v.annotations.createByQuote(id, quote, { part: { type: 'answer', index }, tagNames: [n === 0 ? 'Standpunt' : 'Uitvoering'], note });
        excerpts++;
      }
    }
    const briefing = await v.briefings.create({ title: 'Wat het kabinet zei: twintig antwoorden', subtitle: 'Benchmark-briefing', author: 'Bench' });
    await v.briefings.update({ id: briefing.id, classification: 'Intern' });
    await v.briefings.addItems({
      briefingId: briefing.id,
      items: [{ type: 'text', text: 'Deze briefing bundelt **veertig passages** uit twintig antwoorden van het kabinet.\n\nDe passages staan per subthema, op datum.' }],
    });
    await v.briefings.addTheme({ briefingId: briefing.id, tagId: theme.id, groupBy: 'subtheme' });
    await v.briefings.addItems({
      briefingId: briefing.id,
      items: [
        { type: 'heading', text: 'Analyse', level: 1 },
        { type: 'text', text: 'Drie lijnen vallen op:\n\n- het kabinet verwijst vaak naar *bestaand beleid*;\n- toezeggingen zijn zeldzaam;\n- **uitvoering** ligt bij de ministeries.' },
      ],
    });
    const saved = await v.briefings.get(briefing.id);
    const itemCounts: Record<string, number> = {};
    for (const item of saved.briefing.items) itemCounts[item.type] = (itemCounts[item.type] ?? 0) + 1;
    if (itemCounts['annotation'] !== DOCUMENTS * EXCERPTS_PER_DOCUMENT) throw new Error(`the briefing holds ${String(itemCounts['annotation'] ?? 0)} excerpts, not 40`);
    return { briefingId: briefing.id, documents: report.imported.length, excerpts, itemCounts };
  } finally {
    await v.close();
  }
}
