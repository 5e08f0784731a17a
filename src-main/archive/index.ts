/** The archive on disk (DESIGN §3): the only module that reads or writes archive files. */
export { Archive, readOnlyReasonOf, type ArchiveOptions, type DamagedFile, type RestoredFile, type TrashEntry } from './archive.js';
export { CURRENT_SCHEMA_VERSION, type WorkspaceFile, type CatalogFile, type AnnotationsFile } from './schemas.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { fileStemForId, idFromFileStem } from './file-names.js';
