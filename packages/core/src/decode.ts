/**
 * Decoding template files: UTF-8 only, with a clear diagnosis of the encodings
 * that Chinese and Russian Windows editors still produce (GBK/GB18030, UTF-16 with
 * or without a byte order mark, Windows-1251), of binary files, and of line endings
 * otvet does not read (a lone CR, as old Mac OS wrote them).
 */
import { isUtf8 } from 'node:buffer';

export interface DecodedText {
  /** The text without a byte order mark. */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark. */
  bom: boolean;
}

export interface DecodeFailure {
  /** Byte offset of the first byte that is not valid UTF-8. */
  byteOffset: number;
  /** 1-based line and column (UTF-16 code units) of that byte. */
  line: number;
  column: number;
  /** Our best guess of the real encoding, when there is one. */
  guess?: 'gbk' | 'utf-16le' | 'utf-16be' | 'windows-1251';
  /**
   * When the encoding is not the problem: `binary` (a NUL or other control byte at the
   * position: not a text file), `lone-cr` (a carriage return not followed by a line feed at
   * the position: otvet reads LF and CRLF line endings only).
   */
  problem?: 'binary' | 'lone-cr';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The body of bytes that are text otvet reads as it is (strict UTF-8 without NUL or a carriage
 * return outside CRLF, a UTF-8 BOM noted), checked without decoding them: `body.toString('utf8')`
 * is then exactly {@link decodeText}'s text. Undefined otherwise ({@link decodeText} says what is
 * wrong).
 */
export function plainUtf8(bytes: Uint8Array): { body: Buffer; bom: boolean } | undefined {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + (bom ? 3 : 0), bytes.byteLength - (bom ? 3 : 0));
  if (body.indexOf(0) !== -1 || !isUtf8(body)) return undefined;
  for (let cr = body.indexOf(0x0d); cr !== -1; cr = body.indexOf(0x0d, cr + 1)) if (body[cr + 1] !== 0x0a) return undefined;
  return { body, bom };
}

/** Decode bytes as strict UTF-8; on failure say where and what it probably is. */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeFailure {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { byteOffset: 0, line: 1, column: 1, guess: bytes[0] === 0xff ? 'utf-16le' : 'utf-16be' };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const shift = bom ? 3 : 0;
  // NUL bytes are valid UTF-8 but never in a text file: UTF-16 without a BOM (every other byte
  // of ASCII is 0), or binary data.
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const utf16 = utf16WithoutBom(body);
    if (utf16) return { byteOffset: shift, line: 1, column: 1, guess: utf16 };
    return { ...positionOf(body, binaryStart(body, nul), shift), problem: 'binary' };
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const control = firstControl(body);
    // Text in a legacy encoding has no control bytes; random bytes have plenty.
    if (control !== undefined && controlShare(body) >= 0.01) return { ...positionOf(body, Math.min(control, bad), shift), problem: 'binary' };
    const failure: DecodeFailure = positionOf(body, bad, shift);
    const guess = guessEncoding(body);
    if (guess) failure.guess = guess;
    return failure;
  }
  const cr = /\r(?!\n)/u.exec(text);
  if (cr) {
    const prefix = new TextEncoder().encode(text.slice(0, cr.index)).length;
    return { ...positionOf(body, prefix, shift), problem: 'lone-cr' };
  }
  return { text, bom };
}

/** Where binary data starts: the first NUL, control byte or byte that is not UTF-8, whichever comes first. */
function binaryStart(body: Uint8Array, nul: number): number {
  return Math.min(nul, firstControl(body) ?? nul, firstInvalidUtf8(body.subarray(0, nul)));
}

/** Byte offset, line and column (UTF-16 units, lines split at LF) of byte `offset` of `body`. */
function positionOf(body: Uint8Array, offset: number, shift: number): DecodeFailure {
  const valid = new TextDecoder('utf-8').decode(body.subarray(0, offset));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < valid.length; i++) {
    if (valid.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { byteOffset: offset + shift, line, column: valid.length - lineStart + 1 };
}

/** A C0 control byte other than tab, line feed, form feed, carriage return and escape. */
const isControl = (b: number): boolean => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;

function firstControl(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; i++) if (isControl(bytes[i]!)) return i;
  return undefined;
}

/** Share of control bytes in the first 64 KiB. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65_536);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) controls++;
  return n === 0 ? 0 : controls / n;
}

/**
 * UTF-16 without a byte order mark, told by where its NUL bytes are: the high byte of every
 * ASCII character (the YAML keys, blanks, line breaks) is 0, on odd offsets in little-endian
 * and on even offsets in big-endian, and hardly ever the other way round.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 65_536) & ~1;
  if (n < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // Two NULs at least, or one in a file of one character (a NUL is never in a text file anyway).
  const least = Math.min(2, pairs);
  if (odd >= least && odd >= pairs * 0.1 && even <= odd / 20) return 'utf-16le';
  if (even >= least && even >= pairs * 0.1 && odd <= even / 20) return 'utf-16be';
  return undefined;
}

export function isDecodeFailure(value: DecodedText | DecodeFailure): value is DecodeFailure {
  return 'byteOffset' in value;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * A cheap guess: decode as GB18030 and as Windows-1251 and see which gives
 * mostly letters of the expected script.
 */
function guessEncoding(bytes: Uint8Array): DecodeFailure['guess'] {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  if (high === 0) return undefined;
  const share = (text: string, re: RegExp): number => {
    let hits = 0;
    let nonAscii = 0;
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) continue;
      nonAscii++;
      if (re.test(ch)) hits++;
    }
    return nonAscii === 0 ? 0 : hits / nonAscii;
  };
  const gbk = share(new TextDecoder('gb18030').decode(bytes), /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/u);
  const cp1251 = share(new TextDecoder('windows-1251').decode(bytes), /[\u0400-\u04ff«»—–№]/u);
  if (gbk >= 0.9 && gbk >= cp1251) return 'gbk';
  if (cp1251 >= 0.9) return 'windows-1251';
  if (gbk >= 0.6) return 'gbk';
  return undefined;
}
