/**
 * Test support for the PDF printers: reads printed PDFs back with poppler (pdftotext, pdffonts,
 * pdfinfo: independent of the pdf.js code under test) and finds the Chromium processes this test
 * process started. Test-only (excluded from the build like *.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs a poppler tool on the PDF bytes (through a temp file) and returns its stdout. */
function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', args: readonly string[], pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vraagbaak-pdf-test-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page (pdftotext -layout, UTF-8), index 0 = page 1. */
export function pageTexts(pdf: Uint8Array): string[] {
  const pages = poppler('pdftotext', ['-layout', '-enc', 'UTF-8'], pdf).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop(); // pdftotext ends the last page with a form feed too
  return pages;
}

/** The whole text (pdftotext, UTF-8, reading order). */
export function pdfText(pdf: Uint8Array): string {
  return poppler('pdftotext', ['-enc', 'UTF-8'], pdf);
}

/** The page count from pdfinfo. */
export function pdfPageCount(pdf: Uint8Array): number {
  return Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [], pdf))?.[1]);
}

/** One row of pdffonts. */
export interface PdfFont {
  /** e.g. "AAAAAA+DejaVuSerif" (the prefix marks a subset) */
  name: string;
  embedded: boolean;
  subset: boolean;
  unicodeMap: boolean;
}

/** The fonts of the PDF, from pdffonts. */
export function pdfFonts(pdf: Uint8Array): PdfFont[] {
  const lines = poppler('pdffonts', [], pdf).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((line) => {
    // name type encoding emb sub uni object ID; the type may contain spaces ("CID TrueType")
    const m = /^(\S+)\s+.*?\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    return { name: m?.[1] ?? line, embedded: m?.[2] === 'yes', subset: m?.[3] === 'yes', unicodeMap: m?.[4] === 'yes' };
  });
}

/** Process ids of the Chromium browsers that this process started (its direct children). */
export function chromiumChildPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => /chrom/i.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}

/** The text of a PDF file (pdftotext, UTF-8, reading order), runs of whitespace as one space. */
export function pdfFileText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
