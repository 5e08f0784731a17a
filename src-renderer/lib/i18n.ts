/**
 * Every user-visible string of the renderer, in Dutch (default) and English, in one table; plus the
 * one place where API error codes become sentences. Components read strings through `t()` from
 * `locale.svelte.ts`, which follows the chosen language.
 */
import type { ApiError } from '../../src-main/core/api/result.js';
import type { ErrorCode } from '../../src-main/core/model/errors.js';
import type { HighlightColor } from '../../src-main/core/model/annotation.js';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const nl = {
  'app.title': 'Vraagbaak',
  'app.tagline': 'Kamervragen en antwoorden',
  'app.language': 'Taal',
  'app.loading': 'Laden…',
  'app.readOnly': 'Het archief is alleen-lezen: {reason}',
  'app.readOnlyNoReason': 'Het archief is alleen-lezen.',
  'app.mainNav': 'Bibliotheek',
  'import.button': 'Importeren',
  'import.fileInput': 'Bestanden om te importeren',
  'import.dropHint': 'Laat de bestanden los om ze te importeren',
  'import.resultTitle': 'Importresultaat',
  'import.imported': 'Geïmporteerd: {n}',
  'import.duplicates': 'Al in het archief: {n}',
  'import.failed': 'Mislukt: {n}',
  'import.failedItem': '{file}: {reason}',
  'import.close': 'Importresultaat sluiten',
  'import.progress': 'Importeren: {done} van {total} bestanden',
  'import.current': 'Nu: {file}',
  'import.cancel': 'Annuleren',
  'import.cancelling': 'Bezig met annuleren…',
  'import.cancelled': 'Niet geïmporteerd door annuleren: {n}',
  'library.heading': 'Documenten',
  'library.empty': 'Het archief is nog leeg. Importeer Kamervragen met „Importeren” of sleep bestanden in dit venster.',
  'library.noMatch': 'Geen documenten met dit thema.',
  'library.count': '{n} van {total} documenten',
  'library.untitled': '(zonder titel)',
  'library.annotations': '{n} markering(en)',
  'search.label': 'Zoeken',
  'search.placeholder': 'bijv. genocide minister:Blok',
  'search.submit': 'Zoek',
  'search.clear': 'Zoekopdracht wissen',
  'search.results': 'Zoekresultaten: {n}',
  'search.noResults': 'Geen resultaten voor „{query}”.',
  'search.searching': 'Bezig met zoeken…',
  'filter.label': 'Filter op thema',
  'filter.all': "Alle thema's",
  'part.question': 'Vraag {n}',
  'part.answer': 'Antwoord {n}',
  'part.footnote': 'Voetnoot {n}',
  'part.title': 'Titel',
  'part.note': 'Notitie',
  'reader.empty': 'Kies een document in de lijst.',
  'reader.loading': 'Document laden…',
  'reader.askedBy': 'Gesteld door',
  'reader.addressedTo': 'Gericht aan',
  'reader.answeredBy': 'Beantwoord door',
  'reader.submitted': 'Ingezonden',
  'reader.received': 'Ontvangen',
  'reader.identifiers': 'Kenmerken',
  'reader.citation': 'Citeren als',
  'reader.copyCitation': 'Citaat kopiëren',
  'reader.copied': 'Citaat gekopieerd',
  'reader.copyFailed': 'Kopiëren is niet gelukt',
  'reader.footnotes': 'Voetnoten',
  'reader.footnoteRef': 'voetnoot {n}',
  'reader.seeQuestion': 'zie vraag {n}',
  'reader.answerTo': 'Antwoord op vraag {n}',
  'reader.answerToMany': 'Antwoord op vragen {n}',
  'reader.unanswered': 'Antwoorden zonder bijbehorende vraag',
  'reader.warnings': 'Opmerkingen bij het inlezen',
  'reader.documentTags': "Thema's van dit document",
  'reader.saveTags': "Thema's opslaan",
  'reader.tagsSaved': "Thema's van het document opgeslagen",
  'reader.source': 'Bron: {file}',
  'reader.kind.answer': 'Antwoord',
  'reader.kind.questions': 'Vragen',
  'reader.kind.delay-notice': 'Uitstelbericht',
  'reader.kind.other': 'Document',
  'annot.highlight': 'Markeren',
  'annot.hint': 'Selecteer tekst in een vraag, antwoord of voetnoot en kies Markeren (Alt+Shift+M).',
  'annot.selectWithinPart': 'Selecteer tekst binnen één vraag, antwoord of voetnoot.',
  'annot.dialog': 'Markering toevoegen',
  'annot.editDialog': 'Markering bewerken',
  'annot.color': 'Kleur',
  'annot.note': 'Notitie',
  'annot.tags': "Thema's",
  'annot.tagsHint': "Enter of komma voegt een thema toe; nieuwe thema's worden aangemaakt.",
  'annot.save': 'Opslaan',
  'annot.cancel': 'Annuleren',
  'annot.saved': 'Markering opgeslagen',
  'annot.sidebar': 'Markeringen',
  'annot.none': 'Nog geen markeringen in dit document.',
  'annot.goTo': 'Ga naar markering: {quote}',
  'annot.edit': 'Bewerken',
  'annot.delete': 'Verwijderen',
  'annot.deleted': 'Markering verwijderd',
  'annot.undo': 'Ongedaan maken',
  'annot.restored': 'Markering teruggezet',
  'annot.relocated': 'verplaatst na wijziging van de tekst',
  'annot.orphaned': 'niet meer gevonden in de tekst',
  'tags.remove': 'Thema {name} verwijderen',
  'tags.list': "Thema's",
  'briefing.open': 'Briefing exporteren',
  'briefing.dialog': 'Briefing exporteren',
  'briefing.title': 'Titel van de briefing',
  'briefing.defaultTitle': 'Briefing',
  'briefing.subtitle': 'Ondertitel',
  'briefing.author': 'Auteur',
  'briefing.documents': 'Documenten in de briefing',
  'briefing.export': 'Exporteren',
  'briefing.exporting': 'Bezig met exporteren…',
  'briefing.close': 'Sluiten',
  'briefing.saved': 'Opgeslagen als {path}',
  'briefing.downloaded': '{file} is gedownload ({size} kB).',
  'briefing.notSaved': 'De briefing is niet opgeslagen.',
  'briefing.noDocuments': 'Kies ten minste één document.',
  'toast.dismiss': 'Melding sluiten',
  'toast.region': 'Meldingen',
  'error.unauthorized': 'Geen toegang. Open Vraagbaak opnieuw via de link met het token.',
  'error.offline': 'Geen verbinding met Vraagbaak.',
} as const;

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  'app.title': 'Vraagbaak',
  'app.tagline': 'Parliamentary questions and answers',
  'app.language': 'Language',
  'app.loading': 'Loading…',
  'app.readOnly': 'The archive is read-only: {reason}',
  'app.readOnlyNoReason': 'The archive is read-only.',
  'app.mainNav': 'Library',
  'import.button': 'Import',
  'import.fileInput': 'Files to import',
  'import.dropHint': 'Drop the files to import them',
  'import.resultTitle': 'Import result',
  'import.imported': 'Imported: {n}',
  'import.duplicates': 'Already in the archive: {n}',
  'import.failed': 'Failed: {n}',
  'import.failedItem': '{file}: {reason}',
  'import.close': 'Close import result',
  'import.progress': 'Importing: {done} of {total} files',
  'import.current': 'Now: {file}',
  'import.cancel': 'Cancel',
  'import.cancelling': 'Cancelling…',
  'import.cancelled': 'Not imported because of the cancel: {n}',
  'library.heading': 'Documents',
  'library.empty': 'The archive is empty. Import parliamentary questions with “Import” or drop files into this window.',
  'library.noMatch': 'No documents with this theme.',
  'library.count': '{n} of {total} documents',
  'library.untitled': '(untitled)',
  'library.annotations': '{n} highlight(s)',
  'search.label': 'Search',
  'search.placeholder': 'e.g. genocide minister:Blok',
  'search.submit': 'Go',
  'search.clear': 'Clear search',
  'search.results': 'Search results: {n}',
  'search.noResults': 'No results for “{query}”.',
  'search.searching': 'Searching…',
  'filter.label': 'Filter by theme',
  'filter.all': 'All themes',
  'part.question': 'Question {n}',
  'part.answer': 'Answer {n}',
  'part.footnote': 'Footnote {n}',
  'part.title': 'Title',
  'part.note': 'Note',
  'reader.empty': 'Choose a document from the list.',
  'reader.loading': 'Loading document…',
  'reader.askedBy': 'Asked by',
  'reader.addressedTo': 'Addressed to',
  'reader.answeredBy': 'Answered by',
  'reader.submitted': 'Submitted',
  'reader.received': 'Received',
  'reader.identifiers': 'Identifiers',
  'reader.citation': 'Cite as',
  'reader.copyCitation': 'Copy citation',
  'reader.copied': 'Citation copied',
  'reader.copyFailed': 'Could not copy',
  'reader.footnotes': 'Footnotes',
  'reader.footnoteRef': 'footnote {n}',
  'reader.seeQuestion': 'see question {n}',
  'reader.answerTo': 'Answer to question {n}',
  'reader.answerToMany': 'Answer to questions {n}',
  'reader.unanswered': 'Answers without a matching question',
  'reader.warnings': 'Import notes',
  'reader.documentTags': 'Themes of this document',
  'reader.saveTags': 'Save themes',
  'reader.tagsSaved': 'Document themes saved',
  'reader.source': 'Source: {file}',
  'reader.kind.answer': 'Answer',
  'reader.kind.questions': 'Questions',
  'reader.kind.delay-notice': 'Delay notice',
  'reader.kind.other': 'Document',
  'annot.highlight': 'Highlight',
  'annot.hint': 'Select text in a question, answer or footnote and choose Highlight (Alt+Shift+M).',
  'annot.selectWithinPart': 'Select text within one question, answer or footnote.',
  'annot.dialog': 'Add highlight',
  'annot.editDialog': 'Edit highlight',
  'annot.color': 'Colour',
  'annot.note': 'Note',
  'annot.tags': 'Themes',
  'annot.tagsHint': 'Enter or comma adds a theme; new themes are created.',
  'annot.save': 'Save',
  'annot.cancel': 'Cancel',
  'annot.saved': 'Highlight saved',
  'annot.sidebar': 'Highlights',
  'annot.none': 'No highlights in this document yet.',
  'annot.goTo': 'Go to highlight: {quote}',
  'annot.edit': 'Edit',
  'annot.delete': 'Delete',
  'annot.deleted': 'Highlight deleted',
  'annot.undo': 'Undo',
  'annot.restored': 'Highlight restored',
  'annot.relocated': 'relocated after a text change',
  'annot.orphaned': 'no longer found in the text',
  'tags.remove': 'Remove theme {name}',
  'tags.list': 'Themes',
  'briefing.open': 'Export briefing',
  'briefing.dialog': 'Export briefing',
  'briefing.title': 'Briefing title',
  'briefing.defaultTitle': 'Briefing',
  'briefing.subtitle': 'Subtitle',
  'briefing.author': 'Author',
  'briefing.documents': 'Documents in the briefing',
  'briefing.export': 'Export',
  'briefing.exporting': 'Exporting…',
  'briefing.close': 'Close',
  'briefing.saved': 'Saved as {path}',
  'briefing.downloaded': '{file} was downloaded ({size} kB).',
  'briefing.notSaved': 'The briefing was not saved.',
  'briefing.noDocuments': 'Choose at least one document.',
  'toast.dismiss': 'Dismiss notification',
  'toast.region': 'Notifications',
  'error.unauthorized': 'No access. Open Vraagbaak again through the link with the token.',
  'error.offline': 'No connection to Vraagbaak.',
};

