/**
 * Printing a briefing to PDF: a bare Chromium print (fresh page, setContent, page.pdf) against the
 * warm printer's single print and its two-pass print (real table-of-contents page numbers), on one
 * realistic 40-excerpt briefing HTML (9 A4 pages), with system fonts and with the DejaVu fonts embedded, cold
 * (first print of a new printer, browser launch included) and warm. Ratios are against the bare
 * print measured in the same run. Issue 9's goal: warm export ≤ 1.5 s and ≤ 2× the bare print.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { readAnchorPages } from '../src-main/pdf/anchor-pages.js';
import { createChromiumPrinter, DEFAULT_CHROMIUM_PATH } from '../src-main/pdf/chromium-printer.js';
import { loadFontCss } from '../src-main/pdf/font-css.js';
import { printBriefingPdf } from '../src-main/pdf/print-briefing.js';
import { footerTemplate, headerTemplate, PAGE_MARGINS_MM } from '../src-main/pdf/print-templates.js';
import type { PdfPrintOptions } from '../src-main/pdf/printer.js';
import { sampleBriefingHtml } from '../src-main/pdf/test-briefing-html.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Measured repetitions of each warm case; the median is reported. */
const ROUNDS = Number(process.env['BENCH_PRINT_ROUNDS'] ?? 7);
const EXCERPTS = 40;
const OPTIONS: PdfPrintOptions = { title: 'Briefing ĳsselmeer', locale: 'nl' };

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (ms: number): number => Math.round(ms);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** The bare print: a fresh page in a running browser, setContent, page.pdf with the printer's full options, page closed. */
async function barePrint(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const mm = (n: number): string => `${String(n)}mm`;
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: mm(PAGE_MARGINS_MM.top), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left), right: mm(PAGE_MARGINS_MM.right) },
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(OPTIONS),
      footerTemplate: footerTemplate(OPTIONS),
      tagged: true,
      outline: true,
    });
  } finally {
    await page.close();
  }
}

interface Case {
  fonts: string;
  pages: number;
  htmlChars: number;
  /** browser launch + the first bare print */
  bareColdMs: number;
  bareMs: number;
  /** a new printer's first single print (launch included) */
  printColdMs: number;
  printMs: number;
  /** a new printer's first two-pass print (launch included) */
  twoPassColdMs: number;
  twoPassMs: number;
  twoPassPrints: number;
}

async function measureCase(fonts: string, fontCss: string): Promise<Case> {
  const render = (pages: ReadonlyMap<string, number> | null): { html: string; tocAnchors: string[] } =>
    sampleBriefingHtml(pages, { excerpts: EXCERPTS, fontCss });
  const { html } = render(null);
  const launchArgs = { executablePath: process.env['VRAAGBAAK_CHROMIUM'] ?? DEFAULT_CHROMIUM_PATH, args: ['--disable-gpu', '--disable-dev-shm-usage', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] };

  const bareCold = await timed(async () => {
    const browser = await chromium.launch(launchArgs);
    return { browser, pdf: await barePrint(browser, html) };
  });
  const browser = bareCold.value.browser;
  const pages = (await readAnchorPages(bareCold.value.pdf, [])).pageCount;

  const single = createChromiumPrinter();
  const printCold = await timed(() => single.print(html, OPTIONS));
  const twoPassPrinter = createChromiumPrinter();
  const twoPassCold = await timed(() => printBriefingPdf(twoPassPrinter, render, OPTIONS));

  // warm rounds, interleaved so that drift in machine load hits every case alike
  const bare: number[] = [];
  const warm: number[] = [];
  const twoPass: number[] = [];
  let prints = 0;
  for (let i = 0; i < ROUNDS; i++) {
    bare.push((await timed(() => barePrint(browser, html))).ms);
    warm.push((await timed(() => single.print(html, OPTIONS))).ms);
    const t = await timed(() => printBriefingPdf(twoPassPrinter, render, OPTIONS));
    twoPass.push(t.ms);
    prints = t.value.prints;
  }
  await Promise.all([single.close(), twoPassPrinter.close(), browser.close()]);
  return {
    fonts,
    pages,
    htmlChars: html.length,
    bareColdMs: round(bareCold.ms),
    bareMs: round(median(bare)),
    printColdMs: round(printCold.ms),
    printMs: round(median(warm)),
    twoPassColdMs: round(twoPassCold.ms),
    twoPassMs: round(median(twoPass)),
    twoPassPrints: prints,
  };
}

const ratio = (a: number, b: number): number => Number((a / b).toFixed(2));

/** Runs the print bench, prints a table and writes bench/results/briefing-print.json. */
export async function run(): Promise<void> {
  const fontCss = await timed(() => loadFontCss());
  console.log(`reading and encoding the embedded fonts (once per process): ${String(round(fontCss.ms))} ms, ${String(fontCss.value.length)} chars of CSS`);
  const cases = [
    await measureCase('system DejaVu, no @font-face (Chromium subsets)', ''),
    // what font-css.ts gave before: the embedded copy is always loaded
    await measureCase('embedded DejaVu, url() only', fontCss.value.replace(/local\('[^']*'\), /g, '')),
    await measureCase('embedded DejaVu, local() first (font-css.ts)', fontCss.value),
  ];
  console.table(
    cases.map((c) => ({
      fonts: c.fonts,
      pages: c.pages,
      'bare ms': c.bareMs,
      'warm print ms': c.printMs,
      'warm 2-pass ms': c.twoPassMs,
      '2-pass ÷ bare': ratio(c.twoPassMs, c.bareMs),
      'print ÷ bare': ratio(c.printMs, c.bareMs),
      'cold bare ms': c.bareColdMs,
      'cold print ms': c.printColdMs,
      'cold 2-pass ms': c.twoPassColdMs,
      'cold 2-pass ÷ cold bare': ratio(c.twoPassColdMs, c.bareColdMs),
    })),
  );
  const goal = cases.map((c) => ({ fonts: c.fonts, warmTwoPassMs: c.twoPassMs, met: c.twoPassMs <= 1500 && c.twoPassMs <= 2 * c.bareMs }));
  for (const g of goal) console.log(`${g.fonts}: warm two-pass export ${String(g.warmTwoPassMs)} ms — goal ≤ 1.5 s and ≤ 2× bare ${g.met ? 'met' : 'NOT met'}`);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  const result = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg()[0] ?? 0, rounds: ROUNDS, excerpts: EXCERPTS, fontCssMs: round(fontCss.ms), cases, goal };
  writeFileSync(path.join(here, 'results', 'briefing-print.json'), JSON.stringify(result, null, 2) + '\n');
}
