/**
 * The stable document id (DESIGN §2): the official identifier when the text carries one
 * (`ah-tk-20242025-594` for an answer, `kv-tk-2024Z18796` for questions), else
 * "sha256:" + the first 16 hex digits of the SHA-256 of the normalised text.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The content id of a normalised text: "sha256:" + first 16 lower-case hex digits of its SHA-256
 * (over the UTF-8 bytes).
 * @param normalisedText the text after normalize.ts
 */
export function contentId(normalisedText: string): string {
  return 'sha256:' + bytesToHex(sha256(utf8ToBytes(normalisedText))).slice(0, 16);
}

/**
 * Picks the document id from its identifiers: the aanhangsel id, else the kamervragen id, else the
 * content id.
 * @param identifiers as collected by the header parser ({ aanhangsel, kamervragen, zaak, … })
 * @param normalisedText the normalised text, for the content id
 */
export function chooseDocumentId(identifiers: Readonly<Record<string, string>>, normalisedText: string): string {
  return identifiers['aanhangsel'] ?? identifiers['kamervragen'] ?? contentId(normalisedText);
}
