import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from './cli.test-helper.js';
import { detectLang, formatRate } from './i18n.js';

const project = useProjects('cli');

// 11 words, one tilde: 1 / 11 = 9.1 % > 5 %.
const ELEVEN = 'Здравствуйте! Ваш заказ уже собран и будет передан в доставку сегодня~';
const tmpl = (id: string, ru: string): string => `  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`;
const file = (...t: string[]): string => `templates:\n${t.join('')}`;

describe('otvet lint', () => {
  it('lints the config’s templates by default and exits 0 when clean', async () => {
    const dir = project({ 'templates/a.yaml': file(tmpl('a', 'Спасибо за покупку.')) });
    const r = await cli(['lint'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('Error rate 0.0 % over 3 words — pass.\n');
  });
  it('reports findings in stylish format and exits 1', async () => {
    const dir = project({ 'templates/a.yaml': file(tmpl('late', ELEVEN)) });
    const r = await cli(['lint'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('templates/a.yaml\n5:80-5:81 error Remove the tilde “~”');
    expect(r.stdout).toContain('✖ 1 error');
    expect(r.stdout).toContain('Error rate 9.1 % over 11 words — reject (Ozon is likely to reject it).');
  });
  it('prints where the time went with TIMING (steps, rules, total), limited by a number', async () => {
    const dir = project({ 't.yaml': file(tmpl('late', ELEVEN)) });
    const r = await cli(['lint', 't.yaml'], dir, { TIMING: 'all' });
    const rows = r.stderr.trim().split('\n');
    expect(rows[0]).toMatch(/^step or rule\s+ms$/);
    for (const step of ['(node start + otvet load)', '(config + files)', '(yaml + schema)', '(placeholders + retext)', 'tone-tilde', 'spelling', 'total']) {
      expect(rows.some((row) => new RegExp(`^${step.replace(/[()+]/g, '\\$&')}\\s+\\d+\\.\\d$`).test(row)), step).toBe(true);
    }
    // Header, at most 20 rows (TIMING=1 is the usual “on”), total; a number over 20 asks for more.
    const all = rows.length;
    expect(all).toBeGreaterThan(1 + 25 + 1);
    expect((await cli(['lint', 't.yaml'], dir, { TIMING: '1' })).stderr.trim().split('\n')).toHaveLength(1 + 20 + 1);
    expect((await cli(['lint', 't.yaml'], dir, { TIMING: '25' })).stderr.trim().split('\n')).toHaveLength(1 + 25 + 1);
    expect((await cli(['lint', 't.yaml'], dir, {})).stderr).toBe('');
  });
  it('speaks Chinese and Russian', async () => {
    const dir = project({ 't.yaml': file(tmpl('late', ELEVEN)) });
    expect((await cli(['lint', 't.yaml', '--lang', 'zh'], dir)).stdout).toContain('请删除波浪号“~”');
    expect((await cli(['lint', 't.yaml', '--lang', 'ru'], dir)).stdout).toContain('Уберите тильду «~»');
    expect((await cli(['lint', 't.yaml'], dir, { OTVET_LANG: 'zh_CN.UTF-8' })).stdout).toContain('错误率 9.1 %');
    expect((await cli(['lint', 't.yaml'], dir, { LANG: 'ru_RU.UTF-8' })).stdout).toContain('Доля ошибок 9.1 %');
  });
  it('writes a JSON report that matches the published schema', async () => {
    const dir = project({ 't.yaml': file(tmpl('late', ELEVEN), tmpl('ok', 'Спасибо за покупку.')), 'u.yaml': 'templates:\n  - id: x\n    txt: {}\n' });
    const r = await cli(['lint', '--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: Record<string, unknown>; files: { path: string; templates: unknown[]; messages: unknown[] }[] };
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../schema/report.schema.json', import.meta.url)), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate.errors ?? validate(report)).toBe(true);
    expect(report.files.map((f) => f.path)).toEqual(['t.yaml', 'u.yaml']);
    expect(report.files[0]!.templates[0]).toEqual({ id: 'late', words: 11, penalty: 1, errorRate: 0.090909, verdict: 'reject', headroom: { revise: 0, reject: 0 } });
    expect(report.files[0]!.messages[0]).toEqual({
      ruleId: 'tone-tilde', severity: 'error', message: expect.stringContaining('Remove the tilde'), line: 5, column: 80, endLine: 5, endColumn: 81,
      templateId: 'late', locale: 'ru', fix: { range: [126, 127], text: '' }, actual: '~', expected: [''], url: 'packages/rules/src/tone-tilde/README.md',
    });
    // u.yaml's template has no text: it was not checked, and neither is the pack.
    expect(report.files[1]!.templates).toEqual([{ id: 'x', words: 0, penalty: 2, errorRate: 2, verdict: 'unchecked' }]);
    expect(report.summary).toMatchObject({ files: 2, templates: 3, errors: 3, warnings: 0, verdict: 'unchecked', unchecked: { files: 0, templates: 1 } });
  });
  it('counts warnings against --max-warnings and hides them with --quiet', async () => {
    const dir = project({
      'otvet.config.yaml': 'rules:\n  tone-tilde: warning\nthresholds: { revise: 0.5, reject: 0.9 }\n',
      't.yaml': file(tmpl('a', 'Спасибо~ за покупку, ждём снова.')),
    });
    expect((await cli(['lint', 't.yaml'], dir)).code).toBe(0);
    const over = await cli(['lint', 't.yaml', '--max-warnings', '0'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('Too many warnings: 1 (at most 0 allowed with --max-warnings).\n');
    expect((await cli(['lint', 't.yaml', '--max-warnings', '1'], dir)).code).toBe(0);
    const quiet = await cli(['lint', 't.yaml', '--quiet'], dir);
    expect(quiet.stdout).not.toContain('tilde');
    const json = JSON.parse((await cli(['lint', 't.yaml', '--quiet', '-f', 'json'], dir)).stdout) as { files: { messages: unknown[] }[] };
    expect(json.files[0]!.messages).toEqual([]);
  });
  it('finds the config upwards and accepts globs', async () => {
    const dir = project({ 'otvet.config.yaml': 'templates: ["packs/*.yml"]\n', 'packs/a.yml': file(tmpl('a', 'Да~')), 'sub/x.txt': '' });
    // Paths are relative to the project's root (the config's directory), not to the current directory.
    expect((await cli(['lint'], join(dir, 'sub'))).stdout).toMatch(/^packs\/a\.yml$/m);
    expect((await cli(['lint', 'packs/*.yml'], dir)).code).toBe(1);
    expect((await cli(['lint', 'nothing/*.yml'], dir)).stderr).toBe('No template files found: nothing matches nothing/*.yml.\n');
  });
  it('reports unreadable input and usage errors with exit 2', async () => {
    const dir = project({ 'otvet.config.yaml': 'templates: ["none/*.yaml"]\n' });
    expect(await cli(['lint'], dir)).toMatchObject({ code: 2, stderr: 'No template files found: nothing matches none/*.yaml.\n' });
    expect((await cli([], dir)).code).toBe(2);
    expect((await cli(['--help'], dir)).code).toBe(0);
    expect((await cli(['--version'], dir)).stdout).toBe('0.1.0\n');
    expect((await cli(['lint', 'x.yaml', '--lang', 'xx'], dir)).stderr).toBe('Unknown language “xx”: use zh, en or ru.\n');
    expect((await cli(['lint', '--config', 'none.yaml'], dir)).stderr).toBe('No such file or directory: none.yaml.\n');
  });
});

describe('otvet score', () => {
  it('shows one tilde in an 11-word template as 9.1 % and reject', async () => {
    const dir = project({ 't.yaml': file(tmpl('late', ELEVEN), tmpl('ok', 'Спасибо за покупку.')) });
    const r = await cli(['score', 't.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      'file    template  words  penalty   rate  verdict  errors to revise  errors to reject',
      '──────  ────────  ─────  ───────  ─────  ───────  ────────────────  ────────────────',
      't.yaml  late         11        1  9.1 %  reject                  —                 —',
      't.yaml  ok            3        0  0.0 %  pass                    0                 0',
      '──────  ────────  ─────  ───────  ─────  ───────  ────────────────  ────────────────',
      '        pack         14        1  7.1 %  reject',
    ]);
  });
  it('says revise for a warning, and --strict makes that fail', async () => {
    const dir = project({ 'otvet.config.yaml': 'rules: { tone-tilde: warning }\n', 't.yaml': file(tmpl('late', ELEVEN)) });
    const r = await cli(['score', 't.yaml', '--lang', 'zh'], dir);
    expect(r.stdout).toMatch(/late\s+11\s+0\.5\s+4\.5 %\s+需修改/);
    expect(r.code).toBe(0);
    expect((await cli(['score', 't.yaml', '--strict'], dir)).code).toBe(1);
    const json = JSON.parse((await cli(['score', 't.yaml', '-f', 'json'], dir)).stdout) as { summary: { verdict: string } };
    expect(json.summary.verdict).toBe('revise');
  });
  it('fails when files cannot be scored', async () => {
    const dir = project({ 't.yaml': 'templates: [\n' });
    const r = await cli(['score', 't.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Not checked, so left out of the error rate: t.yaml.\n');
  });
});

describe('language choice', () => {
  it('prefers --lang, then OTVET_LANG, then the locale, then English', () => {
    expect(detectLang('ru', { OTVET_LANG: 'zh' })).toBe('ru');
    expect(detectLang(undefined, { OTVET_LANG: 'zh', LANG: 'ru_RU.UTF-8' })).toBe('zh');
    expect(detectLang(undefined, { LC_ALL: 'ru_RU.UTF-8' })).toBe('ru');
    expect(detectLang(undefined, { LANGUAGE: 'zh_CN:en' })).toBe('zh');
    expect(detectLang('fr', {})).toEqual({ invalid: 'fr' });
    // POSIX: the environment is the system locale; C or an unknown language means English.
    expect(detectLang(undefined, { LANG: 'C.UTF-8' }, 'linux')).toBe('en');
    expect(detectLang(undefined, { LANG: 'C.UTF-8', LANGUAGE: 'ru' }, 'linux')).toBe('ru');
    expect(detectLang(undefined, {}, 'linux')).toBe('en');
    // Windows has no locale variables: ICU's default locale decides.
    const icu = detectLang(undefined, {}, 'win32');
    expect(['en', 'zh', 'ru']).toContain(icu);
    expect(formatRate(0.0909)).toBe('9.1 %');
  });
});

describe('otvet lint --fix', () => {
  const messy = '\uFEFF# comment\r\ntemplates:\r\n  - id: wait # keep\r\n    placeholders: { order_number: { example: "1" } }\r\n    text:\r\n      ru: |-\r\n        Спасибо за покупку~\r\n        Заказ ｛order_number｝ проверим~~\r\n';
  it('prints a diff with --fix-dry-run and writes nothing', async () => {
    const dir = project({ 't.yaml': messy });
    const r = await cli(['lint', 't.yaml', '--fix-dry-run'], dir);
    expect(r.stdout).toMatch(/^--- a\/t\.yaml$/m);
    expect(r.stdout).toMatch(/^-        Спасибо за покупку~\r?$/m);
    expect(r.stdout).toMatch(/^\+        Спасибо за покупку!\r?$/m);
    expect(r.stderr).toBe('--fix would fix 4 problems in 1 file; nothing was written.\n');
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(messy);
    expect(r.code).toBe(0);
  });
  it('fixes in place keeping BOM, CRLF and comments, and is idempotent', async () => {
    const dir = project({ 't.yaml': messy });
    const r = await cli(['lint', 't.yaml', '--fix'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Fixed 4 problems in 1 file.\n');
    const fixed = readFileSync(join(dir, 't.yaml'), 'utf8');
    expect(fixed).toBe(messy.replace('покупку~', 'покупку!').replace('｛order_number｝', '{order_number}').replace('проверим~~', 'проверим'));
    expect(readdirSync(dir)).toEqual(['t.yaml']);
    const again = await cli(['lint', 't.yaml', '--fix'], dir);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(fixed);
  });
  it('reports what it could not fix and exits 1', async () => {
    const dir = project({ 't.yaml': file(tmpl('a', '"Подождите\\x7e, заказ {order_numbr}"')) });
    const r = await cli(['lint', 't.yaml', '--fix', '-f', 'json'], dir);
    const report = JSON.parse(r.stdout) as { files: { messages: { ruleId: string }[] }[] };
    expect(report.files[0]!.messages.map((m) => m.ruleId)).toEqual(['tone-tilde', 'placeholder-undeclared']);
    expect(r.code).toBe(1);
  });
});

describe('user phrasebooks from the config', () => {
  it('reports an invalid phrasebook at its line and column, with exit 2', async () => {
    const dir = project({
      'otvet.config.yaml': 'phrasebooks: ["phrasebooks/*.yaml"]\n',
      'phrasebooks/shop.yaml': 'entries:\n  - id: Bad Id\n    zh: [亲]\n',
      't.yaml': file(tmpl('a', 'Да.')),
    });
    const r = await cli(['lint', 't.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phrasebooks\/shop\.yaml:2:5: Invalid phrasebook file: \/entries\/0: the key “\w+” is missing\./m);
    expect(r.stderr).toMatch(/^phrasebooks\/shop\.yaml:2:9: Invalid phrasebook file: \/entries\/0\/id: does not have the expected form/m);
    const zh = await cli(['lint', 't.yaml', '--lang', 'zh'], dir);
    expect(zh.stderr).toMatch(/^phrasebooks\/shop\.yaml:2:5: 短语库文件无效：\/entries\/0: 缺少键“\w+”。/m);
  });
  it('names the mistake in a malformed pattern and points at it, not at the schema’s expression', async () => {
    const dir = project({
      'otvet.config.yaml': 'phrasebooks: ["p.yaml"]\n',
      'p.yaml': 'entries:\n  - id: fast\n    zh: [快]\n    patterns:\n      - "доставка [[быстрая"\n      - посылка|\n    better: [быстрая доставка]\n    why: { en: Word order., zh: 语序。, ru: Порядок слов. }\n',
      't.yaml': file(tmpl('a', 'Да.')),
    });
    const r = await cli(['lint', 't.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('p.yaml:5:19: Invalid phrasebook file: /entries/0/patterns/0 pattern “доставка [[быстрая”: unbalanced brackets in “[[быстрая”.\n');
    expect(r.stderr).toMatch(/^p\.yaml:6:17: Invalid phrasebook file: \/entries\/0\/patterns\/1 pattern “посылка\|”: “” is not a word/m);
    expect(r.stderr).not.toContain('must match pattern');
    const zh = await cli(['lint', 't.yaml', '--lang', 'zh'], dir);
    expect(zh.stderr).toContain('p.yaml:5:19: 短语库文件无效：/entries/0/patterns/0 模式“доставка [[быстрая”：“[[быстрая”中的方括号不成对。\n');
  });
  it('reports broken YAML and missing files', async () => {
    const dir = project({ 'otvet.config.yaml': 'phrasebooks: ["p.yaml"]\n', 'p.yaml': 'entries: [\n', 't.yaml': file(tmpl('a', 'Да.')) });
    expect((await cli(['lint', 't.yaml'], dir)).stderr).toMatch(/^p\.yaml:2:1: Not valid YAML: /);
    const none = project({ 'otvet.config.yaml': 'phrasebooks: ["none/*.yaml"]\n', 't.yaml': file(tmpl('a', 'Да.')) });
    expect(await cli(['lint', 't.yaml'], none)).toMatchObject({ code: 2, stderr: 'No files match none/*.yaml (phrasebooks in the config).\n' });
  });
});
