/**
 * Browser file plumbing: reading picked or dropped files as base64 for `documents.import`, and
 * saving PDF bytes from `briefing.export` as a download (browser shell only).
 */

/** Bytes per chunk when building the binary string for btoa (keeps the argument list small). */
const CHUNK = 0x8000;

/** Base64 (standard alphabet, padded) of `bytes`. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** The bytes of standard base64 `text`. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file as the import API wants it: its name and its bytes as base64. */
export async function fileToImport(file: File): Promise<{ name: string; contentBase64: string }> {
  return { name: file.name, contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/**
 * Offers `bytes` as a download named `fileName` (Blob + a temporary `a[download]`).
 * The object URL is revoked a minute later.
 */
export function downloadBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // revoked late: Chromium reads the blob asynchronously after the click starts the download
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
