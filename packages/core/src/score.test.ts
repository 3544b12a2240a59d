import { describe, expect, it } from 'vitest';
import { defaultConfig, resolveRules } from './config.js';
import { lintTexts, type LintResult } from './engine.js';
import { penaltyOf, scorePack, scoreTemplate, uncheckedTemplate, worseVerdict, type ScoredFinding, errorsToGetUnder } from './score.js';
import { testCatalog } from './test-rules.test-helper.js';
import type { Config, RuleSetting, Severity } from './types.js';

const thresholds = { revise: 0.03, reject: 0.05 };
const at = (severity: Severity, start: number, end: number, text = 'ru'): ScoredFinding => ({ severity, text, start, end });

describe('one defect is counted once (penaltyOf)', () => {
  it('counts findings whose spans overlap once, at the highest weight', () => {
    // A phone number reported whole (error) and its digit groups (errors): one defect.
    expect(penaltyOf([at('error', 35, 51), at('error', 36, 45), at('error', 46, 48), at('error', 49, 51)])).toBe(1);
    // The same words reported by two rules as warnings: half an error, not a whole one.
    expect(penaltyOf([at('warning', 10, 22), at('warning', 10, 22)])).toBe(0.5);
    // A warning inside an error's span weighs as the error; an info adds nothing.
    expect(penaltyOf([at('warning', 5, 9), at('error', 0, 20), at('info', 3, 4)])).toBe(1);
    expect(penaltyOf([at('info', 0, 5), at('warning', 2, 3)])).toBe(0.5);
  });
  it('joins chains: A overlaps B, B overlaps C is one defect even though A and C do not touch', () => {
    expect(penaltyOf([at('warning', 0, 5), at('error', 4, 10), at('warning', 9, 15)])).toBe(1);
    // In any order.
    expect(penaltyOf([at('warning', 9, 15), at('warning', 0, 5), at('error', 4, 10)])).toBe(1);
    // A long span joins findings that lie apart inside it.
    expect(penaltyOf([at('error', 0, 3), at('error', 10, 13), at('warning', 1, 12)])).toBe(1);
  });
  it('keeps spans that only touch, or lie apart, separate', () => {
    expect(penaltyOf([at('error', 0, 3), at('error', 3, 5)])).toBe(2);
    expect(penaltyOf([at('error', 0, 3), at('warning', 7, 9)])).toBe(1.5);
  });
  it('keeps findings in different texts separate', () => {
    expect(penaltyOf([at('error', 0, 5, 'ru'), at('error', 0, 5, 'zh')])).toBe(2);
  });
  it('joins a zero-width finding with a span that strictly contains it and with a point at the same offset', () => {
    expect(penaltyOf([at('error', 0, 10), at('error', 4, 4)])).toBe(1);
    expect(penaltyOf([at('warning', 4, 4), at('error', 4, 4)])).toBe(1);
    // At a span's edge a point is a defect of its own (a missing space before or after a word).
    expect(penaltyOf([at('error', 0, 10), at('error', 10, 10)])).toBe(2);
    expect(penaltyOf([at('error', 4, 4), at('error', 4, 10)])).toBe(2);
    expect(penaltyOf([at('error', 4, 4), at('error', 5, 5)])).toBe(2);
    // A point inside a span, then a span overlapping that span: one chain.
    expect(penaltyOf([at('error', 0, 10), at('warning', 5, 5), at('warning', 9, 12)])).toBe(1);
  });
  it('counts findings without a text or a span each on their own', () => {
    expect(penaltyOf([{ severity: 'error' }, { severity: 'error' }, { severity: 'warning', start: 0, end: 5 }])).toBe(2.5);
    expect(penaltyOf([{ severity: 'error' }, at('error', 0, 5)])).toBe(2);
    expect(penaltyOf([])).toBe(0);
  });
  it('gives the template a rate of at most one defect per overlap group', () => {
    // Six words, a calque and a familiar address on the same two words: 0.5 / 6, not 1 / 6.
    const s = scoreTemplate('dear', 6, [at('warning', 10, 22), at('warning', 10, 22)], thresholds);
    expect(s).toMatchObject({ penalty: 0.5, errorRate: 0.083333, verdict: 'reject' });
  });
});

describe('the unchecked verdict', () => {
  it('ranks worse than reject', () => {
    expect(worseVerdict('reject', 'unchecked')).toBe('unchecked');
    expect(worseVerdict('unchecked', 'reject')).toBe('unchecked');
    expect(worseVerdict('pass', 'revise')).toBe('revise');
  });
  it('leaves unchecked templates out of the pack’s rate and makes the pack unchecked', () => {
    const ok = scoreTemplate('ok', 100, [], thresholds);
    const bad = uncheckedTemplate('bad', 40, [{ severity: 'error' }]);
    expect(bad).toMatchObject({ verdict: 'unchecked', words: 40, penalty: 1 });
    const pack = scorePack([ok, bad], thresholds);
    expect(pack).toMatchObject({ templates: 2, words: 100, penalty: 0, errorRate: 0, verdict: 'unchecked', unchecked: { files: 0, templates: 1 } });
    // Unchecked even next to a rejected template.
    const rejected = scoreTemplate('r', 10, [{ severity: 'error' }], thresholds);
    expect(scorePack([rejected, bad], thresholds).verdict).toBe('unchecked');
  });
  it('makes the pack unchecked when a file could not be read, even with every template at pass', () => {
    const ok = scoreTemplate('ok', 100, [], thresholds);
    expect(scorePack([ok], thresholds, 1)).toMatchObject({ verdict: 'unchecked', errorRate: 0, unchecked: { files: 1, templates: 0 } });
    expect(scorePack([], thresholds, 1).verdict).toBe('unchecked');
    expect(scorePack([ok], thresholds, 0).verdict).toBe('pass');
  });
});

