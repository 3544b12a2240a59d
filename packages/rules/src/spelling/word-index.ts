/**
 * A sorted, front-coded word index (written by scripts/build-dictionary.mjs),
 * searched by binary search over the first words of its blocks. Loading it costs
 * one file read and the decoding of the block heads; a lookup decodes one block.
 */
const decoder = new TextDecoder('utf-8');

export class WordIndex {
  readonly size: number;
  readonly #data: Uint8Array;
  readonly #offsets: Uint32Array;
  readonly #heads: string[];
  /** Decoded blocks, kept for repeated lookups (suggestions probe thousands of candidates). */
  readonly #cache = new Map<number, string[]>();

  private constructor(buffer: Uint8Array) {
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const magic = String.fromCharCode(buffer[0]!, buffer[1]!, buffer[2]!, buffer[3]!);
    if (magic !== 'OTVW' || view.getUint32(4, true) !== 1) throw new Error('not an otvet word index (version 1)');
    this.size = view.getUint32(8, true);
    const blocks = view.getUint32(16, true);
    const dataStart = 20 + blocks * 4;
    this.#offsets = new Uint32Array(blocks);
    for (let i = 0; i < blocks; i++) this.#offsets[i] = view.getUint32(20 + i * 4, true);
    this.#data = buffer.subarray(dataStart);
    this.#heads = new Array<string>(blocks);
    for (let i = 0; i < blocks; i++) {
      const at = this.#offsets[i]!;
      const len = this.#data[at + 1]!;
      this.#heads[i] = decoder.decode(this.#data.subarray(at + 2, at + 2 + len));
    }
  }

  static fromBuffer(buffer: Uint8Array): WordIndex {
    return new WordIndex(buffer);
  }

  /** The words of one block, decoded. */
  #block(i: number): string[] {
    const cached = this.#cache.get(i);
    if (cached) return cached;
    const words: string[] = [];
    let at = this.#offsets[i]!;
    const end = i + 1 < this.#offsets.length ? this.#offsets[i + 1]! : this.#data.length;
    let prev = '';
    while (at < end) {
      const shared = this.#data[at]!;
      const len = this.#data[at + 1]!;
      const word = prev.slice(0, shared) + decoder.decode(this.#data.subarray(at + 2, at + 2 + len));
      words.push(word);
      prev = word;
      at += 2 + len;
    }
    if (this.#cache.size > 4096) this.#cache.clear();
    this.#cache.set(i, words);
    return words;
  }

  /** Whether the exact string is in the index. */
  has(word: string): boolean {
    const heads = this.#heads;
    let lo = 0;
    let hi = heads.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (heads[mid]! <= word) lo = mid;
      else hi = mid - 1;
    }
    if (heads.length === 0 || heads[lo]! > word) return false;
    return this.#block(lo).includes(word);
  }
}
