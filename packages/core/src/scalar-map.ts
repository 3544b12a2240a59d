/**
 * The value → file offset map of one YAML text scalar.
 *
 * YAML changes text on the way from the file to the value: quoted scalars have
 * escapes, flow scalars fold line breaks into spaces, block scalars strip
 * indentation and apply chomping. A finding in the value must still point at the
 * exact place in the file, and a fix may only be written back where the value
 * and the file agree character by character. This module replays the YAML 1.2
 * folding rules for every scalar style while recording, for each UTF-16 unit of
 * the value, where it came from. The replay is checked against the parser's own
 * value: if they ever differ, the map degrades to "whole scalar" positions and
 * no fix is offered there.
 */
import type { Scalar } from 'yaml';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface ScalarMap {
  style: ScalarStyle;
  value: string;
  /** Source offset of each value unit; `offsets[value.length]` is the value end. */
  offsets: Int32Array;
  /** Source length of each value unit (1 when copied verbatim, 0 for a unit sharing the escape of the previous one). */
  lengths: Int32Array;
  /** Whether each unit was copied verbatim from the source. */
  verbatim: Uint8Array;
  /** Whether the replay matched the parser; when false, positions are approximate. */
  exact: boolean;
  /** Source range of the whole node (header and quotes included). */
  nodeStart: number;
  nodeEnd: number;
}

class Builder {
  chars: string[] = [];
  offsets: number[] = [];
  lengths: number[] = [];
  verbatim: number[] = [];
  push(text: string, offset: number, length: number, isVerbatim: boolean): void {
    for (let k = 0; k < text.length; k++) {
      this.chars.push(text[k]!);
      this.offsets.push(offset);
      this.lengths.push(k === 0 ? length : 0);
      this.verbatim.push(isVerbatim && text.length === 1 ? 1 : 0);
    }
  }
  get value(): string {
    return this.chars.join('');
  }
}

const isBreakAt = (src: string, i: number): number =>
  src[i] === '\n' ? 1 : src[i] === '\r' && src[i + 1] === '\n' ? 2 : src[i] === '\r' ? 1 : 0;
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** Flow scalars (plain, single- and double-quoted) between `start` and `end`. */
function replayFlow(src: string, start: number, end: number, style: 'plain' | 'single' | 'double', b: Builder): void {
  let pendingWs: number[] = [];
  const flushWs = (): void => {
    for (const o of pendingWs) b.push(src[o]!, o, 1, true);
    pendingWs = [];
  };
  let i = start;
  while (i < end) {
    const c = src[i]!;
    const br = isBreakAt(src, i);
    if (br) {
      pendingWs = [];
      const breaks: number[] = [i];
      i += br;
      for (;;) {
        while (i < end && isBlank(src[i])) i++;
        const nb = isBreakAt(src, i);
        if (i < end && nb) {
          breaks.push(i);
          i += nb;
        } else break;
      }
      if (breaks.length === 1) b.push(' ', breaks[0]!, isBreakAt(src, breaks[0]!), false);
      else for (const o of breaks.slice(1)) b.push('\n', o, isBreakAt(src, o), false);
      continue;
    }
    if (isBlank(c)) {
      pendingWs.push(i);
      i++;
      continue;
    }
    flushWs();
    if (style === 'single' && c === "'" && src[i + 1] === "'") {
      b.push("'", i, 2, false);
      i += 2;
      continue;
    }
    if (style === 'double' && c === '\\') {
      const e = src[i + 1] ?? '';
      const ebr = isBreakAt(src, i + 1);
      if (ebr) {
        // Escaped line break: the break and the next line's indentation vanish.
        i += 1 + ebr;
        while (i < end && isBlank(src[i])) i++;
        continue;
      }
      const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex) {
        const code = Number.parseInt(src.slice(i + 2, i + 2 + hex), 16);
        const text = Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        b.push(text, i, 2 + hex, false);
        i += 2 + hex;
        continue;
      }
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        b.push(simple, i, 2, false);
        i += 2;
        continue;
      }
      b.push(e, i, 2, false);
      i += 2;
      continue;
    }
    b.push(c, i, 1, true);
    i++;
  }
  flushWs();
}

