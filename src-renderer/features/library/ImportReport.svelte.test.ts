// @vitest-environment jsdom
/**
 * The import report says when an imported document was in "recently deleted" and came back with
 * its highlights before the import went over it. Against the real API over a temp archive holding
 * the corpus document r30 with six highlights, deleted, then imported again in a corrected version.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClientOver } from '../../../src-main/services/test-api-client.js';
import { useTempArchives } from '../../../src-main/services/test-archives.js';
import { correctedR30, importR30WithAnnotations, R30_NAME } from '../../../src-main/services/test-reanchor-corpus.js';
import { createAppContext } from '../../state/create.js';
import ImportReportTestHost from './ImportReportTestHost.svelte';

const temp = useTempArchives('vraagbaak-import-report-');
afterEach(() => cleanup());

describe('ImportReport', () => {
  it('lists a document brought back from recently deleted, with its highlights, beside the replacement', async () => {
    const v = await temp.open();
    const { id } = await importR30WithAnnotations(v);
    await v.lifecycle.delete([id]);
    const context = createAppContext(apiClientOver(v), 'web');
    render(ImportReportTestHost, { props: { context } });
    await context.imports.importFiles([new File([correctedR30()], R30_NAME, { type: 'text/plain' })]);

    const report = await screen.findByRole('region', { name: 'Importresultaat' });
    expect(within(report).getByText('Teruggehaald uit Onlangs verwijderd (1)')).toBeTruthy();
    expect(within(report).getByText(`${id}: teruggezet met zijn markeringen (6); het geïmporteerde bestand is daarna als nieuwe versie behandeld`)).toBeTruthy();
    expect(within(report).getByText('Vervangen door een nieuwe versie: 1')).toBeTruthy();
    expect(v.lifecycle.deleted()).toEqual([]);
  });
});
