/**
 * Test support for the library component tests (jsdom): a summary of a made-up answer, an empty
 * facet set, an ok Result, and the ResizeObserver jsdom lacks. Test-only.
 */
import type { Result } from '../../../src-main/core/api/result.js';
import type { DocumentSummary } from '../../../src-main/core/model/document.js';

/** jsdom has no layout: bind:clientHeight needs a ResizeObserver, which never reports here. */
export function installResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

/**
 * The summary of answer number `i` (id `doc-<i>`), titled "<subject> <i>", with `annotations` highlights.
 */
export function testSummary(i: number, subject: string, annotations = 0): DocumentSummary {
  return {
    id: `doc-${String(i)}`,
    kind: 'answer',
    title: `${subject} ${String(i)}`,
    askedBy: [{ name: 'Boswijk', party: 'CDA' }],
    answeredBy: [{ name: 'Veldkamp', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
    submittedOn: '2024-10-01',
    receivedOn: '2024-11-18',
    identifiers: {},
    tagIds: [],
    annotationTagIds: [],
    annotationCount: annotations,
    questionCount: 3,
    importedAt: '2024-11-20T10:00:00.000Z',
    source: { fileName: `doc-${String(i)}.txt`, sha256: 'x', format: 'text', importedFrom: null },
  } as unknown as DocumentSummary;
}

/** An API success. */
export const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

/** Facet counts of a browse result without any values. */
export const noFacets = { kind: [], year: [], ministry: [], minister: [], party: [], member: [], tag: [], late: [] };
