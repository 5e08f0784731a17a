/**
 * Reads an archive into memory at open: clears a crashed writer's temp files (also in index/),
 * loads and validates catalog, workspace and annotations (running migrations), repairs the catalog,
 * and then either writes what open repaired (annotation files a journal holds first; a backup of
 * the files as they were before a migration rewrites them), or, when a file is damaged, writes nothing.
 * Opening takes no other backup: reads never rotate the backups (backup-schedule.ts).
 */
import { join } from 'node:path';
import { VraagbaakError, isVraagbaakError } from '../core/model/index.js';
import { ANNOTATIONS, BACKUPS, CATALOG, DOCUMENTS, ORIGINALS, WORKSPACE, annotationsPath, listJsonFiles } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { takeBackup } from './backups.js';
import type { RetentionPolicy } from '../core/backups/index.js';
import { INDEX_DIR } from './index-store.js';
import { readJournals, removeJournals, replayJournals } from './annotation-journal.js';
import { describeDamage, type ArchiveDamage, type FoundDamage } from './damaged-files.js';
import { removeTempFiles } from './durable-write.js';
import { fileStemForId, idFromFileStem } from './file-names.js';
import { OPEN_CONCURRENCY, forEachLimited } from './helpers.js';
import type { JsonStore } from './json-store.js';
import { adoptUncataloguedDocuments, rebuildCatalogInMemory, reconcileCatalog } from './reconcile-catalog.js';
import type { AnnotationsFile, FileKind } from './schemas.js';
import { applyTrashFindings, recoverTrashFiles, removeLiveTrashFolders } from './trash-recovery.js';

type LoadState = 'ok' | 'missing' | 'damaged';

/**
 * Loads the archive's files into `parts`. A file that fails to parse is recorded, not fatal: the
 * rest is loaded as far as it can be read, and nothing is written.
 * @param retention which backups to keep when a migration takes one
 * @returns the damage that makes the archive read-only, or null for a healthy archive
 * @throws VraagbaakError('archive-corrupt') with `details.problem === 'too-new'` when a newer
 *   Vraagbaak wrote a file; file-system errors
 */
export async function loadArchive(parts: ArchiveParts, retention?: RetentionPolicy): Promise<ArchiveDamage | null> {
  const { dir, catalog, workspace, annotations } = parts;
  await Promise.all([dir, ...[DOCUMENTS, ANNOTATIONS, ORIGINALS, INDEX_DIR].map((d) => join(dir, d))].map(removeTempFiles));
  // a delete or restore cut short: its files go where its document file is, before anything is read
  const trashFindings = await recoverTrashFiles(dir);
  // changes to many annotation files a crash cut short: their journals hold the files' content
  const journals = await readJournals(dir);
  const damaged: FoundDamage[] = [...journals.damaged];
  const tryLoad = async <T>(store: JsonStore<T>, kind: FileKind, relative: string): Promise<LoadState> => {
    try {
      return (await store.load()) ? 'ok' : 'missing';
    } catch (e) {
      if (isVraagbaakError(e, 'archive-corrupt') && e.details['problem'] === 'unreadable') {
        damaged.push({ file: store.file.path, error: e, kind, relative });
        return 'damaged';
      }
      throw e;
    }
  };

  const catalogState = await tryLoad(catalog.store, 'catalog', CATALOG);
  const workspaceState = await tryLoad(workspace.store, 'workspace', WORKSPACE);
  const loadedAnnotations: string[] = [];
  const migratedAnnotations: JsonStore<AnnotationsFile>[] = [];
  await forEachLimited(await listJsonFiles(dir, ANNOTATIONS), OPEN_CONCURRENCY, async (name) => {
    const stem = name.slice(0, -'.json'.length);
    const relative = `${ANNOTATIONS}/${name}`;
    const store = annotations.openFile(join(dir, ANNOTATIONS, name), idFromFileStem(stem) ?? stem);
    if ((await tryLoad(store, 'annotations', relative)) !== 'ok') return;
    const documentId = store.data.documentId;
    if (fileStemForId(documentId) !== stem) {
      const reason = `it holds the annotations of document "${documentId}", which belong in ${annotationsPath(dir, documentId)}`;
      damaged.push({
        file: store.file.path,
        error: new VraagbaakError('archive-corrupt', `${store.file.path} cannot be read: ${reason}`, { file: store.file.path, reason }),
        kind: 'annotations',
        relative,
      });
      return;
    }
    annotations.register(documentId, store);
    loadedAnnotations.push(relative);
    if (store.file.migratedOnRead) migratedAnnotations.push(store);
  });

  if (catalogState !== 'ok') await rebuildCatalogInMemory(parts);
  catalog.reindex();
  const trashed = applyTrashFindings(parts, trashFindings, workspaceState === 'ok');
  // none is replayed when one cannot be read: the archive then opens read-only and writes nothing
  const replayed = journals.damaged.length === 0 ? replayJournals(parts, journals.journals, damaged) : { stores: [], relative: [] };
  const adopted = catalogState === 'ok' ? await adoptUncataloguedDocuments(parts) : false;
  const reconciled = reconcileCatalog(parts, workspaceState === 'ok', new Set(damaged.map((d) => d.file)));

  if (damaged.length > 0) return describeDamage(dir, damaged);
  for (const store of replayed.stores) await store.save();
  await removeJournals(dir, journals.journals);
  const backedUp = [...new Set([...loadedAnnotations, ...replayed.relative])];
  const existing = [...(catalogState === 'ok' ? [CATALOG] : []), ...(workspaceState === 'ok' ? [WORKSPACE] : []), ...backedUp];
  const migrating = catalog.store.file.migratedOnRead || workspace.store.file.migratedOnRead || migratedAnnotations.length > 0;
  if (migrating && existing.length > 0) await takeBackup(dir, join(dir, BACKUPS), existing, parts.clock(), retention);
  if (catalogState !== 'ok' || reconciled || adopted || trashed.catalog || catalog.store.file.migratedOnRead) await catalog.store.save();
  if (workspaceState !== 'ok' || trashed.workspace || workspace.store.file.migratedOnRead) await workspace.store.save();
  // a file a journal replaced is already written in its journal's version
  const replayedFiles = new Set(replayed.stores.map((store) => store.file.path));
  for (const store of migratedAnnotations) if (!replayedFiles.has(store.file.path)) await store.save();
  await removeLiveTrashFolders(dir, trashFindings);
  return null;
}
