/**
 * `.docx` sources (the ministries' Word files, SOURCES §B): mammoth converts the document to HTML,
 * core turns that into the text layout of the `.docx.txt` files, and the text parser does the rest.
 */
import { VraagbaakError } from '../../core/model/index.js';
import { docxHtmlToText } from '../../core/parse/docx-html.js';
import { assertDocxUnpacksSmall, docxUnreadable } from './docx-zip-size.js';
import type { SourceImporter } from './importer-types.js';

/** Word files start with the ZIP signature "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The text of a Word document, via mammoth's HTML (keeps list numbers and footnotes).
 * @throws VraagbaakError('parse-failed') naming the file when it is not a readable .docx
 *   (`details.reason` 'docx-not-zip', 'docx-unreadable' or 'docx-empty'), or would unpack too
 *   large ('too-large', checked before anything is inflated)
 */
export async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (!isZip(bytes)) {
    throw new VraagbaakError('parse-failed', `${fileName} is not a Word .docx file (a .docx is a ZIP archive; this file does not start like one). Old .doc files must be saved as .docx first.`, { fileName, reason: 'docx-not-zip' });
  }
  assertDocxUnpacksSmall(bytes, fileName);
  let html: string;
  try {
    // loaded on the first .docx, not at every start
    const { default: mammoth } = await import('mammoth');
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    throw docxUnreadable(fileName, e);
  }
  const text = docxHtmlToText(html);
  if (text.trim() === '') throw new VraagbaakError('parse-failed', `${fileName}: the Word document holds no text.`, { fileName, reason: 'docx-empty' });
  return text;
}

/** Word documents (SOURCES §B). */
export const docxImporter: SourceImporter = {
  format: 'docx',
  extensions: ['docx'],
  async toDocuments(bytes, source, parseText) {
    const text = await docxText(bytes, source.fileName);
    return [{ document: parseText(text, { ...source, format: 'docx' }), original: bytes }];
  },
};
