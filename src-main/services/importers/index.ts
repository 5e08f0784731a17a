/**
 * The importers per source format, chosen by file extension. Each turns the original bytes into
 * a QaDocument; add PDF, DOCX, XML or JSON importers to IMPORTERS below.
 */
import { VraagbaakError, type QaDocument, type SourceFormat } from '../../core/model/index.js';
import type { ParseSource } from '../../core/parse/index.js';
import { decodeText } from './decode-text.js';

/** The text parser the importers call (core/parse `parseText`); passed in so the shells wire it. */
export type ParseText = (text: string, source: ParseSource) => QaDocument;

export interface SourceImporter {
  format: SourceFormat;
  /** lower-case extensions without the dot */
  extensions: readonly string[];
  /**
   * Turns the original bytes into a document.
   * @throws VraagbaakError ('unsupported-format', 'parse-failed') with a reason naming the file
   */
  toDocument(bytes: Uint8Array, source: { fileName: string; sha256: string }, parseText: ParseText): QaDocument;
}

const textImporter: SourceImporter = {
  format: 'text',
  extensions: ['txt'],
  toDocument(bytes, source, parseText) {
    return parseText(decodeText(bytes, source.fileName), { ...source, format: 'text' });
  },
};

/** Every importer this build has. */
export const IMPORTERS: readonly SourceImporter[] = [textImporter];

/**
 * The importer for `fileName`, by its extension (case-insensitive).
 * @throws VraagbaakError('unsupported-format') naming the file and the formats that are supported
 */
export function importerFor(fileName: string): SourceImporter {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const importer = IMPORTERS.find((i) => i.extensions.includes(extension));
  if (importer) return importer;
  const supported = IMPORTERS.flatMap((i) => i.extensions.map((e) => `.${e}`)).join(', ');
  throw new VraagbaakError(
    'unsupported-format',
    `${fileName}: unsupported format${extension ? ` ".${extension}"` : ' (no file extension)'}; Vraagbaak can import ${supported}.`,
    { fileName, extension },
  );
}
