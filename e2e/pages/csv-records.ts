/**
 * Reads back an exported CSV file in the spec (RFC 4180: quoted fields with "" for a quote and line
 * breaks inside, records ended by CRLF), so a test checks what a spreadsheet would see.
 */

/**
 * The records of `text` (a leading BOM is skipped) as arrays of field strings; fields are split on
 * `delimiter` (one character, not a quote or line break). A final CRLF does not make an empty record.
 */
export function csvRecords(text: string, delimiter: string): string[][] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  // one field and what ends it: the delimiter, a CRLF, or the end of the text
  const field = new RegExp(`(?:"((?:[^"]|"")*)"|([^"${delimiter}\\r\\n]*))(${delimiter}|\\r\\n|$)`, 'gy');
  const records: string[][] = [];
  let record: string[] = [];
  for (const [, quoted, plain = '', end] of body.matchAll(field)) {
    if (end === '' && record.length === 0 && quoted === undefined && plain === '') break;
    record.push(quoted === undefined ? plain : quoted.replaceAll('""', '"'));
    if (end === delimiter) continue;
    records.push(record);
    record = [];
    if (end === '') break;
  }
  return records;
}
