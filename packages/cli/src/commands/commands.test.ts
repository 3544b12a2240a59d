import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from '../cli.test-helper.js';
import { packNameFor, scaffoldFiles } from './init.js';

const project = useProjects('cmd');

const CONFIG = 'pack: { name: shop, version: 1.0.0 }\n';
const tmpl = (id: string, ru: string, extra = ''): string => `  - id: ${id}\n${extra}    text:\n      zh: 您好\n      ru: ${ru}\n`;
const file = (...t: string[]): string => `templates:\n${t.join('')}`;

describe('otvet lint --context', () => {
  it('reports only the given files, with the pack’s «Вы» style from the other files', async () => {
    const dir = project({
      'templates/a.yaml': file(tmpl('a', 'Спасибо, что выбрали нас. Ждём Вас снова.')),
      'templates/b.yaml': file(tmpl('b', 'Ждём вас снова в нашем магазине.')),
      'templates/c.yaml': file(tmpl('c', 'Заказ задерживается~')),
      'notes.yaml': 'not: a template\n',
      'otvet.config.yaml': 'thresholds: { revise: 0.5, reject: 0.9 }\n',
    });
    const alone = await cli(['lint', 'templates/b.yaml'], dir);
    expect(alone).toMatchObject({ code: 0 });
    expect(alone.stdout).not.toContain('register-vy-case');
    const r = await cli(['lint', '--context', 'templates/b.yaml', 'notes.yaml', '-f', 'json'], dir);
    const report = JSON.parse(r.stdout) as { files: { path: string; messages: { ruleId: string; message: string }[] }[]; summary: { templates: number; errors: number } };
    expect(report.files.map((f) => f.path)).toEqual(['templates/b.yaml']);
    expect(report.files[0]!.messages.map((m) => m.ruleId)).toEqual(['register-vy-case']);
    expect(report.files[0]!.messages[0]!.message).toContain('templates/a.yaml:5:');
    // c.yaml has an error, but it is not among the given files.
    expect(report.summary).toMatchObject({ templates: 1, errors: 0 });
    expect(r.code).toBe(0);
  });
  it('reports on the given files exactly what a lint of the whole pack reports on them', async () => {
    const rich = 'Привет! Подождите немного~ Дорогой, Ваш заказик уже едет!! Можешь отменить заказ, пиши в WhatsApp.';
    const dir = project({
      'templates/a.yaml': file(tmpl('a', 'Спасибо, что выбрали нас. Ждём вас снова~'), tmpl('dup', 'Готово.')),
      'templates/b.yaml': file(tmpl('b', rich), tmpl('dup', 'Готово.')),
      'templates/c.yaml': file(tmpl('c', rich)),
    });
    type Report = { files: { path: string; messages: unknown[]; templates: unknown[] }[]; summary: unknown };
    const whole = JSON.parse((await cli(['lint', '-f', 'json'], dir)).stdout) as Report;
    const given = JSON.parse((await cli(['lint', '--context', '-f', 'json', 'templates/b.yaml'], dir)).stdout) as Report;
    const b = whole.files.find((f) => f.path === 'templates/b.yaml')!;
    expect(b.messages.length).toBeGreaterThan(8);
    expect(given.files).toEqual([b]);
    // The other files' own findings (the tilde of a.yaml, everything in c.yaml) are neither reported nor computed.
    const first = JSON.parse((await cli(['lint', '--context', '-f', 'json', 'templates/a.yaml'], dir)).stdout) as Report;
    expect(first.files.map((f) => f.path)).toEqual(['templates/a.yaml', 'templates/b.yaml', 'templates/c.yaml']);
    // The others are shown only for what a.yaml caused there: the duplicate id and the «Вы» style that a.yaml set.
    const rules = (i: number) => first.files[i]!.messages.map((m) => (m as { ruleId: string }).ruleId).sort();
    expect([rules(1), rules(2)]).toEqual([['register-vy-case', 'schema'], ['register-vy-case']]);
    expect(first.files[1]!.templates).toEqual([]);
  });
  it('fixes only the given files, and counts only their fixes', async () => {
    const dir = project({ 'templates/a.yaml': file(tmpl('a', 'Готово~'), tmpl('a2', 'Жду~')), 'templates/b.yaml': file(tmpl('b', 'Спасибо~')) });
    const r = await cli(['lint', '--context', '--fix', 'templates/b.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Fixed 1 problem\b.*\b1 file\b/m);
    expect(readFileSync(join(dir, 'templates/b.yaml'), 'utf8')).toContain('ru: Спасибо\n');
    expect(readFileSync(join(dir, 'templates/a.yaml'), 'utf8')).toContain('ru: Готово~\n');
    writeFileSync(join(dir, 'templates/b.yaml'), file(tmpl('b', 'Спасибо~')));
    const dry = await cli(['lint', '--context', '--fix-dry-run', 'templates/b.yaml'], dir);
    expect(dry.stdout).toContain('+++ b/templates/b.yaml');
    expect(dry.stdout).not.toContain('templates/a.yaml');
  });
});

describe('otvet pack (in process)', () => {
  it('builds, verifies and diffs', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('a', 'Спасибо за покупку.', '    title: Спасибо\n    tags: [thanks]\n')) });
    const r = await cli(['pack', '--zip'], dir, { SOURCE_DATE_EPOCH: '0' });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: 'Pack written: dist/shop-1.0.0 (1 template, 4 files; error rate 0.0 %).\n' });
    expect(readdirSync(join(dir, 'dist/shop-1.0.0'))).toEqual(['manifest.json', 'shop-1.0.0.zip', 'templates.csv', 'templates.json']);
    expect((await cli(['verify', 'dist/shop-1.0.0', '--lang', 'ru'], dir)).stdout).toBe('Набор dist/shop-1.0.0 цел: файлов, совпадающих с манифестом: 3 (shop 1.0.0).\n');
    cpSync(join(dir, 'dist/shop-1.0.0'), join(dir, 'old'), { recursive: true });
    writeFileSync(join(dir, 'templates/a.yaml'), file(tmpl('b', 'Спасибо за покупку.')));
    const since = await cli(['pack', '--since', 'old/templates.json', '--out-dir', 'out'], dir);
    expect(since.stdout).toBe('Changes since old/templates.json (0 unchanged)\n\nAdded (1)\n+ b\n\nRemoved (1)\n- a — Спасибо\n');
    expect(existsSync(join(dir, 'out/shop-1.0.0/manifest.json'))).toBe(true);
    const same = await cli(['pack', '--since', 'out/shop-1.0.0', '--since-format', 'markdown', '--lang', 'zh'], dir);
    expect(same.stdout).toBe('### 自 out/shop\\-1.0.0 以来的变更（1 个未变）\n\n没有变更。\n'.replace('\\-', '-'));
    expect((await cli(['pack', '--since', 'old/manifest.json'], dir)).stderr).toContain('old/manifest.json: not a pack manifest');
    writeFileSync(join(dir, 'broken.json'), '{');
    expect((await cli(['pack', '--since', 'broken.json'], dir))).toMatchObject({ code: 2, stderr: expect.stringContaining('broken.json: not a pack manifest') });
  });
  it('refuses templates without a target text and an empty pack', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': 'templates:\n  - id: a\n    text:\n      zh: 您好\n' });
    const r = await cli(['pack'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('template “a” (templates/a.yaml): no “ru” text to publish');
    const empty = project({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': 'templates: []\n' });
    expect((await cli(['pack'], empty)).stderr).toContain('the pack has no templates');
  });
});

describe('otvet init (in process)', () => {
  it('derives a pack name from the directory', () => {
    expect(packNameFor('/x/My Shop 2024')).toBe('my-shop-2024');
    expect(packNameFor('/x/商店')).toBe('my-shop');
    expect(scaffoldFiles('x').map(([p]) => p)).toEqual(['otvet.config.yaml', 'templates/example.yaml', 'glossary/terms.yaml', '.githooks/pre-commit']);
  });
  it('writes the scaffold once, which lints clean, in every language', async () => {
    const dir = project({ 'templates/keep.yaml': file(tmpl('keep', 'Спасибо за покупку.')) });
    const r = await cli(['init', '--lang', 'ru'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('создан otvet.config.yaml');
    expect((await cli(['lint'], dir)).code).toBe(0);
    const again = await cli(['init', '--lang', 'zh'], dir);
    expect(again.stdout).toContain('保留 otvet.config.yaml（文件已存在，未覆盖）');
  });
  const schemaLine = (text: string): string | undefined => /^# yaml-language-server: \$schema=(.+)\n/.exec(text)?.[1];
  it('points each YAML file at its schema in an installed otvet package, found upwards from the project', async () => {
    // A workspace: otvet installed at its root, the project in a subdirectory.
    const root = project({ 'node_modules/otvet/schema/templates.schema.json': '{}', 'shop/README.md': '' });
    const dir = join(root, 'shop');
    expect((await cli(['init'], dir)).code).toBe(0);
    expect(schemaLine(readFileSync(join(dir, 'otvet.config.yaml'), 'utf8'))).toBe('../node_modules/otvet/schema/otvet.config.schema.json');
    expect(schemaLine(readFileSync(join(dir, 'templates/example.yaml'), 'utf8'))).toBe('../../node_modules/otvet/schema/templates.schema.json');
    expect(schemaLine(readFileSync(join(dir, 'glossary/terms.yaml'), 'utf8'))).toBe('../../node_modules/otvet/schema/glossary.schema.json');
    expect(readFileSync(join(dir, '.githooks/pre-commit'), 'utf8')).toMatch(/^#!\/bin\/sh\n/);
    expect((await cli(['lint'], dir)).code).toBe(0);
  });
  it('writes no schema line where otvet is not installed in the project', async () => {
    const dir = project({ 'node_modules/other/schema/templates.schema.json': '{}' });
    expect((await cli(['init'], dir)).code).toBe(0);
    for (const path of ['otvet.config.yaml', 'templates/example.yaml', 'glossary/terms.yaml']) expect(schemaLine(readFileSync(join(dir, path), 'utf8'))).toBeUndefined();
  });
});
