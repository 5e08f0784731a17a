/**
 * Test support: a closed temp archive holding the seed (its documents/<id>.json then damaged) and
 * corpus document r30 (healthy). Test-only (excluded from the build like *.test.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileStemForId } from '../archive/index.js';
import type { TempArchives } from './test-archives.js';
import { bytesOf, R30_NAME, R30_TEXT } from './test-reanchor-corpus.js';

/** @returns the archive folder, the damaged seed's id and r30's id */
export async function damageSeedDocument(temp: TempArchives): Promise<{ dir: string; id: string; otherId: string }> {
  const { v, doc, dir } = await temp.withSeed();
  const r30 = await v.importer.importFiles([{ name: R30_NAME, bytes: bytesOf(R30_TEXT) }]);
  const otherId = r30.imported[0]?.id;
  if (!otherId) throw new Error('r30 not imported');
  await v.close();
  await writeFile(join(dir, 'documents', `${fileStemForId(doc.id)}.json`), '{"id": "afgebroken');
  return { dir, id: doc.id, otherId };
}
