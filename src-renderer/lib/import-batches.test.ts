import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src-main/core/api/types.js';
import { emptyReport, importInBatches, mergeReport, planBatches, type EncodedFile, type ImportProgress, type SizedFile } from './import-batches.js';

const MB = 1024 * 1024;
const files = (sizes: number[]): SizedFile[] => sizes.map((size, i) => ({ name: `f${i}.txt`, size }));

describe('planBatches', () => {
  it('keeps batches under the byte and file limits, in order', () => {
    expect(planBatches(files([1 * MB, 2 * MB, 2 * MB, 1 * MB]), 5 * MB, 5)).toEqual([[0, 1, 2], [3]]);
    expect(planBatches(files([1, 1, 1, 1, 1, 1, 1]), 5 * MB, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it('sends a file larger than the limit alone', () => {
    expect(planBatches(files([1, 9 * MB, 1]), 5 * MB, 5)).toEqual([[0], [1], [2]]);
    expect(planBatches([])).toEqual([]);
  });
});

describe('mergeReport', () => {
  it('appends every list', () => {
    const merged = mergeReport(emptyReport(), { imported: [], duplicates: [{ fileName: 'a', documentId: 'd1' }], failed: [{ fileName: 'b', reason: 'x' }] });
    mergeReport(merged, { imported: [], duplicates: [{ fileName: 'c', documentId: 'd2' }], failed: [] });
    expect(merged).toEqual({ imported: [], duplicates: [{ fileName: 'a', documentId: 'd1' }, { fileName: 'c', documentId: 'd2' }], failed: [{ fileName: 'b', reason: 'x' }], cancelled: 0 });
  });

  it('appends replaced documents when a batch has them', () => {
    const replaced = { fileName: 'r.txt', summary: {} as ImportReport['imported'][number], anchored: 3, relocated: 1, orphaned: 2 };
    const merged = mergeReport(emptyReport(), { imported: [], duplicates: [], failed: [], replaced: [replaced] });
    mergeReport(merged, { imported: [], duplicates: [], failed: [] });
    expect(merged.replaced).toEqual([replaced]);
  });

  it('appends the documents brought back from recently deleted', () => {
    const one = { fileName: 'r.txt', documentId: 'ah-1', annotationCount: 7 };
    const two = { fileName: 's.txt', documentId: 'ah-2', annotationCount: 0 };
    const merged = mergeReport(emptyReport(), { imported: [], duplicates: [], failed: [], restoredFromTrash: [one] });
    mergeReport(merged, { imported: [], duplicates: [], failed: [], restoredFromTrash: [two] });
    expect(merged.restoredFromTrash).toEqual([one, two]);
  });
});

describe('importInBatches', () => {
  // the "server" reports every file it receives as a duplicate, so the merged report shows what was sent
  const echo = async (batch: EncodedFile[]): Promise<ImportReport> => ({ imported: [], duplicates: batch.map((f) => ({ fileName: f.name, documentId: f.contentBase64 })), failed: [] });
  const encode = async (file: SizedFile): Promise<EncodedFile> => ({ name: file.name, contentBase64: btoa(file.name) });

  it('sends one batch per call, merges the reports and reports progress', async () => {
    const sent: string[][] = [];
    const progress: ImportProgress[] = [];
    const report = await importInBatches(files([1, 1, 1]), {
      encode,
      send: async (batch) => {
        sent.push(batch.map((f) => f.name));
        return echo(batch);
      },
      isCancelled: () => false,
      onProgress: (p) => progress.push(p),
    }, 5 * MB, 1);
    expect(sent).toEqual([['f0.txt'], ['f1.txt'], ['f2.txt']]);
    expect(report.duplicates.map((d) => d.fileName)).toEqual(['f0.txt', 'f1.txt', 'f2.txt']);
    expect(report.cancelled).toBe(0);
    expect(progress[0]).toEqual({ done: 0, total: 3, current: 'f0.txt' });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3, current: null });
  });

  it('stops after cancel and counts the files never sent', async () => {
    let cancelled = false;
    const report = await importInBatches(files([1, 1, 1, 1, 1]), {
      encode,
      send: async (batch) => {
        cancelled = true; // the user clicks "Annuleren" while the first batch is in flight
        return echo(batch);
      },
      isCancelled: () => cancelled,
      onProgress: () => undefined,
    }, 5 * MB, 2);
    expect(report.duplicates.map((d) => d.fileName)).toEqual(['f0.txt', 'f1.txt']);
    expect(report.cancelled).toBe(3);
  });

  it('turns unreadable files and failed batches into failures', async () => {
    const report = await importInBatches(files([1, 1, 1]), {
      encode: async (file) => {
        if (file.name === 'f1.txt') throw new Error('unreadable');
        return encode(file);
      },
      send: async (batch) => (batch[0]?.name === 'f2.txt' ? { error: 'HTTP 413' } : echo(batch)),
      isCancelled: () => false,
      onProgress: () => undefined,
    }, 5 * MB, 1);
    expect(report.failed).toEqual([
      { fileName: 'f1.txt', reason: 'unreadable' },
      { fileName: 'f2.txt', reason: 'HTTP 413' },
    ]);
    expect(report.duplicates.map((d) => d.fileName)).toEqual(['f0.txt']);
  });
});
