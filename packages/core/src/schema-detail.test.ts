/** The validator's checks in words of every language: what a value must be. */
import { describe, expect, it } from 'vitest';
import { schemaDetail, withDetail } from './messages.js';
import { parseTemplateFile } from './load.js';
import { localize } from './i18n.js';

/** Two English words in a row: what a Chinese or Russian message must not carry outside quotes. */
const ENGLISH = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/u;

describe('schemaDetail', () => {
  const checks = [
    { keyword: 'enum', params: { allowedValues: ['string', 'number'] } },
    { keyword: 'const', params: { allowedValue: 1 } },
    { keyword: 'type', params: { type: 'number' } },
    { keyword: 'type', params: { type: 'string,array' } },
    { keyword: 'minimum', params: { limit: 0 } },
    { keyword: 'exclusiveMaximum', params: { limit: 1 } },
    { keyword: 'minLength', params: { limit: 1 } },
    { keyword: 'minLength', params: { limit: 3 } },
    { keyword: 'maxLength', params: { limit: 30 } },
    { keyword: 'minItems', params: { limit: 1 } },
    { keyword: 'maxItems', params: { limit: 5 } },
    { keyword: 'minProperties', params: { limit: 1 } },
    { keyword: 'uniqueItems', params: { i: 2, j: 0 } },
    { keyword: 'pattern', params: { pattern: '^[a-z]+$' } },
  ];
  it('says in Chinese and Russian what the value must be, with no English words', () => {
    for (const check of checks) {
      const d = schemaDetail(check);
      expect(d.zh, check.keyword).not.toMatch(ENGLISH);
      expect(d.ru, check.keyword).not.toMatch(ENGLISH);
      expect(d.en, check.keyword).toMatch(/^(must|lists|does)/u);
    }
    expect(schemaDetail({ keyword: 'enum', params: { allowedValues: ['zh', 'en', 'ru'] } })).toEqual({ en: 'must be one of: zh, en, ru', zh: '只能是以下值之一：zh, en, ru', ru: 'допустимые значения: zh, en, ru' });
    expect(schemaDetail({ keyword: 'uniqueItems', params: { i: 2, j: 0 } }).en).toBe('lists the same item twice (items 1 and 3)');
  });

  it('quotes the validator’s own words for a check it does not know, after an explanation', () => {
    const d = schemaDetail({ keyword: 'format', params: {}, message: 'must match format "date"' });
    expect(d.en).toBe('must match format "date"');
    expect(d.zh).toBe('校验器原文：“must match format "date"”');
    expect(d.ru).toBe('текст проверки: «must match format "date"»');
  });

  it('fills a message’s {detail} in each language, after a path', () => {
    const m = withDetail({ en: 'Bad: {detail}.', zh: '无效：{detail}。', ru: 'Плохо: {detail}.' }, schemaDetail({ keyword: 'minimum', params: { limit: 0 } }), 'a.b: ');
    expect(m).toEqual({ en: 'Bad: a.b: must be ≥ 0.', zh: '无效：a.b: 必须 ≥ 0。', ru: 'Плохо: a.b: должно быть ≥ 0.' });
  });
});

describe('a template file with a value outside the allowed ones', () => {
  it('names the allowed values and the closest one, in the user’s language', () => {
    const text = 'templates:\n  - id: t\n    placeholders:\n      n: { type: nubmer }\n    text:\n      zh: 共 {n} 件\n      ru: Всего {n} шт.\n';
    const file = parseTemplateFile('a.yaml', text, false, 'ru');
    const finding = file.findings.find((f) => f.ruleId === 'schema')!;
    expect(localize(finding.message, 'en', finding.data)).toBe('Invalid value: must be one of: string, number, date, money (did you mean “number”?).');
    const zh = localize(finding.message, 'zh', finding.data);
    expect(zh).toBe('值无效：只能是以下值之一：string, number, date, money（您是不是想写“number”？）。');
    expect(text.slice(finding.start, finding.end)).toBe('nubmer');
  });
});
