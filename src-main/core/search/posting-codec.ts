/**
 * Binary form of the body index's posting lists (term → document keys), for `index/`. FlexSearch's
 * own export is JSON text (≈ 90 MB at 30,000 documents, parsed twice at load); the same postings as
 * delta-coded varints are ≈ 4× smaller and decode without a JSON parser.
 * Layout, per term in the order of the term list: the number of keys, then the first key and the gaps
 * between ascending keys, each an unsigned LEB128 varint.
 */

/** Postings ready to save: the terms (in the order their lists are written) and the coded lists. */
export interface EncodedPostings {
  terms: string[];
  bytes: Uint8Array;
}

/** Appends unsigned LEB128 varints to a growing byte buffer. */
class VarintWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  write(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const bigger = new Uint8Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/**
 * Codes posting lists.
 * @param lists [term, document keys] pairs; keys are integers in 0…2³²−1, in any order, each at most
 *   once per term; empty lists are left out
 * @returns the terms in the order given (minus empty ones) and their coded lists
 * @throws RangeError for a key that is not an integer in range, or one repeated within a list
 */
export function encodePostings(lists: Iterable<readonly [string, readonly number[]]>): EncodedPostings {
  const writer = new VarintWriter();
  const terms: string[] = [];
  for (const [term, keys] of lists) {
    if (keys.length === 0) continue;
    for (const key of keys) if (!Number.isInteger(key) || key < 0 || key > 0xffffffff) throw new RangeError(`posting key ${key} of "${term}" is not an integer in 0…2³²−1`);
    const sorted = Uint32Array.from(keys).sort();
    terms.push(term);
    writer.write(sorted.length);
    let previous = -1;
    for (let i = 0; i < sorted.length; i++) {
      const key = sorted[i]!;
      if (key === previous) throw new RangeError(`posting key ${key} repeats in the list of "${term}"`);
      writer.write(previous < 0 ? key : key - previous);
      previous = key;
    }
  }
  return { terms, bytes: writer.bytes() };
}

/** Reads unsigned LEB128 varints from coded postings, with the checks a damaged file needs. */
class VarintReader {
  at: number;
  constructor(private readonly bytes: Uint8Array, at = 0) {
    this.at = at;
  }

  /** @throws RangeError when the bytes end or the number is longer than 32 bits */
  read(): number {
    const bytes = this.bytes;
    if (this.at >= bytes.length) throw ended();
    let byte = bytes[this.at++]!;
    if (byte < 0x80) return byte;
    // bit operations for the first four bytes (28 bits); the fifth may add the top four bits of 32
    let value = byte & 0x7f;
    for (let shift = 7; ; shift += 7) {
      if (this.at >= bytes.length) throw ended();
      byte = bytes[this.at++]!;
      if (shift === 28) {
        if (byte > 0x0f) throw new RangeError('the posting data holds a malformed number');
        return value + byte * 2 ** 28;
      }
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value;
    }
  }

  /** The count at the start of a list; a count larger than the bytes left is damage, not a list to allocate. */
  readCount(): number {
    const n = this.read();
    if (n > this.bytes.length - this.at) throw ended();
    return n;
  }
}

function ended(): RangeError {
  return new RangeError('the posting data ends in the middle of a list');
}

/**
 * Checks coded postings and finds where each list starts, without building the lists (the index
 * loads a list when a query first needs it).
 * @param terms the term list saved with the bytes
 * @param isKnown called with every key; false makes the data damaged
 * @returns per term the offset of its list (for `decodeListAt`) and its number of keys
 * @throws RangeError when the bytes end early, hold more lists than terms, hold a malformed number
 *   or a key `isKnown` refuses
 */
export function locatePostings(terms: readonly string[], bytes: Uint8Array, isKnown: (key: number) => boolean): { offsets: Map<string, number>; counts: number[] } {
  const reader = new VarintReader(bytes);
  const offsets = new Map<string, number>();
  const counts: number[] = [];
  for (const term of terms) {
    offsets.set(term, reader.at);
    const n = reader.readCount();
    let key = 0;
    for (let i = 0; i < n; i++) {
      key = i === 0 ? reader.read() : key + reader.read();
      if (!isKnown(key)) throw new RangeError(`the posting data lists key ${key} under "${term}", which is not known`);
    }
    counts.push(n);
  }
  if (reader.at !== bytes.length) throw new RangeError('the posting data holds more lists than terms');
  return { offsets, counts };
}

/**
 * Decodes one list of coded postings.
 * @param offset where the list starts (from `locatePostings`)
 * @returns its keys in ascending order, a fresh array
 * @throws RangeError for damaged bytes
 */
export function decodeListAt(bytes: Uint8Array, offset: number): number[] {
  const reader = new VarintReader(bytes, offset);
  const n = reader.readCount();
  const keys = new Array<number>(n);
  let key = 0;
  for (let i = 0; i < n; i++) {
    key = i === 0 ? reader.read() : key + reader.read();
    keys[i] = key;
  }
  return keys;
}
