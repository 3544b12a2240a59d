import { describe, expect, it } from 'vitest';
import { checkReport, ReportContractError } from './report-check.js';
import { asAnyRule, defineRule, type Report } from './rule.js';
import { defaultConfig, resolveRules, type RuleCatalog } from './config.js';
import { lintTexts, RuleCrash } from './engine.js';

const meta = {
  id: 'acme/check',
  category: 'tone' as const,
  description: { en: 'x', zh: 'x', ru: 'x' },
  fixable: true,
  recommended: 'error' as const,
  scope: 'target' as const,
  defaults: {},
  messages: {
    plain: { en: 'Plain.', zh: '普通。', ru: 'Просто.' },
    slot: { en: 'Write “{word}”.', zh: '请写“{word}”。', ru: 'Пишите «{word}» ({count}).' },
  },
};
const problem = (report: Partial<Report>, length = 10): string | undefined => {
  try {
    checkReport(meta, { messageId: 'plain', start: 0, end: 1, ...report } as Report, length);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ReportContractError);
    return (error as Error).message;
  }
};

describe('checkReport: what a rule may report', () => {
  it('takes a report inside the text, with a known message and its slots filled', () => {
    expect(problem({})).toBeUndefined();
    expect(problem({ start: 0, end: 0 })).toBeUndefined();
    expect(problem({ start: 10, end: 10 })).toBeUndefined();
    expect(problem({ messageId: 'slot', data: { word: 'Акме', count: 0 } })).toBeUndefined();
    expect(problem({ fix: { start: 0, end: 10, text: '' }, expected: ['a'] })).toBeUndefined();
    expect(problem({ fix: false })).toBeUndefined();
  });
  it('refuses a message the rule does not have', () => {
    expect(problem({ messageId: 'nope' })).toBe('reported the message “nope”, which is not one of its messages (plain, slot)');
    expect(problem({ messageId: 'toString' })).toMatch(/“toString”, which is not one of its messages/);
  });
  it('refuses a range outside the text, reversed or not made of integers', () => {
    for (const [start, end] of [[-1, 2], [3, 11], [5, 2], [Number.NaN, 1], [0.5, 1], [0, Infinity]] as const) {
      expect(problem({ start, end }), `${start}–${end}`).toMatch(/^reported the range .* in a text of 10 characters/);
    }
  });
  it('refuses a slot of any language left without data', () => {
    // {count} is only in the Russian text: it is a slot too.
    expect(problem({ messageId: 'slot', data: { word: 'Акме' } })).toBe('reported “slot” without data for {count}');
    expect(problem({ messageId: 'slot' })).toBe('reported “slot” without data for {word}, {count}');
  });
  it('refuses a fix outside the text or without a text, and an `expected` that is not a list of strings', () => {
    expect(problem({ fix: { start: 0, end: 999, text: 'z' } })).toMatch(/^offered a fix outside the text \(0–999 in a text of 10 characters\)/);
    expect(problem({ fix: { start: 0, end: 1 } as never })).toMatch(/^offered a fix/);
    expect(problem({ expected: 'Акме' as never })).toBe('gave `expected` that is not a list of strings');
    expect(problem({ expected: [1] as never })).toBe('gave `expected` that is not a list of strings');
  });
});

describe('the engine and a rule that breaks the contract', () => {
  it('stops with a RuleCrash naming the rule, before a wrong place or an edit beyond the text', () => {
    const beyond = asAnyRule(defineRule(meta, (context) => context.report({ messageId: 'plain', start: 0, end: context.target.value.length + 5, fix: { start: 0, end: 1, text: '' } })));
    const catalog: RuleCatalog = { rules: new Map([[beyond.meta.id, beyond]]), optionValidators: {} };
    const config = { ...defaultConfig(), extends: 'none', rules: { 'acme/check': 'error' as const } };
    const text = 'templates:\n  - id: hello\n    text:\n      ru: Здравствуйте\n';
    let caught: unknown;
    try {
      lintTexts([{ path: 'a.yaml', text, bom: false }], { config, rules: resolveRules(config, catalog), catalog, lang: 'en' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleCrash);
    expect([(caught as RuleCrash).ruleId, (caught as RuleCrash).templateId, (caught as RuleCrash).line]).toEqual(['acme/check', 'hello', 4]);
    expect((caught as RuleCrash).detail).toBe('ReportContractError: reported the range 0–17 in a text of 12 characters (start and end are integers, 0 ≤ start ≤ end ≤ the text\'s length)');
  });
});

describe('lintTexts progress', () => {
  it('is told after each file and each template, in path order, how many files of how many are done', () => {
    const calls: [number, number][] = [];
    const catalog: RuleCatalog = { rules: new Map(), optionValidators: {} };
    const config = { ...defaultConfig(), extends: 'none' };
    const file = (id: string): string => `templates:\n  - id: ${id}\n    text:\n      ru: Спасибо\n  - id: ${id}2\n    text:\n      ru: Спасибо\n`;
    lintTexts(
      ['c', 'a', 'b'].map((id) => ({ path: `${id}.yaml`, text: file(id), bom: false })),
      { config, rules: resolveRules(config, catalog), catalog, lang: 'en', progress: (done, total) => calls.push([done, total]) },
    );
    // Within a file, as its templates go: half of it after the first of two.
    expect(calls).toEqual([[0, 3], [0.5, 3], [1, 3], [1, 3], [1.5, 3], [2, 3], [2, 3], [2.5, 3], [3, 3]]);
  });
});
