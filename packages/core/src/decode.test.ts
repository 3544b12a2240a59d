import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, isDecodeFailure, plainUtf8 } from './decode.js';
import { LineIndex } from './positions.js';
import { format, langFromLocale, localize } from './i18n.js';
import { closest, editDistance } from './distance.js';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('plainUtf8: the bytes decodeText reads as they are, checked without decoding', () => {
  it('takes UTF-8 text with LF or CRLF, and notes a BOM', () => {
    expect(plainUtf8(utf8('ru: Привет\r\nzh: 您好\n'))?.body.toString('utf8')).toBe('ru: Привет\r\nzh: 您好\n');
    expect(plainUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: 1')]))).toMatchObject({ bom: true });
    expect(plainUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: 1')]))?.body.toString('utf8')).toBe('a: 1');
    expect(plainUtf8(new Uint8Array(0))?.body.length).toBe(0);
  });
  it('leaves to decodeText what it would refuse: NUL, a lone CR, bytes that are not UTF-8, UTF-16', () => {
    expect(plainUtf8(utf8('a\u0000b'))).toBeUndefined();
    expect(plainUtf8(utf8('a\rb'))).toBeUndefined();
    expect(plainUtf8(utf8('a\r'))).toBeUndefined();
    expect(plainUtf8(bytes(0x61, 0xc4, 0xfa))).toBeUndefined();
    expect(plainUtf8(bytes(0xff, 0xfe, 0x61, 0))).toBeUndefined();
  });
  it('agrees with decodeText on any bytes (property)', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\r\n', '\r', '\n', '\u0000', '\uFEFF'), fc.uint8Array({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const data = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
        const plain = plainUtf8(data);
        const decoded = decodeText(data);
        if (plain) expect(decoded).toEqual({ text: plain.body.toString('utf8'), bom: plain.bom });
        else expect(isDecodeFailure(decoded)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeText(utf8('ru: Привет'))).toEqual({ text: 'ru: Привет', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: 1')]))).toEqual({ text: 'a: 1', bom: true });
  });
  it('recognises GBK (Chinese Windows editors) and says where', () => {
    // "ru: x\nzh: 您好" with 您好 in GBK
    const result = decodeText(new Uint8Array([...utf8('ru: x\nzh: '), 0xc4, 0xfa, 0xba, 0xc3, 0xa3, 0xac, 0xc7, 0xd7]));
    expect(isDecodeFailure(result)).toBe(true);
    if (!isDecodeFailure(result)) return;
    expect(result).toMatchObject({ line: 2, column: 5, guess: 'gbk', byteOffset: 10 });
  });
  it('recognises Windows-1251 Russian', () => {
    const result = decodeText(new Uint8Array([...utf8('ru: '), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0]));
    expect(result).toMatchObject({ line: 1, column: 5, guess: 'windows-1251' });
  });
  it('recognises UTF-16 by its byte order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0))).toMatchObject({ guess: 'utf-16le', line: 1, column: 1 });
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x61))).toMatchObject({ guess: 'utf-16be' });
  });
  it('recognises UTF-16 without a byte order mark, down to a file of one character', () => {
    expect(decodeText(bytes(0x40, 0))).toMatchObject({ guess: 'utf-16le', line: 1, column: 1 });
    expect(decodeText(bytes(0, 0x40))).toMatchObject({ guess: 'utf-16be', line: 1, column: 1 });
    expect(decodeText(bytes(0x61, 0, 0x3a, 0, 0x20, 0, 0x62, 0))).toMatchObject({ guess: 'utf-16le' });
  });
  it('rejects overlong and truncated sequences without a guess', () => {
    expect(decodeText(bytes(0x61, 0xc0, 0x80))).toMatchObject({ byteOffset: 1 });
    expect(decodeText(bytes(0x61, 0xe2, 0x82))).toMatchObject({ byteOffset: 1 });
    expect(decodeText(bytes(0xed, 0xa0, 0x80))).toMatchObject({ byteOffset: 0 });
    expect(decodeText(bytes(0xf0, 0x9f, 0x98, 0x80, 0xff))).toMatchObject({ byteOffset: 4, column: 3 });
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns', () => {
    const idx = new LineIndex('ab\r\n😀c\nx');
    expect(idx.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(idx.point(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(idx.point(6)).toEqual({ line: 2, column: 3, offset: 6 });
    expect(idx.point(8)).toEqual({ line: 3, column: 1, offset: 8 });
    expect(idx.point(99)).toEqual({ line: 3, column: 2, offset: 9 });
    expect(idx.lines).toBe(3);
    expect(idx.lineStart(2)).toBe(4);
  });
});

describe('i18n helpers', () => {
  it('maps locales to languages', () => {
    expect(langFromLocale('zh_CN.UTF-8')).toBe('zh');
    expect(langFromLocale('ru-RU')).toBe('ru');
    expect(langFromLocale('C.UTF-8')).toBeUndefined();
    expect(langFromLocale('de_DE')).toBeUndefined();
    expect(langFromLocale(undefined)).toBeUndefined();
  });
  it('formats slots and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(localize({ en: 'x {n}', zh: '甲 {n}', ru: 'икс {n}' }, 'zh', { n: 2 })).toBe('甲 2');
  });
  it('measures edit distance with transpositions', () => {
    expect(editDistance('order', 'oredr')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(closest('sourc', ['source', 'target'])).toBe('source');
    expect(closest('zzzz', ['source'])).toBeUndefined();
  });
});
