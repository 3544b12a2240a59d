import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildPack, type PackInput } from './build.js';
import { packMessages } from './messages.js';
import type { PackTemplate } from './model.js';
import { verifyPack } from './verify.js';
import { writePackDir } from './write.js';
import { templatesXlsx, type TemplatesXlsxOptions } from './xlsx.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const template = (id: string, ru: string, extra: Partial<PackTemplate> = {}): PackTemplate => ({
  id, placeholders: {}, text: { ru, zh: '您好，您的订单已发货。' }, example: ru, length: [...ru].length, path: `templates/${id}.yaml`, score: { verdict: 'pass', errorRate: 0 }, ...extra,
});
const TEMPLATES = [
  template('greeting', 'Здравствуйте! Ваш заказ {n} отправлен.', { title: 'Приветствие', tags: ['order', 'shipping'], example: 'Здравствуйте! Ваш заказ 12345 отправлен.' }),
  template('late', 'Заказ задерживается, приносим извинения.', { score: { verdict: 'revise', errorRate: 0.0455 } }),
  template('formula', '=1+1 и -5 % на всё'),
];
const LABELS = { pass: 'pass', revise: 'revise', reject: 'reject', unchecked: 'not checked' };
const options = (extra: Partial<TemplatesXlsxOptions> = {}): TemplatesXlsxOptions => ({
  source: 'zh', target: 'ru', lang: 'en', verdictLabel: (v) => LABELS[v], file: (t) => t.path, ...extra,
});

async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  expect(book.worksheets).toHaveLength(1);
  return book.worksheets[0]!;
}

describe('templates.xlsx', () => {
  it('is the same bytes for the same templates, whatever the clock; SOURCE_DATE_EPOCH changes only the zip’s dates', async () => {
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
      const first = await templatesXlsx(TEMPLATES, options());
      vi.setSystemTime(new Date('2030-07-08T09:10:12Z'));
      expect(Buffer.from(await templatesXlsx(TEMPLATES, options())).equals(Buffer.from(first))).toBe(true);
      const dated = await templatesXlsx(TEMPLATES, options({ sourceDateEpoch: 1700000000 }));
      expect(dated).not.toEqual(first);
      expect(Buffer.from(await templatesXlsx(TEMPLATES, options({ sourceDateEpoch: 1700000000 }))).equals(Buffer.from(dated))).toBe(true);
      // The same entries, only dated otherwise.
      expect(unzipSync(dated)).toEqual(unzipSync(first));
    } finally {
      vi.useRealTimers();
    }
  });
  it('opens in another reader (exceljs): a row per template, the header frozen, texts wrapped and exact', async () => {
    const sheet = await open(await templatesXlsx(TEMPLATES, options()));
    expect(sheet.name).toBe('templates');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'ID', 'Title', 'Tags', 'Source (zh)', 'Translation (ru)', 'As the buyer reads it (ru)', 'Verdict', 'Error rate', 'Characters when sent', 'File',
    ]);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).values).toEqual([
      undefined, 'greeting', 'Приветствие', 'order, shipping', '您好，您的订单已发货。', 'Здравствуйте! Ваш заказ {n} отправлен.', 'Здравствуйте! Ваш заказ 12345 отправлен.', 'pass', 0, 38, 'templates/greeting.yaml',
    ]);
    for (const cell of ['D2', 'E2', 'F3']) expect(sheet.getCell(cell).alignment, cell).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('G3').value).toBe('revise');
    expect(sheet.getCell('H3').value).toBe(0.0455);
    expect(sheet.getCell('H3').numFmt).toBe('0.0%');
    // A text that starts like a formula is text, exactly as written (templates.csv neutralises it instead).
    expect(sheet.getCell('E4').value).toBe('=1+1 и -5 % на всё');
    expect(sheet.getCell('E4').type).toBe(ExcelJS.ValueType.String);
    expect([4, 5, 6].map((c) => sheet.getColumn(c).width)).toEqual([40, 50, 50]);
  });
  it('leaves the verdict and rate empty for a template without a score, and a missing text empty', async () => {
    const sheet = await open(await templatesXlsx([template('bare', 'Да.', { score: undefined, text: { ru: 'Да.' } })], options()));
    expect(sheet.getRow(2).values).toEqual([undefined, 'bare', undefined, undefined, undefined, 'Да.', 'Да.', undefined, undefined, 3, 'templates/bare.yaml']);
  });
  it('speaks the run’s language in its sheet name, header and verdicts', async () => {
    const zh = await open(await templatesXlsx(TEMPLATES, options({ lang: 'zh', verdictLabel: (v) => ({ pass: '通过', revise: '需修改', reject: '拒绝', unchecked: '未检查' })[v] })));
    expect(zh.name).toBe('模板');
    expect(zh.getRow(1).values).toEqual([undefined, 'ID', '标题', '标签', '原文（zh）', '译文（ru）', '买家看到的文本（ru）', '结论', '错误率', '发送时字符数', '文件']);
    expect(zh.getCell('G3').value).toBe('需修改');
    const ru = await open(await templatesXlsx(TEMPLATES, options({ lang: 'ru' })));
    expect(ru.name).toBe('шаблоны');
    expect(ru.getCell('E1').value).toBe('Перевод (ru)');
  });
});

