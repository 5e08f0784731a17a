/** Annotations out of and back into the archive: W3C Web Annotation JSON-LD and CSV. */
export * from './vocabulary.js';
export { toW3cCollection, toW3cAnnotation, NOTE_LANGUAGE, type ExportedDocument, type W3cCollectionInput, type JsonLdObject } from './w3c-write.js';
export { parseW3cAnnotations, type ImportCandidate, type UnreadableItem, type ParsedAnnotationFile } from './w3c-read.js';
export { annotationsToCsv, officialIdentifier, neutraliseFormula, themesCell, CSV_HEADERS, CSV_DELIMITERS, THEME_SEPARATOR, type CsvLocale } from './csv.js';
