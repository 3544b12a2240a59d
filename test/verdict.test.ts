/**
 * The verdict end to end, with the built CLI: what could not be read is never “pass” (lint, score,
 * pack, the HTML and JSON reports), and one defect reported by several rules is counted once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, otvet, ROOT, STACK_TRACE, type Project } from './helpers.js';

const projects: Project[] = [];
afterAll(() => projects.forEach((p) => p.remove()));
const project = (files: Record<string, string>): Project => {
  const p = makeProject(files);
  projects.push(p);
  return p;
};

const CONFIG = 'source: zh\ntarget: ru\npack: { name: shop, version: 1.0.0 }\n';
const tmpl = (id: string, ru: string, extra = ''): string => `  - id: ${id}\n    title: ${id}\n${extra}    text:\n      zh: 您好\n      ru: ${ru}\n`;
const file = (...t: string[]): string => `templates:\n${t.join('')}`;
const GOOD = 'Спасибо за покупку, ждём Вас снова.';
// A text with «: » left unquoted: YAML reads a new key and the whole file is unreadable.
const BROKEN = 'templates:\n  - id: wechat\n    title: wechat\n    text:\n      zh: 微信\n      ru: WeChat: shop_cn888\n';
const schema = JSON.parse(readFileSync(join(ROOT, 'packages/cli/schema/report.schema.json'), 'utf8')) as object;

/** A pack of one clean file and one YAML-broken file. */
const brokenPack = (): Project => project({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('thanks', GOOD)), 'templates/b.yaml': BROKEN });

describe('a file YAML cannot parse is not checked, never “pass”', () => {
  it('otvet lint says so in the summary line, in every language, and exits 1', () => {
    const p = brokenPack();
    const r = otvet(['lint'], p.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('yaml-syntax');
    expect(r.stdout).toContain('Error rate 0.0 % over 6 words — not checked (fix the YAML or schema errors first).\n');
    expect(r.stdout).toContain('Not checked, so left out of the error rate: templates/b.yaml.\n');
    expect(r.stdout).not.toMatch(/— pass/);
    const zh = otvet(['lint', '--lang', 'zh'], p.dir);
    expect(zh.stdout).toContain('错误率 0.0 %（共 6 个词）— 未检查（请先修正 YAML 或结构错误）。');
    expect(zh.stdout).not.toContain('通过');
    const ru = otvet(['lint', '--lang', 'ru'], p.dir);
    expect(ru.stdout).toContain('— не проверен (сначала исправьте ошибки YAML или схемы).');
    expect(ru.stdout).not.toContain('принят');
  });
  it('otvet score shows the file as not checked, the pack as not checked, and exits 1', () => {
    const p = brokenPack();
    const r = otvet(['score'], p.dir);
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n');
    expect(rows.find((l) => l.startsWith('templates/b.yaml'))).toMatch(/^templates\/b\.yaml\s+\(the file\)\s+not checked$/);
    expect(rows.find((l) => l.includes(' pack '))).toMatch(/^\s+pack\s+6\s+0\s+0\.0 %\s+not checked$/);
    expect(r.stderr).toBe('Not checked, so left out of the error rate: templates/b.yaml.\n');
    const zh = otvet(['score', '--lang', 'zh'], p.dir);
    expect(zh.stdout).toMatch(/templates\/b\.yaml\s+（整个文件）\s+未检查/);
  });
  it('otvet pack refuses with a clear message in every language, writes nothing and exits 1', () => {
    const p = brokenPack();
    const r = otvet(['pack'], p.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('  templates/b.yaml: not checked — the file (or an entry of its template list) could not be read as templates; fix the YAML or schema errors above\n');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(join(p.dir, 'dist'))).toBe(false);
    expect(otvet(['pack', '--lang', 'zh'], p.dir).stderr).toContain('templates/b.yaml：未检查 — 无法把该文件');
    expect(otvet(['pack', '--lang', 'ru'], p.dir).stderr).toContain('templates/b.yaml: не проверен — файл');
  });
  it('the HTML report shows “not checked” in the header, the title and on the file, and exits 1', () => {
    const p = brokenPack();
    const r = otvet(['lint', '--format', 'html'], p.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<title>otvet: template check — not checked</title>');
    const summary = /<header class="top v-unchecked">([\s\S]*?)<\/header>/.exec(r.stdout)?.[1] ?? '';
    expect(summary).toContain('<strong>0.0 %</strong> <span class="verdict verdict-unchecked">not checked</span>');
    expect(summary).toContain('Not checked, so left out of the error rate: templates/b.yaml.');
    expect(/<p class="headline summary">.*?<\/p>/u.exec(summary)?.[0]).not.toContain('verdict-pass');
    expect(r.stdout).toContain('<h2>templates/b.yaml <span class="verdict verdict-unchecked">not checked</span></h2>');
    expect(otvet(['lint', '--format', 'html', '--lang', 'zh'], p.dir).stdout).toContain('<span class="verdict verdict-unchecked">未检查</span>');
  });
  it('the JSON report marks the file and the summary, matches the schema, and exits 1', () => {
    const p = brokenPack();
    const r = otvet(['lint', '--format', 'json'], p.dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { path: string; checked: boolean }[]; summary: Record<string, unknown> };
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.files.map((f) => [f.path, f.checked])).toEqual([['templates/a.yaml', true], ['templates/b.yaml', false]]);
    expect(report.summary).toMatchObject({ verdict: 'unchecked', errorRate: 0, unchecked: { files: 1, templates: 0 } });
    expect(otvet(['score', '--format', 'json'], p.dir).code).toBe(1);
  });
  it('a lone broken file is not checked either (no template was read at all)', () => {
    const p = project({ 'otvet.config.yaml': CONFIG, 'templates/b.yaml': 'templates:\n  - id: "x\n    text: { ru: Да }\n' });
    const r = otvet(['lint'], p.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('— not checked');
    expect(r.stdout).toContain('Not checked, so left out of the error rate: templates/b.yaml.');
  });
});

describe('a file that is not UTF-8', () => {
  it('stops lint, score and pack with exit 2 and the file named, before any verdict', () => {
    const gbk = new Uint8Array([...Buffer.from('templates:\n  - id: x\n    text:\n      zh: '), 0xc4, 0xfa, 0xba, 0xc3, 0x0a]);
    const p = makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('thanks', GOOD)) });
    projects.push(p);
    p.write('templates/gbk.yaml', gbk);
    for (const command of ['lint', 'score', 'pack']) {
      const r = otvet([command], p.dir);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toMatch(/^templates\/gbk\.yaml:4:11: The file is not UTF-8/);
      expect(r.stdout + r.stderr, command).not.toMatch(/pass|Error rate/);
    }
  });
});

