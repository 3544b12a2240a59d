import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strToU8 } from 'fflate';
import { UserError } from '@otvet/core';
import { describe, expect, it, vi } from 'vitest';
import { COLUMNS, fromCsv, toCsv } from './exchange.js';
import { normalizeTerm, type GlossaryEntry } from './types.js';
import { base, tricky as trickyEntries } from './exchange.test-helper.js';
import { cellName, fromXlsx, toXlsx } from './xlsx.js';

const tricky: GlossaryEntry[] = trickyEntries('=старый', '+old');

/** A workbook written by another program (exceljs), the first sheet filled by `fill`. */
async function foreign(fill: (sheet: ExcelJS.Worksheet) => void, name = 'Лист1'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet(name));
  book.addWorksheet('other').getCell('A1').value = 'not read';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** What importing `bytes` says, in a language: `UserError.format`, the line the CLI prints. */
async function failure(bytes: Uint8Array, lang: 'en' | 'zh' | 'ru' = 'en'): Promise<string> {
  try {
    await fromXlsx(bytes, 'terms.xlsx');
  } catch (error) {
    if (error instanceof UserError) return error.format(lang);
    throw error;
  }
  throw new Error('no error');
}

describe('XLSX export and import', () => {
  it('export → import → export gives the same entries and the same bytes, whatever the clock', async () => {
    const entries = [...base, ...tricky];
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
      const bytes = await toXlsx(entries);
      const back = await fromXlsx(bytes, 'x.xlsx');
      expect(back).toEqual(entries);
      vi.setSystemTime(new Date('2030-07-08T09:10:12Z'));
      expect(Buffer.from(await toXlsx(back)).equals(Buffer.from(bytes))).toBe(true);
      expect(await toXlsx(entries.slice(1))).not.toEqual(bytes);
    } finally {
      vi.useRealTimers();
    }
  });
  it('has the CSV’s columns and cells: the workbook and the CSV are interchangeable', async () => {
    const entries = [...base, ...tricky];
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await toXlsx(entries)).buffer);
    const sheet = book.worksheets[0]!;
    const cells: string[][] = [];
    sheet.eachRow((row) => void cells.push(COLUMNS.map((_, i) => String(row.getCell(i + 1).value ?? ''))));
    const csv = parseCsv(toCsv(entries).slice(1)) as string[][];
    expect(cells).toEqual(csv);
    expect(await fromXlsx(await toXlsx(entries), 'x.xlsx')).toEqual(fromCsv(toCsv(entries), 'x.csv'));
  });
  it('opens in another reader (exceljs): header, frozen pane, wrapped text, Chinese and Russian cells', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await toXlsx(base)).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['glossary']);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...COLUMNS]);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' });
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'tracking-number')!;
    expect(row.getCell(2).value).toBe('物流单号 | 运单号 | 快递单号');
    expect(row.getCell(3).value).toBe('трек-номер');
    for (const cell of [row.getCell(2), row.getCell(3), sheet.getCell('I2')]) expect(cell.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getColumn(3).width).toBe(30);
    expect(sheet.getColumn(9).width).toBe(40);
  });
  it('reads a sheet made elsewhere: columns in any order and case, a leading blank row, numbers and booleans as text', async () => {
    const bytes = await foreign((s) => {
      s.getCell('B2').value = 'RU';
      s.getCell('C2').value = ' Id ';
      s.getCell('D2').value = 'Translate';
      s.getCell('E2').value = 'zh';
      s.getRow(3).values = [null, 'посылка | отправление', 'parcel', null, '包裹'];
      s.getRow(5).values = [null, 'сто', 'hundred', false, 100];
    });
    expect(await fromXlsx(bytes, 'x.xlsx')).toEqual([
      normalizeTerm({ id: 'parcel', zh: ['包裹'], ru: ['посылка', 'отправление'] }),
      normalizeTerm({ id: 'hundred', zh: ['100'], ru: ['сто'], translate: false }),
    ]);
    expect(await fromXlsx(await foreign((s) => void (s.getCell('A1').value = 'id')), 'x.xlsx')).toEqual([]);
  });
  it('names the file, the sheet and the cell of what is wrong, in the user’s language', async () => {
    const sheet = (rows: ExcelJS.CellValue[][]): Promise<Uint8Array> => foreign((s) => rows.forEach((row, i) => void (s.getRow(i + 1).values = row)));
    expect(await failure(await sheet([['id', 'zh', 'colour'], ['a', '包', 'red']]))).toBe(
      `terms.xlsx: Sheet “Лист1”, cell C1: unknown column “colour” (known: ${COLUMNS.join(', ')}).`,
    );
    expect(await failure(await sheet([['zh', 'ru'], ['包', 'пакет']]))).toBe(`terms.xlsx: Sheet “Лист1”, row 1: the header row has no “id” column (known: ${COLUMNS.join(', ')}).`);
    expect(await failure(await sheet([['id', 'zh'], ['fine', '好'], ['Bad Id', '坏']]))).toBe('terms.xlsx: Sheet “Лист1”, row 3, cell A3: id “Bad Id” must be kebab-case.');
    expect(await failure(await sheet([['zh', 'status', 'id'], ['包', 'final', 'a']]), 'zh')).toBe('terms.xlsx: 工作表“Лист1”第 2 行，单元格 B2：状态“final”不是 approved, draft, deprecated 之一。');
    expect(await failure(await sheet([['id', 'translate'], ['a', 'maybe']]), 'ru')).toBe('terms.xlsx: Лист «Лист1», строка 2, ячейка B2: значение translate «maybe» — не true и не false.');
    expect(await failure(await sheet([['id', 'note'], ['a', new Date(Date.UTC(2024, 0, 2))]]))).toMatch(/^terms\.xlsx: Sheet “Лист1”, row 2, cell B2: a date where text is expected/);
    expect(await failure(await sheet([['id', null, 'zh'], ['a', 'stray', '包']]))).toBe('terms.xlsx: Sheet “Лист1”, cell B2: a value in a column that has no name in the header row (row 1).');
  });
  it('refuses what is not a workbook, with the file’s name: text, a truncated zip, an empty file, an .xls, an empty sheet, one too large', async () => {
    const good = await toXlsx(tricky);
    expect(await failure(strToU8('id,zh\r\nparcel,包裹\r\n'))).toBe(
      'terms.xlsx: Not an Excel workbook (.xlsx): the file does not start as one does. Save it in Excel or WPS as “Excel Workbook (*.xlsx)”, or import a CSV.',
    );
    expect(await failure(good.subarray(0, good.length >> 1))).toBe('terms.xlsx: Cannot read the workbook: the file is damaged or incomplete (invalid zip data).');
    expect(await failure(good.subarray(0, good.length >> 1), 'zh')).toBe('terms.xlsx: 无法读取工作簿：文件已损坏或不完整（invalid zip data）。');
    expect(await failure(new Uint8Array())).toBe('terms.xlsx: The file is empty (0 bytes), not an Excel workbook.');
    expect(await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'ru')).toMatch(/^terms\.xlsx: Это книга Excel 97–2003 \(\.xls\)/);
    expect(await failure(await foreign(() => {}, 'Пусто'))).toBe(`terms.xlsx: Sheet “Пусто” is empty: the first sheet must start with a header row (${COLUMNS.join(', ')}).`);
    // A few KB that would make the reader fill out 17 billion cells.
    const far = await foreign((s) => {
      s.getCell('A1').value = 'id';
      s.getCell('XFD1048576').value = 'x';
    });
    expect(await failure(far, 'ru')).toBe('terms.xlsx: Книга слишком велика для импорта: её листы занимают 17179869184 ячеек (строки × столбцы до последней заполненной ячейки), больше предела 2000000.');
  });
  it('names cells as a spreadsheet does', () => {
    expect([cellName(0, 0), cellName(2, 25), cellName(9, 26), cellName(0, 701), cellName(0, 702), cellName(1048575, 16383)]).toEqual(['A1', 'Z3', 'AA10', 'ZZ1', 'AAA1', 'XFD1048576']);
  });
});
