/**
 * A sorted, front-coded word index (written by scripts/build-dictionary.mjs, format
 * version 4). Words are stored one byte per character over a sorted alphabet, so
 * comparing bytes compares words. Opening reads only the header and the alphabet; the
 * first lookup reads the first word of every block (a few hundred KB), and a lookup is a
 * binary search over those heads and a read of one block. No string is built on the way.
 * The hot words (the common words of replies, which the checker accepts) are a section of
 * their own, read whole on first use: a lint of ordinary replies needs little else.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Where the bytes of an index come from: a whole buffer, or positioned reads of a file. */
interface Source {
  readonly size: number;
  read(position: number, length: number): Uint8Array;
}

/** The block tables, read on the first lookup. */
interface Tables {
  offsets: Uint32Array;
  headOffsets: Uint32Array;
  heads: Uint8Array;
  dataStart: number;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `count` little-endian 32-bit integers at `at`: one copy on little-endian machines, not a loop of reads. */
function readUint32s(bytes: Uint8Array, at: number, count: number): Uint32Array {
  // A copy of its own (Buffer#slice would share the pooled memory and its offset).
  const copy = Uint8Array.prototype.slice.call(bytes, at, at + count * 4);
  if (LITTLE_ENDIAN) return new Uint32Array(copy.buffer, 0, count);
  const view = new DataView(copy.buffer);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

export class WordIndex {
  readonly size: number;
  readonly #source: Source;
  readonly #code = new Map<string, number>();
  readonly #letters: string;
  readonly #blockCount: number;
  readonly #headsSize: number;
  readonly #hotLength: number;
  #tablesRead: Tables | undefined;
  /** The hot section: its bucket offsets and records, once read. */
  #hotOffsets: Uint32Array | undefined;
  #hotRecords: Uint8Array | undefined;
  readonly #blocks = new Map<number, Uint8Array>();
  /** The entry being decoded by {@link has}: a shared prefix and a suffix of at most 255 bytes each. */
  readonly #current = new Uint8Array(510);

  private constructor(source: Source) {
    this.#source = source;
    const head = source.read(0, 32);
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const magic = head.length < 32 ? '' : String.fromCharCode(head[0]!, head[1]!, head[2]!, head[3]!);
    if (magic !== 'OTVW' || view.getUint32(4, true) !== 4) throw new Error('not an otvet word index (version 4)');
    this.size = view.getUint32(8, true);
    this.#blockCount = view.getUint32(16, true);
    const letters = view.getUint32(20, true);
    this.#headsSize = view.getUint32(24, true);
    this.#hotLength = view.getUint32(28, true);
    const alphabet = source.read(32, letters * 2);
    const av = new DataView(alphabet.buffer, alphabet.byteOffset, alphabet.byteLength);
    let text = '';
    for (let i = 0; i < letters; i++) text += String.fromCharCode(av.getUint16(i * 2, true));
    this.#letters = text;
    for (let i = 0; i < letters; i++) this.#code.set(text[i]!, i + 1);
  }

  /** The block offsets and heads, read on the first lookup that needs them. */
  #tables(): Tables {
    if (this.#tablesRead) return this.#tablesRead;
    const blocks = this.#blockCount;
    const at = 32 + this.#letters.length * 2;
    const size = (blocks + 1) * 4 + blocks * 4;
    const tables = this.#source.read(at, size + this.#headsSize);
    this.#tablesRead = {
      offsets: readUint32s(tables, 0, blocks + 1),
      headOffsets: readUint32s(tables, (blocks + 1) * 4, blocks),
      heads: tables.subarray(size),
      dataStart: at + size + this.#headsSize,
    };
    return this.#tablesRead;
  }

  /**
   * Whether a lower-case word is one of the hot words, which the spelling checker accepts on this
   * index (so in capitals and capitalised too): one read of the section, on the first call.
   */
  isHot(word: string): boolean {
    if (!this.#hotOffsets || !this.#hotRecords) {
      const bytes = this.#hotLength < 4 ? new Uint8Array(0) : this.#source.read(this.#source.size - this.#hotLength, this.#hotLength);
      const buckets = bytes.length < 4 ? 0 : new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
      this.#hotOffsets = buckets === 0 ? new Uint32Array(1) : readUint32s(bytes, 4, buckets + 1);
      this.#hotRecords = bytes.subarray(buckets === 0 ? 0 : 4 + (buckets + 1) * 4);
    }
    const offsets = this.#hotOffsets;
    if (offsets.length < 2) return false;
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    const bucket = ((h | 1) >>> 0) & (offsets.length - 2);
    const records = this.#hotRecords;
    const letters = this.#letters;
    for (let r = offsets[bucket]!, end = offsets[bucket + 1]!; r < end; r += 1 + records[r]!) {
      const len = records[r]!;
      if (len !== word.length) continue;
      let i = 0;
      while (i < len && letters.charCodeAt(records[r + 1 + i]! - 1) === word.charCodeAt(i)) i++;
      if (i === len) return true;
    }
    return false;
  }

  static fromBuffer(buffer: Uint8Array): WordIndex {
    return new WordIndex({ size: buffer.length, read: (position, length) => buffer.subarray(position, position + length) });
  }

  /** Open an index file; the file stays open for block reads until {@link close}. */
  static open(path: string): WordIndex {
    const fd = openSync(path, 'r');
    const index = new WordIndex({
      size: fstatSync(fd).size,
      read(position, length) {
        const out = new Uint8Array(length);
        let done = 0;
        while (done < length) {
          const n = readSync(fd, out, done, length - done, position + done);
          if (n === 0) throw new Error('word index is truncated');
          done += n;
        }
        return out;
      },
    });
    index.close = () => closeSync(fd);
    return index;
  }

  /** Release the file (a no-op for an index in memory). */
  close: () => void = () => {};

  #encode(word: string): Uint8Array | undefined {
    const out = new Uint8Array(word.length);
    for (let i = 0; i < word.length; i++) {
      const c = this.#code.get(word[i]!);
      if (c === undefined) return undefined;
      out[i] = c;
    }
    return out;
  }

