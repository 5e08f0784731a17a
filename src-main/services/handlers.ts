/**
 * The API handler table: one handler per contract entry (core/api/contract.ts), each a thin call
 * into a service. Bindings (Electron IPC, HTTP) run these through `dispatch`, which has already
 * parsed the input with the contract's zod schema.
 */
import type { ApiHandlers } from '../core/api/contract.js';
import type { AppInfo } from '../core/api/types.js';
import { readOnlyReasonOf, type Archive } from '../archive/index.js';
import type { AnnotationExportService } from './annotation-export-service.js';
import type { AnnotationListService } from './annotation-list-service.js';
import type { AnnotationService } from './annotation-service.js';
import { toBriefingExport, type BriefingService } from './briefing-service.js';
import type { DocumentService } from './document-service.js';
import type { DocumentLifecycleService } from './document-lifecycle.js';
import type { ImportService } from './import-service.js';
import type { ReviewService } from './review-service.js';
import type { SavedSearchService } from './saved-search-service.js';
import type { SearchService } from './search-service.js';
import type { TagService } from './tag-service.js';
import type { DocumentRepair } from './document-repair.js';

export interface HandlerServices {
  archive: Archive;
  importer: ImportService;
  documents: DocumentService;
  annotations: AnnotationService;
  tags: TagService;
  search: SearchService;
  briefings: BriefingService;
  savedSearches: SavedSearchService;
  /** annotation export (W3C, CSV) and W3C import */
  annotationFiles: AnnotationExportService;
  /** the review queue of re-anchored annotations */
  review: ReviewService;
  /** the annotations view: archive-wide query and bulk changes */
  annotationList: AnnotationListService;
  /** document delete, the trash, restore and emptying */
  lifecycle: DocumentLifecycleService;
  /** re-parses a damaged document file from its original */
  repair: DocumentRepair;
}

export interface HandlerInfo {
  version: string;
  shell: AppInfo['shell'];
}

/** Builds the handler table over `services`. */
/** AppInfo's read-only code and params (damaged-files.ts), or nothing for a writable archive. */
function readOnlyCodeOf(archive: Archive): Pick<AppInfo, 'readOnlyCode' | 'readOnlyParams' | 'canRestoreBackup'> {
  const reason = readOnlyReasonOf(archive.dir, archive.damagedFiles);
  return reason ? { readOnlyCode: reason.code, readOnlyParams: reason.params, canRestoreBackup: reason.canRestore } : {};
}

export function createHandlers(services: HandlerServices, info: HandlerInfo): ApiHandlers {
  const { archive, importer, documents, annotations, tags, search, briefings, savedSearches, annotationFiles, annotationList, review, lifecycle, repair } = services;
  return {
    'app.info': () =>
      Promise.resolve({
        version: info.version,
        archivePath: archive.dir,
        documentCount: archive.documentCount,
        readOnly: archive.isReadOnly,
        readOnlyReason: archive.readOnlyError?.message ?? null,
        ...readOnlyCodeOf(archive),
        shell: info.shell,
        index: search.status(),
      }),
    'app.restoreBackup': async () => {
      const restored = (await archive.restoreNewestGoodBackups()).filter((r) => r.backup !== null).length;
      // the restored catalog and annotations: the index is built again from them
      if (restored > 0) await search.rebuild();
      return { restored, readOnly: archive.isReadOnly };
    },
    'documents.list': () => Promise.resolve([...documents.list()]),
    'documents.get': ({ id }) => documents.get(id),
    'documents.import': ({ files }) =>
      importer.importFiles(files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.contentBase64, 'base64')) }))),
    'documents.setTags': ({ documentId, tagIds }) => documents.setTags(documentId, tagIds),
    'documents.delete': ({ ids }) => lifecycle.delete(ids),
    'documents.restore': ({ ids }) => lifecycle.restore(ids),
    'documents.deleted': () => Promise.resolve(lifecycle.deleted()),
    'documents.purge': ({ ids }) => lifecycle.purge(ids),
    'documents.repair': ({ id }) => repair.repair(id),
    'annotations.create': (input) => annotations.create(input),
    'annotations.update': (input) => annotations.update(input),
    'annotations.delete': ({ documentId, id }) => annotations.delete(documentId, id),
    'annotations.export': async (input) => {
      const { bytes: _bytes, ...file } = await annotationFiles.export(input);
      return file;
    },
    'annotations.import': ({ text }) => annotationFiles.importW3c(text),
    'annotations.query': (input) => annotationList.query(input),
    'annotations.updateMany': (input) => annotationList.updateMany(input),
    'annotations.deleteMany': ({ refs }) => annotationList.deleteMany(refs),
    'annotations.restore': ({ annotations: list }) => annotationList.restore(list),
    'annotations.review': ({ locale }) => review.list(locale),
    'annotations.resolve': (input) => review.resolve(input),
    'tags.list': () => Promise.resolve([...tags.list()]),
    'tags.create': (input) => tags.create(input),
    'tags.update': (input) => tags.update(input),
    'tags.delete': ({ id, mode }) => tags.delete(id, mode),
    'tags.merge': ({ sourceId, targetId }) => tags.merge(sourceId, targetId),
    'tags.restore': ({ undo }) => tags.restore(undo),
    'tags.stats': () => Promise.resolve(tags.stats()),
    // both wait for the search index while it loads at open
    'search.query': ({ query, limit }) => search.query(query, limit),
    'search.browse': ({ query, sort }) => search.browse(query, sort),
    'searches.list': () => Promise.resolve([...savedSearches.list()]),
    'searches.save': ({ name, query }) => savedSearches.save(name, query),
    'searches.delete': ({ id }) => savedSearches.delete(id),
    'briefings.list': () => briefings.list(),
    'briefings.get': ({ id }) => briefings.get(id),
    'briefings.create': (input) => briefings.create(input),
    'briefings.update': (input) => briefings.update(input),
    'briefings.duplicate': ({ id }) => briefings.duplicate(id),
    'briefings.delete': ({ id }) => briefings.delete(id),
    'briefings.restore': ({ briefing }) => briefings.restore(briefing),
    'briefings.addItems': (input) => briefings.addItems(input),
    'briefings.addTheme': (input) => briefings.addTheme(input),
    'briefings.preview': ({ id }) => briefings.preview(id),
    // the browser shell gets the bytes (it downloads them); Electron replaces this with a save dialog
    'briefings.export': async ({ id, format }) => {
      const file = await briefings.export(id, format);
      return toBriefingExport(file, { base64: Buffer.from(file.bytes).toString('base64'), savedPath: null });
    },
  };
}