interface BlockLine {
  /** Offset of the first content unit after the indentation. */
  textStart: number;
  textEnd: number;
  /** Offset and length of the line break ending this line (length 0 at the end). */
  breakAt: number;
  breakLen: number;
  kind: 'empty' | 'normal' | 'more';
}

function replayBlock(src: string, node: Scalar, style: 'literal' | 'folded', b: Builder): boolean {
  const token = node.srcToken;
  if (!token || token.type !== 'block-scalar') return false;
  const headerToken = token.props.find((p) => p.type === 'block-scalar-header');
  const header = headerToken && 'source' in headerToken ? headerToken.source : '';
  const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
  const explicit = /\d/.exec(header)?.[0];
  if (!node.range) return false;
  const contentEnd = node.range[1];
  const contentStart = contentEnd - token.source.length;
  // Split the content into raw lines.
  const raw: { start: number; end: number; breakLen: number }[] = [];
  for (let i = contentStart; i < contentEnd; ) {
    let j = i;
    while (j < contentEnd && !isBreakAt(src, j)) j++;
    const bl = j < contentEnd ? isBreakAt(src, j) : 0;
    raw.push({ start: i, end: j, breakLen: bl });
    i = j + bl;
  }
  let indent: number;
  if (explicit !== undefined) {
    indent = Math.max(0, token.indent) + Number(explicit);
  } else {
    // The first line with content sets the indentation; without one, every line is empty.
    indent = -1;
    let widest = 0;
    for (const r of raw) {
      let k = r.start;
      while (k < r.end && src[k] === ' ') k++;
      if (k < r.end) {
        indent = k - r.start;
        break;
      }
      widest = Math.max(widest, k - r.start);
    }
    if (indent < 0) indent = widest;
  }
  const lines: BlockLine[] = raw.map((r) => {
    let k = r.start;
    while (k < r.end && k - r.start < indent && src[k] === ' ') k++;
    const content = k - r.start >= indent;
    const textStart = content ? k : r.end;
    const empty = !content || textStart === r.end;
    const kind: BlockLine['kind'] = empty ? 'empty' : isBlank(src[textStart]) ? 'more' : 'normal';
    return { textStart, textEnd: r.end, breakAt: r.end, breakLen: r.breakLen, kind };
  });
  // A line with only blanks beyond the indentation is content (it keeps its spaces).
  for (const line of lines) if (line.kind === 'empty' && line.textStart < line.textEnd) line.kind = 'more';
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.kind === 'empty') last--;
  const emitText = (line: BlockLine): void => {
    for (let k = line.textStart; k < line.textEnd; k++) b.push(src[k]!, k, 1, true);
  };
  const emitBreak = (line: BlockLine): void => {
    if (line.breakLen) b.push('\n', line.breakAt, line.breakLen, false);
  };
  let i = 0;
  // Leading empty lines are kept as line breaks in both styles.
  while (i <= last && lines[i]!.kind === 'empty') emitBreak(lines[i++]!);
  while (i <= last) {
    const line = lines[i]!;
    emitText(line);
    let j = i + 1;
    while (j <= last && lines[j]!.kind === 'empty') j++;
    if (j > last) {
      i = j;
      break;
    }
    const next = lines[j]!;
    if (style === 'folded' && line.kind === 'normal' && next.kind === 'normal') {
      if (j === i + 1) b.push(' ', line.breakAt, line.breakLen, false);
      else for (let k = i + 1; k < j; k++) emitBreak(lines[k]!);
    } else {
      emitBreak(line);
      for (let k = i + 1; k < j; k++) emitBreak(lines[k]!);
    }
    i = j;
  }
  // Chomping of the final line break and trailing empty lines.
  if (last >= 0 && chomp !== 'strip') emitBreak(lines[last]!);
  if (chomp === 'keep') for (let k = last + 1; k < lines.length; k++) emitBreak(lines[k]!);
  return true;
}

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

