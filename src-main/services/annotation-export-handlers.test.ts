/** `annotations.export` and `annotations.import` through the handler table and dispatch (zod input, Result envelope). */
import { describe, expect, it } from 'vitest';
import { dispatch, type Result } from '../core/api/index.js';
import type { AnnotationExport, AnnotationImportReport } from '../core/api/types.js';
import { useTempArchives } from './test-archives.js';
import { openBriefingArchive } from './test-briefing-archive.js';

const temp = useTempArchives('vraagbaak-annotation-handlers-');

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('annotations.export / annotations.import handlers', () => {
  it('exports W3C and CSV text with a suggested file name, and imports it back as duplicates', async () => {
    const a = await openBriefingArchive(temp);
    const h = a.v.handlers;
    const w3c = value<AnnotationExport>(await dispatch(h, 'annotations.export', { format: 'w3c', tagId: a.tags.rechtsstaat.id }));
    expect(w3c).toMatchObject({ format: 'w3c', count: 2 });
    expect(w3c.fileName).toMatch(/^vraagbaak-annotaties-rechtsstaat-\d{4}-\d{2}-\d{2}\.jsonld$/);
    expect(w3c).not.toHaveProperty('bytes');
    const csv = value<AnnotationExport>(await dispatch(h, 'annotations.export', { format: 'csv', locale: 'en', annotationIds: [a.excerpts.top.id] }));
    expect(csv.text.startsWith('\uFEFFQuote,Note,Themes,')).toBe(true);
    const report = value<AnnotationImportReport>(await dispatch(h, 'annotations.import', { text: w3c.text }));
    expect(report).toMatchObject({ total: 2, imported: [], notPlaced: [] });
    expect(report.duplicates).toHaveLength(2);
  });

  it('gives typed errors: bad input, an unknown theme, a file that is not JSON', async () => {
    const a = await openBriefingArchive(temp);
    const h = a.v.handlers;
    const bad = await dispatch(h, 'annotations.export', { format: 'pdf' });
    expect(!bad.ok && bad.error.code).toBe('invalid-input');
    const both = await dispatch(h, 'annotations.export', { format: 'csv', tagId: a.tags.vn.id, annotationIds: [a.excerpts.top.id] });
    expect(!both.ok && both.error.code).toBe('invalid-input');
    const theme = await dispatch(h, 'annotations.export', { format: 'csv', tagId: 'weg' });
    expect(!theme.ok && [theme.error.code, theme.error.details?.['reason']]).toEqual(['not-found', 'theme-missing']);
    const notJson = await dispatch(h, 'annotations.import', { text: 'geen json' });
    expect(!notJson.ok && notJson.error.details?.['reason']).toBe('annotations-not-json');
  });
});
