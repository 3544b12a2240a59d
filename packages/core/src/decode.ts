/**
 * Decoding template files: UTF-8 only, with a clear diagnosis of the encodings
 * that Chinese and Russian Windows editors still produce (GBK/GB18030, UTF-16,
 * Windows-1251).
 */

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
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode bytes as strict UTF-8; on failure say where and what it probably is. */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeFailure {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { byteOffset: 0, line: 1, column: 1, guess: bytes[0] === 0xff ? 'utf-16le' : 'utf-16be' };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), bom };
  } catch {
    const bad = firstInvalidUtf8(body);
    const valid = utf8.decode(body.subarray(0, bad));
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < valid.length; i++) {
      if (valid.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    const failure: DecodeFailure = { byteOffset: bad + (bom ? 3 : 0), line, column: valid.length - lineStart + 1 };
    const guess = guessEncoding(body);
    if (guess) failure.guess = guess;
    return failure;
  }
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
