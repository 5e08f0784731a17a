/**
 * Error sentences for stderr: one sentence that names the file or argument, without repeating the
 * file name when the underlying message already starts with it.
 */

/** The message of anything thrown, with Node's errno errors made readable. */
export function messageOf(e: unknown): string {
  const errno = e as NodeJS.ErrnoException;
  if (errno?.code === 'ENOENT') return 'no such file or folder';
  if (errno?.code === 'EACCES' || errno?.code === 'EPERM') return 'permission denied';
  if (errno?.code === 'EISDIR') return 'is a folder, not a file';
  return e instanceof Error ? e.message : String(e);
}

/** "<file>: <reason>", or the reason alone when it already names the file. */
export function failureSentence(file: string, e: unknown): string {
  return withFileName(file, messageOf(e));
}

/** Prefixes `reason` with `file` unless the reason already names it (by path or base name). */
export function withFileName(file: string, reason: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const sentence = reason.startsWith(file) || reason.startsWith(base) ? reason : `${file}: ${reason}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
