/**
 * The Electron form of `briefing.export`: the briefing service renders the PDF, then main asks
 * the user where to save it (native save dialog) and writes it there. The renderer gets the path
 * back instead of the bytes (COMMON "Shared decisions": Electron returns `savedPath`).
 */
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApiHandlers } from '../core/api/contract.js';
import type { BriefingExport } from '../core/api/types.js';
import type { BriefingService } from '../services/briefing-service.js';
import type { MainTexts } from './texts.js';

export interface SavingBriefingExportDeps {
  /** the briefing service, which renders and prints the PDF */
  briefings: Pick<BriefingService, 'exportPdf'>;
  /** the window the save dialog belongs to, if any */
  parentWindow: () => BrowserWindow | null;
  texts: MainTexts;
}

/** Shows the save dialog (modal to `parent` when there is one); resolves to the chosen path or null. */
async function askSavePath(parent: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * The `briefing.export` handler of the Electron shell: renders the PDF first (so a failing
 * briefing never leaves the user with a dialog for nothing), asks for a file name (default: the
 * service's `fileName` in the user's Documents folder), writes the bytes there. Resolves with
 * `savedPath` (null when the user cancelled), `pdfBase64: null` and the PDF's size in bytes.
 * @throws VraagbaakError('not-found' | 'pdf-failed') from the briefing service
 * @throws Error from writeFile when the chosen file cannot be written
 */
export function createSavingBriefingExport(deps: SavingBriefingExportDeps): ApiHandlers['briefing.export'] {
  return async (input): Promise<BriefingExport> => {
    const rendered = await deps.briefings.exportPdf(input);
    const fileName = path.basename(rendered.fileName) || 'briefing.pdf';
    const savedPath = await askSavePath(deps.parentWindow(), {
      title: deps.texts.saveBriefingTitle,
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (savedPath !== null) await writeFile(savedPath, rendered.bytes);
    return { fileName, pdfBase64: null, savedPath, byteLength: rendered.bytes.byteLength };
  };
}
