import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readXlsx, writeXlsx, XLSX_LIMITS, type SheetSpec } from './xlsx.js';

const SHEET: SheetSpec = {
  name: 'sheet',
  header: ['id', 'text'],
  rows: [['a', 'Ваш заказ 已发货'], ['b', '=HYPERLINK("http://example.test")'], ['c', { value: 0.025, format: '0.0%' }]],
  widths: [10, 40],
};

/** The DOS date and time of every local header of a zip, as `YYYY-MM-DD hh:mm:ss`. */
function entryDates(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dates: string[] = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    const time = view.getUint16(at + 10, true);
    const date = view.getUint16(at + 12, true);
    const pad = (n: number): string => String(n).padStart(2, '0');
    dates.push(`${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`);
    at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
  }
  return dates;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('writeXlsx', () => {
  it('gives the same bytes for the same sheet, whatever the clock and the time zone', async () => {
    const tz = process.env.TZ;
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
      process.env.TZ = 'Asia/Shanghai';
      const first = await writeXlsx(SHEET, new Date(1980, 0, 1));
      // The library alone dates its entries with the clock: without the pinned date, these would differ.
      const plain = await writeXlsxFile([['x']]).toBuffer();
      vi.setSystemTime(new Date('2030-07-08T09:10:12Z'));
      process.env.TZ = 'America/New_York';
      expect(await writeXlsxFile([['x']]).toBuffer()).not.toEqual(plain);
      const second = await writeXlsx(SHEET, new Date(1980, 0, 1));
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect(entryDates(first)).toEqual(Array(entryDates(first).length).fill('1980-01-01 00:00:00'));
      expect(entryDates(await writeXlsx(SHEET, new Date(2023, 10, 14, 22, 13, 20)))[0]).toBe('2023-11-14 22:13:20');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
  it('writes a text that starts like a formula as text, and a number with its format', async () => {
    const bytes = await writeXlsx(SHEET, new Date(1980, 0, 1));
    const sheet = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet).not.toMatch(/<f>/);
    const read = await readXlsx(bytes);
    expect(read).toEqual({ sheets: [{ name: 'sheet', rows: [['id', 'text'], ['a', 'Ваш заказ 已发货'], ['b', '=HYPERLINK("http://example.test")'], ['c', 0.025]] }] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    expect(book.worksheets[0]!.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(book.worksheets[0]!.getCell('B4').numFmt).toBe('0.0%');
  });
});

describe('readXlsx', () => {
  const workbook = async (fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> => {
    const book = new ExcelJS.Workbook();
    fill(book.addWorksheet('s'));
    return new Uint8Array(await book.xlsx.writeBuffer());
  };
  it('says why a file is not a workbook', async () => {
    const good = await writeXlsx(SHEET, new Date(1980, 0, 1));
    const problem = async (bytes: Uint8Array): Promise<string> => {
      const read = await readXlsx(bytes);
      return 'problem' in read ? read.problem : 'read';
    };
    expect(await problem(new Uint8Array())).toBe('empty');
    expect(await problem(strToU8('id,zh\r\na,b\r\n'))).toBe('not-xlsx');
    expect(await problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('xls');
    expect(await problem(good.subarray(0, good.length - 40))).toBe('broken');
    expect(await problem(good.subarray(0, 200))).toBe('broken');
    expect(await problem(zipSync({ 'notes.txt': strToU8('not a workbook') }))).toBe('broken');
    expect(await problem(good)).toBe('read');
  });
  it('refuses a workbook that would unpack to too much, before unpacking it', async () => {
    const good = await writeXlsx(SHEET, new Date(1980, 0, 1));
    expect(await readXlsx(good, { ...XLSX_LIMITS, unpackedBytes: 1000 })).toMatchObject({ problem: 'too-large', unit: 'bytes', amount: expect.any(Number), limit: 1000 });
    expect(await readXlsx(good, { ...XLSX_LIMITS, unpackedBytes: 100_000 })).toHaveProperty('sheets');
    // One cell far down and to the right: a few KB that the reader would fill out to 17 billion cells.
    const far = await workbook((s) => {
      s.getCell('A1').value = 'id';
      s.getCell('XFD1048576').value = 'x';
    });
    const started = performance.now();
    expect(await readXlsx(far)).toEqual({ problem: 'too-large', unit: 'cells', amount: 16384 * 1048576, limit: XLSX_LIMITS.cells });
    expect(performance.now() - started).toBeLessThan(2000);
    const fine = await workbook((s) => {
      s.getCell('A1').value = 'id';
      s.getCell('D20').value = 'x';
    });
    expect(await readXlsx(fine)).toMatchObject({ sheets: [{ name: 's', rows: expect.arrayContaining([[null, null, null, 'x']]) }] });
  });
});
