/**
 * Dutch and English texts for the reason codes the main process gives with an error
 * (`details.reason` of a search-syntax, import or briefing error, `ImportFailure.code`), so the UI does not
 * show main's English sentences. Main keeps those sentences as the fallback and for the CLI.
 */
import type { AnnotationTransferReason, BriefingReason, ConflictReason, ImportFailureCode, LifecycleReason, ReadOnlyReason, ReviewReason, SearchSyntaxReason, TagReason, TransportReason } from '../../src-main/core/api/types.js';
import type { Locale } from './locales.js';

// Search-syntax reasons (SEARCH_SYNTAX_REASONS in core/api/types.ts; the type makes a missing code a
// compile error). The texts follow the search box's own sentence "De zoekopdracht klopt niet."
const searchNl: Record<SearchSyntaxReason, string> = {
  'unclosed-quote': 'Het aanhalingsteken wordt niet gesloten.',
  'unknown-field': 'Onbekend zoekveld "{field}:". Bekende velden: {known}.',
  'field-needs-value': 'Het veld "{field}:" heeft een waarde nodig, bijvoorbeeld {field}:{example}.',
  'not-a-kind': '"{value}" is geen documentsoort; gebruik antwoord, vragen, uitstel of overig.',
  'not-a-date': '"{value}" is geen datum; schrijf bijvoorbeeld 2021, 2021-02 of 2021-02-15.',
  'not-yes-no': '"{value}" is geen ja of nee; schrijf {field}:ja of {field}:nee.',
  'or-needs-term-after': 'Na OR moet een zoekterm staan.',
  'or-needs-term-before': 'Voor OR moet een zoekterm staan.',
  'minus-needs-term': 'Direct na een "-" moet het woord, de woordgroep of het veld staan dat wordt uitgesloten.',
  'unexpected-end': 'De zoekopdracht houdt op waar nog een zoekterm moet komen.',
  'unclosed-paren': 'Dit "(" wordt niet gesloten.',
  'empty-parens': 'Tussen de haakjes staat niets.',
  'unmatched-paren': 'Bij dit ")" hoort geen "(".',
};

const searchEn: Record<SearchSyntaxReason, string> = {
  'unclosed-quote': 'The quotation mark is never closed.',
  'unknown-field': 'Unknown search field "{field}:". Known fields: {known}.',
  'field-needs-value': 'The field "{field}:" needs a value, for example {field}:{example}.',
  'not-a-kind': '"{value}" is not a document kind; use antwoord, vragen, uitstel or overig.',
  'not-a-date': '"{value}" is not a date; write for example 2021, 2021-02 or 2021-02-15.',
  'not-yes-no': '"{value}" is not ja or nee; write {field}:ja or {field}:nee.',
  'or-needs-term-after': 'OR needs a search term after it.',
  'or-needs-term-before': 'OR needs a search term before it.',
  'minus-needs-term': 'A "-" must be followed directly by the word, phrase or field to exclude.',
  'unexpected-end': 'The query ends where a search term was expected.',
  'unclosed-paren': 'This "(" is never closed.',
  'empty-parens': 'The parentheses are empty.',
  'unmatched-paren': 'This ")" has no matching "(".',
};

