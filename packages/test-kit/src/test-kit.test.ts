import { describe, expect, it } from 'vitest';
import { asAnyRule, defineRule } from '@otvet/core';
import { caseToYaml, comparableLines, coverageProblems, expectedLineProblem, isMessageIdLine, outputProblem, parseReadmeExamples, renderProblems, runCase, testRule } from './index.js';

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
      messages: {
        bang: { en: 'Bang “{actual}”.', zh: '叹“{actual}”。', ru: 'Восклицание «{actual}».' },
        lone: { en: 'Lone.', zh: '孤。', ru: 'Одиночный.' },
      },
    },
    (c) => {
      const at = c.target.value.indexOf('!!');
      if (at >= 0) c.report({ messageId: 'bang', data: { actual: '!!' }, start: at, end: at + 2, expected: ['!'] });
      const lone = c.target.value.indexOf('¡');
      if (lone >= 0) c.report({ messageId: 'lone', start: lone, end: lone + 1 });
    },
  ),
);

describe('rule tester', () => {
  it('wraps texts in a literal block and reports in text coordinates', () => {
    const { yaml, starts } = caseToYaml({ ru: 'Первая\n  вторая!!\n', zh: '你好', placeholders: { n: { type: 'number' } } });
    expect(yaml).toBe('templates:\n  - id: case\n    placeholders: {"n":{"type":"number"}}\n    text:\n      zh: |2-\n        你好\n      ru: |2\n        Первая\n          вторая!!\n');
    expect(starts).toEqual({ zh: 6, ru: 8 });
    expect(runCase(bang, { ru: 'Первая\n  вторая!!\n' })).toEqual({
      messages: ['2:9-2:11 test-bang bang {"actual":"!!"}'],
      output: 'Первая\n  вторая!\n',
      fixed: true,
      reports: [{ ruleId: 'test-bang', messageId: 'bang', data: { actual: '!!' } }],
    });
    expect(runCase(bang, { ru: 'Да!!\n\n' }).output).toBe('Да!\n\n');
    expect(runCase(bang, { ru: 'Да¡' })).toMatchObject({ messages: ['1:3-1:4 test-bang lone'], output: 'Да¡', fixed: false });
  });
  it('compares message-id lines', () => {
    const result = runCase(bang, { ru: 'Да!! Нет ¡' });
    expect(result.messages).toEqual(['1:3-1:5 test-bang bang {"actual":"!!"}', '1:10-1:11 test-bang lone']);
    expect(isMessageIdLine('1:10-1:11 test-bang lone')).toBe(true);
    expect(isMessageIdLine('zh 1:3-1:5 test-bang bang {"actual":"!!"}')).toBe(true);
    expect(isMessageIdLine('file 1:1-1:2 schema type {"x":1}')).toBe(true);
    expect(isMessageIdLine('1:10-1:11 test-bang Lone.')).toBe(false);
    const expected = ['1:3-1:5 test-bang bang {"actual":"!!"}', '1:10-1:11 test-bang lone'];
    expect(comparableLines(result, expected)).toEqual({ actual: expected, expected });
    // Data keys in any order; a wrong value or message id shows as a difference.
    const spaced = { messages: ['1:1-1:2 r m {"a":"1","b":2}'] };
    expect(comparableLines(spaced, ['1:1-1:2 r m {"b":2,"a":"1"}']).expected).toEqual(['1:1-1:2 r m {"a":"1","b":2}']);
    for (const expected of [
      ['1:3-1:5 test-bang bang {"actual":"!"}', '1:10-1:11 test-bang lone'],
      ['1:3-1:5 test-bang bang', '1:10-1:11 test-bang lone'],
      ['1:3-1:5 test-bang lone {"actual":"!!"}', '1:10-1:11 test-bang lone'],
      ['1:3-1:5 test-bang bang {"actual":"!!"}'],
    ]) {
      const compared = comparableLines(result, expected);
      expect(compared.actual).not.toEqual(compared.expected);
    }
  });
  it('requires `output` exactly when a finding carries a fix', () => {
    expect(outputProblem({}, true)).toMatch(/give the fixed text as `output`/);
    expect(outputProblem({ output: 'Да' }, false)).toMatch(/leave `output` out/);
    expect(outputProblem({ output: 'Да!' }, true)).toBeUndefined();
    expect(outputProblem({}, false)).toBeUndefined();
  });
  it('renders every reported message in zh, en and ru, and wants every message reported', () => {
    const { reports } = runCase(bang, { ru: 'Да!! ¡' });
    expect(renderProblems(bang, reports)).toEqual([]);
    expect(renderProblems(bang, [{ ruleId: 'test-bang', messageId: 'bang', data: {} }])).toEqual([
      'bang (en): {actual} is not filled by {}',
      'bang (zh): {actual} is not filled by {}',
      'bang (ru): {actual} is not filled by {}',
    ]);
    expect(renderProblems(bang, [{ ruleId: 'test-bang', messageId: 'nope', data: {} }])).toEqual(['nope: not a message of test-bang']);
    expect(coverageProblems(bang, reports, {})).toEqual([]);
    expect(coverageProblems(bang, runCase(bang, { ru: 'Да!!' }).reports, {})).toEqual(['lone: no invalid case reports it']);
    expect(coverageProblems(bang, runCase(bang, { ru: 'Да!!' }).reports, { lone: 'why' })).toEqual([]);
    expect(coverageProblems(bang, reports, { lone: 'why', gone: 'why' })).toEqual([
      'lone: listed in notInCases, but an invalid case reports it',
      'gone: listed in notInCases, but not a message of test-bang',
    ]);
  });
  it('refuses an expected message written as its English sentence, or with data that is not a JSON object', () => {
    const english = '1:3-1:5 test-bang Bang “!!”.';
    expect(expectedLineProblem(english)).toBe(
      '"1:3-1:5 test-bang Bang “!!”." is not a message-id line: write `L:C-L:C rule-id messageId {"key":"value"}` (the message id and the data of its slots) instead of the message text; see docs/writing-a-rule.md',
    );
    expect(() => testRule(bang, { valid: [], invalid: [{ ru: 'Да!!', messages: [english], output: 'Да!' }] })).toThrow(
      /^test-bang: invalid case "Да!!": "1:3-1:5 test-bang Bang “!!”\." is not a message-id line: write `L:C-L:C rule-id messageId \{"key":"value"\}`/,
    );
    // One English line among message-id lines is refused too.
    expect(() => testRule(bang, { valid: [], invalid: [{ ru: 'Да!! ¡', messages: ['1:3-1:5 test-bang bang {"actual":"!!"}', '1:6-1:7 test-bang Lone.'], output: 'Да! ¡' }] })).toThrow(
      /"1:6-1:7 test-bang Lone\." is not a message-id line/,
    );
    expect(expectedLineProblem('1:3-1:5 test-bang bang {actual:"!!"}')).toMatch(/the data \{actual:"!!"\} is not a JSON object/);
    expect(expectedLineProblem('1:3-1:5 test-bang bang {"actual":"!!"}')).toBeUndefined();
    expect(expectedLineProblem('zh 1:10-1:11 test-bang lone')).toBeUndefined();
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