  #compareHead(tables: Tables, query: Uint8Array, block: number): number {
    const { heads } = tables;
    const at = tables.headOffsets[block]!;
    const len = heads[at]!;
    const n = Math.min(len, query.length);
    for (let i = 0; i < n; i++) {
      const d = query[i]! - heads[at + 1 + i]!;
      if (d !== 0) return d;
    }
    return query.length - len;
  }

  #block(tables: Tables, i: number): Uint8Array {
    let block = this.#blocks.get(i);
    if (!block) {
      if (this.#blocks.size >= 2048) this.#blocks.clear();
      const { offsets } = tables;
      block = this.#source.read(tables.dataStart + offsets[i]!, offsets[i + 1]! - offsets[i]!);
      this.#blocks.set(i, block);
    }
    return block;
  }

  /** Whether the exact string is in the index. */
  has(word: string): boolean {
    const query = this.#encode(word);
    if (!query || this.#blockCount === 0) return false;
    const tables = this.#tables();
    const blocks = this.#blockCount;
    let lo = 0;
    let hi = blocks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#compareHead(tables, query, mid) >= 0) lo = mid;
      else hi = mid - 1;
    }
    const first = this.#compareHead(tables, query, lo);
    if (first < 0) return false;
    if (first === 0) return true;
    // Front-coded entries: each is (bytes shared with the previous entry, length of the rest, the
    // rest). The words of a block are sorted, so the scan stops at the first one past the query.
    const data = this.#block(tables, lo);
    const current = this.#current;
    for (let at = 0; at < data.length; ) {
      const shared = data[at]!;
      const len = data[at + 1]!;
      for (let i = 0; i < len; i++) current[shared + i] = data[at + 2 + i]!;
      at += 2 + len;
      const n = Math.min(shared + len, query.length);
      let d = 0;
      for (let i = 0; i < n && d === 0; i++) d = current[i]! - query[i]!;
      if (d === 0) d = shared + len - query.length;
      if (d === 0) return true;
      if (d > 0) return false;
    }
    return false;
  }

  /** Every word of the index, in order (for tests and tools: it decodes the whole index). */
  *words(): Generator<string> {
    const letters = [...this.#code.keys()];
    const current: string[] = [];
    const tables = this.#tables();
    for (let b = 0; b < this.#blockCount; b++) {
      const data = this.#block(tables, b);
      for (let at = 0; at < data.length; ) {
        const shared = data[at]!;
        const len = data[at + 1]!;
        current.length = shared;
        for (let i = 0; i < len; i++) current.push(letters[data[at + 2 + i]! - 1]!);
        at += 2 + len;
        yield current.join('');
      }
    }
  }
}
