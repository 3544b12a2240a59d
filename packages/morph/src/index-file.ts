/**
 * The morphological index file (written by scripts/build-morph.mjs, format version 5): meta
 * data, the suffix and tag strings, a table of lexeme stems with their paradigms, a table of
 * word endings for words the dictionary lacks, the paradigms, a filter of the stems, the
 * frequent words, a signature of each paradigm's suffixes and the hot words' readings. Keyed tables are sorted and
 * front-coded in blocks, one byte per character over the index's alphabet, so a lookup is a
 * binary search over block heads and the decoding of one block.
 *
 * The file is never read whole: opening reads its header and meta data; each section's
 * directory (suffixes, tags, block heads, filter buckets, paradigm offsets and signatures,
 * frequent-word buckets: a few hundred KB in all) is read when first needed, and then one
 * paradigm, table block, filter bucket or frequent-word bucket at a time, each kept once read
 * (but frequent-word buckets: the analyser memoises the words). The hot words (the word forms
 * of seller replies, a few thousand) come with their readings ready, in one section read
 * whole on the first word: a lint of replies made of them reads the file a handful of times.
 * Nothing is expanded or decoded beyond what a lookup asks for.
 */

/** Where the bytes of an index come from: a buffer in memory, or positioned reads of a file. */
export interface IndexSource {
  /** The size of the index in bytes. */
  readonly size: number;
  /** `length` bytes at `position`, not to be changed (a view of the buffer, or a fresh copy). */
  read(position: number, length: number): Uint8Array;
}

/** An index already in memory. */
export function sourceOfBytes(bytes: Uint8Array): IndexSource {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, position + length) };
}

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

/**
 * Byte-wise comparison of the query (`query[from…to)`, all of it by default) with `len` bytes of
 * `bytes` at `at` (bytes compare as the strings do).
 */
function compareBytes(query: Uint8Array, bytes: Uint8Array, at: number, len: number, from = 0, to = query.length): number {
  const qlen = to - from;
  const n = Math.min(len, qlen);
  for (let i = 0; i < n; i++) {
    const d = query[from + i]! - bytes[at + i]!;
    if (d !== 0) return d;
  }
  return qlen - len;
}

/** The header of a keyed table and its directory: block offsets, head offsets and heads. */
interface TableDirectory {
  blocks: number;
  offsets: Uint32Array;
  headOffsets: Uint32Array;
  heads: Uint8Array;
  /** Where the blocks' data starts in the file. */
  dataAt: number;
}

/** A sorted, front-coded table from string keys to lists of uint16 values. */
export class KeyedTable {
  readonly #source: IndexSource;
  readonly #at: number;
  readonly #alphabet: Alphabet;
  #directory: TableDirectory | undefined;
  /** Blocks read so far (a long lint reads many; the oldest are dropped past a bound). */
  readonly #blocks = new Map<number, Uint8Array>();

  /** The table at `at` in the file; its directory is read on first use. */
  constructor(source: IndexSource, at: number, alphabet: Alphabet) {
    this.#source = source;
    this.#at = at;
    this.#alphabet = alphabet;
  }

