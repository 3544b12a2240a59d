import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, resolveRules } from './config.js';
import { UserErrors } from './errors.js';
import { testCatalog } from './test-rules.test-helper.js';

const catalog = testCatalog();

/** The errors parseConfig throws for `text`; fails the test when it accepts the text. */
function userErrorsOf(path: string, text: string): UserErrors {
  let thrown: unknown;
  try {
    parseConfig(path, text, catalog);
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) throw new Error(`parseConfig accepted ${JSON.stringify(text)}`);
  if (!(thrown instanceof UserErrors)) throw thrown;
  return thrown;
}

const errorsOf = (text: string): string[] => userErrorsOf('otvet.config.yaml', text).errors.map((e) => e.format('en'));

describe('parseConfig', () => {
  it('applies defaults to an empty file', () => {
    expect(parseConfig('c.yaml', '', catalog)).toEqual(defaultConfig());
    expect(parseConfig('c.yaml', '# comment only\n', catalog)).toEqual(defaultConfig());
  });
  it('merges thresholds and keeps known keys', () => {
    const c = parseConfig('c.yaml', '$schema: x\nsource: en\nthresholds: { reject: 0.1 }\nrules:\n  test-mark: [warning, { mark: "!" }]\n', catalog);
    expect(c.source).toBe('en');
    expect(c.thresholds).toEqual({ revise: 0.03, reject: 0.1 });
    expect(c.rules['test-mark']).toEqual(['warning', { mark: '!' }]);
    expect('$schema' in c).toBe(false);
  });
  it('reports every problem at its line and column', () => {
    expect(
      errorsOf('sourc: zh\ntarget: de\nrules:\n  test-mrak: error\n  test-mark: [warn]\n  test-info: [error, { x: 1 }]\n  test-source: [error, { }, 3]\nmaxLength: -5\n'),
    ).toEqual([
      'otvet.config.yaml:1:1: Unknown config key “sourc” (did you mean “source”?).',
      'otvet.config.yaml:2:9: Invalid config: target: must be one of: ru.',
      'otvet.config.yaml:8:12: Invalid config: maxLength: must be ≥ 1.',
      'otvet.config.yaml:4:3: Unknown rule “test-mrak” (did you mean “test-mark”?).',
      'otvet.config.yaml:5:15: Bad severity “warn” for rule “test-mark”: use off, info, warning or error.',
      'otvet.config.yaml:6:24: Bad option for rule “test-info”: unknown option “x”.',
    ]);
  });
  it('checks option values against the rule schema', () => {
    expect(errorsOf('rules:\n  test-mark: [error, { mark: "" }]\n')).toEqual([
      'otvet.config.yaml:2:30: Bad option for rule “test-mark”: mark: must not be empty.',
    ]);
  });
  it('rejects thresholds in the wrong order and broken YAML', () => {
    expect(errorsOf('thresholds:\n  revise: 0.06\n  reject: 0.05\n')).toEqual([
      'otvet.config.yaml:2:3: thresholds.revise (0.06) must be lower than thresholds.reject (0.05).',
    ]);
    expect(errorsOf('rules: [\n')[0]).toMatch(/^otvet\.config\.yaml:2:1: Config is not valid YAML/);
    expect(errorsOf('a: 1\na: 2\n')[0]).toMatch(/^otvet\.config\.yaml:2:1: Config is not valid YAML: Map keys must be unique/);
  });
  it('localizes messages', () => {
    const [error] = userErrorsOf('c.yaml', 'sourc: zh\n').errors;
    expect(error?.format('zh')).toBe('c.yaml:1:1: 未知的配置项“sourc”（您是不是想写“source”？）。');
    expect(error?.format('ru')).toBe('c.yaml:1:1: Неизвестный параметр конфигурации «sourc» (возможно, «source»?).');
  });
});

describe('resolveRules', () => {
  it('takes the recommended preset, then the config', () => {
    const c = { ...defaultConfig(), rules: { 'test-mark': ['warning', { mark: '!' }] as ['warning', { mark: string }], 'test-source': 'off' as const } };
    const resolved = resolveRules(c, catalog).filter((r) => r.rule.meta.scope !== 'builtin');
    expect(resolved.map((r) => [r.rule.meta.id, r.severity, r.options])).toEqual([['test-mark', 'warning', { mark: '!', fixWith: '' }]]);
  });
  it('knows the all and none presets', () => {
    const all = resolveRules({ ...defaultConfig(), extends: ['all'] }, catalog);
    expect(all.find((r) => r.rule.meta.id === 'test-info')?.severity).toBe('warning');
    expect(resolveRules({ ...defaultConfig(), extends: 'none' }, catalog)).toEqual([]);
  });
});
