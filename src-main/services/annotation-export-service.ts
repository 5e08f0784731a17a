/**
 * The annotation export/import service: W3C Web Annotation and CSV export of the archive, a theme
 * or a selection (annotation-export.ts), to bytes or to a file; and import of a W3C file
 * (annotation-export-import.ts). Used by the API handlers and the CLI.
 */
import type { AnnotationImportReport } from '../core/api/types.js';
import { VraagbaakError, type Tag } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import { importW3cAnnotations } from './annotation-export-import.js';
import { exportAnnotations, type AnnotationExportFile, type AnnotationExportOptions } from './annotation-export.js';
import { writeExportFile, assertWritablePath, type ExportTarget } from './briefing-file.js';
import type { SearchService } from './search-service.js';
import type { TagService } from './tag-service.js';

export interface AnnotationExportServiceDeps {
  archive: Archive;
  search: SearchService;
  tags: TagService;
  clock?: () => Date;
  newId?: () => string;
}

export interface AnnotationExportService {
  /**
   * The export as a file in memory.
   * @throws VraagbaakError('not-found') reason 'theme-missing' or 'annotation-missing'
   */
  export(options: AnnotationExportOptions): Promise<AnnotationExportFile>;
  /**
   * Exports to `file` (atomically: temp file, fsync, rename; the path is checked first: briefing-file.ts).
   * @param target how messages name the file, the archive folder it may not be in, consent to replace
   * @throws VraagbaakError('invalid-input') reason 'export-path-unwritable' or 'export-file-exists'; as `export`
   */
  exportToFile(file: string, options: AnnotationExportOptions, target?: ExportTarget): Promise<AnnotationExportFile>;
  /**
   * Imports a W3C Web Annotation file's text.
   * @throws VraagbaakError('invalid-input') reason 'annotations-not-json' or 'annotations-not-w3c'; 'archive-read-only'
   */
  importW3c(text: string): Promise<AnnotationImportReport>;
  /**
   * The theme named `name` (the identity rule: case, spacing and NFC/NFD ignored).
   * @throws VraagbaakError('not-found') reason 'theme-missing' ({ theme })
   */
  themeByName(name: string): Tag;
}

/** Creates the annotation export/import service. */
export function createAnnotationExportService(deps: AnnotationExportServiceDeps): AnnotationExportService {
  return {
    export: (options) => exportAnnotations(deps, options),
    async exportToFile(file, options, target = {}) {
      const where: ExportTarget = { what: 'the annotations', archiveDir: deps.archive.dir, ...target };
      await assertWritablePath(file, where); // before the export, which would be wasted
      const exported = await exportAnnotations(deps, options);
      await writeExportFile(file, exported.bytes, where);
      return exported;
    },
    importW3c: (text) => importW3cAnnotations(deps, text),
    themeByName(name) {
      const tag = deps.tags.findByName(name);
      if (tag === null) throw new VraagbaakError('not-found', `There is no theme named "${name}".`, { reason: 'theme-missing', theme: name });
      return tag;
    },
  };
}
