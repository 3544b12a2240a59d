import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { pluralMessages, plural } from '../i18n.js';
import { cli, useProjects } from '../cli.test-helper.js';
import { wrapText } from './stylish-table.js';
import { run } from '../main.js';

const project = useProjects('stylish-wrap');
/** A tilde (error, fixable) and a long calque message (warning). */
const WAIT = 'templates:\n  - id: wait\n    text:\n      zh: 请稍等\n      ru: Подождите немного~\n';

async function lint(dir: string, args: string[], columns?: number): Promise<string> {
  let stdout = '';
  await run(['lint', ...args], { cwd: dir, env: { LANG: 'C' }, stdout: (t) => (stdout += t), stderr: () => {}, color: false, ...(columns ? { columns } : {}) });
  return stdout;
}

describe('wrapText', () => {
  it('breaks between words, never wider than the width', () => {
    const lines = wrapText('Write the shop name as it is registered, with a capital letter', 20);
    expect(lines).toEqual(['Write the shop name', 'as it is registered,', 'with a capital', 'letter']);
  });
  it('breaks Chinese between any two characters (two columns each), not before closing punctuation', () => {
    const lines = wrapText('请删除波浪号：在中文聊天里显得亲切，但俄罗斯买家会觉得轻浮。', 12);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(14);
    expect(lines.join('')).toBe('请删除波浪号：在中文聊天里显得亲切，但俄罗斯买家会觉得轻浮。');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。：]/u);
  });
  it('cuts a word longer than the line', () => {
    expect(wrapText('абвгдежзиклмнопрст', 6)).toEqual(['абвгде', 'жзиклм', 'нопрст']);
  });
});

describe('the stylish report on a terminal', () => {
  it('wraps long messages to the width, keeping the rule on each finding’s first line', async () => {
    const dir = project({ 'wait.yaml': WAIT });
    const wide = await lint(dir, ['wait.yaml', '--lang', 'zh']);
    // Into a pipe: one line per finding (the calque's message is far wider than 100 columns).
    expect(wide.split('\n').some((l) => stringWidth(l) > 100)).toBe(true);
    const narrow = await lint(dir, ['wait.yaml', '--lang', 'zh'], 100);
    const lines = narrow.split('\n');
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
    const calque = lines.findIndex((l) => l.startsWith('5:11-5:28'));
    expect(lines[calque]).toMatch(/ tone-calque$/u);
    expect(lines[calque + 1]).toMatch(/^ {15}\S/u);
    expect(lines.find((l) => l.startsWith('5:28-5:29'))).toMatch(/ tone-tilde$/u);
    // Nothing is lost: the wrapped words are the message's words.
    const words = (s: string): string => s.replace(/\s+/gu, '');
    const message = wide.split('\n').find((l) => l.startsWith('5:11-5:28'))!.replace(/^5:11-5:28 +警告 +/u, '').replace(/ +tone-calque$/u, '');
    const rows = lines.slice(calque, lines.findIndex((l) => l.startsWith('5:28-5:29')));
    expect(words(rows.join(' ').replace(/^5:11-5:28 +警告 +/u, '').replace(/ +tone-calque/u, ''))).toBe(words(message));
  });
});

describe('the counts and the fixable line', () => {
  it('says the counts and how many can be fixed, in each language', async () => {
    const dir = project({ 'wait.yaml': WAIT });
    expect(await lint(dir, ['wait.yaml'])).toContain('\n2 messages (✖ 1 error, ⚠ 1 warning)\n1 problem can be fixed with `otvet lint --fix`.\n');
    expect(await lint(dir, ['wait.yaml', '--lang', 'ru'])).toContain('\n2 сообщения (✖ 1 ошибка, ⚠ 1 предупреждение)\n1 проблему можно исправить командой `otvet lint --fix`.\n');
    expect(await lint(dir, ['wait.yaml', '--lang', 'zh'])).toContain('\n共 2 条消息（✖ 1 个错误，⚠ 1 个警告）\n其中 1 个问题可以用 `otvet lint --fix` 自动修复。\n');
  });
  it('has no fixable line when nothing can be fixed, and counts only errors with --quiet', async () => {
    const dir = project({ 'calque.yaml': WAIT.replace('немного~', 'немного') });
    const out = await lint(dir, ['calque.yaml']);
    expect(out).toContain('\n⚠ 1 warning\n');
    expect(out).not.toContain('--fix');
    const quiet = await cli(['lint', '--quiet', 'wait.yaml'], project({ 'wait.yaml': WAIT }));
    expect(quiet.stdout).toContain('\n✖ 1 error\n1 problem can be fixed');
    expect(quiet.stdout).not.toContain('tone-calque');
  });
  it('has every plural form each language needs', () => {
    for (const [id, byLang] of Object.entries(pluralMessages)) {
      for (const [lang, forms] of Object.entries(byLang)) {
        for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) expect(forms, `${id} ${lang} ${category}`).toHaveProperty(category);
      }
    }
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => plural('ru', 'count-errors', n))).toEqual(['1 ошибка', '2 ошибки', '5 ошибок', '11 ошибок', '21 ошибка', '22 ошибки', '25 ошибок', '111 ошибок']);
    expect([1, 2].map((n) => plural('en', 'count-warnings', n))).toEqual(['1 warning', '2 warnings']);
    expect(plural('zh', 'count-problems', 3)).toBe('3 个问题');
    // Big counts grouped as each language writes them (Russian with a no-break space).
    expect(plural('en', 'count-templates', 10000)).toBe('10,000 templates');
    expect(plural('zh', 'count-templates', 10000)).toBe('10,000 个模板');
    expect(plural('ru', 'count-templates', 10000)).toBe('10\u00a0000 шаблонов');
    expect(plural('ru', 'count-words', 1001)).toBe('1\u00a0001 слово');
    expect(plural('en', 'count-words', 999)).toBe('999 words');
  });
});

describe('reportColumns', () => {
  it('takes COLUMNS when it is a positive number, else the terminal’s width, else none', async () => {
    const { reportColumns } = await import('../io.js');
    expect(reportColumns({ isTTY: false }, { COLUMNS: '100' })).toBe(100);
    expect(reportColumns({ isTTY: true, columns: 120 }, {})).toBe(120);
    expect(reportColumns({ isTTY: true, columns: 120 }, { COLUMNS: 'wide' })).toBe(120);
    expect(reportColumns({ isTTY: false, columns: 120 }, {})).toBeUndefined();
    expect(reportColumns({ isTTY: false }, { COLUMNS: '0' })).toBeUndefined();
  });
});
