/**
 * Briefing export (issue 9 §Performance): a saved briefing of 40 excerpts from 20 real corpus
 * answers (briefing-export-archive.ts) exported through the briefing service as PDF (two-pass
 * print, warm Chromium printer) and DOCX, warm (later exports in one process) and cold (the first
 * exports of a fresh process, briefing-export-cold.ts), against a bare Chromium print of the same
 * final HTML (a fresh page in a running browser) measured in the same run, and against the
 * printer and fonts as they were before issue 9. Goals: warm PDF ≤ 1.5 s and ≤ 2× the bare
 * print; DOCX ≤ 0.5 s. Only this bench: `npm run bench -- briefing-export`. Rounds:
 * BENCH_EXPORT_ROUNDS (warm, default 7), BENCH_EXPORT_COLD_ROUNDS (fresh processes, default 3).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChromiumPrinter } from '../src-main/pdf/chromium-printer.js';
import { loadFontCss } from '../src-main/pdf/font-css.js';
import { createBriefingService } from '../src-main/services/briefing-service.js';
import { buildExportArchive, openBenchArchive, type ExportArchive } from './briefing-export-archive.js';
import { barePrint, launchBareBrowser, oldStylePrinter, printOnPage, recordingPrinter, urlOnlyFontCss } from './briefing-export-print.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env['BENCH_EXPORT_ROUNDS'] ?? 7);
const COLD_ROUNDS = Number(process.env['BENCH_EXPORT_COLD_ROUNDS'] ?? 3);
const GOAL = { warmPdfMs: 1500, warmPdfPerBare: 2, docxMs: 500 };

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ratio = (a: number, b: number): number => Number((a / b).toFixed(2));

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** What one fresh process measured (briefing-export-cold.ts), in ms. */
interface ColdRun {
  pdfMs: number;
  docxMs: number;
  pages: number;
  prints: number;
  bareMs: number;
  barePages: number;
  bareSystemMs: number;
  bareSystemPages: number;
}

