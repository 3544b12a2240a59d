import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import invariant from './invariant.yaml';
import schema from '../../schema/word-list.schema.json';

const num = (...names: string[]): Record<string, { type: string; example: number }> => Object.fromEntries(names.map((n) => [n, { type: 'number', example: 5 }]));
const PLURAL = (name: string): string => `{${name}, plural, one {# день} few {# дня} many {# дней} other {# дня}}`;

testRule(rule, {
  valid: [
    { ru: `Доставка займёт ${PLURAL('days')}.`, placeholders: num('days') },
    { ru: 'Осталось {count} шт. и {sum} ₽, {n} руб. за {k} кг', placeholders: { ...num('count', 'n', 'k'), sum: { type: 'money', example: 100 } } },
    { ru: 'Заказ {order} готов.', placeholders: { order: { example: '1' } }, name: 'a string placeholder' },
    { ru: 'Срок: {days}.', placeholders: num('days') },
    { ru: 'Количество: {n} или больше', placeholders: num('n') },
    { ru: 'Скидка {n}% на второй товар', placeholders: num('n') },
  ],
  invalid: [
    { ru: 'Доставка займёт {days} дней.', placeholders: num('days'), messages: ['1:17-1:28 placeholder-plural needs-plural {"example":"{days, plural, one {# день} few {# дня} many {# дней} other {# дня}}","name":"days","word":"дней"}'] },
    { ru: 'В заказе {n, number} товаров.', messages: ['1:10-1:29 placeholder-plural needs-plural {"example":"{n, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}","name":"n","word":"товаров"}'] },
    { ru: 'Осталось {n} шмоточек.', placeholders: num('n'), messages: ['1:10-1:22 placeholder-plural needs-plural {"example":"{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}","name":"n","word":"шмоточек"}'], name: 'a noun the dictionary does not know: the example of «день»' },
    { ru: 'Итого {sum} рублей', placeholders: { sum: { type: 'money', example: 100 } }, messages: ['1:7-1:19 placeholder-plural needs-plural {"example":"{sum, plural, one {# рубль} few {# рубля} many {# рублей} other {# рубля}}","name":"sum","word":"рублей"}'] },
    {
      ru: 'Срок {days, plural, one {# день} other {# дней}}, осталось {days} дней.',
      messages: [
        '1:7-1:11 placeholder-plural missing-categories {"missing":"few","name":"days"}',
        '1:60-1:71 placeholder-plural needs-plural {"example":"{days, plural, one {# день} few {# дня} many {# дней} other {# дня}}","name":"days","word":"дней"}',
      ],
      name: 'used in a plural elsewhere: a number; a plural with only one/other',
    },
    { ru: 'Через {n, plural, one {# день} few {# дня} many {# дней}}', messages: ['1:8-1:9 placeholder-plural missing-categories {"missing":"other","name":"n"}'] },
    { ru: 'Через {n, plural, =1 {# день} other {# дней}}', messages: ['1:8-1:9 placeholder-plural missing-categories {"missing":"one, few","name":"n"}'] },
  ],
});

describe('invariant words', () => {
  it('match the word-list schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(invariant) || validate.errors).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
