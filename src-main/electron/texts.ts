/**
 * The Dutch and English words of the main process (menu labels, native dialogs), chosen once from
 * the OS locale. The renderer has its own i18n; these are the only strings main shows itself.
 */

export type MainLocale = 'nl' | 'en';

/** 'nl' for any Dutch locale (nl, nl-NL, nl-BE), else 'en'. */
export function mainLocale(osLocale: string): MainLocale {
  return /^nl\b/i.test(osLocale) ? 'nl' : 'en';
}

const nl = {
  file: 'Bestand',
  importFiles: 'Importeren…',
  /** opens the briefing composer (the menu action keeps its name `export-briefing`) */
  exportBriefing: 'Briefing samenstellen…',
  quit: 'Afsluiten',
  edit: 'Bewerken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  view: 'Beeld',
  find: 'Zoeken',
  reload: 'Opnieuw laden',
  help: 'Help',
  about: 'Over Vraagbaak',
  aboutDetail: (version: string, archiveDir: string) => `Versie ${version}\nArchief: ${archiveDir}`,
  importTitle: 'Documenten importeren',
  importFilterName: 'Kamervragen en antwoorden',
  allFiles: 'Alle bestanden',
  importDone: (imported: number, duplicates: number, failed: number) =>
    `${imported} geïmporteerd, ${duplicates} al aanwezig, ${failed} mislukt.`,
  importFailedTitle: 'Importeren mislukt',
  saveBriefingTitle: (format: 'pdf' | 'docx'): string => (format === 'pdf' ? 'Briefing opslaan als PDF' : 'Briefing opslaan als Word-document'),
  briefingFilterName: (format: 'pdf' | 'docx'): string => (format === 'pdf' ? 'PDF-document' : 'Word-document'),
  startFailedTitle: 'Vraagbaak kan niet starten',
  archiveLocked: (archiveDir: string) =>
    `Het archief ${archiveDir} is al geopend door een ander Vraagbaak-venster of -proces. Sluit dat eerst.`,
  startFailed: (archiveDir: string, message: string) => `Het archief ${archiveDir} kon niet worden geopend:\n${message}`,
  internalErrorTitle: 'Interne fout in Vraagbaak',
  internalErrorQuit: (logFile: string, archiveClosed: boolean) =>
    `Vraagbaak stopt na een onverwachte fout. ${
      archiveClosed
        ? 'Het archief is netjes gesloten; wat al was opgeslagen, blijft bewaard.'
        : 'Het archief kon niet netjes worden gesloten; Vraagbaak controleert het bij de volgende start.'
    }\nDetails staan in ${logFile}.`,
  internalErrorContinue: (logFile: string) =>
    `Er trad een onverwachte fout op. Het archief is niet aangetast en Vraagbaak werkt verder.\nDetails staan in ${logFile}.`,
};

const en: typeof nl = {
  file: 'File',
  importFiles: 'Import…',
  exportBriefing: 'Compose briefing…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  view: 'View',
  find: 'Search',
  reload: 'Reload',
  help: 'Help',
  about: 'About Vraagbaak',
  aboutDetail: (version, archiveDir) => `Version ${version}\nArchive: ${archiveDir}`,
  importTitle: 'Import documents',
  importFilterName: 'Written questions and answers',
  allFiles: 'All files',
  importDone: (imported, duplicates, failed) => `${imported} imported, ${duplicates} already present, ${failed} failed.`,
  importFailedTitle: 'Import failed',
  saveBriefingTitle: (format) => (format === 'pdf' ? 'Save briefing as PDF' : 'Save briefing as Word document'),
  briefingFilterName: (format) => (format === 'pdf' ? 'PDF document' : 'Word document'),
  startFailedTitle: 'Vraagbaak cannot start',
  archiveLocked: (archiveDir) =>
    `The archive ${archiveDir} is already open in another Vraagbaak window or process. Close that first.`,
  startFailed: (archiveDir, message) => `The archive ${archiveDir} could not be opened:\n${message}`,
  internalErrorTitle: 'Internal error in Vraagbaak',
  internalErrorQuit: (logFile, archiveClosed) =>
    `Vraagbaak stops after an unexpected error. ${
      archiveClosed
        ? 'The archive was closed cleanly; everything already saved is kept.'
        : 'The archive could not be closed cleanly; Vraagbaak checks it at the next start.'
    }\nDetails are in ${logFile}.`,
  internalErrorContinue: (logFile) =>
    `An unexpected error occurred. The archive is not affected and Vraagbaak keeps running.\nDetails are in ${logFile}.`,
};

export type MainTexts = typeof nl;

/** The word list for `locale`. */
export function mainTexts(locale: MainLocale): MainTexts {
  return locale === 'nl' ? nl : en;
}
