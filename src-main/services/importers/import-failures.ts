/**
 * Plain reasons for the ways reading a file can fail that are not the file's format: a parser
 * library giving up on deep nesting, a file that unpacks too large, a parse that runs past its
 * deadline or out of memory, a reader that stopped. Each is a VraagbaakError('parse-failed') with a
 * reason code (`details.reason`) the renderer has its own Dutch and English text for, and an
 * English sentence naming the file for the CLI.
 */
import { VraagbaakError } from '../../core/model/index.js';

/** Library messages that mean "nested too deeply" (V8's recursion limit, fast-xml-parser's tag limit). */
const TOO_DEEP = [/Maximum call stack size exceeded/i, /Maximum nested tags exceeded/i, /too much recursion/i];

/** The parse-failed error "<file>: <reason>" with `details.reason` `code`. */
function failure(fileName: string, reason: string, code: string, params: Record<string, string | number> = {}): VraagbaakError {
  return new VraagbaakError('parse-failed', `${fileName}: ${reason}`, { ...params, fileName, reason: code });
}

/** 'too-deep': the file's markup nests deeper than a parser can follow. */
export function tooDeep(fileName: string): VraagbaakError {
  return failure(fileName, 'the file is nested too deeply to be a Kamervragen document; it was not read', 'too-deep');
}

/**
 * 'too-large': the file (or what it unpacks to) is larger than a Kamervragen document can be.
 * @param megabytes the size found, MB (1,000,000 bytes), rounded up
 * @param limit the most allowed, MB
 */
export function tooLarge(fileName: string, megabytes: number, limit: number): VraagbaakError {
  return failure(fileName, `the file unpacks to ${megabytes} MB, more than the ${limit} MB a Kamervragen document can have; it was not opened`, 'too-large', { megabytes, limit });
}

/** 'took-too-long': reading the file passed its deadline of `seconds` and was stopped. */
export function tookTooLong(fileName: string, seconds: number): VraagbaakError {
  return failure(fileName, `reading the file took longer than ${seconds} s; it was given up`, 'took-too-long', { seconds });
}

/** 'out-of-memory': reading the file needed more than `megabytes` MB of memory and was stopped. */
export function outOfMemory(fileName: string, megabytes: number): VraagbaakError {
  return failure(fileName, `reading the file needed more than ${megabytes} MB of memory; it was given up`, 'out-of-memory', { megabytes });
}

/** 'reader-stopped': the reader stopped for a cause not named above (`cause` is kept in the English text). */
export function readerStopped(fileName: string, cause: string): VraagbaakError {
  return failure(fileName, `reading the file stopped unexpectedly (${cause})`, 'reader-stopped');
}

/**
 * The error to report for `e`, thrown while reading `fileName`: a library's "too deep" message
 * (also when an importer wrapped it into its own error) becomes 'too-deep'; another VraagbaakError
 * stays as it is; any other error becomes 'reader-stopped' with its message.
 */
export function plainFailure(fileName: string, e: unknown): VraagbaakError {
  const message = e instanceof Error ? e.message : String(e);
  if (TOO_DEEP.some((pattern) => pattern.test(message))) return tooDeep(fileName);
  if (e instanceof VraagbaakError) return e;
  return readerStopped(fileName, message);
}
