/**
 * Kamervragen text parser: the public entry point. Turns extracted text of a Dutch written-questions
 * document (PDF text, DOCX text, plain text) into a QaDocument (DESIGN §2).
 * (Rough first version; the signature is stable.)
 */
import { VraagbaakError } from '../model/index.js';
import type { QaDocument, SourceFormat } from '../model/index.js';

/** Where the text came from; copied into `QaDocument.source`. */
export interface ParseSource {
  fileName: string;
  sha256: string;
  format: SourceFormat;
}

/**
 * Parses the text of a Kamervragen document (SOURCES.md §A PDF text, §B DOCX text) into a QaDocument.
 * @throws VraagbaakError 'parse-failed' when the text is not a Kamervragen document.
 */
export function parseText(text: string, source: ParseSource): QaDocument {
  if (!/Vraag|Antwoord|Vragen van/.test(text)) {
    throw new VraagbaakError('parse-failed', `${source.fileName}: the text has no Kamervragen header and no Vraag/Antwoord blocks`, { fileName: source.fileName });
  }
  return {
    id: 'sha256:' + source.sha256.slice(0, 16), kind: 'other', title: null, askedBy: [], addressedTo: [], answeredBy: [],
    submittedOn: null, receivedOn: null, identifiers: {}, questions: [], answers: [], footnotes: [], references: [],
    source: { fileName: source.fileName, sha256: source.sha256, format: source.format }, warnings: ['parser not finished'],
  };
}
