/** The project's `lang:` in otvet.config.yaml: below --lang and OTVET_LANG, above the system locale. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from './cli.test-helper.js';

const project = useProjects('lang-config');
const WAIT = 'templates:\n  - id: wait\n    text:\n      zh: 请稍等\n      ru: Подождите немного~\n';
const TILDE = { en: 'Remove the tilde', zh: '请删除波浪号', ru: 'Уберите тильду' };

describe('lang: in the config', () => {
  it('is the language of lint and score when neither --lang nor OTVET_LANG says', async () => {
    const dir = project({ 'otvet.config.yaml': 'lang: zh\n', 'templates/wait.yaml': WAIT });
    const lint = await cli(['lint'], dir);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(TILDE.zh);
    expect(lint.stdout).not.toContain(TILDE.en);
    expect((await cli(['score'], dir)).stdout).toContain('错误率');
    // Without it, the locale (LANG=C: English).
    const plain = project({ 'otvet.config.yaml': 'source: zh\n', 'templates/wait.yaml': WAIT });
    expect((await cli(['lint'], plain)).stdout).toContain(TILDE.en);
  });

  it('gives way to OTVET_LANG, and both to --lang', async () => {
    const dir = project({ 'otvet.config.yaml': 'lang: zh\n', 'templates/wait.yaml': WAIT });
    expect((await cli(['lint'], dir, { OTVET_LANG: 'ru' })).stdout).toContain(TILDE.ru);
    expect((await cli(['lint', '--lang', 'en'], dir, { OTVET_LANG: 'ru' })).stdout).toContain(TILDE.en);
  });

  it('is found above the first path when the working directory has no config, and by --config', async () => {
    const dir = project({ 'shop/otvet.config.yaml': 'lang: ru\n', 'shop/templates/wait.yaml': WAIT, 'elsewhere/otvet.config.yaml': 'lang: zh\n' });
    expect((await cli(['lint', 'shop/templates/wait.yaml'], dir)).stdout).toContain(TILDE.ru);
    expect((await cli(['lint', '--config', 'elsewhere/otvet.config.yaml', 'shop/templates/wait.yaml'], dir)).stdout).toContain(TILDE.zh);
  });

  it('speaks to the config’s own errors too, and a value outside zh, en, ru is one of them', async () => {
    const dir = project({ 'otvet.config.yaml': 'lang: zh\nmaxLenght: 10\n', 'templates/wait.yaml': WAIT });
    const typo = await cli(['lint'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^otvet\.config\.yaml:2:1: 未知的配置项“maxLenght”/u);
    const bad = project({ 'otvet.config.yaml': 'lang: fr\n', 'templates/wait.yaml': WAIT });
    const refused = await cli(['lint'], bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^otvet\.config\.yaml:1:7: Invalid config: lang: must be one of: zh, en, ru\./u);
  });

  it('is the language of pack and of the glossary commands', async () => {
    const dir = project({ 'otvet.config.yaml': 'lang: ru\npack: { name: shop, version: 1.0.0 }\n', 'templates/ok.yaml': 'templates:\n  - id: ok\n    text:\n      zh: 谢谢\n      ru: Спасибо за заказ.\n', 'glossary/terms.yaml': 'terms: []\n' });
    const pack = await cli(['pack'], dir);
    expect(pack.code).toBe(0);
    expect(pack.stderr).toMatch(/[А-Яа-яЁё]/u);
    expect(pack.stderr).not.toContain('Pack written');
    const check = await cli(['glossary', 'check'], dir);
    expect(check.stdout + check.stderr).toMatch(/[А-Яа-яЁё]/u);
  });
});

describe('otvet init --lang', () => {
  it('writes the language asked for into the config as its lang:, and none when not asked', async () => {
    const zh = project({});
    expect((await cli(['init', '--lang', 'zh'], zh)).code).toBe(0);
    expect(readFileSync(join(zh, 'otvet.config.yaml'), 'utf8')).toMatch(/^lang: zh +# /mu);
    // The project's hook (otvet lint --context) then speaks Chinese under an English locale.
    const hook = await cli(['lint'], zh);
    expect(hook.stdout).toContain('错误率');
    const plain = project({});
    expect((await cli(['init'], plain)).code).toBe(0);
    expect(readFileSync(join(plain, 'otvet.config.yaml'), 'utf8')).not.toMatch(/^lang:/mu);
  });

  it('writes the files’ comments in the language it runs in, and they still lint clean', async () => {
    for (const [lang, script, says] of [['zh', /\p{Script=Han}/u, '买家阅读的语言'], ['ru', /\p{Script=Cyrillic}/u, 'язык, который читают покупатели']] as const) {
      const dir = project({});
      expect((await cli(['init', '--lang', lang], dir)).code).toBe(0);
      const config = readFileSync(join(dir, 'otvet.config.yaml'), 'utf8');
      expect(config).toContain(`target: ru                          # ${says}`);
      for (const comment of config.split('\n').filter((l) => l.includes('#'))) expect(comment.slice(comment.indexOf('#')), comment).toMatch(script);
      const hook = readFileSync(join(dir, '.githooks/pre-commit'), 'utf8');
      expect(hook.split('\n')[1]).toMatch(script);
      expect(readFileSync(join(dir, 'templates/example.yaml'), 'utf8').split('\n')[0]).toMatch(script);
      expect((await cli(['lint'], dir)).code).toBe(0);
    }
    // In English, as before.
    const en = project({});
    await cli(['init'], en);
    expect(readFileSync(join(en, 'otvet.config.yaml'), 'utf8')).toContain('target: ru                          # the language buyers read');
  });
});

describe('the rate line', () => {
  it('counts words with the plural forms of each language', async () => {
    const one = project({ 'otvet.config.yaml': 'source: zh\n', 'templates/a.yaml': 'templates:\n  - id: a\n    text:\n      zh: 谢谢\n      ru: Спасибо.\n' });
    expect((await cli(['lint'], one)).stdout).toContain('Error rate 0.0 % over 1 word — pass.');
    expect((await cli(['lint', '--lang', 'ru'], one)).stdout).toContain('Доля ошибок 0.0 % на 1 слово — принят.');
    const two = project({ 'otvet.config.yaml': 'source: zh\n', 'templates/a.yaml': 'templates:\n  - id: a\n    text:\n      zh: 谢谢\n      ru: Спасибо большое.\n' });
    expect((await cli(['lint', '--lang', 'ru'], two)).stdout).toContain('на 2 слова — принят.');
  });
});
