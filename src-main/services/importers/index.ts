/**
 * The importers per source format, chosen by file extension. Each turns the original bytes into
 * one or more QaDocuments (a UK Written Questions JSON file holds hundreds); the import service and
 * `vraagbaak parse` both go through `importFile`, so they agree on every file.
 */
import { createHash } from 'node:crypto';
import { VraagbaakError } from '../../core/model/index.js';
import type { ImportedDocument, ParseText, SourceImporter } from './importer-types.js';
import { decodeTextFile, withDecodingWarnings } from './decode-text.js';
import { docxImporter } from './docx-importer.js';
import { htmlImporter, xmlImporter } from './officielebekendmakingen-importer.js';
import { jsonImporter } from './json-importer.js';
import { pdfImporter } from './pdf-importer.js';

export type { ImportedDocument, ParseText, SourceImporter } from './importer-types.js';

const textImporter: SourceImporter = {
  format: 'text',
  extensions: ['txt'],
  toDocuments(bytes, source, parseText) {
    return new Promise((resolve) => {
      const decoded = decodeTextFile(bytes, source.fileName);
      resolve([{ document: withDecodingWarnings(parseText(decoded.text, { ...source, format: 'text' }), decoded), original: bytes }]);
    });
  },
};

/** Every importer this build has. */
export const IMPORTERS: readonly SourceImporter[] = [textImporter, pdfImporter, docxImporter, xmlImporter, htmlImporter, jsonImporter];

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
    { fileName, extension, supported, reason: extension ? 'unsupported-extension' : 'no-extension' },
  );
}

/**
 * Parses one file with the importer for its extension.
 * @param fileName the file's base name (chooses the format; named in every error)
 * @param bytes the file's exact bytes
 * @returns the documents it holds, in file order (at least one)
 * @throws VraagbaakError ('unsupported-format', 'parse-failed') naming the file
 */
export function importFile(fileName: string, bytes: Uint8Array, parseText: ParseText): Promise<ImportedDocument[]> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return importerFor(fileName).toDocuments(bytes, { fileName, sha256 }, parseText);
}
