/** Offsets ↔ 1-based line/column (UTF-16 code units, as editors count them). */
import { countBelow } from './sorted.js';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export class LineIndex {
  #text: string | (() => string) | undefined;
  #starts: number[] | undefined;
  #length = 0;

  /**
   * The line starts are found on first use, and the text read then when it is given as a function
   * (a file from the lint cache may never need them, nor its text decoded).
   */
  constructor(text: string | (() => string)) {
    this.#text = text;
  }

  get #lineStarts(): number[] {
    if (this.#starts) return this.#starts;
    const text = typeof this.#text === 'function' ? this.#text() : this.#text!;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.#text = undefined;
    this.#length = text.length;
    return (this.#starts = starts);
  }

  /** The point of a UTF-16 offset into the text (clamped to the text). */
  point(offset: number): Point {
    const starts = this.#lineStarts;
    const o = Math.max(0, Math.min(offset, this.#length));
    // The last line that starts at or before the offset (the first starts at 0).
    const lo = countBelow(starts, o + 1) - 1;
    return { line: lo + 1, column: o - starts[lo]! + 1, offset: o };
  }

  /** Offset of a 1-based line start. */
  lineStart(line: number): number {
    const starts = this.#lineStarts;
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
  }

  get lines(): number {
    return this.#lineStarts.length;
  }
}
