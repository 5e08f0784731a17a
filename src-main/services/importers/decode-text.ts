/**
 * Decodes the bytes of a plain-text source file: UTF-8 (BOM stripped), or UTF-16 when a BOM says
 * so (Windows Notepad's "Unicode"). Anything else is refused with a reason a user understands.
 */
import { VraagbaakError } from '../../core/model/index.js';

/**
 * Decodes `bytes` to a string.
 * @throws VraagbaakError('unsupported-format') for binary content (NUL bytes), text that is not
 *   UTF-8, and an empty file (no characters other than white space)
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict('utf-16le', bytes.subarray(2), fileName);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict('utf-16be', bytes.subarray(2), fileName);
  else {
    if (bytes.includes(0)) {
      throw new VraagbaakError('unsupported-format', `${fileName} is a binary file, not text (it contains NUL bytes).`, { fileName });
    }
    text = decodeStrict('utf-8', bytes, fileName);
  }
  if (text.trim() === '') throw new VraagbaakError('unsupported-format', `${fileName} is empty.`, { fileName });
  return text;
}

function decodeStrict(encoding: string, bytes: Uint8Array, fileName: string): string {
  try {
    // TextDecoder strips a UTF-8 BOM by default (ignoreBOM: false)
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new VraagbaakError(
      'unsupported-format',
      `${fileName} is not readable as ${encoding.toUpperCase()} text; save it as UTF-8 and import it again.`,
      { fileName, encoding },
    );
  }
}
