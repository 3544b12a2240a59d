import { describe, expect, it } from 'vitest';
import { asAnyRule, defineRule } from '@otvet/core';
import { caseToYaml, parseReadmeExamples, runCase, testRule } from './index.js';

const bang = asAnyRule(
  defineRule(
    {
      id: 'test-bang',
      category: 'tone',
      description: { en: 'x', zh: 'x', ru: 'x' },
      fixable: true,
      recommended: 'off',
      scope: 'target',
      defaults: {},
      messages: { bang: { en: 'Bang.', zh: '叹。', ru: 'Восклицание.' } },
    },
    (c) => {
      const at = c.target.value.indexOf('!!');
      if (at >= 0) c.report({ messageId: 'bang', start: at, end: at + 2, expected: ['!'] });
    },
  ),
);

describe('rule tester', () => {
  it('wraps texts in a literal block and reports in text coordinates', () => {
    const { yaml, starts } = caseToYaml({ ru: 'Первая\n  вторая!!\n', zh: '你好', placeholders: { n: { type: 'number' } } });
    expect(yaml).toBe('templates:\n  - id: case\n    placeholders: {"n":{"type":"number"}}\n    text:\n      zh: |2-\n        你好\n      ru: |2\n        Первая\n          вторая!!\n');
    expect(starts).toEqual({ zh: 6, ru: 8 });
    expect(runCase(bang, { ru: 'Первая\n  вторая!!\n' })).toEqual({ lines: ['2:9-2:11 test-bang Bang.'], output: 'Первая\n  вторая!\n' });
    expect(runCase(bang, { ru: 'Да!!\n\n' }).output).toBe('Да!\n\n');
  });
  it('is strict about cases', () => {
    expect(() => testRule(bang, { valid: ['Да'], invalid: [{ ru: 'Да!!', messages: [] }] })).toThrow(/lists no messages/);
    expect(() => testRule(bang, { valid: ['Да', { ru: 'Да' }], invalid: [] })).toThrow(/duplicate test case/);
  });
});

describe('README examples', () => {
  it('pairs not-ok examples with their expected lines and reads options', () => {
    const md = '# x\n\n```yaml ok\na: 1\n```\n\n```yaml not-ok {"style": "capital"}\nb: 2\n```\n\n```text\n1:1-1:2 r m\n\n```\n\n```js\nignored\n```\n';
    expect(parseReadmeExamples(md)).toEqual([
      { kind: 'ok', yaml: 'a: 1\n', expected: [], line: 3 },
      { kind: 'not-ok', yaml: 'b: 2\n', expected: ['1:1-1:2 r m'], options: { style: 'capital' }, line: 7, expectedLines: [11, 13] },
    ]);
  });
  it('rejects malformed examples', () => {
    expect(() => parseReadmeExamples('```yaml not-ok\na\n```\n', 'R.md')).toThrow('R.md:1: a not-ok example must be followed by a `text` block');
    expect(() => parseReadmeExamples('```yaml not-ok\na\n```\n```text\n\n```\n', 'R.md')).toThrow('must list its messages');
    expect(() => parseReadmeExamples('```yaml ok {bad}\na\n```\n', 'R.md')).toThrow('must be JSON');
    expect(() => parseReadmeExamples('```yaml ok\na\n', 'R.md')).toThrow('R.md:1: unterminated code block');
  });
});
