/**
 * Text as Word runs. Every string that goes into the Word file passes through `cleanText`: XML 1.0
 * cannot hold most control characters (a `<w:t>` with one makes Word refuse the file), and a tab
 * or carriage return inside `<w:t>` is not what the reader meant. docx escapes `&` and `<` itself.
 */
import { TextRun, type IRunOptions } from 'docx';

/**
 * What is dropped: control characters but "\n" (C0 ones XML 1.0 cannot hold; C1 ones and DEL are
 * mis-decoded junk in document text), lone surrogates, and the non-characters U+FFFE/U+FFFF.
 */
const XML_INVALID = /[^\P{Cc}\n]|\p{Cs}|[\uFFFE\uFFFF]/gu;

/**
 * Makes `text` safe for a Word text node: turns CR/CRLF into "\n" and tabs into spaces, then
 * drops the characters of XML_INVALID.
 *
 * @returns the text with "\n" as its only line break
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(XML_INVALID, '');
}

/** Run formatting without the text (what `TextRun` takes besides `text`, `children` and `break`). */
export type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * `text` as runs in `format`, each "\n" a line break (`<w:br/>`) before the next run.
 *
 * @returns one run per line; none for ''
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const clean = cleanText(text);
  if (clean === '') return [];
  return clean.split('\n').map((line, i) => new TextRun({ ...format, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** `text` on one line: line breaks and runs of white space become single spaces. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * True when `url` may be written as a link: `https:` only for the official publication of a
 * source, `http:` too for the footnotes of older documents. Never `javascript:`, `file:`, ….
 */
export function isLinkable(url: string | null, allowHttp: boolean): url is string {
  if (url === null) return false;
  const trimmed = url.trim();
  if (!(allowHttp ? /^https?:\/\//i : /^https:\/\//i).test(trimmed)) return false;
  return URL.canParse(trimmed) && !/[\s<>"]/.test(trimmed);
}