  #dir(): TableDirectory {
    if (this.#directory) return this.#directory;
    const header = this.#source.read(this.#at, 20);
    const blocks = u32(header, 8);
    const headsSize = u32(header, 12);
    const size = (blocks + 1) * 4 + blocks * 4 + headsSize;
    const dir = this.#source.read(this.#at + 20, size);
    this.#directory = {
      blocks,
      offsets: ints(dir, 0, blocks + 1, Uint32Array),
      headOffsets: ints(dir, (blocks + 1) * 4, blocks, Uint32Array),
      heads: dir.subarray((blocks + 1) * 4 + blocks * 4),
      dataAt: this.#at + 20 + size,
    };
    return this.#directory;
  }

  /** The number of keys. */
  get size(): number {
    return u32(this.#source.read(this.#at, 4), 0);
  }

  #block(dir: TableDirectory, i: number): Uint8Array {
    let block = this.#blocks.get(i);
    if (!block) {
      if (this.#blocks.size >= 4096) this.#blocks.clear();
      block = this.#source.read(dir.dataAt + dir.offsets[i]!, dir.offsets[i + 1]! - dir.offsets[i]!);
      this.#blocks.set(i, block);
    }
    return block;
  }

  /** The values stored under a key, or undefined. */
  get(key: string): Uint16Array | undefined {
    const query = this.#alphabet.encode(key);
    return query && this.getBytes(query);
  }

  /** The values stored under a key in alphabet bytes (`query[from…to)`, all of it by default), or undefined. */
  getBytes(query: Uint8Array, from = 0, to = query.length): Uint16Array | undefined {
    const dir = this.#dir();
    if (dir.blocks === 0) return undefined;
    const { heads, headOffsets } = dir;
    let lo = 0;
    let hi = dir.blocks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const at = headOffsets[mid]!;
      if (compareBytes(query, heads, at + 1, heads[at]!, from, to) >= 0) lo = mid;
      else hi = mid - 1;
    }
    if (compareBytes(query, heads, headOffsets[lo]! + 1, heads[headOffsets[lo]!]!, from, to) < 0) return undefined;
    // The keys of the block, in order, front-coded: each shares `shared` bytes with the one
    // before. `matched` is how many bytes of the query the key before had in common with it
    // (that key is below the query): a key that shares fewer is above the query, one that
    // shares more is below it too, and only one that shares exactly as many is compared.
    const bytes = this.#block(dir, lo);
    const length = to - from;
    let matched = 0;
    for (let at = 0; at < bytes.length; ) {
      const shared = bytes[at]!;
      const len = bytes[at + 1]!;
      const restAt = at + 2;
      let count = bytes[restAt + len]!;
      let valuesAt = restAt + len + 1;
      if (count === 255) {
        count = u16(bytes, valuesAt);
        valuesAt += 2;
      }
      if (shared < matched) return undefined;
      if (shared === matched) {
        let i = 0;
        while (i < len && matched + i < length && bytes[restAt + i] === query[from + matched + i]) i++;
        if (i === len && matched + i === length) return values(bytes, valuesAt, count);
        // The key goes on past the query, or has a greater byte where they differ: it is above.
        if (i < len && (matched + i === length || bytes[restAt + i]! > query[from + matched + i]!)) return undefined;
        matched += i;
      }
      at = valuesAt + count * 2;
    }
    return undefined;
  }

  /** Every key with its values, in order (for tests and tools: it reads and decodes the whole table). */
  *entries(): Generator<[string, Uint16Array]> {
    const dir = this.#dir();
    const bytes = this.#source.read(dir.dataAt, dir.offsets[dir.blocks]!);
    const key: string[] = [];
    for (let at = 0; at < bytes.length; ) {
      const shared = bytes[at]!;
      const len = bytes[at + 1]!;
      key.length = shared;
      for (let i = 0; i < len; i++) key.push(this.#alphabet.letters[bytes[at + 2 + i]! - 1]!);
      const [count, valuesAt] = payload(bytes, at + 2 + len);
      at = valuesAt + count * 2;
      yield [key.join(''), values(bytes, valuesAt, count)];
    }
  }
}

/** An entry's payload at `at`: its value count (1 byte, or 255 then uint16) and where the values start. */
function payload(bytes: Uint8Array, at: number): [number, number] {
  const count = bytes[at]!;
  return count === 255 ? [u16(bytes, at + 1), at + 3] : [count, at + 1];
}

function values(bytes: Uint8Array, at: number, count: number): Uint16Array {
  const out = new Uint16Array(count);
  for (let i = 0; i < count; i++) out[i] = u16(bytes, at + i * 2);
  return out;
}

/** The index's letters: a byte k + 1 stands for letters[k]. */
export class Alphabet {
  readonly letters: string;
  readonly #code: Map<string, number>;

  constructor(letters: string) {
    this.letters = letters;
    this.#code = new Map([...letters].map((c, i) => [c, i + 1]));
  }

  /** A letter's byte, or undefined for a letter the index never uses. */
  code(letter: string): number | undefined {
    return this.#code.get(letter);
  }

