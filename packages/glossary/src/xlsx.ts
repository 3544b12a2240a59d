/**
 * XLSX import and export: the CSV exchange's columns and cells (src/exchange.ts) as a workbook of
 * one sheet, for teams that keep the term base in Excel or WPS; a sheet saved as CSV and the
 * workbook are interchangeable. Written and read through `@otvet/core/xlsx` (write-excel-file,
 * read-excel-file), which the CLI loads only for these commands.
 */
import { UserError, type Localized } from '@otvet/core';
import { readXlsx, writeXlsx, type ReadProblem, type SheetValue } from '@otvet/core/xlsx';
import { COLUMNS, entryFromValues, exchangeRows, withDetail, type ExchangeColumn } from './exchange.js';
import type { GlossaryEntry } from './types.js';

export const xlsxMessages = {
  empty: {
    en: 'The file is empty (0 bytes), not an Excel workbook.',
    zh: '文件是空的（0 字节），不是 Excel 工作簿。',
    ru: 'Файл пуст (0 байт) — это не книга Excel.',
  },
  xls: {
    en: 'An Excel 97–2003 workbook (.xls), which otvet does not read: save it in Excel or WPS as “Excel Workbook (*.xlsx)”.',
    zh: '这是 Excel 97–2003 工作簿（.xls），otvet 无法读取：请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”。',
    ru: 'Это книга Excel 97–2003 (.xls), её otvet не читает: сохраните её в Excel или WPS как «Книга Excel (*.xlsx)».',
  },
  'not-xlsx': {
    en: 'Not an Excel workbook (.xlsx): the file does not start as one does. Save it in Excel or WPS as “Excel Workbook (*.xlsx)”, or import a CSV.',
    zh: '不是 Excel 工作簿（.xlsx）：文件开头不符合工作簿的格式。请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”，或改为导入 CSV。',
    ru: 'Это не книга Excel (.xlsx): файл начинается не так, как книга. Сохраните её в Excel или WPS как «Книга Excel (*.xlsx)» или импортируйте CSV.',
  },
  broken: {
    en: 'Cannot read the workbook: the file is damaged or incomplete ({detail}).',
    zh: '无法读取工作簿：文件已损坏或不完整（{detail}）。',
    ru: 'Не удалось прочитать книгу: файл повреждён или неполон ({detail}).',
  },
  'too-large-bytes': {
    en: 'The workbook is too large to import: its XML would unpack to {amount} bytes, over the limit of {limit}.',
    zh: '工作簿过大，无法导入：其 XML 解压后有 {amount} 字节，超过上限 {limit}。',
    ru: 'Книга слишком велика для импорта: её XML распакуется в {amount} байт, больше предела {limit}.',
  },
  'too-large-cells': {
    en: 'The workbook is too large to import: its sheets span {amount} cells (rows × columns up to the last cell used), over the limit of {limit}.',
    zh: '工作簿过大，无法导入：其工作表跨越 {amount} 个单元格（行数 × 列数，直到最后一个有内容的单元格），超过上限 {limit}。',
    ru: 'Книга слишком велика для импорта: её листы занимают {amount} ячеек (строки × столбцы до последней заполненной ячейки), больше предела {limit}.',
  },
  'no-sheet': {
    en: 'The workbook has no sheet.',
    zh: '工作簿中没有工作表。',
    ru: 'В книге нет ни одного листа.',
  },
  'empty-sheet': {
    en: 'Sheet “{sheet}” is empty: the first sheet must start with a header row ({known}).',
    zh: '工作表“{sheet}”是空的：第一个工作表应以表头行开始（{known}）。',
    ru: 'Лист «{sheet}» пуст: первый лист должен начинаться со строки заголовков ({known}).',
  },
  'unknown-column': {
    en: 'Sheet “{sheet}”, cell {cell}: unknown column “{column}” (known: {known}).',
    zh: '工作表“{sheet}”，单元格 {cell}：未知的列“{column}”（可用：{known}）。',
    ru: 'Лист «{sheet}», ячейка {cell}: неизвестный столбец «{column}» (допустимые: {known}).',
  },
  'no-id': {
    en: 'Sheet “{sheet}”, row {row}: the header row has no “id” column (known: {known}).',
    zh: '工作表“{sheet}”第 {row} 行：表头中没有“id”列（可用：{known}）。',
    ru: 'Лист «{sheet}», строка {row}: в строке заголовков нет столбца «id» (допустимые: {known}).',
  },
  unnamed: {
    en: 'Sheet “{sheet}”, cell {cell}: a value in a column that has no name in the header row (row {header}).',
    zh: '工作表“{sheet}”，单元格 {cell}：该列在表头行（第 {header} 行）中没有列名，却有值。',
    ru: 'Лист «{sheet}», ячейка {cell}: значение в столбце без названия в строке заголовков (строка {header}).',
  },
  value: {
    en: 'Sheet “{sheet}”, row {row}, cell {cell}: {detail}.',
    zh: '工作表“{sheet}”第 {row} 行，单元格 {cell}：{detail}。',
    ru: 'Лист «{sheet}», строка {row}, ячейка {cell}: {detail}.',
  },
  date: {
    en: 'a date where text is expected (give the column the Text format and type the value again)',
    zh: '此处应为文本，却是日期（请把该列设为“文本”格式后重新输入）',
    ru: 'дата там, где ожидается текст (задайте столбцу формат «Текстовый» и введите значение заново)',
  },
} satisfies Record<string, Localized>;