const messages: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** Names of the highlight colours, per language. */
const colorNames: Record<Locale, Record<HighlightColor, string>> = {
  nl: { yellow: 'Geel', green: 'Groen', blue: 'Blauw', pink: 'Roze', orange: 'Oranje' },
  en: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', orange: 'Orange' },
};

/** What each API error code means to the user, per language. */
const errorMessages: Record<Locale, Record<ErrorCode, string>> = {
  nl: {
    'invalid-input': 'De invoer is niet geldig.',
    'not-found': 'Niet gevonden.',
    'parse-failed': 'Het bestand kon niet als Kamervragen worden gelezen.',
    'unsupported-format': 'Dit bestandsformaat wordt niet ondersteund.',
    'archive-corrupt': 'Het archief is beschadigd.',
    'archive-locked': 'Het archief is in gebruik door een ander Vraagbaak-venster of -proces.',
    'archive-read-only': 'Het archief is alleen-lezen; wijzigen is niet mogelijk.',
    'pdf-failed': 'De PDF kon niet worden gemaakt.',
    'search-syntax': 'De zoekopdracht klopt niet.',
    internal: 'Er ging iets mis.',
  },
  en: {
    'invalid-input': 'The input is not valid.',
    'not-found': 'Not found.',
    'parse-failed': 'The file could not be read as parliamentary questions.',
    'unsupported-format': 'This file format is not supported.',
    'archive-corrupt': 'The archive is damaged.',
    'archive-locked': 'The archive is in use by another Vraagbaak window or process.',
    'archive-read-only': 'The archive is read-only; changes are not possible.',
    'pdf-failed': 'The PDF could not be created.',
    'search-syntax': 'The search query is not valid.',
    internal: 'Something went wrong.',
  },
};

/**
 * The string for `key` in `locale`, with `{name}` placeholders replaced from `params`
 * (unknown placeholders are left as written).
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The name of a highlight colour in `locale`. */
export function colorName(locale: Locale, color: HighlightColor): string {
  return colorNames[locale][color];
}

/**
 * A user-facing sentence for an API error: the translated meaning of its code, followed by the
 * technical message (which names the file or field). Transport failures of the browser shell
 * (`details.transport`) get their own sentences.
 */
export function errorText(locale: Locale, error: ApiError): string {
  if (error.details['transport'] === true) {
    const status = error.details['status'];
    if (status === 401 || status === 403) return translate(locale, 'error.unauthorized');
    if (status === 0) return translate(locale, 'error.offline');
  }
  const meaning = errorMessages[locale][error.code] ?? errorMessages[locale].internal;
  return error.message ? `${meaning} (${error.message})` : meaning;
}

/** True when `value` names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
