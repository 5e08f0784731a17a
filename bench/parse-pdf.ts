/**
 * Parse throughput of the PDF route: the Dutch corpus PDFs (../shared/corpus/nl-pdf) imported
 * through the real PDF importer (pdf.js reading + pdf-layout + parseText), repeated to 30,000
 * documents as issue 3 asks (about 20 minutes for both loops; `BENCH_PDF_DOCS=2000` for a quick run),
 * against a baseline of pdf.js text extraction alone on the same bytes — so the ratio is our
 * layout + parse overhead on top of pdf.js. One core, no workers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseText } from '../src-main/core/parse/index.js';
import { pdfImporter } from '../src-main/services/importers/pdf-importer.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, '../../shared/corpus/nl-pdf');
/** Documents per measured loop (the corpus PDFs, cycled). */
const DOCUMENTS = Number(process.env['BENCH_PDF_DOCS'] ?? 30_000);

interface Measured {
  documents: number;
  /** wall-clock time */
  ms: number;
  /** CPU time of this process (user + system) */
  cpuMs: number;
  bytes: number;
}

/** Runs `work` over the PDFs, cycling, until `DOCUMENTS` documents are done (at least one round). */
async function measure(pdfs: readonly Uint8Array[], work: (bytes: Uint8Array, i: number) => Promise<void>): Promise<Measured> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let documents = 0;
  let bytes = 0;
  while (documents < Math.max(pdfs.length, DOCUMENTS)) {
    const pdf = pdfs[documents % pdfs.length] ?? new Uint8Array();
    await work(pdf, documents);
    bytes += pdf.length;
    documents++;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { documents, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, bytes };
}

/** pdf.js text extraction alone, with the options pdf-reader uses; returns the number of text items. */
async function extractOnly(bytes: Uint8Array): Promise<number> {
  const task = getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    let items = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      items += (await page.getTextContent()).items.length;
      page.cleanup();
    }
    return items;
  } finally {
    await task.destroy();
  }
}

function summary(m: Measured): { documents: number; ms: number; cpuMs: number; documentsPerSecond: number; documentsPerCpuSecond: number; mbPerSecond: number } {
  return {
    documents: m.documents,
    ms: Math.round(m.ms),
    cpuMs: Math.round(m.cpuMs),
    documentsPerSecond: Number(((m.documents / m.ms) * 1000).toFixed(1)),
    documentsPerCpuSecond: Number(((m.documents / m.cpuMs) * 1000).toFixed(1)),
    mbPerSecond: Number((m.bytes / 1e6 / (m.ms / 1000)).toFixed(2)),
  };
}

/**
 * Measures the PDF route and its pdf.js-only baseline (each over `DOCUMENTS` documents).
 * @returns the figures for bench/results/parse.json (`pdf` key); ratios are route time ÷ baseline time per document
 */
export async function measurePdfRoute(): Promise<Record<string, unknown>> {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const pdfs = files.map((f) => new Uint8Array(readFileSync(path.join(corpusDir, f))));
  const source = { fileName: 'bench.pdf', sha256: '0'.repeat(64) };
  let failed = 0;
  let sink = 0;

  // warm up both paths on every document once
  for (const pdf of pdfs) {
    sink += await extractOnly(pdf);
    try {
      await pdfImporter.toDocuments(pdf, source, parseText);
    } catch {
      failed++;
    }
  }

  const baseline = await measure(pdfs, async (pdf) => {
    sink += await extractOnly(pdf);
  });
  const route = await measure(pdfs, async (pdf) => {
    try {
      const [imported] = await pdfImporter.toDocuments(pdf, source, parseText);
      sink += imported?.document.questions.length ?? 0;
    } catch {
      // documents that fail do so on every round; counted in the warm-up
    }
  });

  const b = summary(baseline);
  const r = summary(route);
  console.table([
    { step: 'pdf.js text extraction only', documents: b.documents, ms: b.ms, 'cpu ms': b.cpuMs, 'docs/s': b.documentsPerSecond, 'docs/cpu-s': b.documentsPerCpuSecond, 'MB/s': b.mbPerSecond },
    { step: 'pdfImporter (PDF route)', documents: r.documents, ms: r.ms, 'cpu ms': r.cpuMs, 'docs/s': r.documentsPerSecond, 'docs/cpu-s': r.documentsPerCpuSecond, 'MB/s': r.mbPerSecond },
  ]);
  const ratio = {
    routeOverBaselineTime: Number((b.documentsPerSecond / r.documentsPerSecond).toFixed(2)),
    routeOverBaselineCpuTime: Number((b.documentsPerCpuSecond / r.documentsPerCpuSecond).toFixed(2)),
  };
  console.log(`PDF route is ${ratio.routeOverBaselineTime}× pdf.js extraction's time per document (${ratio.routeOverBaselineCpuTime}× in CPU time)`);
  return {
    corpus: { documents: pdfs.length, bytes: pdfs.reduce((n, p) => n + p.length, 0), failedToParse: failed },
    documentsPerLoop: DOCUMENTS,
    baseline: { name: 'pdf.js text extraction (getDocument + getTextContent per page)', ...b },
    route: { name: 'pdfImporter.toDocuments (pdf.js + pdf-layout + parseText)', ...r },
    ratio,
    sink,
  };
}
