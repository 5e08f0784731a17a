/**
 * The Electron form of `briefings.export`: the briefing service renders the PDF or Word file, then
 * main asks the user where to save it (native save dialog) and writes it there atomically. The
 * renderer gets the saved path back instead of the bytes.
 */
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { ApiHandlers } from '../core/api/contract.js';
import type { BriefingExport } from '../core/api/types.js';
import { writeExportFile } from '../services/briefing-file.js';
import { toBriefingExport, type BriefingFormat, type BriefingService } from '../services/briefing-service.js';
import type { MainTexts } from './texts.js';

export interface SavingBriefingExportDeps {
  /** the briefing service, which renders the file */
  briefings: Pick<BriefingService, 'export'>;
  /** the window the save dialog belongs to, if any */
  parentWindow: () => BrowserWindow | null;
  texts: MainTexts;
  /** the archive folder, which a briefing is never saved into */
  archiveDir: string;
}

/** Shows the save dialog (modal to `parent` when there is one); resolves to the chosen path or null. */
async function askSavePath(parent: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** `file` with the format's extension (a name typed without it, or with another, gets it appended). */
function withExtension(file: string, format: BriefingFormat): string {
  return path.extname(file).toLowerCase() === `.${format}` ? file : `${file}.${format}`;
}

/**
 * The `briefings.export` handler of the Electron shell: renders the file first (so a briefing that
 * cannot be exported never leaves the user with a dialog for nothing), asks for a file name
 * (default: the service's `fileName` in the user's Documents folder, a filter for the format),
 * then writes it there through a temp file in the same folder (replacing a file there: the dialog
 * asked the user; never into the archive folder). Resolves with `savedPath` (null when
 * the user cancelled) and `base64: null`.
 * @throws VraagbaakError('not-found' | 'invalid-input' (briefing-empty) | 'pdf-failed') from the
 *   briefing service; 'invalid-input' (export-path-unwritable) when the chosen file cannot be written
 */
export function createSavingBriefingExport(deps: SavingBriefingExportDeps): ApiHandlers['briefings.export'] {
  return async ({ id, format }): Promise<BriefingExport> => {
    const file = await deps.briefings.export(id, format);
    const fileName = path.basename(file.fileName);
    const chosen = await askSavePath(deps.parentWindow(), {
      title: deps.texts.saveBriefingTitle(format),
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [{ name: deps.texts.briefingFilterName(format), extensions: [format] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    const savedPath = chosen === null ? null : withExtension(chosen, format);
    if (savedPath !== null) {
      // the dialog asked before replacing the chosen file, not one whose extension was added after
      await writeExportFile(savedPath, file.bytes, { replace: savedPath === chosen, archiveDir: deps.archiveDir });
    }
    return toBriefingExport(file, { base64: null, savedPath });
  };
}