// Import failure reasons (IMPORT_FAILURE_CODES in core/api/types.ts). The import report puts the
// file name in front ("scan.pdf: …"), so these texts do not name the file.
const importNl: Record<ImportFailureCode, string> = {
  'empty-text': 'Het bestand is leeg.',
  'binary-text': 'Het bestand lijkt binaire gegevens te bevatten, geen tekst.',
  'not-kamervragen':
    'Dit is geen Kamervragen-document: er staat geen kop in („Vragen van …”, „Antwoord van …”, Aanhangsel of zaaknummer) en er zijn geen blokken Vraag/Antwoord.',
  'pdf-no-text-layer': 'De PDF heeft geen tekstlaag (gescand?).',
  'not-kamervragen-html': 'Deze HTML is geen Kamervragen-pagina van officielebekendmakingen.nl.',
  'not-xml': 'Het bestand is geen geldige XML (regel {line}, kolom {column}).',
  'not-kamervragen-xml': 'Deze XML is geen Kamervragen-document van officielebekendmakingen.nl (er is geen element <kamervragen> of <vragen>).',
  'not-uk-api': 'Deze JSON is geen antwoord van de Britse Written Questions API.',
  'uk-api-empty': 'Het antwoord van de Britse Written Questions API bevat geen vragen.',
  'uk-item-invalid': 'Onderdeel {item} is geen schriftelijke vraag.',
  'uk-item-unreadable': 'Onderdeel {item} kon niet worden gelezen.',
  'unsupported-extension': 'Het bestandsformaat „.{extension}” wordt niet ondersteund; Vraagbaak kan {supported} importeren.',
  'no-extension': 'Het bestand heeft geen extensie, dus het formaat is onbekend; Vraagbaak kan {supported} importeren.',
  'binary-file': 'Dit is een binair bestand, geen tekst.',
  'empty-file': 'Het bestand is leeg.',
  'not-decodable': 'Het bestand is geen leesbare tekst in {encoding}; sla het op als UTF-8 en importeer het opnieuw.',
  'docx-not-zip': 'Dit is geen Word-bestand (.docx). Sla een oud .doc-bestand eerst op als .docx.',
  'docx-unreadable': 'Het Word-document kon niet worden gelezen; misschien is het beschadigd of onvolledig.',
  'docx-empty': 'Het Word-document bevat geen tekst.',
  'not-json': 'Het bestand is geen geldige JSON.',
  'tk-odata-metadata':
    'Dit zijn alleen metagegevens uit de open data van de Tweede Kamer ({count} document(en)), zonder de tekst van vragen of antwoorden; importeer de PDF of DOCX van het document (Document({documentId})/resource).',
  'json-unknown-shape': 'Deze JSON is geen antwoord van de Britse Written Questions API en geen open data van de Tweede Kamer; andere JSON kan Vraagbaak niet lezen.',
  'not-pdf': 'Dit is geen PDF-bestand (het begint niet met „%PDF-”).',
  'pdf-truncated': 'De PDF is onvolledig (afgebroken?): het einde van het bestand ontbreekt.',
  'pdf-damaged': 'De PDF is beschadigd en kan niet worden gelezen.',
  'pdf-password': 'De PDF is beveiligd met een wachtwoord.',
  'pdf-unreadable': 'De PDF kan niet worden gelezen.',
  'pdf-timeout': 'Het lezen van de PDF duurde langer dan {seconds} s en is gestopt.',
  'too-deep': 'Het bestand is te diep genest om een Kamervragen-document te zijn; het is niet gelezen.',
  'too-large': 'Uitgepakt is het bestand {megabytes} MB, meer dan de {limit} MB die een Kamervragen-document kan hebben; het is niet geopend.',
  'took-too-long': 'Het lezen van het bestand duurde langer dan {seconds} s en is gestopt.',
  'out-of-memory': 'Het lezen van het bestand had meer dan {megabytes} MB geheugen nodig en is gestopt.',
  'reader-stopped': 'Het lezen van het bestand stopte onverwacht.',
  'samples-unreadable': 'De map met voorbeelddocumenten kan niet worden gelezen.',
};

