/**
 * A sorted, front-coded word index (written by scripts/build-dictionary.mjs, format
 * version 3). Words are stored one byte per character over a sorted alphabet, so
 * comparing bytes compares words. Opening reads only the header and the first word
 * of every block (a few hundred KB); a lookup is a binary search over those heads and
 * a read of one block. No string is built on the way.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Where the bytes of an index come from: a whole buffer, or positioned reads of a file. */
interface Source {
  read(position: number, length: number): Uint8Array;
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
  readonly #offsets: Uint32Array;
  readonly #headOffsets: Uint32Array;
  readonly #heads: Uint8Array;
  readonly #dataStart: number;
  readonly #blocks = new Map<number, Uint8Array>();
  /** The entry being decoded by {@link has}: a shared prefix and a suffix of at most 255 bytes each. */
  readonly #current = new Uint8Array(510);

  private constructor(source: Source) {
    this.#source = source;
    const head = source.read(0, 32);
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const magic = String.fromCharCode(head[0]!, head[1]!, head[2]!, head[3]!);
    if (magic !== 'OTVW' || view.getUint32(4, true) !== 3) throw new Error('not an otvet word index (version 3)');
    this.size = view.getUint32(8, true);
    const blocks = view.getUint32(16, true);
    const letters = view.getUint32(20, true);
    const headsSize = view.getUint32(24, true);
    const tablesSize = letters * 2 + (blocks + 1) * 4 + blocks * 4;
    const tables = source.read(32, tablesSize + headsSize);
    const tv = new DataView(tables.buffer, tables.byteOffset, tables.byteLength);
    for (let i = 0; i < letters; i++) this.#code.set(String.fromCharCode(tv.getUint16(i * 2, true)), i + 1);
    const offsetsAt = letters * 2;
    this.#offsets = readUint32s(tables, offsetsAt, blocks + 1);
    this.#headOffsets = readUint32s(tables, offsetsAt + (blocks + 1) * 4, blocks);
    this.#heads = tables.subarray(tablesSize);
    this.#dataStart = 32 + tablesSize + headsSize;
  }

  static fromBuffer(buffer: Uint8Array): WordIndex {
    return new WordIndex({ read: (position, length) => buffer.subarray(position, position + length) });
  }

  /** Open an index file; the file stays open for block reads until {@link close}. */
  static open(path: string): WordIndex {
    const fd = openSync(path, 'r');
    const index = new WordIndex({
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

  #compareHead(query: Uint8Array, block: number): number {
    const at = this.#headOffsets[block]!;
    const len = this.#heads[at]!;
    const n = Math.min(len, query.length);
    for (let i = 0; i < n; i++) {
      const d = query[i]! - this.#heads[at + 1 + i]!;
      if (d !== 0) return d;
    }
    return query.length - len;
  }

  #block(i: number): Uint8Array {
    let block = this.#blocks.get(i);
    if (!block) {
      if (this.#blocks.size >= 2048) this.#blocks.clear();
      block = this.#source.read(this.#dataStart + this.#offsets[i]!, this.#offsets[i + 1]! - this.#offsets[i]!);
      this.#blocks.set(i, block);
    }
    return block;
  }

  /** Whether the exact string is in the index. */
  has(word: string): boolean {
    const query = this.#encode(word);
    const blocks = this.#headOffsets.length;
    if (!query || blocks === 0) return false;
    let lo = 0;
    let hi = blocks - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#compareHead(query, mid) >= 0) lo = mid;
      else hi = mid - 1;
    }
    const first = this.#compareHead(query, lo);
    if (first < 0) return false;
    if (first === 0) return true;
    // Front-coded entries: each is (bytes shared with the previous entry, length of the rest, the
    // rest). The words of a block are sorted, so the scan stops at the first one past the query.
    const data = this.#block(lo);
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
    for (let b = 0; b < this.#headOffsets.length; b++) {
      const data = this.#block(b);
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