describe('a pack with templates.xlsx', () => {
  const input = async (extra: Partial<PackInput> = {}): Promise<PackInput> => ({
    name: 'shop', version: '1.0.0', source: 'zh', target: 'ru', maxLength: 1000, thresholds: { revise: 0.03, reject: 0.05 },
    templates: TEMPLATES, inputs: [{ path: 'a.yaml', bytes: strToU8('a') }], glossary: [],
    summary: { templates: 3, words: 9, penalty: 0, errorRate: 0, verdict: 'pass', unchecked: { files: 0, templates: 0 }, files: 1, errors: 0, warnings: 0, infos: 0, fixable: 0 },
    verdicts: { pass: 2, revise: 1, reject: 0 }, zip: true, sourceDateEpoch: 1700000000,
    xlsx: await templatesXlsx(TEMPLATES, options({ sourceDateEpoch: 1700000000 })), ...extra,
  });
  const problems = (dir: string): string[] =>
    verifyPack(dir, 'p').problems.map((p) => [Object.entries(packMessages).find(([, m]) => m === p.message)![0], p.data.file, p.data.entry].filter((x) => x !== undefined).join(' '));
  const temp = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'otvet-pack-xlsx-'));
    dirs.push(d);
    return d;
  };
  /** Replace the zip and list its real checksum in the manifest. */
  const replaceZip = (dir: string, zip: Uint8Array): void => {
    writeFileSync(join(dir, 'shop-1.0.0.zip'), zip);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    manifest.files['shop-1.0.0.zip'] = createHash('sha256').update(zip).digest('hex');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  };

  it('lists it in the manifest, puts it in the zip, and verify checks it', async () => {
    const files = buildPack(await input());
    expect([...files.keys()]).toEqual(['templates.csv', 'templates.json', 'templates.xlsx', 'shop-1.0.0.zip', 'manifest.json']);
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toEqual(['shop-1.0.0.zip', 'templates.csv', 'templates.json', 'templates.xlsx']);
    expect(manifest.files['templates.xlsx']).toBe(createHash('sha256').update(files.get('templates.xlsx')!).digest('hex'));
    expect(Object.keys(unzipSync(files.get('shop-1.0.0.zip')!))).toEqual(['templates.csv', 'templates.json', 'templates.xlsx']);
    expect(unzipSync(files.get('shop-1.0.0.zip')!)['templates.xlsx']).toEqual(files.get('templates.xlsx'));
    const dir = writePackDir(temp(), 'shop-1.0.0', files);
    expect(verifyPack(dir, 'p')).toMatchObject({ problems: [], checked: 4 });
    // Without --xlsx nothing changes: no templates.xlsx, in the directory or the zip.
    const plain = buildPack({ ...(await input()), xlsx: undefined });
    expect(Object.keys(unzipSync(plain.get('shop-1.0.0.zip')!))).toEqual(['templates.csv', 'templates.json']);
    expect(verifyPack(writePackDir(temp(), 'shop-1.0.0', plain), 'p')).toMatchObject({ problems: [], checked: 3 });
  });
  it('fails a changed templates.xlsx, a zip without it, and a zip that has it when the pack does not', async () => {
    const files = buildPack(await input());
    const dir = writePackDir(temp(), 'shop-1.0.0', files);
    const xlsx = readFileSync(join(dir, 'templates.xlsx'));
    const changed = Buffer.from(xlsx);
    changed[40]! ^= 1;
    writeFileSync(join(dir, 'templates.xlsx'), changed);
    expect(problems(dir)).toEqual(['verify-checksum templates.xlsx', 'verify-zip-differs shop-1.0.0.zip templates.xlsx']);
    writeFileSync(join(dir, 'templates.xlsx'), xlsx);
    const csv = readFileSync(join(dir, 'templates.csv'));
    const json = readFileSync(join(dir, 'templates.json'));
    replaceZip(dir, zipSync({ 'templates.csv': csv, 'templates.json': json }));
    expect(problems(dir)).toEqual(['verify-zip-missing shop-1.0.0.zip templates.xlsx']);
    const plain = writePackDir(temp(), 'shop-1.0.0', buildPack({ ...(await input()), xlsx: undefined }));
    replaceZip(plain, zipSync({ 'templates.csv': readFileSync(join(plain, 'templates.csv')), 'templates.json': readFileSync(join(plain, 'templates.json')), 'templates.xlsx': xlsx }));
    expect(problems(plain)).toEqual(['verify-zip-extra shop-1.0.0.zip templates.xlsx']);
    // A templates.xlsx the manifest does not list is an extra file.
    writeFileSync(join(plain, 'templates.xlsx'), xlsx);
    expect(problems(plain)).toContain('verify-extra templates.xlsx');
  });
});