const importEn: Record<ImportFailureCode, string> = {
  'empty-text': 'The file is empty.',
  'binary-text': 'The file looks like binary data, not text.',
  'not-kamervragen':
    'This is not a Kamervragen document: it has no header ("Vragen van …", "Antwoord van …", Aanhangsel or case number) and no Vraag/Antwoord blocks.',
  'pdf-no-text-layer': 'The PDF has no text layer (scanned?).',
  'not-kamervragen-html': 'This HTML is not a Kamervragen page from officielebekendmakingen.nl.',
  'not-xml': 'The file is not well-formed XML (line {line}, column {column}).',
  'not-kamervragen-xml': 'This XML is not a Kamervragen document from officielebekendmakingen.nl (it has no <kamervragen> or <vragen> element).',
  'not-uk-api': 'This JSON is not a UK Written Questions API response.',
  'uk-api-empty': 'The UK Written Questions response holds no questions.',
  'uk-item-invalid': 'Item {item} is not a written question.',
  'uk-item-unreadable': 'Item {item} could not be read.',
  'unsupported-extension': 'Unsupported format ".{extension}"; Vraagbaak can import {supported}.',
  'no-extension': 'The file has no extension, so its format is unknown; Vraagbaak can import {supported}.',
  'binary-file': 'This is a binary file, not text.',
  'empty-file': 'The file is empty.',
  'not-decodable': 'The file is not readable as {encoding} text; save it as UTF-8 and import it again.',
  'docx-not-zip': 'This is not a Word .docx file. Old .doc files must be saved as .docx first.',
  'docx-unreadable': 'The file could not be read as a Word document; it may be damaged or incomplete.',
  'docx-empty': 'The Word document holds no text.',
  'not-json': 'The file is not valid JSON.',
  'tk-odata-metadata':
    "This is only Tweede Kamer open-data metadata ({count} document(s)), without question or answer text; import the document's PDF or DOCX (Document({documentId})/resource).",
  'json-unknown-shape': 'This JSON is neither a UK Written Questions API response nor Tweede Kamer open data; Vraagbaak reads JSON only in those shapes.',
  'not-pdf': 'This is not a PDF file (no "%PDF-" header).',
  'pdf-truncated': 'The PDF is incomplete (truncated?): it has no end-of-file marker.',
  'pdf-damaged': 'The PDF is damaged and cannot be read.',
  'pdf-password': 'The PDF is password-protected.',
  'pdf-unreadable': 'The PDF cannot be read.',
  'pdf-timeout': 'Reading the PDF took longer than {seconds} s; it was given up.',
  'too-deep': 'The file is nested too deeply to be a Kamervragen document; it was not read.',
  'too-large': 'The file unpacks to {megabytes} MB, more than the {limit} MB a Kamervragen document can have; it was not opened.',
  'took-too-long': 'Reading the file took longer than {seconds} s; it was given up.',
  'out-of-memory': 'Reading the file needed more than {megabytes} MB of memory; it was given up.',
  'reader-stopped': 'Reading the file stopped unexpectedly.',
  'samples-unreadable': 'The sample folder cannot be read.',
};

// Briefing reasons (BRIEFING_REASONS in core/api/types.ts: `details.reason` of the errors of
// briefings.*). The sentence follows "Niet gevonden." or "De invoer is niet geldig."

const briefingNl: Record<BriefingReason, string> = {
  'briefing-empty': 'De briefing is leeg, of van geen van de onderdelen bestaat de bron nog; er is niets om te exporteren.',
  'briefing-missing': 'Deze briefing bestaat niet (meer); misschien is ze in een ander venster verwijderd.',
  'briefing-exists': 'Deze briefing bestaat al.',
  'duplicate-item-ids': 'Twee onderdelen van de briefing hebben hetzelfde kenmerk; laad de briefing opnieuw.',
  'theme-missing': 'Dit thema bestaat niet (meer).',
  'export-path-unwritable': 'Het bestand {file} kan daar niet worden geschreven; kies een andere map of naam. Er is niets half opgeslagen.',
  'export-file-exists': 'Er staat al een bestand {file}; het is niet overschreven. Kies een andere naam.',
  'theme-empty': 'Er zijn geen markeringen met het thema „{theme}” of een van zijn subthema\'s.',
  'document-missing': 'Het document staat niet (meer) in het archief.',
  'question-missing': 'Het document heeft geen vraag {questionNumber} (meer).',
  'part-missing': 'Dit deel van het document bestaat niet meer; zoek opnieuw.',
  'annotation-missing': 'De markering bestaat niet meer.',
};

const briefingEn: Record<BriefingReason, string> = {
  'briefing-empty': 'The briefing is empty, or none of its items still has its source; there is nothing to export.',
  'briefing-missing': 'This briefing does not exist (any more); it may have been deleted in another window.',
  'briefing-exists': 'This briefing already exists.',
  'duplicate-item-ids': 'Two items of the briefing have the same id; open the briefing again.',
  'theme-missing': 'This theme does not exist (any more).',
  'export-path-unwritable': 'The file {file} cannot be written there; choose another folder or name. Nothing was left half-written.',
  'export-file-exists': 'There already is a file {file}; it was not overwritten. Choose another name.',
  'theme-empty': 'No highlight carries the theme “{theme}” or one of its sub-themes.',
  'document-missing': 'The document is not (or no longer) in the archive.',
  'question-missing': 'The document has no question {questionNumber} (any more).',
  'part-missing': 'This part of the document no longer exists; search again.',
  'annotation-missing': 'The highlight no longer exists.',
};

// Theme reasons (TAG_REASONS in core/api/types.ts: `details.reason` of the errors of tags.*).
// The sentence follows "Niet gevonden." or "De invoer is niet geldig."

