import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { chineseNumeral } from './index.js';
import numerals from './numerals.yaml';
import schema from './numerals.schema.json';
import { en } from '../lib/messages.test-helper.js';

const changed = (expected: string, actual: string): string => `consistency-number ${en(rule, 'changed', { source: 'zh', target: 'ru', expected, actual })}`;

testRule(rule, {
  valid: [
    { ru: 'Гарантия — 12 месяцев.', zh: '保修 12 个月。' },
    { ru: 'Доставка займёт три дня.', zh: '三天内送达。' },
    { ru: 'Работаем с 9:00 до 18:30, 1 500 ₽, 2,5 кг.', zh: '营业时间 9点 至 18:30，1500 元，2.5 公斤。' },
    { ru: 'Срок — 3–5 дней.', zh: '3~5 天。' },
    { ru: 'Ответим в течение двенадцати часов.', zh: '十二小时内回复。' },
    { ru: 'Вернём 1 500 ₽.', en: 'We will refund 1,500 RUB.' },
    { ru: 'Подождите немного.', zh: '请稍等一下。', name: '一 outside a count is not a number' },
    { ru: 'Доставка 3 дня', zh: '３ 天送达', name: 'full-width digits' },
    { ru: 'Заказ {n} готов', zh: '订单 {n} 已准备好', placeholders: { n: { example: 42 } } },
    { ru: 'Любой текст 5', name: 'no source text' },
  ],
  invalid: [
    { ru: 'Гарантия — 6 месяцев.', zh: '保修 12 个月。', messages: [`1:12-1:13 ${changed('12', '6')}`] },
    { ru: 'Доставка займёт 3 дня.', zh: '5 天内送达。', messages: [`1:17-1:18 ${changed('5', '3')}`] },
    { ru: 'Гарантия — полгода.', zh: '保修十二个月。', messages: [`zh 1:3-1:5 consistency-number ${en(rule, 'missing', { source: 'zh', target: 'ru', expected: '十二' })}`] },
    { ru: 'Вернём деньги в течение 10 дней.', zh: '我们会尽快退款。', messages: [`1:25-1:27 consistency-number ${en(rule, 'extra', { source: 'zh', target: 'ru', actual: '10' })}`] },
    { ru: 'Работаем с 10:00 до 19:00.', zh: '营业时间 9:00 至 18:00。', messages: [`1:12-1:14 ${changed('9', '10')}`, `1:21-1:23 ${changed('18', '19')}`] },
  ],
});

describe('numerals', () => {
  it('match their schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(numerals) || validate.errors).toBe(true);
  });
  it('read Chinese numerals', () => {
    expect([chineseNumeral('十二'), chineseNumeral('两百五十'), chineseNumeral('三万'), chineseNumeral('一万五千'), chineseNumeral('十'), chineseNumeral('x')]).toEqual([12, 250, 30000, 15000, 10, undefined]);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
