/**
 * The morphological index file (written by scripts/build-morph.mjs, format version 3): meta
 * data, the suffix and tag strings, a table of lexeme stems with their paradigms, a table of
 * word endings for words the dictionary lacks, and the paradigms. Keyed tables are sorted and
 * front-coded in blocks of 32 keys, one byte per character over the index's alphabet, so a
 * lookup is a binary search over block heads and the decoding of one block, and a hash
 * filter of the stems spares most of them. Nothing is expanded at load time: the paradigms
 * and the filter are views of the file's bytes.
 */

export interface IndexMeta {
  source: string;
  prefixes: string[];
  grammemes: Record<string, string>;
  alphabet: string;
  maxSuffix: number;
}

const u32 = (bytes: Uint8Array, at: number): number =>
  (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 0x1000000;
const u16 = (bytes: Uint8Array, at: number): number => bytes[at]! | (bytes[at + 1]! << 8);

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `count` little-endian integers at `at`: a view of the bytes where they are aligned, else a copy. */
function ints<T extends Uint16Array | Uint32Array>(bytes: Uint8Array, at: number, count: number, Type: { new (b: ArrayBufferLike, o: number, n: number): T; new (n: number): T; BYTES_PER_ELEMENT: number }): T {
  const offset = bytes.byteOffset + at;
  if (LITTLE_ENDIAN && offset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, offset, count);
  const out = new Type(count);
  const view = new DataView(bytes.buffer, offset, count * Type.BYTES_PER_ELEMENT);
  for (let i = 0; i < count; i++) out[i] = Type.BYTES_PER_ELEMENT === 2 ? view.getUint16(i * 2, true) : view.getUint32(i * 4, true);
  return out;
}

/** A sorted, front-coded table from string keys to lists of uint16 values. */
export class KeyedTable {
  readonly size: number;
  readonly #bytes: Uint8Array;
  readonly #code: Map<string, number>;
  readonly #blocks: number;
  readonly #offsets: Uint32Array;
  readonly #headOffsets: Uint32Array;
  readonly #headsAt: number;
  readonly #dataAt: number;
  /** The key being decoded: a shared prefix and a rest of at most 255 bytes each. */
  readonly #current = new Uint8Array(510);

  constructor(bytes: Uint8Array, code: Map<string, number>) {
    this.#bytes = bytes;
    this.#code = code;
    this.size = u32(bytes, 0);
    this.#blocks = u32(bytes, 8);
    const headsSize = u32(bytes, 12);
    this.#offsets = ints(bytes, 20, this.#blocks + 1, Uint32Array);
    this.#headOffsets = ints(bytes, 20 + (this.#blocks + 1) * 4, this.#blocks, Uint32Array);
    this.#headsAt = 20 + (this.#blocks + 1) * 4 + this.#blocks * 4;
    this.#dataAt = this.#headsAt + headsSize;
  }

  #encode(key: string): Uint8Array | undefined {
    const out = new Uint8Array(key.length);
    for (let i = 0; i < key.length; i++) {
      const c = this.#code.get(key[i]!);
      if (c === undefined) return undefined;
      out[i] = c;
    }
    return out;
  }

  #compareHead(query: Uint8Array, block: number): number {
    const at = this.#headsAt + this.#headOffsets[block]!;
    const len = this.#bytes[at]!;
    const n = Math.min(len, query.length);
    for (let i = 0; i < n; i++) {
      const d = query[i]! - this.#bytes[at + 1 + i]!;
      if (d !== 0) return d;
    }
    return query.length - len;
  }

  /** An entry's payload at `at`: its value count (1 byte, or 255 then uint16) and where the values start. */
  #payload(at: number): [number, number] {
    const count = this.#bytes[at]!;
    return count === 255 ? [u16(this.#bytes, at + 1), at + 3] : [count, at + 1];
  }

  #values(at: number, count: number): Uint16Array {
    const out = new Uint16Array(count);
    for (let i = 0; i < count; i++) out[i] = u16(this.#bytes, at + i * 2);
    return out;
  }

  /** The values stored under a key, or undefined. */
  get(key: string): Uint16Array | undefined {
    const query = this.#encode(key);
    if (!query || this.#blocks === 0) return undefined;
    let lo = 0;
    let hi = this.#blocks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#compareHead(query, mid) >= 0) lo = mid;
      else hi = mid - 1;
    }
    if (this.#compareHead(query, lo) < 0) return undefined;
    const bytes = this.#bytes;
    const end = this.#dataAt + this.#offsets[lo + 1]!;
    const current = this.#current;
    for (let at = this.#dataAt + this.#offsets[lo]!; at < end; ) {
      const shared = bytes[at]!;
      const len = bytes[at + 1]!;
      for (let i = 0; i < len; i++) current[shared + i] = bytes[at + 2 + i]!;
      const [count, valuesAt] = this.#payload(at + 2 + len);
      const n = Math.min(shared + len, query.length);
      let d = 0;
      for (let i = 0; i < n && d === 0; i++) d = current[i]! - query[i]!;
      if (d === 0) d = shared + len - query.length;
      if (d === 0) return this.#values(valuesAt, count);
      if (d > 0) return undefined;
      at = valuesAt + count * 2;
    }
    return undefined;
  }

  /** Every key with its values, in order (for tests and tools: it decodes the whole table). */
  *entries(alphabet: string): Generator<[string, Uint16Array]> {
    const bytes = this.#bytes;
    const key: string[] = [];
    const end = this.#dataAt + this.#offsets[this.#blocks]!;
    for (let at = this.#dataAt; at < end; ) {
      const shared = bytes[at]!;
      const len = bytes[at + 1]!;
      key.length = shared;
      for (let i = 0; i < len; i++) key.push(alphabet[bytes[at + 2 + i]! - 1]!);
      const [count, valuesAt] = this.#payload(at + 2 + len);
      at = valuesAt + count * 2;
      yield [key.join(''), this.#values(valuesAt, count)];
    }
  }
}

/** The parsed sections of an index file. */
export interface IndexFile {
  meta: IndexMeta;
  /** Sorted: a suffix's id is its position. */
  suffixes: string[];
  /** The tag of an id, as the dictionary writes it; decoded on first use. */
  tag(id: number): string;
  tagCount: number;
  stems: KeyedTable;
  endings: KeyedTable;
  /** Where each paradigm starts in `values` (count + 1 entries). */
  paradigmOffsets: Uint32Array;
  /** Per paradigm: [form count n, suffix ids × n, tag ids × n, prefix ids × n, forms in suffix order × n]. */
  values: Uint16Array;
  /** Open-addressing table of stem hashes (see stemHash); 0 marks an empty slot. */
  stemFilter: Uint32Array;
  /** For stems of many forms (an empty stem payload): stem + "#" + suffix → (paradigm, form) pairs. */
  splits: KeyedTable;
  /** The (paradigm, form) pairs of a frequent word, by one hash probe; undefined for any other word. */
  frequent(word: string): Uint16Array | undefined;
}

/** FNV-1a over UTF-16 code units, never 0: the hash of the stem filter (scripts/build-morph.mjs). */
export const FNV_OFFSET = 0x811c9dc5;
export const nextHash = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** Whether a stem of this hash (`h | 1`) may be in the index: false means it is not. */
export function mayHaveStem(filter: Uint32Array, hash: number): boolean {
  const h = (hash | 1) >>> 0;
  const mask = filter.length - 1;
  for (let at = h & mask; ; at = (at + 1) & mask) {
    const v = filter[at]!;
    if (v === h) return true;
    if (v === 0) return false;
  }
}

const utf16 = new TextDecoder('utf-16le');

/** The frequent-word table: a hash probe, then the record's bytes compared with the word's. */
function frequentWords(bytes: Uint8Array, code: Map<string, number>): (word: string) => Uint16Array | undefined {
  const slots = ints(bytes, 4, u32(bytes, 0), Uint32Array);
  const recordsAt = 4 + slots.length * 4;
  const mask = slots.length - 1;
  return (word) => {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = nextHash(h, word.charCodeAt(i));
    for (let at = ((h | 1) >>> 0) & mask; ; at = (at + 1) & mask) {
      const slot = slots[at]!;
      if (slot === 0) return undefined;
      const record = recordsAt + slot - 1;
      if (bytes[record] !== word.length) continue;
      let same = true;
      for (let i = 0; i < word.length && same; i++) same = bytes[record + 1 + i] === code.get(word[i]!);
      if (!same) continue;
      const count = bytes[record + 1 + word.length]!;
      const out = new Uint16Array(count * 2);
      for (let i = 0; i < count * 2; i++) out[i] = u16(bytes, record + 2 + word.length + i * 2);
      return out;
    }
  };
}

/** Read an index file's bytes; throws on anything but format version 3. */
export function readIndexFile(bytes: Uint8Array): IndexFile {
  const magic = bytes.length < 64 ? '' : String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== 'OTVM' || u32(bytes, 4) !== 3) throw new Error('not an otvet morphological index (version 3)');
  const lengths = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => u32(bytes, 8 + i * 4));
  const starts: number[] = [];
  let at = 64;
  for (const length of lengths) {
    starts.push(at);
    at += Math.ceil(length / 4) * 4;
  }
  if (at !== bytes.length) throw new Error('the morphological index is truncated');
  const section = (i: number): Uint8Array => bytes.subarray(starts[i]!, starts[i]! + lengths[i]!);
  const meta = JSON.parse(new TextDecoder().decode(section(0))) as IndexMeta;
  const code = new Map([...meta.alphabet].map((c, i) => [c, i + 1]));
  const para = section(5);
  const count = u32(para, 0);
  const paradigmOffsets = ints(para, 4, count + 1, Uint32Array);
  const tagBytes = section(2);
  const tagCount = u32(tagBytes, 0);
  const tagOffsets = ints(tagBytes, 4, tagCount + 1, Uint32Array);
  const tagsAt = 4 + (tagCount + 1) * 4;
  const tags: (string | undefined)[] = new Array(tagCount);
  return {
    meta,
    suffixes: utf16.decode(section(1)).split('\n'),
    tagCount,
    tag(id) {
      let tag = tags[id];
      if (tag === undefined) {
        tag = String.fromCharCode(...tagBytes.subarray(tagsAt + tagOffsets[id]!, tagsAt + tagOffsets[id + 1]!));
        tags[id] = tag;
      }
      return tag;
    },
    stems: new KeyedTable(section(3), code),
    endings: new KeyedTable(section(4), code),
    paradigmOffsets,
    values: ints(para, 4 + (count + 1) * 4, paradigmOffsets[count]!, Uint16Array),
    stemFilter: ints(section(6), 4, u32(section(6), 0), Uint32Array),
    splits: new KeyedTable(section(7), code),
    frequent: frequentWords(section(8), code),
  };
}
