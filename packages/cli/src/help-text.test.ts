import { beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { HELP, loadHelpLayout, wrapHelp } from './help-text.js';
import { helpTexts } from './main.js';
import { cli, useProjects } from './cli.test-helper.js';

const project = useProjects('help-text');

describe('--help in every language', () => {
  const en = helpTexts('en');
  for (const lang of ['zh', 'ru'] as const) {
    it(`has every text of the commands in ${lang}`, () => {
      const texts = helpTexts(lang);
      expect(texts).toHaveLength(en.length);
      const untranslated = en.filter((text, i) => text && texts[i] === text);
      expect(untranslated).toEqual([]);
      const script = lang === 'zh' ? /\p{Script=Han}/u : /\p{Script=Cyrillic}/u;
      for (const text of texts.filter(Boolean)) expect(text, text).toMatch(script);
    });
  }
  it('has no translation that the program does not use', () => {
    const used = new Set(helpTexts('en'));
    const unused = Object.keys(HELP).filter((k) => !used.has(k) && !['output format', 'display help for command', 'output the version number'].includes(k));
    expect(unused).toEqual([]);
  });
  it('prints the help’s headings and texts in the language asked for', async () => {
    const dir = project({});
    const zh = await cli(['lint', '--help', '--lang', 'zh'], dir);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法：/u);
    expect(zh.stdout).toContain('选项：');
    expect(zh.stdout).toContain('只报告错误');
    expect(zh.stdout).toContain('显示命令的帮助');
    const ru = await cli(['--help'], dir, { OTVET_LANG: 'ru' });
    expect(ru.stdout).toContain('Команды:');
    expect(ru.stdout).toContain('показать номер версии');
  });
  it('lines up and wraps Chinese by the columns it takes: descriptions in one column, no line over 80, none starting with a closing mark', async () => {
    const dir = project({});
    for (const args of [['--help'], ['lint', '--help'], ['pack', '--help']]) {
      const { stdout } = await cli([...args, '--lang', 'zh'], dir);
      const lines = stdout.split('\n');
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
      // Where each entry's description starts: the same column for every entry of the help.
      const starts = new Set(lines.filter((l) => /^ {2}\S/u.test(l) && /\S {2,}\S/u.test(l.slice(2))).map((l) => stringWidth(/^( {2}\S.*?\s{2,})\S/u.exec(l)![1]!)));
      expect(starts.size, stdout).toBe(1);
      // A continuation line starts at that column, never with 「，」「。」「）」.
      const [column] = [...starts];
      for (const line of lines.filter((l) => /^ {10,}\S/u.test(l))) {
        expect(line.length - line.trimStart().length).toBe(column);
        expect(line.trimStart()).not.toMatch(/^[，。、；：！？）」』》]/u);
      }
    }
  });
});

describe('wrapHelp', () => {
  beforeAll(loadHelpLayout);
  it('breaks between Chinese characters, keeping marks with their characters, and at spaces elsewhere', () => {
    expect(wrapHelp('创建 otvet.config.yaml、示例模板、术语表和提交前钩子（从不覆盖已有文件）', 40)).toBe('创建 otvet.config.yaml、示例模板、术语表\n和提交前钩子（从不覆盖已有文件）');
    expect(wrapHelp('the error rate of every template and of the whole pack, as a table', 40)).toBe('the error rate of every template and of\nthe whole pack, as a table');
    for (const line of wrapHelp('修正'.repeat(30) + '，结束。', 40).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(40);
  });
});

describe('usage errors in the user’s language', () => {
  it('says what is wrong, with commander’s suggestion, and exits 2', async () => {
    const dir = project({});
    expect(await cli(['lint', '--bogus', '--lang', 'zh'], dir)).toEqual({ code: 2, stdout: '', stderr: '未知选项“--bogus”。请参阅 otvet --help。\n' });
    expect(await cli(['verify', '--lang', 'ru'], dir)).toEqual({ code: 2, stdout: '', stderr: 'Не хватает аргумента «pack». Справка: otvet --help.\n' });
    expect(await cli(['lnit'], dir)).toEqual({ code: 2, stdout: '', stderr: 'Unknown command “lnit”. Did you mean init, lint? See otvet --help.\n' });
    expect((await cli(['lint', '-f'], dir, { OTVET_LANG: 'zh' })).stderr).toBe('选项“-f, --format <format>”需要一个值。请参阅 otvet --help。\n');
    expect((await cli(['verify', 'a', 'b'], dir)).stderr).toBe('Too many arguments for “verify”. See otvet --help.\n');
  });
  it('follows the project’s lang: as the commands do', async () => {
    const dir = project({ 'otvet.config.yaml': 'lang: ru\n' });
    expect((await cli(['lint', '--bogus'], dir)).stderr).toBe('Неизвестный параметр «--bogus». Справка: otvet --help.\n');
  });
});