function coldRun(dir: string, briefingId: string): ColdRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'briefing-export-cold.ts'), dir, briefingId], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`the cold export process failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as ColdRun;
}

/** Warm times (ms per round) of each case, measured interleaved so that changes in machine load hit every case alike. */
async function warmRuns(dir: string, briefingId: string) {
  const printer = recordingPrinter(createChromiumPrinter());
  const v = await openBenchArchive(dir, printer);
  const bare = await launchBareBrowser();
  const oldPrinter = oldStylePrinter();
  try {
    // first exports: start the printer, read the fonts, load pdf.js and docx code
    const first = await v.briefings.export(briefingId, 'pdf');
    await v.briefings.export(briefingId, 'docx');
    const last = printer.last;
    const fontCss = await loadFontCss();
    if (last === null || fontCss === '' || !last.html.includes(fontCss)) throw new Error('the export did not print the embedded font CSS');
    const html = { final: last.html, system: last.html.replace(fontCss, ''), old: last.html.replace(fontCss, urlOnlyFontCss(fontCss)) };
    // the service as it was: the old printer and the fonts loaded from their embedded copy
    const oldService = createBriefingService({ archive: v.archive, printer: oldPrinter, fontCss: () => Promise.resolve(urlOnlyFontCss(fontCss)) });
    await oldService.export(briefingId, 'pdf');
    await barePrint(bare, html.final, last.options); // the browser's first page
    const keptPage = await bare.context.newPage();
    await printOnPage(keptPage, html.system, last.options);

    const t = { pdf: [] as number[], docx: [] as number[], bare: [] as number[], bareSystem: [] as number[], keptPage: [] as number[], oldExport: [] as number[], oldPrint: [] as number[] };
    let prints = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const before = printer.prints;
      t.pdf.push(await timed(() => v.briefings.export(briefingId, 'pdf')));
      prints = printer.prints - before;
      t.bare.push(await timed(() => barePrint(bare, html.final, last.options)));
      t.bareSystem.push(await timed(() => barePrint(bare, html.system, last.options)));
      t.keptPage.push(await timed(() => printOnPage(keptPage, html.system, last.options)));
      t.docx.push(await timed(() => v.briefings.export(briefingId, 'docx')));
      t.oldExport.push(await timed(() => oldService.export(briefingId, 'pdf')));
      t.oldPrint.push(await timed(() => oldPrinter.print(html.old, last.options)));
    }
    return { t, prints, pages: first.pageCount ?? 0, pdfBytes: first.bytes.byteLength, htmlChars: html.final.length, systemHtmlChars: html.system.length };
  } finally {
    await Promise.all([v.close(), bare.browser.close(), oldPrinter.close()]);
  }
}

/** Runs the export bench: prints a table and writes bench/results/briefing-export.json. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vraagbaak-bench-export-'));
  const loadBefore = os.loadavg()[0] ?? 0;
  try {
    const buildStart = performance.now();
    const archive: ExportArchive = await buildExportArchive(dir);
    console.log(
      `archive: ${String(archive.documents)} corpus answers imported, ${String(archive.excerpts)} excerpts; briefing items ${JSON.stringify(archive.itemCounts)} (built in ${String(Math.round(performance.now() - buildStart))} ms)`,
    );
    const cold: ColdRun[] = [];
    for (let i = 0; i < COLD_ROUNDS; i++) cold.push(coldRun(dir, archive.briefingId));
    const warm = await warmRuns(dir, archive.briefingId);
    const m = Object.fromEntries(Object.entries(warm.t).map(([k, xs]) => [k, Math.round(median(xs))])) as Record<keyof typeof warm.t, number>;
    const c = {
      pdf: Math.round(median(cold.map((r) => r.pdfMs))),
      docx: Math.round(median(cold.map((r) => r.docxMs))),
      bare: Math.round(median(cold.map((r) => r.bareMs))),
      bareSystem: Math.round(median(cold.map((r) => r.bareSystemMs))),
    };
    const pagesAgree = cold.every((r) => r.pages === warm.pages && r.barePages === warm.pages && r.bareSystemPages === warm.pages);
    console.log(
      `PDF: ${String(warm.pages)} pages, ${String(warm.pdfBytes)} bytes, ${String(warm.prints)} prints per export (draft + numbered); ` +
        `final HTML ${String(warm.htmlChars)} chars with the embedded fonts, ${String(warm.systemHtmlChars)} without; bare prints have the same page count: ${pagesAgree ? 'yes' : 'NO'}`,
    );
    const row = (name: string, warmMs: number | null, coldMs: number | null, bareWarm: number | null, bareCold: number | null) => ({
      case: name,
      'warm ms': warmMs ?? '',
      'cold ms': coldMs ?? '',
      'warm ÷ bare': warmMs !== null && bareWarm !== null ? ratio(warmMs, bareWarm) : '',
      'cold ÷ bare': coldMs !== null && bareCold !== null ? ratio(coldMs, bareCold) : '',
    });
    console.table([
      row('PDF export (service, 2-pass, warm printer)', m.pdf, c.pdf, m.bare, c.bare),
      row('  same, against the bare print without @font-face', m.pdf, c.pdf, m.bareSystem, c.bareSystem),
      row('bare print of the final HTML (as exported)', m.bare, c.bare, null, null),
      row('bare print of the final HTML without @font-face', m.bareSystem, c.bareSystem, null, null),
      row('reference: one print on a kept page, without @font-face', m.keptPage, null, null, null),
      row('DOCX export (service)', m.docx, c.docx, null, null),
      row('before: PDF export with the old printer + url() fonts', m.oldExport, null, m.bare, null),
      row('before: one print, old printer + url() fonts', m.oldPrint, null, m.bare, null),
    ]);
    const strictBare = Math.min(m.bare, m.bareSystem);
    const goals = {
      warmPdf: m.pdf <= GOAL.warmPdfMs,
      warmPdfPerBare: m.pdf <= GOAL.warmPdfPerBare * strictBare,
      docxWarm: m.docx <= GOAL.docxMs,
      docxCold: c.docx <= GOAL.docxMs,
    };
    const yes = (ok: boolean): string => (ok ? 'met' : 'NOT met');
    console.log(`goal warm PDF ≤ 1.5 s: ${String(m.pdf)} ms — ${yes(goals.warmPdf)}`);
    console.log(`goal warm PDF ≤ 2× bare print (the faster bare case, ${String(strictBare)} ms): ${String(ratio(m.pdf, strictBare))}× — ${yes(goals.warmPdfPerBare)}`);
    console.log(`goal DOCX ≤ 0.5 s: warm ${String(m.docx)} ms — ${yes(goals.docxWarm)}; cold ${String(c.docx)} ms — ${yes(goals.docxCold)}`);
    console.log(`before/after, warm PDF export: ${String(m.oldExport)} → ${String(m.pdf)} ms (${String(ratio(m.oldExport, m.pdf))}× faster)`);
    const load = { before: loadBefore, after: os.loadavg()[0] ?? 0 };
    console.log(`machine: ${String(os.cpus().length)} cores, load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)} (absolute times grow with load; the ratios less so)`);
    mkdirSync(path.join(here, 'results'), { recursive: true });
    const result = {
      date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: load, rounds: ROUNDS, coldRounds: COLD_ROUNDS,
      archive, pages: warm.pages, printsPerExport: warm.prints, pdfBytes: warm.pdfBytes, htmlChars: warm.htmlChars,
      warmMedianMs: m, coldMedianMs: c, warmMs: warm.t, cold, goals,
    };
    writeFileSync(path.join(here, 'results', 'briefing-export.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
