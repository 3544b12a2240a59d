/** Offsets ↔ 1-based line/column (UTF-16 code units, as editors count them). */

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export class LineIndex {
  readonly #starts: number[] = [0];
  readonly #length: number;

  constructor(text: string) {
    this.#length = text.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  /** The point of a UTF-16 offset into the text (clamped to the text). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.#starts[lo]! + 1, offset: o };
  }

  /** Offset of a 1-based line start. */
  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line - 1, this.#starts.length - 1))]!;
  }

  get lines(): number {
    return this.#starts.length;
  }
}
