/**
 * `.json` sources: UK Parliament Written Questions API responses (many documents per file), and
 * Tweede Kamer open-data `Document` metadata, which is refused with a pointer to the real file.
 */
import { VraagbaakError } from '../../core/model/index.js';
import { tkOdataDocumentIds } from '../../core/parse/tk-odata.js';
import { isUkWrittenQuestions, parseUkWrittenQuestions } from '../../core/parse/uk-written-questions.js';
import { decodeText } from './decode-text.js';
import type { ImportedDocument, SourceImporter } from './importer-types.js';

/**
 * Parses the JSON text of `fileName`.
 * @throws VraagbaakError('parse-failed') naming the file and where the JSON breaks
 */
function parseJson(bytes: Uint8Array, fileName: string): unknown {
  const text = decodeText(bytes, fileName);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new VraagbaakError('parse-failed', `${fileName} is not valid JSON (${e instanceof Error ? e.message : String(e)}).`, { fileName, reason: 'not-json' });
  }
}

/**
 * The documents of a `.json` file.
 * @throws VraagbaakError naming the file: invalid JSON, Tweede Kamer metadata, or another shape
 */
function jsonDocuments(bytes: Uint8Array, fileName: string): ImportedDocument[] {
  const data = parseJson(bytes, fileName);
  const tkIds = tkOdataDocumentIds(data);
  if (tkIds.length > 0) {
    const each = tkIds.length > 1 ? ` for each of its ${tkIds.length} documents` : '';
    throw new VraagbaakError(
      'unsupported-format',
      `${fileName}: Tweede Kamer open-data metadata holds no question or answer text; import the document's PDF or DOCX (Document(${tkIds[0] ?? '<Id>'})/resource)${each}.`,
      { fileName, documentIds: tkIds, reason: 'tk-odata-metadata', documentId: tkIds[0] ?? '<Id>', count: tkIds.length },
    );
  }
  if (!isUkWrittenQuestions(data)) {
    throw new VraagbaakError(
      'unsupported-format',
      `${fileName}: this JSON is neither a UK Written Questions API response nor Tweede Kamer open data; Vraagbaak reads JSON only in those shapes.`,
      { fileName, reason: 'json-unknown-shape' },
    );
  }
  const encoder = new TextEncoder();
  return parseUkWrittenQuestions(data, fileName).map((p) => ({ document: p.document, original: encoder.encode(p.original) }));
}

/** UK Written Questions JSON (SOURCES §F); Tweede Kamer OData metadata (§E) gets a clear refusal. */
export const jsonImporter: SourceImporter = {
  format: 'uk-json',
  extensions: ['json'],
  toDocuments(bytes, source) {
    return new Promise((resolve) => resolve(jsonDocuments(bytes, source.fileName)));
  },
};
