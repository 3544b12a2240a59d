import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import minus from './minus.yaml';
import schema from '../../schema/word-list.schema.json';

testRule(rule, {
  valid: [
    'Мой заказ задержался из-за праздников; кое-что уточним и кто-нибудь ответит.',
    'Трек-номер придёт позже. Кабель USB Type-C, доставка СДЭК или Ozon. Спасибо за отзыв!',
    'Этот материал дорогой — подойдёт как подарок другу, есть подарочная упаковка.',
    { ru: '- первый пункт\n- второй пункт', name: 'list bullets' },
    { ru: 'Доставка 3-5 дней, 10 - 15 дней', name: 'ranges are reported only with the ranges option' },
    { ru: 'Заказ – отправлен', name: 'a spaced en dash is reported only with the enDash option' },
    { ru: 'Температура опустится до - 3 °C, от -5 до -10', name: 'a minus sign' },
    { ru: 'одно- или двухэтажный дом', name: 'a suspended hyphen' },
    { ru: 'Тел. 8-800-555-35-35, дата 2024-01-05, вес 1.5-2 кг, 3-5-й день', options: { ranges: true }, name: 'codes, dates and decimals are not ranges' },
    { ru: 'Скидка {a} - {b}', placeholders: { a: { example: '5' }, b: { example: '10' } }, name: 'two placeholders: a range or a dash, unknown' },
  ],
  invalid: [
    { ru: 'Заказ - отправлен', messages: ['1:7-1:8 typography-dash dash {"actual":"-"}'], output: 'Заказ — отправлен' },
    { ru: 'Заказ -- отправлен', messages: ['1:7-1:9 typography-dash dash {"actual":"--"}'], output: 'Заказ — отправлен' },
    { ru: 'Заказ--отправлен', messages: ['1:6-1:8 typography-dash dash {"actual":"--"}'], output: 'Заказ — отправлен' },
    { ru: 'Заказ——отправлен', messages: ['1:6-1:8 typography-dash chinese {"actual":"——"}'], output: 'Заказ — отправлен', name: 'the Chinese double dash' },
    { ru: 'Заказ – отправлен', options: { enDash: true }, messages: ['1:7-1:8 typography-dash dash {"actual":"–"}'], output: 'Заказ — отправлен' },
    {
      ru: 'Цвет - красный, размер - M',
      messages: ['1:6-1:7 typography-dash dash {"actual":"-"}', '1:24-1:25 typography-dash dash {"actual":"-"}'],
      output: 'Цвет — красный, размер — M',
    },
    {
      ru: '{order_number} - отправлен',
      placeholders: { order_number: { example: '0123456789-0001' } },
      messages: ['1:16-1:17 typography-dash dash {"actual":"-"}'],
      output: '{order_number} — отправлен',
    },
    { ru: 'Заказ -\nотправлен', messages: ['1:7-1:8 typography-dash dash {"actual":"-"}'], output: 'Заказ —\nотправлен', name: 'a dash at the end of a line' },
    {
      ru: 'Доставка 3-5 дней, 10 - 15 дней',
      options: { ranges: true },
      messages: ['1:11-1:12 typography-dash range {"expected":"3–5"}', '1:23-1:24 typography-dash range {"expected":"10–15"}'],
      output: 'Доставка 3–5 дней, 10–15 дней',
    },
  ],
});

describe('minus words', () => {
  it('match the word-list schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(minus) || validate.errors).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
