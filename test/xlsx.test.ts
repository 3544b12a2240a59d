/**
 * Spreadsheets with the built CLI: `pack --xlsx` and the glossary's .xlsx import and export run the
 * spreadsheet code from its own file beside the bundle (dist/otvet-xlsx.cjs), which the bundle does
 * not contain and a lint never loads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coreCli, makeProject, otvet, ROOT, STACK_TRACE, type Project } from './helpers.js';

const projects: Project[] = [];
afterAll(() => projects.forEach((p) => p.remove()));
const track = (p: Project): Project => (projects.push(p), p);

const DIST = join(ROOT, 'packages/cli/dist');
const CONFIG = 'source: zh\ntarget: ru\nglossary: ["glossary/*.yaml"]\npack: { name: shop, version: 1.2.0 }\n';
const TEMPLATES = 'templates:\n  - id: thanks\n    title: Спасибо\n    text:\n      zh: 感谢您的购买！\n      ru: Спасибо за покупку, ждём Вас снова.\n';
const GLOSSARY = 'terms:\n  - id: pickup-point\n    zh: [自提点]\n    ru: [пункт выдачи]\n    forbidden: [точка самовывоза]\n';

describe('spreadsheets with the built CLI', () => {
  it('keeps the spreadsheet libraries out of the bundle, in otvet-xlsx.cjs, required only where a workbook is written or read', () => {
    const bundle = readFileSync(join(DIST, 'otvet.cjs'), 'latin1');
    const xlsx = readFileSync(join(DIST, 'otvet-xlsx.cjs'), 'utf8');
    // Texts of write-excel-file and read-excel-file.
    for (const marker of ['stickyRowsCount', 'InvalidSpreadsheetError']) {
      expect(bundle, marker).not.toContain(marker);
      expect(xlsx, marker).toContain(marker);
    }
    // Two modules (the glossary's and the pack's) require it, each in its lazily run initialiser.
    const requires = [...bundle.matchAll(/require\("\.\/otvet-xlsx\.cjs"\)/g)];
    expect(requires).toHaveLength(2);
    const notices = readFileSync(join(DIST, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const name of ['write-excel-file', 'read-excel-file', 'fflate']) expect(notices).toMatch(new RegExp(`### ${name}@[\\d.]+\\n\\nLicence: MIT`));
  });

  it('lints without otvet-xlsx.cjs; pack --xlsx and verify with it', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': TEMPLATES, 'glossary/terms.yaml': GLOSSARY }));
    // A copy of the CLI without the spreadsheet file: a lint does not need it.
    expect(otvet(['lint', 'templates'], p.dir, {}, coreCli(p.dir))).toMatchObject({ code: 0, stderr: '' });

    const r = otvet(['pack', '--xlsx', '--zip', '--lang', 'zh'], p.dir, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toMatch(/^模板包已生成：dist\/shop-1\.2\.0（1 个模板，5 个文件；/);
    const xlsx = readFileSync(join(p.dir, 'dist/shop-1.2.0/templates.xlsx'));
    expect(xlsx.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect(otvet(['verify', 'dist/shop-1.2.0'], p.dir)).toMatchObject({ code: 0, stdout: expect.stringContaining('4 files checked') });
    // Reproducible: the same bytes from a second run, in another time zone.
    expect(otvet(['pack', '--xlsx', '--zip', '--lang', 'zh'], p.dir, { SOURCE_DATE_EPOCH: '1700000000', TZ: 'America/New_York' }).code).toBe(0);
    expect(readFileSync(join(p.dir, 'dist/shop-1.2.0/templates.xlsx')).equals(xlsx)).toBe(true);
  });

  it('exports and imports a glossary workbook; a text file named .xlsx is one line, exit 2, no stack trace', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY, 'bad.xlsx': 'id,zh\n' }));
    expect(otvet(['glossary', 'export', '--out', 'terms.xlsx'], p.dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    p.write('glossary/terms.yaml', 'terms: []\n');
    expect(otvet(['glossary', 'import', 'terms.xlsx'], p.dir)).toEqual({ code: 0, stdout: 'glossary/terms.yaml: 1 added, 0 updated.\n', stderr: '' });
    expect(otvet(['glossary', 'export', '--out', 'again.xlsx'], p.dir).code).toBe(0);
    expect(readFileSync(join(p.dir, 'again.xlsx')).equals(readFileSync(join(p.dir, 'terms.xlsx')))).toBe(true);
    const bad = otvet(['glossary', 'import', 'bad.xlsx', '--lang', 'ru'], p.dir);
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'bad.xlsx: Это не книга Excel (.xlsx): файл начинается не так, как книга. Сохраните её в Excel или WPS как «Книга Excel (*.xlsx)» или импортируйте CSV.\n' });
    writeFileSync(join(p.dir, 'cut.xlsx'), readFileSync(join(p.dir, 'terms.xlsx')).subarray(0, 500));
    const cut = otvet(['glossary', 'import', 'cut.xlsx'], p.dir);
    expect(cut).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^cut\.xlsx: Cannot read the workbook: the file is damaged or incomplete/) });
    expect(cut.stderr).not.toMatch(STACK_TRACE);
  });
});