const tagNl: Record<TagReason, string> = {
  'tag-missing': 'Dit thema bestaat niet (meer); misschien is het in een ander venster verwijderd of samengevoegd.',
  'tag-name-empty': 'Een thema heeft een naam nodig.',
  'tag-name-taken': 'Er is al een thema „{existingName}”; hoofdletters, spaties en de schrijfwijze van accenten tellen niet mee. Voeg de twee thema\'s samen.',
  'tag-color-invalid': '„{color}” is geen kleur; gebruik de vorm #1d4ed8.',
  'tag-parent-missing': 'Het bovenliggende thema bestaat niet (meer).',
  'tag-cycle': 'Een thema kan niet onder zichzelf of onder een van zijn subthema\'s staan.',
  'tag-merge-self': 'Een thema kan niet met zichzelf worden samengevoegd.',
  'tag-no-parent': 'Het thema „{name}” heeft geen bovenliggend thema om de markeringen naartoe te verplaatsen; kies voor verwijderen van de markeringen.',
};

const tagEn: Record<TagReason, string> = {
  'tag-missing': 'This theme does not exist (any more); it may have been deleted or merged in another window.',
  'tag-name-empty': 'A theme needs a name.',
  'tag-name-taken': 'There is already a theme “{existingName}”; capitals, spaces and how accents are encoded do not count. Merge the two themes.',
  'tag-color-invalid': '“{color}” is not a colour; use the form #1d4ed8.',
  'tag-parent-missing': 'The parent theme does not exist (any more).',
  'tag-cycle': 'A theme cannot be placed under itself or one of its sub-themes.',
  'tag-merge-self': 'A theme cannot be merged into itself.',
  'tag-no-parent': 'The theme “{name}” has no parent theme to move its highlights to; choose to remove it from the highlights.',
};

/** Every reason text per language, by code (search, import, briefing and theme codes do not overlap). */
// Annotation export/import reasons (ANNOTATION_TRANSFER_REASONS in core/api/types.ts): errors of
// annotations.import, and why an annotation of an import file was not placed.

const annotationTransferNl: Record<AnnotationTransferReason, string> = {
  'annotations-not-json': 'Het bestand is geen geldige JSON.',
  'annotations-not-w3c': 'Het bestand bevat geen W3C-webannotaties (geen AnnotationCollection, AnnotationPage of Annotation).',
  'annotation-unreadable': 'Deze annotatie wijst geen tekst aan (geen citaat of positie) en kan niet worden geplaatst.',
  'annotation-document-not-found': 'Het document van deze annotatie staat niet in het archief; importeer het eerst.',
  'annotation-part-not-found': 'Het document heeft het deel van deze annotatie ({part}) niet (meer).',
  'annotation-quote-not-found': 'Het citaat staat niet (meer) duidelijk in de tekst van het document.',
};

const annotationTransferEn: Record<AnnotationTransferReason, string> = {
  'annotations-not-json': 'The file is not valid JSON.',
  'annotations-not-w3c': 'The file holds no W3C Web Annotations (no AnnotationCollection, AnnotationPage or Annotation).',
  'annotation-unreadable': 'This annotation points at no text (no quote or position) and cannot be placed.',
  'annotation-document-not-found': "This annotation's document is not in the archive; import it first.",
  'annotation-part-not-found': 'The document does not have (or no longer has) the part of this annotation ({part}).',
  'annotation-quote-not-found': "The quote is no longer clearly in the document's text.",
};

// Document delete/restore reasons (LIFECYCLE_REASONS in core/api/types.ts: documents.restore/purge).

const lifecycleNl: Record<LifecycleReason, string> = {
  'trash-missing': 'Dit document staat niet (meer) bij Onlangs verwijderd; misschien is het al teruggezet of definitief verwijderd.',
  'already-deleted': 'Dit document staat al bij Onlangs verwijderd; zet het daar terug als u het wilt houden.',
  'document-live': 'Dit document kan niet worden teruggezet zolang een ander document in het archief hetzelfde bronbestand heeft; het blijft met zijn markeringen bij Onlangs verwijderd. Verwijder eerst dat andere document en zet dit daarna terug.',
};

const lifecycleEn: Record<LifecycleReason, string> = {
  'trash-missing': 'This document is not (or no longer) in Recently deleted; it may have been restored or removed for good already.',
  'already-deleted': 'This document is already in Recently deleted; restore it from there to keep it.',
  'document-live': 'This document cannot be restored while another document in the archive has the same source file; it stays in Recently deleted with its highlights. Delete that other document first, then restore this one.',
};

