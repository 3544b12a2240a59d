/**
 * Spreadsheets (.xlsx) for the commands that write or read one: `pack --xlsx` and `glossary
 * import` / `export` of a workbook. The only module that uses the spreadsheet libraries
 * (write-excel-file and read-excel-file, both on fflate). It imports nothing else of otvet: the
 * build bundles it on its own as `dist/otvet-xlsx.cjs` beside the CLI's bundle, which loads it
 * when such a command runs (scripts/build.mjs), so a lint never reads it.
 *
 * Its results are plain data and plain problems, never otvet's errors: the callers (the glossary
 * and the pack) turn them into messages in the user's language.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';

/** A cell as written: text, or a number with its display format (`0.0%`). */
export type SheetCell = string | { value: number; format: string };

export interface SheetSpec {
  /** The sheet's name (at most 31 characters, none of `\ / ? * [ ] :`). */
  name: string;
  /** The header row: bold, kept in view while scrolling (a frozen pane). */
  header: string[];
  rows: SheetCell[][];
  /** Column widths, in characters. */
  widths: number[];
}

/**
 * The workbook of one sheet: the header row frozen and bold, every cell's text wrapped and at
 * the top of its cell, the columns as wide as asked. Every text is a text cell (a shared string,
 * never a formula, whatever it starts with); an empty text is an empty cell. `mtime` is the date
 * of every entry of the zip, as local time (DOS dates have no time zone): the same sheet and date
 * give the same bytes. (write-excel-file writes no document properties, so there is no
 * created or modified time inside either.)
 */
export async function writeXlsx(sheet: SheetSpec, mtime: Date): Promise<Uint8Array> {
  const cell = (value: SheetCell, bold: boolean): Cell => ({
    ...(typeof value === 'string' ? { type: String, value } : { type: Number, value: value.value, format: value.format }),
    wrap: true,
    alignVertical: 'top',
    ...(bold ? { fontWeight: 'bold' } : {}),
  });
  const data: SheetData = [sheet.header.map((text) => cell(text, true)), ...sheet.rows.map((row) => row.map((value) => cell(value, false)))];
  const written = await writeXlsxFile(data, { sheet: sheet.name, columns: sheet.widths.map((width) => ({ width })), stickyRowsCount: 1 }).toBuffer();
  // write-excel-file dates every entry of its zip with the current time (fflate's default) and has
  // no option for it: its entries are zipped again, unchanged and in their order, with `mtime`.
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(unzipSync(written))) entries[name] = [bytes, { mtime }];
  return zipSync(entries, { mtime });
}

/** A cell's value as read: text (trimmed), a number, a boolean, a date, or null when empty. */
export type SheetValue = string | number | boolean | Date | null;

export interface ReadSheet {
  name: string;
  /** Row `i` is the sheet's row `i + 1`, cell `j` its column `j + 1`; empty rows at the end are left out. */
  rows: SheetValue[][];
}

/**
 * Why a file could not be read as a workbook: `empty` (no bytes), `xls` (the binary format of
 * Excel 97–2003), `not-xlsx` (neither: it does not start as a zip does), `broken` (a damaged or
 * truncated zip, or a zip that is not a workbook; `detail` is the library's own words),
 * `too-large` (past {@link XLSX_LIMITS}: so many bytes of XML, or so many cells).
 */
export type ReadProblem =
  | { problem: 'empty' | 'xls' | 'not-xlsx' }
  | { problem: 'broken'; detail: string }
  | { problem: 'too-large'; unit: 'bytes' | 'cells'; amount: number; limit: number };

export type ReadResult = { sheets: ReadSheet[] } | ReadProblem;

/**
 * What a workbook may unpack to. The XML parts are unpacked into buffers of the sizes the zip
 * declares (never larger, whatever the data holds), so their sum bounds the memory; and the
 * reader fills every row up to the last column used, so a single cell far down and to the right
 * would make a sheet of billions of empty cells: rows × columns is bounded too.
 */
export const XLSX_LIMITS = { unpackedBytes: 256 * 1024 * 1024, cells: 2_000_000 };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound file of Excel 97–2003 (.xls). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** The column number of `A`, `Z`, `AA`, … `XFD`. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + c.charCodeAt(0) - 64;
  return n;
}

/** The largest rows × columns of the worksheets: each cell reference (`r="XFD1048576"`) and row number they name. */
function sheetCells(parts: Record<string, Uint8Array>): number {
  let largest = 0;
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = new TextDecoder().decode(bytes);
    let rows = 0;
    let columns = 0;
    for (const m of xml.matchAll(/<(?:\w+:)?(c|row)\s[^>]*?\br=["']([A-Z]{0,3})(\d{1,9})["']/g)) {
      rows = Math.max(rows, Number(m[3]));
      if (m[1] === 'c') columns = Math.max(columns, columnNumber(m[2]!));
    }
    largest = Math.max(largest, rows * columns);
  }
  return largest;
}

/**
 * read-excel-file's errors about its input (what is not a zip, not a workbook, or a damaged
 * one), as a problem; anything else is a defect, thrown on. The file's first bytes were checked
 * before: such an error means a zip that is not a readable workbook.
 */
function readerProblem(error: unknown): ReadProblem | undefined {
  if (!(error instanceof Error) || !['InvalidInputError', 'InvalidSpreadsheetError', 'SheetNotFoundError'].includes(error.name)) return undefined;
  const cause = (error as Error & { cause?: unknown }).cause;
  return { problem: 'broken', detail: cause instanceof Error ? `${error.message}: ${cause.message}` : error.message };
}

/** Every sheet of a workbook, in the workbook's order, or why it cannot be read. */
export async function readXlsx(bytes: Uint8Array, limits = XLSX_LIMITS): Promise<ReadResult> {
  if (bytes.length === 0) return { problem: 'empty' };
  if (startsWith(bytes, OLE)) return { problem: 'xls' };
  if (!startsWith(bytes, ZIP)) return { problem: 'not-xlsx' };
  let parts: Record<string, Uint8Array>;
  try {
    // The central directory first: the declared sizes, before anything is unpacked.
    let declared = 0;
    unzipSync(bytes, {
      filter: (f) => {
        if (/\.(?:xml|rels)$/.test(f.name)) declared += f.originalSize;
        return false;
      },
    });
    if (declared > limits.unpackedBytes) return { problem: 'too-large', unit: 'bytes', amount: declared, limit: limits.unpackedBytes };
    parts = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
  } catch (error) {
    return { problem: 'broken', detail: (error as Error).message };
  }
  const cells = sheetCells(parts);
  if (cells > limits.cells) return { problem: 'too-large', unit: 'cells', amount: cells, limit: limits.cells };
  try {
    const sheets = await readXlsxFile(new Uint8Array(bytes).buffer);
    return { sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map((value: unknown) => value as SheetValue)) })) };
  } catch (error) {
    const known = readerProblem(error);
    if (known) return known;
    throw error;
  }
}