describe('a template that fails the schema is not checked; the others keep their verdicts', () => {
  // 37 words: one schema error is 2.7 %, under the revise threshold.
  const LONG =
    'Здравствуйте! Спасибо, что выбрали наш магазин. Мы отправим заказ в течение двух дней, а трек-номер появится в карточке заказа на Ozon. ' +
    'Если появятся вопросы, пишите в этот чат, мы всегда рады помочь и ответим как можно скорее.';
  const files = { 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('welcome', LONG, '    titel: x\n'), tmpl('thanks', GOOD)) };
  it('in lint, score and the JSON report', () => {
    const p = project(files);
    const lint = otvet(['lint'], p.dir);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('Unknown field “titel”');
    expect(lint.stdout).toContain('— not checked');
    expect(lint.stdout).toContain('Not checked, so left out of the error rate: welcome (templates/a.yaml).');
    const score = otvet(['score'], p.dir);
    expect(score.code).toBe(1);
    expect(score.stdout).toMatch(/templates\/a\.yaml\s+welcome\s+37\s+—\s+—\s+not checked/);
    expect(score.stdout).toMatch(/templates\/a\.yaml\s+thanks\s+6\s+0\s+0\.0 %\s+pass/);
    const json = JSON.parse(otvet(['lint', '--format', 'json'], p.dir).stdout) as { files: { checked: boolean; templates: { id: string; verdict: string }[] }[]; summary: { verdict: string } };
    expect(json.files[0]!.checked).toBe(true);
    expect(json.files[0]!.templates.map((t) => [t.id, t.verdict])).toEqual([['welcome', 'unchecked'], ['thanks', 'pass']]);
    expect(json.summary.verdict).toBe('unchecked');
    // JUnit: the case fails and says it was not checked, without a rate.
    const junit = otvet(['lint', '--format', 'junit'], p.dir).stdout;
    const welcome = /<testcase name="welcome"[\s\S]*?<\/testcase>/.exec(junit)?.[0] ?? '';
    expect(welcome).toContain('Not checked: fix the YAML or schema errors first.');
    expect(welcome).not.toContain('Error rate');
  });
  it('in pack', () => {
    const p = project(files);
    const r = otvet(['pack'], p.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('  template “welcome” (templates/a.yaml): not checked — its entry does not match the template format; fix the schema errors above\n');
    expect(otvet(['pack', '--lang', 'ru'], p.dir).stderr).toContain('шаблон «welcome» (templates/a.yaml): не проверен');
  });
});

describe('one defect reported by several rules is counted once', () => {
  it('«Дорогой друг» (a calque and a familiar address on the same words) weighs one warning', () => {
    const p = project({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('dear', 'Дорогой друг, спасибо за покупку в нашем магазине.')) });
    const json = JSON.parse(otvet(['lint', '--format', 'json'], p.dir).stdout) as { files: { templates: { penalty: number; errorRate: number }[]; messages: { ruleId: string; line: number; column: number }[] }[] };
    const [f] = json.files;
    // Both findings are still listed, at the same place.
    const rules = f!.messages.filter((m) => m.line === 6 && m.column === 11).map((m) => m.ruleId).sort();
    expect(rules).toEqual(['tone-calque', 'tone-familiar']);
    expect(f!.templates[0]).toMatchObject({ penalty: 0.5, errorRate: 0.0625 });
    const score = otvet(['score'], p.dir);
    expect(score.stdout).toMatch(/dear\s+8\s+0\.5\s+6\.3 %\s+reject/);
  });
});

describe('the bundled example pack', () => {
  it('still lints clean: pass, exit 0', () => {
    const r = otvet(['lint', 'templates'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/— pass\.\n$/);
  });
});