// Review-queue reasons (REVIEW_REASONS in core/api/types/review.ts).
const reviewNl: Record<ReviewReason, string> = {
  'review-accept-orphaned': 'Deze markering is niet teruggevonden in de nieuwe tekst; koppel haar opnieuw of verwijder haar.',
  'review-part-missing': 'Dat deel van het document bestaat niet meer.',
  'review-quote-mismatch': 'De gekozen tekst komt niet overeen met de tekst van het document.',
};

const reviewEn: Record<ReviewReason, string> = {
  'review-accept-orphaned': 'This highlight was not found in the new text; re-attach or delete it.',
  'review-part-missing': 'That part of the document no longer exists.',
  'review-quote-mismatch': 'The chosen text does not match the text of the document.',
};

// Browser-shell transport reasons (TRANSPORT_REASONS in core/api/types/transport.ts).
const transportNl: Record<TransportReason, string> = {
  'request-too-large': 'Dit verzoek is groter dan de {limitMegabytes} MB die het mag zijn; er is niets van gebruikt. Kies minder of kleinere bestanden tegelijk.',
};

const transportEn: Record<TransportReason, string> = {
  'request-too-large': 'This request is larger than the {limitMegabytes} MB it may be; none of it was used. Choose fewer or smaller files at a time.',
};

// Why the archive opened read-only (READ_ONLY_REASONS in core/api/types/app.ts: AppInfo.readOnlyCode).
// {file} and {backup} are paths inside the archive folder (the first damaged file; the restore handles all).
const readOnlyNl: Record<ReadOnlyReason, string> = {
  'file-damaged':
    'Het archiefbestand {file} is beschadigd. Daarom is het archief alleen-lezen geopend, zodat er niets wordt overschreven. De nieuwste goede reservekopie is {backup}.',
  'file-damaged-no-backup':
    'Het archiefbestand {file} is beschadigd en er is geen goede reservekopie van. Daarom is het archief alleen-lezen geopend, zodat er niets wordt overschreven.',
};

const readOnlyEn: Record<ReadOnlyReason, string> = {
  'file-damaged':
    'The archive file {file} is damaged, so the archive was opened read-only and nothing gets overwritten. The newest good backup is {backup}.',
  'file-damaged-no-backup':
    'The archive file {file} is damaged and has no good backup, so the archive was opened read-only and nothing gets overwritten.',
};

// Conflict reasons (CONFLICT_REASONS in core/api/types.ts): the item was changed elsewhere; the
// window has fetched the newest version before the text shows.
const conflictNl: Record<ConflictReason, string> = {
  'annotation-changed': 'Deze markering is intussen elders gewijzigd; de nieuwste versie staat er nu.',
};

const conflictEn: Record<ConflictReason, string> = {
  'annotation-changed': 'This highlight was changed elsewhere in the meantime; the newest version is shown now.',
};

export const REASON_TEXTS: Record<Locale, Readonly<Record<string, string>>> = {
  nl: { ...searchNl, ...importNl, ...briefingNl, ...tagNl, ...annotationTransferNl, ...lifecycleNl, ...reviewNl, ...transportNl, ...readOnlyNl, ...conflictNl },
  en: { ...searchEn, ...importEn, ...briefingEn, ...tagEn, ...annotationTransferEn, ...lifecycleEn, ...reviewEn, ...transportEn, ...readOnlyEn, ...conflictEn },
};

/** True when `code` has its own text (in every language). */
export function hasReasonText(code: unknown): code is string {
  return typeof code === 'string' && Object.hasOwn(REASON_TEXTS.nl, code);
}

/**
 * The text for reason `code` in `locale`, with `{name}` placeholders filled from `params` (a
 * placeholder without a param stays as written).
 * @param code a reason code (`details.reason` of an error, `ImportFailure.code`); may be absent
 * @param params the error's other details; only string and number values are used
 * @param fallback main's English message, returned as is for an absent or unknown code
 */
export function reasonText(code: unknown, params: Readonly<Record<string, unknown>> | undefined, locale: Locale, fallback: string): string {
  if (!hasReasonText(code)) return fallback;
  const text = REASON_TEXTS[locale][code] ?? fallback;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}
