/**
 * Child process of the briefing-export bench: the first exports of a fresh process, as
 * `vraagbaak briefing --id … --out x.pdf` makes them. Opens the bench archive, exports the briefing
 * as PDF (Chromium launch, fonts read, pdf.js loaded: all included) and then as DOCX, closes it, and
 * then prints the export's final HTML with a freshly launched bare Chromium (launch, context and
 * page included), as it is and without its @font-face rules. Prints the times (ms) as JSON on stdout.
 * Usage: tsx bench/briefing-export-cold.ts <archive dir> <briefing id>
 */
import { readAnchorPages } from '../src-main/pdf/anchor-pages.js';
import { createChromiumPrinter } from '../src-main/pdf/chromium-printer.js';
import { loadFontCss } from '../src-main/pdf/font-css.js';
import { openBenchArchive } from './briefing-export-archive.js';
import { barePrint, launchBareBrowser, recordingPrinter } from './briefing-export-print.js';

const [dir, briefingId] = process.argv.slice(2);
if (dir === undefined || briefingId === undefined) throw new Error('usage: tsx bench/briefing-export-cold.ts <archive dir> <briefing id>');

const printer = recordingPrinter(createChromiumPrinter());
const v = await openBenchArchive(dir, printer);
let start = performance.now();
const pdf = await v.briefings.export(briefingId, 'pdf');
const pdfMs = performance.now() - start;
start = performance.now();
await v.briefings.export(briefingId, 'docx');
const docxMs = performance.now() - start;
await v.close();

const last = printer.last;
if (last === null) throw new Error('the export printed nothing');
const fontCss = await loadFontCss();
/** a new browser and a bare print of `html` */
const bareCold = async (html: string): Promise<{ ms: number; pages: number }> => {
  const begin = performance.now();
  const bare = await launchBareBrowser();
  try {
    const bytes = await barePrint(bare, html, last.options);
    const ms = performance.now() - begin;
    return { ms, pages: (await readAnchorPages(bytes, [])).pageCount };
  } finally {
    await bare.browser.close();
  }
};
const bare = await bareCold(last.html);
const bareSystem = await bareCold(last.html.replace(fontCss, ''));
console.log(
  JSON.stringify({
    pdfMs,
    docxMs,
    pages: pdf.pageCount,
    prints: printer.prints,
    bareMs: bare.ms,
    barePages: bare.pages,
    bareSystemMs: bareSystem.ms,
    bareSystemPages: bareSystem.pages,
  }),
);
