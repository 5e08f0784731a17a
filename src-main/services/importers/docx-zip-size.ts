/**
 * Refuses a Word file that would unpack too large (a "zip bomb": a small .docx whose parts expand
 * to hundreds of megabytes), before mammoth inflates anything. Reads only the zip's central
 * directory (fflate's `unzipSync` with a filter that extracts nothing). A zip whose directory
 * understates its sizes is still bounded by the parsing worker's heap limit and deadline.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { VraagbaakError } from '../../core/model/index.js';
import { tooLarge } from './import-failures.js';

/** The most all parts of a .docx may unpack to, bytes (images included). */
export const DOCX_MAX_UNPACKED_BYTES = 100_000_000;
/** The most the XML parts (the text mammoth parses) may unpack to, bytes; real documents have < 2 MB. */
export const DOCX_MAX_XML_BYTES = 20_000_000;
/** XML parts may unpack to at most this many times the file's size (but always to 1 MB). */
export const DOCX_MAX_XML_RATIO = 100;

const MB = 1_000_000;

/** 'docx-unreadable': `fileName` is not a Word document that can be read; `e` is the library's error. */
export function docxUnreadable(fileName: string, e: unknown): VraagbaakError {
  return new VraagbaakError('parse-failed', `${fileName} could not be read as a Word document; it may be damaged or incomplete (${e instanceof Error ? e.message : String(e)}).`, { fileName, reason: 'docx-unreadable' });
}

/** The parts listed in the zip's central directory. @throws Error when it is not a readable zip */
function listParts(bytes: Uint8Array): UnzipFileInfo[] {
  const parts: UnzipFileInfo[] = [];
  unzipSync(bytes, {
    filter: (part) => {
      parts.push(part);
      return false; // inflate nothing
    },
  });
  return parts;
}

/**
 * Checks the unpacked sizes a .docx declares.
 * @param bytes the .docx file (a zip)
 * @throws VraagbaakError('parse-failed', reason 'too-large', params `megabytes`, `limit`) when the
 *   parts unpack to more than DOCX_MAX_UNPACKED_BYTES, or the XML parts to more than
 *   min(DOCX_MAX_XML_BYTES, max(1 MB, DOCX_MAX_XML_RATIO × the file's size));
 *   'docx-unreadable' when the zip's directory cannot be read
 */
export function assertDocxUnpacksSmall(bytes: Uint8Array, fileName: string): void {
  let parts: UnzipFileInfo[];
  try {
    parts = listParts(bytes);
  } catch (e) {
    throw docxUnreadable(fileName, e);
  }
  const sum = (list: UnzipFileInfo[]): number => list.reduce((total, part) => total + part.originalSize, 0);
  const unpacked = sum(parts);
  const xml = sum(parts.filter((part) => /\.(xml|rels)$/i.test(part.name)));
  const xmlLimit = Math.min(DOCX_MAX_XML_BYTES, Math.max(MB, DOCX_MAX_XML_RATIO * bytes.byteLength));
  const megabytes = (n: number): number => Math.ceil(n / MB);
  if (unpacked > DOCX_MAX_UNPACKED_BYTES) throw tooLarge(fileName, megabytes(unpacked), DOCX_MAX_UNPACKED_BYTES / MB);
  if (xml > xmlLimit) throw tooLarge(fileName, megabytes(xml), Math.floor(xmlLimit / MB));
}