/** Why a file is not a workbook that can be read, as a message and its data. */
function problemMessage(read: ReadProblem): [Localized, Record<string, string | number>] {
  switch (read.problem) {
    case 'broken':
      return [xlsxMessages.broken, { detail: read.detail }];
    case 'too-large':
      return [xlsxMessages[read.unit === 'bytes' ? 'too-large-bytes' : 'too-large-cells'], { amount: read.amount, limit: read.limit }];
    default:
      return [xlsxMessages[read.problem], {}];
  }
}

/** The exported sheet's name. */
export const GLOSSARY_SHEET = 'glossary';
/** Column widths, in characters, in {@link COLUMNS} order. */
const WIDTHS = [22, 18, 30, 26, 22, 10, 11, 14, 40];
/**
 * The zip's timestamps: 1980-01-01 00:00, the earliest a zip can carry (as the pack does without
 * SOURCE_DATE_EPOCH). The same term base gives the same bytes.
 */
const MTIME = new Date(1980, 0, 1);

/** The term base as a workbook: the CSV's header row (frozen) and cells, text wrapped. */
export function toXlsx(entries: readonly GlossaryEntry[]): Promise<Uint8Array> {
  return writeXlsx({ name: GLOSSARY_SHEET, header: [...COLUMNS], rows: exchangeRows(entries), widths: WIDTHS }, MTIME);
}

/** The address of a cell: `A1`, `AA10`. */
export function cellName(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

const isEmpty = (value: SheetValue | undefined): boolean => value === null || value === undefined || value === '';

/**
 * Read the first sheet of a workbook: a header row with the CSV's columns (any order and case;
 * only `id` is required; the first row with a value is the header), then one entry per row, empty
 * rows skipped. Numbers and booleans are read as their text. Every problem names the file, the
 * sheet and the cell.
 */
export async function fromXlsx(bytes: Uint8Array, path: string): Promise<GlossaryEntry[]> {
  const read = await readXlsx(bytes);
  if ('problem' in read) throw new UserError(...problemMessage(read), { path });
  const sheet = read.sheets[0];
  if (!sheet) throw new UserError(xlsxMessages['no-sheet'], {}, { path });
  const known = COLUMNS.join(', ');
  const at = sheet.rows.findIndex((row) => row.some((value) => !isEmpty(value)));
  if (at < 0) throw new UserError(xlsxMessages['empty-sheet'], { sheet: sheet.name, known }, { path });
  const fail = (message: Localized, data: Record<string, string | number>): never => {
    throw new UserError(message, { sheet: sheet.name, ...data }, { path });
  };
  /** A cell's text; a date is refused, where the CSV would have had text. */
  const text = (value: SheetValue | undefined, row: number, column: number): string | undefined => {
    if (isEmpty(value)) return undefined;
    if (value instanceof Date) return fail(withDetail(xlsxMessages.value, xlsxMessages.date), { row: row + 1, cell: cellName(row, column) });
    return String(value).trim();
  };
  const columns = new Map<ExchangeColumn, number>();
  const named = new Set<number>();
  sheet.rows[at]!.forEach((value, column) => {
    const name = text(value, at, column)?.toLowerCase();
    if (name === undefined) return;
    if (!(COLUMNS as readonly string[]).includes(name)) fail(xlsxMessages['unknown-column'], { cell: cellName(at, column), column: name, known });
    named.add(column);
    if (!columns.has(name as ExchangeColumn)) columns.set(name as ExchangeColumn, column);
  });
  if (!columns.has('id')) fail(xlsxMessages['no-id'], { row: at + 1, known });
  const entries: GlossaryEntry[] = [];
  for (let row = at + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row]!;
    if (!cells.some((value) => !isEmpty(value))) continue;
    cells.forEach((value, column) => {
      if (!named.has(column) && !isEmpty(value)) fail(xlsxMessages.unnamed, { cell: cellName(row, column), header: at + 1 });
    });
    const entry = entryFromValues((name) => {
      const column = columns.get(name);
      return column === undefined ? undefined : text(cells[column], row, column);
    });
    if ('message' in entry) fail(withDetail(xlsxMessages.value, entry.message), { row: row + 1, cell: cellName(row, columns.get(entry.column)!), ...entry.data });
    else entries.push(entry);
  }
  return entries;
}
