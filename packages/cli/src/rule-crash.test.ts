/**
 * A rule whose check throws stops the run with exit 2 and says which rule, file, template and
 * line; the stack only with DEBUG. Users cannot add rules, so the catalog is given a faulty rule here.
 */
import { asAnyRule, defineRule } from '@otvet/core';
import { describe, expect, it, vi } from 'vitest';
import { cli, useProjects } from './cli.test-helper.js';

vi.mock('@otvet/rules', async (importOriginal) => {
  const original = await importOriginal<typeof import('@otvet/rules')>();
  const broken = defineRule(
    {
      id: 'zz-broken',
      category: 'tone',
      description: { en: 'Throws on «сломай».', zh: '遇到«сломай»时抛出异常。', ru: 'Падает на «сломай».' },
      fixable: false,
      recommended: 'error',
      scope: 'target',
      defaults: {},
      messages: {},
    },
    (context) => {
      if (context.target.value.includes('сломай')) throw new TypeError('tree.children is undefined');
    },
  );
  const rules = new Map(original.catalog.rules);
  rules.set('zz-broken', asAnyRule(broken));
  return { ...original, catalog: { ...original.catalog, rules } };
});

const project = useProjects('rule-crash');
const files = {
  'otvet.config.yaml': 'source: zh\ntarget: ru\n',
  'templates/a.yaml': 'templates:\n  - id: fine\n    text:\n      zh: 谢谢\n      ru: Спасибо за покупку.\n  - id: broken\n    text:\n      zh: 你好\n      ru: Пожалуйста, сломай.\n',
};
const STACK = /^\s+at .+[(:]\d+/m;

describe('a rule that throws', () => {
  it('ends the run with exit 2, naming the rule, file, template and line (en, zh, ru), without a stack', async () => {
    const dir = project(files);
    const en = await cli(['lint', 'templates/a.yaml'], dir);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      [
        'Rule “zz-broken” failed on template “broken”: TypeError: tree.children is undefined',
        'Occurred while linting templates/a.yaml:9, Rule: “zz-broken”.',
        'This is a defect of otvet, not of the templates; please report it.',
        'Run with DEBUG=1 to see the stack trace.',
        '',
      ].join('\n'),
    );
    const zh = await cli(['lint', '--lang', 'zh', 'templates/a.yaml'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('规则“zz-broken”在检查模板“broken”时出错：TypeError: tree.children is undefined\n出错位置：templates/a.yaml:9，规则：“zz-broken”。');
    expect(zh.stderr).toContain('设置 DEBUG=1 运行可查看堆栈信息。');
    expect(zh.stderr).not.toMatch(STACK);
    const ru = await cli(['lint', '--lang', 'ru', 'templates/a.yaml'], dir);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toContain('Правило «zz-broken» дало сбой на шаблоне «broken»: TypeError: tree.children is undefined\nМесто: templates/a.yaml:9, правило: «zz-broken».');
    expect(ru.stderr).not.toMatch(STACK);
  });
  it('prints the rule’s stack trace with DEBUG', async () => {
    const dir = project(files);
    const r = await cli(['lint', 'templates/a.yaml'], dir, { DEBUG: '1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Occurred while linting templates/a.yaml:9, Rule: “zz-broken”.');
    expect(r.stderr).toMatch(/TypeError: tree\.children is undefined\n\s+at .*rule-crash\.test\.ts/);
    expect(r.stderr).not.toContain('DEBUG=1');
  });
  it('is reported the same way by score, --fix and pack', async () => {
    const dir = project({ ...files, 'otvet.config.yaml': 'source: zh\ntarget: ru\npack: { name: shop, version: 1.0.0 }\n' });
    for (const args of [['score'], ['lint', '--fix'], ['lint', '--context', '--', 'templates/a.yaml'], ['pack']]) {
      const r = await cli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('Occurred while linting templates/a.yaml:9, Rule: “zz-broken”.');
    }
  });
});
