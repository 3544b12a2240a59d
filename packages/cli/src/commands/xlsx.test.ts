/** `pack --xlsx` and the glossary's .xlsx import and export, through the CLI (in process). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { cli, useProjects } from '../cli.test-helper.js';

const project = useProjects('xlsx');

const CONFIG = 'source: zh\ntarget: ru\npack: { name: shop, version: 1.0.0 }\n';
const TEMPLATES = `templates:
  - id: shipped
    title: Заказ отправлен
    text:
      zh: 您的订单已发货。
      ru: Ваш заказ отправлен.
  - id: thanks
    text:
      zh: 感谢您的购买！
      ru: Спасибо за покупку, ждём Вас снова.
`;
const GLOSSARY = `terms:
  - id: tracking-number
    zh: [物流单号]
    ru: [трек-номер]
    forbidden: [номер логистики]
    en: tracking number
  - id: pickup-point
    zh: [自提点]
    ru: [пункт выдачи]
    note: Не «точка самовывоза».
`;
const STACK_TRACE = /^\s+at .+[(:]\d+/m;

async function sheet(path: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
  return book.worksheets[0]!;
}

describe('otvet pack --xlsx', () => {
  it('adds templates.xlsx to the pack, the manifest and the zip; verify checks it', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': TEMPLATES });
    const r = await cli(['pack', '--xlsx', '--zip', '--lang', 'ru'], dir, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toMatch(/^Набор записан: dist\/shop-1\.0\.0 \(2 шаблона, 5 файлов;/);
    const pack = join(dir, 'dist/shop-1.0.0');
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toEqual(['shop-1.0.0.zip', 'templates.csv', 'templates.json', 'templates.xlsx']);
    const ws = await sheet(join(pack, 'templates.xlsx'));
    expect(ws.name).toBe('шаблоны');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, 'ID', 'Заголовок', 'Теги', 'Оригинал (zh)', 'Перевод (ru)', 'Как прочтёт покупатель (ru)', 'Вердикт', 'Доля ошибок', 'Символов при отправке', 'Файл']);
    // An empty text is an empty cell.
    expect(ws.getRow(2).values).toEqual([undefined, 'shipped', 'Заказ отправлен', undefined, '您的订单已发货。', 'Ваш заказ отправлен.', 'Ваш заказ отправлен.', 'принят', 0, 20, 'templates/a.yaml']);
    expect(await cli(['verify', 'dist/shop-1.0.0'], dir)).toMatchObject({ code: 0, stdout: expect.stringContaining('4 files checked') });
    // The same sheet from another working directory (paths relative to the project) and another run.
    const bytes = readFileSync(join(pack, 'templates.xlsx'));
    expect((await cli(['pack', '--xlsx', '--zip', '--lang', 'ru', '-c', '../otvet.config.yaml'], join(dir, 'templates'), { SOURCE_DATE_EPOCH: '1700000000' })).code).toBe(0);
    expect(readFileSync(join(pack, 'templates.xlsx')).equals(bytes)).toBe(true);
    // A changed byte is found.
    const changed = Buffer.from(bytes);
    changed[100]! ^= 1;
    writeFileSync(join(pack, 'templates.xlsx'), changed);
    const broken = await cli(['verify', 'dist/shop-1.0.0'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('templates.xlsx: sha256');
    // Without --xlsx, the pack is as before.
    expect((await cli(['pack'], dir)).code).toBe(0);
    expect(Object.keys((JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as { files: object }).files)).toEqual(['templates.csv', 'templates.json']);
  });
});

describe('otvet glossary export/import, .xlsx', () => {
  it('exports a workbook to a file (the format from --out), and an import of it gives back the same base and bytes', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY });
    expect(await cli(['glossary', 'export', '--out', 'terms.xlsx'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    const ws = await sheet(join(dir, 'terms.xlsx'));
    expect(ws.getRow(1).values).toEqual([undefined, 'id', 'zh', 'ru', 'forbidden', 'en', 'translate', 'status', 'domain', 'note']);
    expect(ws.getCell('B2').value).toBe('物流单号');
    expect(ws.getCell('I3').value).toBe('Не «точка самовывоза».');
    expect((await cli(['glossary', 'export', '--format', 'xlsx', '--out', 'again.bin'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'again.bin')).equals(readFileSync(join(dir, 'terms.xlsx')))).toBe(true);
    // --out with another extension keeps TBX, as before.
    expect((await cli(['glossary', 'export', '--out', 'terms.txt'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'terms.txt'), 'utf8')).toContain('<martif');
    const empty = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': 'terms: []\n' });
    expect(await cli(['glossary', 'import', join(dir, 'terms.xlsx')], empty)).toEqual({ code: 0, stdout: 'glossary/terms.yaml: 2 added, 0 updated.\n', stderr: '' });
    try {
      // Another day: the workbook does not depend on the clock.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 86_400_000);
      expect((await cli(['glossary', 'export', '--out', 'back.xlsx'], empty)).code).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(readFileSync(join(empty, 'back.xlsx')).equals(readFileSync(join(dir, 'terms.xlsx')))).toBe(true);
    // The workbook and the CSV export import the same.
    expect((await cli(['glossary', 'export', '--out', 'terms.csv'], dir)).code).toBe(0);
    const viaCsv = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': 'terms: []\n' });
    expect((await cli(['glossary', 'import', join(dir, 'terms.csv')], viaCsv)).code).toBe(0);
    expect(readFileSync(join(viaCsv, 'glossary/terms.yaml'), 'utf8')).toBe(readFileSync(join(empty, 'glossary/terms.yaml'), 'utf8'));
  });
  it('does not write a workbook to standard output; an --out it cannot write is one line, exit 2', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY });
    expect(await cli(['glossary', 'export', '--format', 'xlsx'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'An .xlsx workbook is a binary file and is not written to standard output: name the file with --out, e.g. --out glossary.xlsx.\n',
    });
    expect((await cli(['glossary', 'export', '-f', 'xlsx', '--lang', 'zh'], dir)).stderr).toBe('.xlsx 工作簿是二进制文件，不写到标准输出：请用 --out 指定文件，例如 --out glossary.xlsx。\n');
    // A file that cannot be written is one line too (any format).
    expect(await cli(['glossary', 'export', '--out', 'nowhere/terms.xlsx'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Cannot write nowhere/terms.xlsx (ENOENT): check that its directory exists and can be written, then run again.\n',
    });
  });
  it('refuses a file that is not a workbook with one line naming it (exit 2), and changes nothing', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY, 'text.xlsx': 'id,zh,ru\nparcel,包裹,посылка\n' });
    expect((await cli(['glossary', 'export', '--out', 'good.xlsx'], dir)).code).toBe(0);
    const good = readFileSync(join(dir, 'good.xlsx'));
    writeFileSync(join(dir, 'truncated.xlsx'), good.subarray(0, good.length - 100));
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Лист1');
    writeFileSync(join(dir, 'empty.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));
    const cases: [string, string[], string][] = [
      ['text.xlsx', [], 'text.xlsx: Not an Excel workbook (.xlsx): the file does not start as one does. Save it in Excel or WPS as “Excel Workbook (*.xlsx)”, or import a CSV.\n'],
      ['truncated.xlsx', ['--lang', 'ru'], 'truncated.xlsx: Не удалось прочитать книгу: файл повреждён или неполон (invalid zip data).\n'],
      ['empty.xlsx', ['--lang', 'zh'], 'empty.xlsx: 工作表“Лист1”是空的：第一个工作表应以表头行开始（id, zh, ru, forbidden, en, translate, status, domain, note）。\n'],
      ['missing.xlsx', [], 'No such file or directory: missing.xlsx.\n'],
    ];
    const before = readFileSync(join(dir, 'glossary/terms.yaml'), 'utf8');
    for (const [file, args, stderr] of cases) {
      const r = await cli(['glossary', 'import', file, ...args], dir);
      expect(r, file).toEqual({ code: 2, stdout: '', stderr });
      expect(r.stderr, file).not.toMatch(STACK_TRACE);
    }
    expect(readFileSync(join(dir, 'glossary/terms.yaml'), 'utf8')).toBe(before);
    // A text file named .csv is still read as CSV; --format xlsx reads any name as a workbook.
    expect((await cli(['glossary', 'import', 'text.xlsx', '--format', 'csv'], dir)).code).toBe(0);
    expect((await cli(['glossary', 'import', 'good.xlsx', '--format', 'xlsx'], dir)).stdout).toBe('glossary/terms.yaml: 0 added, 2 updated.\n');
    expect(readFileSync(join(dir, 'glossary/terms.yaml'), 'utf8')).toContain('- id: parcel');
  });
});
