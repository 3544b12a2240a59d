import { describe, expect, it } from 'vitest';
import { HELP } from './help-text.js';
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