/**
 * Characters that a flow scalar of each style may change on the way to its value (line breaks
 * fold, escapes and doubled quotes collapse): a value without them that reads the same as the
 * source between the quotes is a plain copy of it.
 */
const ESCAPING: Record<'plain' | 'single' | 'double', RegExp> = { plain: /[\r\n]/, single: /[\r\n']/, double: /[\r\n\\"]/ };

/** Build the value → offset map of a string scalar. `src` is the whole file text. */
export function mapScalar(src: string, node: Scalar): ScalarMap {
  const value = String(node.value);
  const [start, valueEnd, nodeEnd] = node.range ?? [0, 0, 0];
  const style = STYLES[node.type ?? 'PLAIN'] ?? 'plain';
  const end = Math.max(valueEnd, nodeEnd);
  // Most texts are one line with nothing to unescape: the value is the source between the
  // quotes, character for character, and the replay below would only confirm it.
  const n = value.length;
  if (n > 0 && style !== 'literal' && style !== 'folded') {
    const from = quotedStart(style, start);
    if ((style === 'plain' ? valueEnd : valueEnd - 1) - from === n && src.startsWith(value, from) && !ESCAPING[style].test(value)) {
      return new IdentityMap(style, value, from, start, end);
    }
  }
  const b = new Builder();
  let ok: boolean;
  if (style === 'literal' || style === 'folded') {
    ok = replayBlock(src, node, style, b);
  } else {
    const quoted = style !== 'plain';
    replayFlow(src, quoted ? start + 1 : start, quoted ? valueEnd - 1 : valueEnd, style, b);
    ok = true;
  }
  const exact = ok && b.value === value;
  if (exact && n > 0 && isIdentity(b)) return new IdentityMap(style, value, b.offsets[0]!, start, end);
  const offsets = new Int32Array(n + 1);
  const lengths = new Int32Array(n);
  const verbatim = new Uint8Array(n);
  if (exact) {
    offsets.set(b.offsets);
    lengths.set(b.lengths);
    verbatim.set(b.verbatim);
    offsets[n] = n > 0 ? b.offsets[n - 1]! + Math.max(1, b.lengths[n - 1]!) : quotedStart(style, start);
  } else {
    offsets.fill(start);
    offsets[n] = valueEnd;
  }
  return { style, value, offsets, lengths, verbatim, exact, nodeStart: start, nodeEnd: end };
}

/** Whether every unit of the value was copied verbatim from consecutive source characters. */
function isIdentity(b: Builder): boolean {
  const first = b.offsets[0]!;
  for (let k = 0; k < b.offsets.length; k++) {
    if (b.verbatim[k] !== 1 || b.lengths[k] !== 1 || b.offsets[k] !== first + k) return false;
  }
  return true;
}

/**
 * The map of a value that is a plain copy of the source from `base` on (most texts: one line, no
 * escapes). Its arrays are built on first use: a lint asks for them only where it reports or
 * fixes, and a pack of 10,000 templates would otherwise hold 9 bytes per character of them.
 */
class IdentityMap implements ScalarMap {
  readonly exact = true;
  #arrays: { offsets: Int32Array; lengths: Int32Array; verbatim: Uint8Array } | undefined;

  constructor(readonly style: ScalarStyle, readonly value: string, private readonly base: number, readonly nodeStart: number, readonly nodeEnd: number) {}

  #build(): { offsets: Int32Array; lengths: Int32Array; verbatim: Uint8Array } {
    if (this.#arrays) return this.#arrays;
    const n = this.value.length;
    const offsets = new Int32Array(n + 1);
    for (let k = 0; k <= n; k++) offsets[k] = this.base + k;
    this.#arrays = { offsets, lengths: new Int32Array(n).fill(1), verbatim: new Uint8Array(n).fill(1) };
    return this.#arrays;
  }

  get offsets(): Int32Array {
    return this.#build().offsets;
  }

  get lengths(): Int32Array {
    return this.#build().lengths;
  }

  get verbatim(): Uint8Array {
    return this.#build().verbatim;
  }
}

function quotedStart(style: ScalarStyle, start: number): number {
  return style === 'single' || style === 'double' ? start + 1 : start;
}

/** Source range [start, end) of the value range [from, to). */
export function sourceRange(map: ScalarMap, from: number, to: number): [number, number] {
  const n = map.value.length;
  const a = Math.max(0, Math.min(from, n));
  const z = Math.max(a, Math.min(to, n));
  if (!map.exact) return [map.nodeStart, map.nodeEnd];
  const start = map.offsets[a]!;
  if (z === a) return [start, start];
  // End: the end of the source of the last unit in the range.
  let k = z - 1;
  while (k > a && map.lengths[k] === 0) k--;
  const end = map.offsets[k]! + Math.max(1, map.lengths[k]!);
  return [start, Math.max(end, start)];
}

/**
 * Whether the value range [from, to) can be replaced in the file by editing the
 * source range directly: every unit in it (and for an insertion, the unit at
 * `from`) was copied verbatim and contiguously.
 */
export function isWritable(map: ScalarMap, from: number, to: number): boolean {
  if (!map.exact) return false;
  const n = map.value.length;
  if (from < 0 || to > n || from > to) return false;
  if (from === to) {
    return (from < n && map.verbatim[from] === 1) || (from > 0 && map.verbatim[from - 1] === 1);
  }
  for (let k = from; k < to; k++) {
    if (map.verbatim[k] !== 1) return false;
    if (k > from && map.offsets[k] !== map.offsets[k - 1]! + 1) return false;
  }
  return true;
}

/** Characters YAML does not allow raw in a scalar (C0/C1 controls except tab, BOM, non-characters). */
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/u;
/** Characters that open a node when a plain scalar starts with them. */
const PLAIN_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/u;

/**
 * Whether replacing the value range [from, to) with `text` by editing the source
 * directly yields exactly the intended value. Besides {@link isWritable}: no line
 * breaks or unprintable characters; the closing quote or an escape character of a
 * quoted style; blanks at a line edge (folding and block indentation eat them);
 * and in a plain scalar, nothing that would start a comment (` #`), a mapping
 * value (`: `), a node (an indicator as the first character) or, inside a flow
 * collection (`flow`), end the scalar (`,[]{}`).
 */
export function isSafeEdit(map: ScalarMap, from: number, to: number, text: string, flow: boolean): boolean {
  if (!isWritable(map, from, to)) return false;
  if (/[\r\n]/u.test(text) || UNPRINTABLE.test(text)) return false;
  if (map.style === 'single' && text.includes("'")) return false;
  if (map.style === 'double' && /["\\]/u.test(text)) return false;
  const [s, e] = sourceRange(map, from, to);
  const n = map.value.length;
  const leftJoined = from > 0 && map.verbatim[from - 1] === 1 && map.offsets[from - 1]! + 1 === s;
  const rightJoined = to < n && map.verbatim[to] === 1 && map.offsets[to] === e;
  if (/^[ \t]/u.test(text) && !leftJoined) return false;
  if (/[ \t]$/u.test(text) && !rightJoined) return false;
  // Emptying a whole line turns a folded line break into a kept one (or drops it at an end).
  const fold = (k: number): boolean => map.verbatim[k] === 0 && (map.value[k] === ' ' || map.value[k] === '\n');
  const foldBefore = from === 0 || fold(from - 1);
  const foldAfter = to === n || fold(to);
  if (text === '' && map.style !== 'literal' && foldBefore && foldAfter && (fold(from - 1) || fold(to))) return false;
  if (map.style !== 'plain') return true;
  // An empty plain scalar is null.
  if (text === '' && from === 0 && to === n) return false;
  if (flow && /[,[\]{}]/u.test(text)) return false;
  // The new characters with their neighbours on the same line ("\n" stands for a line edge).
  const around = (leftJoined ? map.value[from - 1]! : '\n') + text + (rightJoined ? map.value[to]! : '\n');
  if (/:[ \t\n]/u.test(around) || /[ \t\n]#/u.test(around)) return false;
  if (from === 0 && PLAIN_INDICATOR.test(text + (to < n ? map.value[to]! : ''))) return false;
  return true;
}
