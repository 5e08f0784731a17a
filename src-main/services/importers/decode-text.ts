/**
 * Decodes the bytes of a plain-text source file, best effort: UTF-8 (BOM stripped), UTF-16 when a
 * BOM says so (Windows Notepad's "Unicode"), and otherwise Windows-1252 — what Word and Notepad on
 * a Dutch Windows save as "ANSI" — with a warning, since that reading is a guess. Binary and empty
 * files are refused with a reason a user understands.
 */
import { VraagbaakError, type QaDocument } from '../../core/model/index.js';

/** A decoded text and what the reader should know about how it was read. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** plain-words notes for QaDocument.warnings (the Windows-1252 guess); [] for UTF-8/UTF-16 */
  warnings: string[];
}

/** The warning added when a text was not UTF-8 and was read as Windows-1252. */
export const WINDOWS_1252_WARNING =
  'the file is not UTF-8 text; it was read as Windows-1252 (Western European), so check accented letters and quotation marks against the original';

/**
 * Decodes `bytes` best effort: a UTF-16 LE/BE BOM → UTF-16; valid UTF-8 (with or without BOM) →
 * UTF-8; anything else → Windows-1252 (every byte maps to a character), with WINDOWS_1252_WARNING.
 * @throws VraagbaakError('unsupported-format') for binary content (NUL bytes outside UTF-16), a
 *   UTF-16 file with broken code units, and an empty file (nothing but white space)
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): DecodedText {
  let decoded: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: decodeStrict('utf-16le', bytes.subarray(2), fileName), encoding: 'utf-16le', warnings: [] };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: decodeStrict('utf-16be', bytes.subarray(2), fileName), encoding: 'utf-16be', warnings: [] };
  else {
    if (bytes.includes(0)) {
      throw new VraagbaakError('unsupported-format', `${fileName} is a binary file, not text (it contains NUL bytes).`, { fileName, reason: 'binary-file' });
    }
    const utf8 = tryDecode('utf-8', bytes);
    decoded =
      utf8 === null
        ? { text: decodeWindows1252(bytes), encoding: 'windows-1252', warnings: [WINDOWS_1252_WARNING] }
        : { text: utf8, encoding: 'utf-8', warnings: [] };
  }
  if (decoded.text.trim() === '') throw new VraagbaakError('unsupported-format', `${fileName} is empty.`, { fileName, reason: 'empty-file' });
  return decoded;
}

/**
 * Decodes `bytes` strictly: UTF-8 (BOM stripped) or UTF-16 by its BOM. For formats whose
 * specification requires Unicode (JSON, RFC 8259), where a Windows-1252 guess would hide a broken file.
 * @throws VraagbaakError('unsupported-format') for binary content (NUL bytes), text that is not
 *   UTF-8, and an empty file (no characters other than white space)
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const decoded = decodeTextFile(bytes, fileName);
  if (decoded.encoding === 'windows-1252') decodeStrict('utf-8', bytes, fileName); // throws the reason
  return decoded.text;
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (WHATWG Encoding Standard, index-windows-1252); the five bytes
 * it leaves undefined map to the C1 control of the same value, as the standard says.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 bytes. `new TextDecoder('windows-1252')` is used for the bulk, but Node 20
 * decodes that label as ISO-8859-1 (bytes 0x80–0x9F come out as C1 controls instead of € … ‘ ’ “ ”
 * – —), so those are mapped here; on a runtime that decodes correctly the replace finds nothing.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}

/** `document` with the decoder's warnings (a Windows-1252 guess) in front of the parser's. */
export function withDecodingWarnings(document: QaDocument, decoded: DecodedText): QaDocument {
  return decoded.warnings.length === 0 ? document : { ...document, warnings: [...decoded.warnings, ...document.warnings] };
}

/** `bytes` as `encoding`, or null when they are not valid in it. TextDecoder strips a UTF-8 BOM. */
function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeStrict(encoding: string, bytes: Uint8Array, fileName: string): string {
  const text = tryDecode(encoding, bytes);
  if (text !== null) return text;
  throw new VraagbaakError(
    'unsupported-format',
    `${fileName} is not readable as ${encoding.toUpperCase()} text; save it as UTF-8 and import it again.`,
    { fileName, encoding, reason: 'not-decodable' },
  );
}
