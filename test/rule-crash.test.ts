/**
 * A rule that throws, end to end with the built CLI. Users cannot add rules, so the fault is
 * injected into the runtime instead: a preloaded module makes `Intl.PluralRules#resolvedOptions`
 * throw, which only the placeholder-plural rule calls (to list a locale's plural categories).
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, makeProject, STACK_TRACE } from './helpers.js';

const project = makeProject({
  'otvet.config.yaml': 'source: zh\ntarget: ru\n',
  'templates/orders.yaml': [
    'templates:',
    '  - id: thanks',
    '    text:',
    '      zh: 谢谢',
    '      ru: Спасибо за покупку.',
    '  - id: items',
    '    text:',
    '      zh: 您有 {count} 件商品',
    '      ru: "В заказе {count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}."',
    '',
  ].join('\n'),
  'broken-intl.cjs': "Intl.PluralRules.prototype.resolvedOptions = function () { throw new RangeError('no plural data for this locale'); };\n",
});
afterAll(() => project.remove());

function otvet(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--require', './broken-intl.cjs', CLI, ...args], {
    cwd: project.dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a rule that throws (built CLI)', () => {
  it('stops with exit 2, naming the rule, template, file and line, without a stack trace', () => {
    const r = otvet(['lint']);
    expect(r.stderr).toBe(
      [
        'Rule “placeholder-plural” failed on template “items”: RangeError: no plural data for this locale',
        'Occurred while linting templates/orders.yaml:9, Rule: “placeholder-plural”.',
        'This is a defect of otvet, not of the templates; please report it.',
        'Run with DEBUG=1 to see the stack trace.',
        '',
      ].join('\n'),
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
  it('speaks Chinese and Russian', () => {
    const zh = otvet(['lint', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('规则“placeholder-plural”在检查模板“items”时出错：RangeError: no plural data for this locale\n出错位置：templates/orders.yaml:9，规则：“placeholder-plural”。');
    const ru = otvet(['lint', '--lang', 'ru']);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toContain('Правило «placeholder-plural» дало сбой на шаблоне «items»: RangeError: no plural data for this locale\nМесто: templates/orders.yaml:9, правило: «placeholder-plural».');
  });
  it('prints the stack trace with DEBUG', () => {
    const r = otvet(['lint'], { DEBUG: '1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Occurred while linting templates/orders.yaml:9, Rule: “placeholder-plural”.');
    expect(r.stderr).toMatch(/RangeError: no plural data for this locale\n\s+at .*broken-intl\.cjs/);
  });
});
