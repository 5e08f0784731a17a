/**
 * Test support for the review queue's component tests: the corpus document r30 with six
 * highlights in a temp archive, a host component rendered under an app context over the real API,
 * and the corrected r30 imported through that context (so the import report lists it as replaced,
 * with three highlights to review). Test-only (excluded from the build like *.test.ts).
 */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { apiClientOver } from '../../../src-main/services/test-api-client.js';
import type { TempArchives } from '../../../src-main/services/test-archives.js';
import { correctedR30, importR30WithAnnotations, R30_NAME } from '../../../src-main/services/test-reanchor-corpus.js';
import type { AppContext } from '../../lib/context.js';
import { createAppContext } from '../../state/create.js';

/** Renders `host` over a temp archive holding r30 with highlights, then re-imports the corrected r30 from the UI's state. */
export async function renderReimportedR30(temp: TempArchives, host: Component<{ context: AppContext }>) {
  const v = await temp.open();
  const { id, made } = await importR30WithAnnotations(v);
  const context = createAppContext(apiClientOver(v), 'web');
  render(host, { props: { context } });
  await context.imports.importFiles([new File([correctedR30()], R30_NAME, { type: 'text/plain' })]);
  return { v, id, made, context };
}
