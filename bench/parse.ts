/**
 * Parse throughput of the text route (and, via parse-pdf.ts, the PDF route): the Dutch corpus texts (../shared/corpus/nl-text) parsed
 * with parseText, repeated up to 30,000 documents (or as many as fit in a time budget, then
 * extrapolated). Reported as documents/s and MB/s, and as a ratio against a baseline measured in
 * the same run: reading (copying) and NFC-normalising the same strings. One core, no workers.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../src-main/core/parse/index.js';
import { measurePdfRoute } from './parse-pdf.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, '../../shared/corpus/nl-text');
const TARGET_DOCUMENTS = 30_000;
/** Stop a measured loop after this long and extrapolate to TARGET_DOCUMENTS. */
const TIME_BUDGET_MS = 20_000;

interface Measured {
  documents: number;
  /** wall-clock time */
  ms: number;
  /** CPU time of this process (user + system): the one-core cost, less disturbed by other load */
  cpuMs: number;
  chars: number;
}

/** Runs `work` over the texts, cycling, until TARGET_DOCUMENTS or the time budget is reached. */
function measure(texts: readonly string[], work: (text: string, i: number) => void): Measured {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let documents = 0;
  let chars = 0;
  while (documents < TARGET_DOCUMENTS) {
    const text = texts[documents % texts.length] ?? '';
    work(text, documents);
    chars += text.length;
    documents++;
    if (documents % 100 === 0 && performance.now() - start > TIME_BUDGET_MS) break;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { documents, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, chars };
}

const perSecond = (m: Measured): number => (m.documents / m.ms) * 1000;
const perCpuSecond = (m: Measured): number => (m.documents / m.cpuMs) * 1000;
const mbPerSecond = (m: Measured): number => m.chars / 1e6 / (m.ms / 1000);

/** Runs the parse bench (text route, then PDF route), prints tables and writes bench/results/parse.json. */
export async function run(): Promise<void> {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = files.map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
  const source = { fileName: 'bench.txt', sha256: '0'.repeat(64), format: 'text' as const };
  let failed = 0;
  let sink = 0;

  // warm up the JIT on every document once
  for (const text of texts) {
    try {
      parseText(text, source);
    } catch {
      failed++;
    }
  }

  const baseline = measure(texts, (text) => {
    // "reading" the string (a copy, so nothing is shared with the input) and NFC-normalising it
    const copy = (' ' + text).slice(1);
    sink += copy.normalize('NFC').length;
  });
  const parse = measure(texts, (text) => {
    try {
      sink += parseText(text, source).questions.length;
    } catch {
      // documents that are not Kamervragen fail on every round; counted in the warm-up
    }
  });

  const extrapolatedSeconds = (TARGET_DOCUMENTS / perSecond(parse)).toFixed(1);
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    corpus: { documents: texts.length, chars: texts.reduce((n, t) => n + t.length, 0), failedToParse: failed },
    target: TARGET_DOCUMENTS,
    loadAverage: os.loadavg()[0] ?? 0,
    baseline: { name: 'read + NFC normalise', documents: baseline.documents, ms: Math.round(baseline.ms), cpuMs: Math.round(baseline.cpuMs), documentsPerSecond: Math.round(perSecond(baseline)), documentsPerCpuSecond: Math.round(perCpuSecond(baseline)), mbPerSecond: Number(mbPerSecond(baseline).toFixed(2)) },
    parse: { documents: parse.documents, ms: Math.round(parse.ms), cpuMs: Math.round(parse.cpuMs), documentsPerSecond: Math.round(perSecond(parse)), documentsPerCpuSecond: Math.round(perCpuSecond(parse)), mbPerSecond: Number(mbPerSecond(parse).toFixed(2)), secondsFor30000: Number(extrapolatedSeconds) },
    ratio: { parseOverBaselineTime: Number((perSecond(baseline) / perSecond(parse)).toFixed(1)), parseOverBaselineCpuTime: Number((perCpuSecond(baseline) / perCpuSecond(parse)).toFixed(1)) },
    goal: { documentsPerSecond: 1000, met: perSecond(parse) >= 1000, metOnCpuTime: perCpuSecond(parse) >= 1000 },
    sink,
    pdf: {} as Record<string, unknown>,
  };

  console.table([
    { step: result.baseline.name, documents: baseline.documents, ms: result.baseline.ms, 'cpu ms': result.baseline.cpuMs, 'docs/s': result.baseline.documentsPerSecond, 'docs/cpu-s': result.baseline.documentsPerCpuSecond, 'MB/s': result.baseline.mbPerSecond },
    { step: 'parseText (text route)', documents: parse.documents, ms: result.parse.ms, 'cpu ms': result.parse.cpuMs, 'docs/s': result.parse.documentsPerSecond, 'docs/cpu-s': result.parse.documentsPerCpuSecond, 'MB/s': result.parse.mbPerSecond },
  ]);
  console.log(
    `parse is ${result.ratio.parseOverBaselineTime}× the baseline's time per document (${result.ratio.parseOverBaselineCpuTime}× in CPU time); ` +
      `30,000 documents take about ${extrapolatedSeconds} s wall-clock at load average ${result.loadAverage.toFixed(1)} ` +
      `(goal ≥ 1,000 documents/s: ${result.goal.met ? 'met' : 'not met'} wall-clock, ${result.goal.metOnCpuTime ? 'met' : 'not met'} per CPU second)`,
  );
  result.pdf = await measurePdfRoute();
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results', 'parse.json'), JSON.stringify(result, null, 2) + '\n');
}
