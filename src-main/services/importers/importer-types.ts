/** The shape every importer has: the format it reads, its extensions and `toDocuments`. */
import type { QaDocument, SourceFormat } from '../../core/model/index.js';
import type { ParseSource } from '../../core/parse/index.js';

/** The text parser the importers call (core/parse `parseText`); passed in so the shells wire it. */
export type ParseText = (text: string, source: ParseSource) => QaDocument;

/** One document an importer made, with the bytes the archive keeps as its original. */
export interface ImportedDocument {
  document: QaDocument;
  /**
   * The original kept in originals/<sha256>.<ext>: the whole file, or — when the file holds many
   * documents (UK JSON) — this document's own record; `document.source.sha256` is its sha256.
   */
  original: Uint8Array;
}

export interface SourceImporter {
  format: SourceFormat;
  /** lower-case extensions without the dot */
  extensions: readonly string[];
  /**
   * Turns the original bytes into documents (one for most formats, many for a UK JSON file).
   * @param source the file name and the sha256 of `bytes` (lower-case hex)
   * @throws VraagbaakError ('unsupported-format', 'parse-failed') with a reason naming the file
   */
  toDocuments(bytes: Uint8Array, source: { fileName: string; sha256: string }, parseText: ParseText): Promise<ImportedDocument[]>;
}