  /** A string's bytes, or undefined when it has a letter the index never uses. */
  encode(s: string): Uint8Array | undefined {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = this.#code.get(s[i]!);
      if (c === undefined) return undefined;
      out[i] = c;
    }
    return out;
  }

  decode(bytes: Uint8Array, at: number, length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += this.letters[bytes[at + i]! - 1]!;
    return s;
  }
}

/** FNV-1a over UTF-16 code units, never 0: the hash of the stem filter (scripts/build-morph.mjs). */
export const FNV_OFFSET = 0x811c9dc5;
export const nextHash = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** Bits tested per stem in a bucket of the stem filter (and per frequent word), and per key in a paradigm's signature. */
const BLOOM_PROBES = 6;
const SIGNATURE_PROBES = 3;

/**
 * Whether hash `hash` (| 1) may be in a Bloom filter of `bits.length × 8` bits starting at
 * `from`: bits (h + j × h2) mod m for j < probes, h2 = (h >>> 15 | h << 17) | 1. False means
 * it is not (scripts/build-morph.mjs sets them the same way).
 */
function bloomHas(bits: Uint8Array, hash: number, probes: number, from = 0, length = bits.length - from): boolean {
  const h = (hash | 1) >>> 0;
  const h2 = (((h >>> 15) | (h << 17)) | 1) >>> 0;
  const m = length * 8;
  for (let j = 0; j < probes; j++) {
    const bit = (h + j * h2) % m;
    if ((bits[from + (bit >> 3)]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/**
 * The stem filter: a Bloom filter of the stems per first three letters, and the shorter stems
 * listed. `bucket` finds the filter of a word's beginnings once; `has` tests one of them.
 */
export class StemFilter {
  /** The hashes of the stems shorter than three letters. */
  readonly #short: Set<number>;
  readonly #keys: Uint32Array;
  readonly #offsets: Uint32Array;
  readonly #bitsAt: number;
  readonly #source: IndexSource;
  readonly #buckets = new Map<number, Uint8Array>();

  constructor(source: IndexSource, at: number) {
    this.#source = source;
    const shortCount = u32(source.read(at, 4), 0);
    const head = source.read(at + 4, shortCount * 4 + 4);
    this.#short = new Set(ints(head, 0, shortCount, Uint32Array));
    const buckets = u32(head, shortCount * 4);
    const dir = source.read(at + 8 + shortCount * 4, buckets * 8 + 4);
    this.#keys = ints(dir, 0, buckets, Uint32Array);
    this.#offsets = ints(dir, buckets * 4, buckets + 1, Uint32Array);
    this.#bitsAt = at + 8 + shortCount * 4 + buckets * 8 + 4;
  }

  /** Whether a stem of fewer than three letters with this hash is in the index. */
  hasShort(hash: number): boolean {
    return this.#short.has((hash | 1) >>> 0);
  }

  /** The bits of the stems that start with these three letters (alphabet bytes), or undefined for none. */
  bucket(c0: number, c1: number, c2: number): Uint8Array | undefined {
    const key = (c0 << 16) | (c1 << 8) | c2;
    const keys = this.#keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = keys[mid]!;
      if (v === key) {
        let bits = this.#buckets.get(mid);
        if (!bits) {
          bits = this.#source.read(this.#bitsAt + this.#offsets[mid]!, this.#offsets[mid + 1]! - this.#offsets[mid]!);
          this.#buckets.set(mid, bits);
        }
        return bits;
      }
      if (v < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Whether a stem of this hash may be in a bucket: false means it is not. */
  static has(bits: Uint8Array, hash: number): boolean {
    return bloomHas(bits, hash, BLOOM_PROBES);
  }
}

/** A reading stored ready in the hot section: what the split search would give, without it. */
export interface HotReading {
  paradigm: number;
  form: number;
  tag: number;
  /** The stem's place in the word (after the paradigm's prefix of the form). */
  stemStart: number;
  stemLength: number;
  lemma: string;
}

/** The number of sections of a version 5 file. */
const SECTIONS = 11;

/** The sections of an index file, read as they are asked for. */
export class IndexFile {
  readonly meta: IndexMeta;
  readonly alphabet: Alphabet;
  readonly #source: IndexSource;
  /** Where each section starts. */
  readonly #starts: number[];
  readonly #lengths: number[];

  /** Suffixes: offsets, alphabet bytes and the hash table of ids; the strings decoded so far. */
  #suffixBytes: Uint8Array | undefined;
  #suffixOffsets: Uint32Array | undefined;
  #suffixHashes: Uint16Array | undefined;
  #suffixStrings: (string | undefined)[] = [];
  /** Tags: offsets and ASCII text; the strings decoded so far. */
  #tagBytes: Uint8Array | undefined;
  #tagOffsets: Uint32Array | undefined;
  #tagStrings: (string | undefined)[] = [];
  /** Paradigm offsets (count + 1) and the paradigms read so far. */
  #paradigmOffsets: Uint32Array | undefined;
  readonly #paradigms: (Uint16Array | undefined)[] = [];
  #stemFilter: StemFilter | undefined;
  /** Frequent words: the Bloom filter of their hashes, and the offsets of the buckets' records. */
  #frequentBloom: Uint8Array | undefined;
  #frequentOffsets: Uint32Array | undefined;
  /** Paradigm signatures: offsets and bits. */
  #signatureOffsets: Uint32Array | undefined;
  #signatureBits: Uint8Array | undefined;
  /** The hot section, read whole on first use, and the start of its records. */
  #hotBytes: Uint8Array | undefined;
  #hotOffsets: Uint32Array | undefined;

  readonly stems: KeyedTable;
  readonly endings: KeyedTable;
  /** For stems of many forms (an empty stem payload): stem + "#" + suffix → (paradigm, form) pairs. */
  readonly splits: KeyedTable;

  /** Opens an index; throws on anything but format version 5. */
  constructor(source: IndexSource) {
    this.#source = source;
    const header = source.size < 64 ? new Uint8Array(0) : source.read(0, 64);
    const magic = header.length < 64 ? '' : String.fromCharCode(header[0]!, header[1]!, header[2]!, header[3]!);
    if (magic !== 'OTVM' || u32(header, 4) !== 5) throw new Error('not an otvet morphological index (version 5)');
    this.#lengths = Array.from({ length: SECTIONS }, (_, i) => u32(header, 8 + i * 4));
    this.#starts = [];
    let at = 64;
    for (const length of this.#lengths) {
      this.#starts.push(at);
      at += Math.ceil(length / 4) * 4;
    }
    if (at !== source.size) throw new Error('the morphological index is truncated');
    this.meta = JSON.parse(new TextDecoder().decode(source.read(64, this.#lengths[0]!))) as IndexMeta;
    this.alphabet = new Alphabet(this.meta.alphabet);
    this.stems = new KeyedTable(source, this.#starts[3]!, this.alphabet);
    this.endings = new KeyedTable(source, this.#starts[4]!, this.alphabet);
    this.splits = new KeyedTable(source, this.#starts[7]!, this.alphabet);
  }

  #section(i: number): Uint8Array {
    return this.#source.read(this.#starts[i]!, this.#lengths[i]!);
  }

  #suffixSection(): [Uint32Array, Uint8Array] {
    if (!this.#suffixOffsets || !this.#suffixBytes) {
      const bytes = this.#section(1);
      const count = u32(bytes, 0);
      const offsets = ints(bytes, 4, count + 1, Uint32Array);
      const textAt = 4 + (count + 1) * 4;
      const hashesAt = textAt + Math.ceil(offsets[count]! / 4) * 4;
      this.#suffixOffsets = offsets;
      this.#suffixBytes = bytes.subarray(textAt, textAt + offsets[count]!);
      this.#suffixHashes = ints(bytes, hashesAt + 4, u32(bytes, hashesAt), Uint16Array);
    }
    return [this.#suffixOffsets, this.#suffixBytes];
  }

  /** The number of suffixes. */
  get suffixCount(): number {
    return this.#suffixSection()[0].length - 1;
  }

  /** A suffix by its id. */
  suffix(id: number): string {
    let s = this.#suffixStrings[id];
    if (s === undefined) {
      const [offsets, bytes] = this.#suffixSection();
      s = this.alphabet.decode(bytes, offsets[id]!, offsets[id + 1]! - offsets[id]!);
      this.#suffixStrings[id] = s;
    }
    return s;
  }

  /** The id of a suffix (its place in the sorted list), or -1. */
  suffixId(suffix: string): number {
    const query = this.alphabet.encode(suffix);
    return query ? this.suffixIdOfBytes(query) : -1;
  }

  /** The id of a suffix in alphabet bytes (`query[from…)`), or -1: one probe of the hash table, mostly. */
  suffixIdOfBytes(query: Uint8Array, from = 0): number {
    const [offsets, bytes] = this.#suffixSection();
    const table = this.#suffixHashes!;
    let h = FNV_OFFSET;
    for (let i = from; i < query.length; i++) h = nextHash(h, query[i]!);
    const mask = table.length - 1;
    for (let slot = ((h | 1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const id = table[slot]! - 1;
      if (id < 0) return -1;
      if (compareBytes(query, bytes, offsets[id]!, offsets[id + 1]! - offsets[id]!, from) === 0) return id;
    }
  }

  /** The tag of an id, as the dictionary writes it. */
  tag(id: number): string {
    let tag = this.#tagStrings[id];
    if (tag === undefined) {
      if (!this.#tagOffsets || !this.#tagBytes) {
        const bytes = this.#section(2);
        const count = u32(bytes, 0);
        this.#tagOffsets = ints(bytes, 4, count + 1, Uint32Array);
        this.#tagBytes = bytes.subarray(4 + (count + 1) * 4);
      }
      tag = String.fromCharCode.apply(null, this.#tagBytes.subarray(this.#tagOffsets[id]!, this.#tagOffsets[id + 1]!) as unknown as number[]);
      this.#tagStrings[id] = tag;
    }
    return tag;
  }

  /** The number of tags. */
  get tagCount(): number {
    return u32(this.#source.read(this.#starts[2]!, 4), 0);
  }

  /** The number of paradigms. */
  get paradigmCount(): number {
    return this.#offsetsOfParadigms().length - 1;
  }

  #offsetsOfParadigms(): Uint32Array {
    if (!this.#paradigmOffsets) {
      const at = this.#starts[5]!;
      const count = u32(this.#source.read(at, 4), 0);
      this.#paradigmOffsets = ints(this.#source.read(at + 4, (count + 1) * 4), 0, count + 1, Uint32Array);
    }
    return this.#paradigmOffsets;
  }

  /** A paradigm: [form count n, suffix ids × n, tag ids × n, prefix ids × n, forms in suffix order × n]. */
  paradigm(id: number): Uint16Array {
    let p = this.#paradigms[id];
    if (!p) {
      const offsets = this.#offsetsOfParadigms();
      const valuesAt = this.#starts[5]! + 4 + offsets.length * 4;
      const from = offsets[id]!;
      const count = offsets[id + 1]! - from;
      p = ints(this.#source.read(valuesAt + from * 2, count * 2), 0, count, Uint16Array);
      this.#paradigms[id] = p;
    }
    return p;
  }

  /** The stem filter. */
  get stemFilter(): StemFilter {
    this.#stemFilter ??= new StemFilter(this.#source, this.#starts[6]!);
    return this.#stemFilter;
  }

  /** The (paradigm, form) pairs of a frequent word, from one read of its bucket; undefined for any other word. */
  frequent(word: string): Uint16Array | undefined {
    const at = this.#starts[8]!;
    if (!this.#frequentOffsets || !this.#frequentBloom) {
      const head = this.#source.read(at, 8);
      const buckets = u32(head, 0);
      const bloomLength = u32(head, 4);
      const dir = this.#source.read(at + 8, bloomLength + (buckets + 1) * 4);
      this.#frequentBloom = dir.subarray(0, bloomLength);
      this.#frequentOffsets = ints(dir, bloomLength, buckets + 1, Uint32Array);
    }
    const offsets = this.#frequentOffsets;
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = nextHash(h, word.charCodeAt(i));
    if (!bloomHas(this.#frequentBloom, h, BLOOM_PROBES)) return undefined;
    const query = this.alphabet.encode(word);
    if (!query) return undefined;
    const bucket = ((h | 1) >>> 0) & (offsets.length - 2);
    const recordsAt = at + 8 + this.#frequentBloom.length + offsets.length * 4;
    const bytes = this.#source.read(recordsAt + offsets[bucket]!, offsets[bucket + 1]! - offsets[bucket]!);
    for (let r = 0; r < bytes.length; ) {
      const len = bytes[r]!;
      const count = bytes[r + 1 + len]!;
      if (len === query.length && compareBytes(query, bytes, r + 1, len) === 0) return values(bytes, r + 2 + len, count * 2);
      r += 2 + len + count * 4;
    }
    return undefined;
  }

  /**
   * The readings of a hot word as the split search would give them, in its order; undefined
   * for any other word. The section is read whole on the first call (one read).
   */
  hot(word: string): HotReading[] | undefined {
    if (!this.#hotBytes || !this.#hotOffsets) {
      const bytes = this.#section(10);
      const buckets = bytes.length < 4 ? 0 : u32(bytes, 0);
      this.#hotOffsets = buckets === 0 ? new Uint32Array(1) : ints(bytes, 4, buckets + 1, Uint32Array);
      this.#hotBytes = bytes.subarray(buckets === 0 ? 0 : 4 + (buckets + 1) * 4);
    }
    const offsets = this.#hotOffsets;
    if (offsets.length < 2) return undefined;
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = nextHash(h, word.charCodeAt(i));
    const bucket = ((h | 1) >>> 0) & (offsets.length - 2);
    const bytes = this.#hotBytes;
    const end = offsets[bucket + 1]!;
    for (let r = offsets[bucket]!; r < end; ) {
      const len = bytes[r]!;
      const count = bytes[r + 1 + len]!;
      let at = r + 2 + len;
      let same = len === word.length;
      for (let i = 0; same && i < len; i++) same = this.alphabet.letters.charCodeAt(bytes[r + 1 + i]! - 1) === word.charCodeAt(i);
      if (!same) {
        for (let k = 0; k < count; k++) at += 9 + bytes[at + 8]!;
        r = at;
        continue;
      }
      const out: HotReading[] = [];
      for (let k = 0; k < count; k++) {
        const lemmaLength = bytes[at + 8]!;
        out.push({
          paradigm: u16(bytes, at),
          form: u16(bytes, at + 2),
          tag: u16(bytes, at + 4),
          stemStart: bytes[at + 6]!,
          stemLength: bytes[at + 7]!,
          lemma: this.alphabet.decode(bytes, at + 9, lemmaLength),
        });
        at += 9 + lemmaLength;
      }
      return out;
    }
    return undefined;
  }

  /**
   * Whether a paradigm may have a form with this suffix and prefix (its signature, a Bloom
   * filter): false means it has none, and the paradigm need not be read.
   */
  mayHaveForm(paradigm: number, suffixId: number, prefixId: number): boolean {
    if (!this.#signatureOffsets || !this.#signatureBits) {
      const bytes = this.#section(9);
      const count = u32(bytes, 0);
      this.#signatureOffsets = ints(bytes, 4, count + 1, Uint32Array);
      this.#signatureBits = bytes.subarray(4 + (count + 1) * 4);
    }
    const from = this.#signatureOffsets[paradigm]!;
    return bloomHas(this.#signatureBits, Math.imul(suffixId * 4 + prefixId + 1, 0x9e3779b1), SIGNATURE_PROBES, from, this.#signatureOffsets[paradigm + 1]! - from);
  }
}

/** Opens an index (see IndexFile); a Uint8Array is read in memory. */
export function readIndexFile(source: IndexSource | Uint8Array): IndexFile {
  return new IndexFile(source instanceof Uint8Array ? sourceOfBytes(source) : source);
}