describe('scores of a lint', () => {
  const catalog = testCatalog();
  function lint(files: Record<string, string>, rules: Record<string, RuleSetting> = {}): LintResult {
    const config: Config = { ...defaultConfig(), rules };
    const sources = Object.entries(files).map(([path, text]) => ({ path, text, bom: false }));
    return lintTexts(sources, { config, rules: resolveRules(config, catalog), catalog, lang: 'en' });
  }
  const tmpl = (id: string, ru: string, extra = ''): string => `  - id: ${id}\n${extra}    text:\n      zh: 你好\n      ru: ${ru}\n`;
  const LONG = 'Спасибо за заказ, мы соберём его сегодня и передадим в доставку завтра утром, а трек-номер пришлём сюда же';

  it('marks a file YAML cannot parse as not checked, and the pack with it', () => {
    const result = lint({ 'a.yaml': `templates:\n${tmpl('ok', 'Спасибо')}`, 'b.yaml': 'templates:\n  - id: x\n    text:\n      ru: WeChat: shop_cn888\n' });
    expect(result.files.map((f) => [f.path, f.checked, f.templates.map((t) => t.verdict)])).toEqual([
      ['a.yaml', true, ['pass']],
      ['b.yaml', false, []],
    ]);
    expect(result.summary).toMatchObject({ verdict: 'unchecked', errorRate: 0, unchecked: { files: 1, templates: 0 } });
  });
  it('marks an empty file, a schema error outside the templates and a template item without an id as not checked', () => {
    const files = { 'e.yaml': '', 'k.yaml': `templates:\n${tmpl('ok', 'Спасибо')}extra: 1\n`, 'n.yaml': `templates:\n${tmpl('ok2', 'Спасибо')}  - text: { ru: Да }\n` };
    const result = lint(files);
    expect(result.files.map((f) => [f.path, f.checked])).toEqual([['e.yaml', false], ['k.yaml', false], ['n.yaml', false]]);
    // The readable template of n.yaml keeps its verdict.
    expect(result.files[2]!.templates).toMatchObject([{ id: 'ok2', verdict: 'pass' }]);
    expect(result.summary.unchecked).toEqual({ files: 3, templates: 0 });
  });
  it('marks a template that fails the schema as not checked; the others keep their verdicts', () => {
    // 19 words: one schema error would be 5.3 %, but a template that was not linted has no rate at all.
    const result = lint({ 'a.yaml': `templates:\n${tmpl('typo', LONG, '    titel: x\n')}${tmpl('ok', 'Спасибо')}${tmpl('late', 'Ждите~')}` });
    expect(result.files[0]!.checked).toBe(true);
    expect(result.files[0]!.templates.map((t) => [t.id, t.verdict])).toEqual([['typo', 'unchecked'], ['ok', 'pass'], ['late', 'reject']]);
    expect(result.summary).toMatchObject({ verdict: 'unchecked', words: 2, penalty: 1, unchecked: { files: 0, templates: 1 } });
  });
  it('marks a template without the target text as not checked', () => {
    const result = lint({ 'a.yaml': 'templates:\n  - id: zh-only\n    text:\n      zh: 你好\n' });
    expect(result.files[0]!.templates).toMatchObject([{ id: 'zh-only', verdict: 'unchecked', words: 0 }]);
    expect(result.summary.verdict).toBe('unchecked');
  });
  it('counts overlapping findings of one text once: a chain of “~~” in “~~~~” is one error', () => {
    const result = lint({ 'a.yaml': `templates:\n${tmpl('t', 'Ждите~~~~ и ещё раз~~')}` }, { 'test-mark': ['error', { mark: '~~' }] });
    // Every finding is still listed: three overlapping ones, then one apart.
    expect(result.files[0]!.messages.map((m) => m.ruleId)).toEqual(['test-mark', 'test-mark', 'test-mark', 'test-mark']);
    expect(result.files[0]!.templates[0]).toMatchObject({ words: 4, penalty: 2, errorRate: 0.5 });
    expect(result.summary).toMatchObject({ errors: 4, penalty: 2 });
  });
});

describe('errorsToGetUnder', () => {
  it('is the fewest errors whose removal puts the rate below the threshold', () => {
    // 3 errors in 20 words: 15 %; under 5 % needs penalty < 1, so 3 go; under 10 %, 2.
    expect(errorsToGetUnder({ penalty: 3, words: 20 }, 0.05)).toBe(3);
    expect(errorsToGetUnder({ penalty: 3, words: 20 }, 0.1)).toBe(2);
    // Exactly at the threshold (1 in 20 = 5 %): one more to go.
    expect(errorsToGetUnder({ penalty: 1, words: 20 }, 0.05)).toBe(1);
    // Two warnings weigh one error.
    expect(errorsToGetUnder({ penalty: 1, words: 3 }, 0.03)).toBe(1);
  });
});
