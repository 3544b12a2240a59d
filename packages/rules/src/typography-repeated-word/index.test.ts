import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import allowed from './allowed.yaml';
import hyphenated from './hyphenated.yaml';
import schema from '../../schema/word-list.schema.json';

testRule(rule, {
  valid: [
    'Мой заказ отправлен. Этот материал дорогой, подойдёт как подарок другу; есть подарочная упаковка.',
    'Доставка СДЭК или Ozon, кабель USB Type-C. Спасибо за отзыв!',
    'Чуть-чуть подождите: еле-еле успели, из-за праздников кое-что задержалось.',
    { ru: 'Заказ, заказ и ещё раз заказ.', name: 'punctuation breaks a repetition' },
    { ru: 'Заказ {order_number} заказ', placeholders: { order_number: { example: '1' } }, name: 'a placeholder breaks a repetition' },
    { ru: '{name} {name}, здравствуйте', placeholders: { name: { example: 'Анна' } }, name: 'placeholders are not words' },
    { ru: 'Мы уверены, что что угодно из каталога подойдёт.', name: 'allowed: conjunction and pronoun «что»' },
    { ru: 'Размеры S S, 2 2, M M', name: 'numbers and short Latin codes' },
  ],
  invalid: [
    { ru: 'Ваш заказ заказ отправлен', messages: ['1:11-1:16 typography-repeated-word repeated {"word":"заказ"}'], output: 'Ваш заказ отправлен' },
    { ru: 'Ваш Заказ заказ отправлен', messages: ['1:11-1:16 typography-repeated-word repeated {"word":"Заказ"}'], output: 'Ваш Заказ отправлен', name: 'case-insensitive' },
    { ru: 'Ваш заказ\nзаказ отправлен', messages: ['2:1-2:6 typography-repeated-word repeated {"word":"заказ"}'], output: 'Ваш заказ\nотправлен', name: 'across a line break' },
    { ru: 'Ещё ещё ещё раз спасибо', messages: ['1:5-1:12 typography-repeated-word repeated {"word":"Ещё"}'], output: 'Ещё раз спасибо' },
    { ru: 'Товар в в наличии', messages: ['1:9-1:10 typography-repeated-word repeated {"word":"в"}'], output: 'Товар в наличии' },
    { ru: 'Кое-что кое-что уточним', messages: ['1:9-1:16 typography-repeated-word repeated {"word":"Кое-что"}'], output: 'Кое-что уточним' },
    {
      ru: 'Посылка вот вот прибудет',
      messages: ['1:9-1:16 typography-repeated-word hyphenated {"expected":"вот-вот","word":"вот"}'],
      name: 'emphatic repetition: hyphen or comma, no automatic fix',
    },
    { ru: 'Да да, конечно', messages: ['1:1-1:6 typography-repeated-word hyphenated {"expected":"Да-да","word":"Да"}'] },
  ],
});

describe('word lists', () => {
  it('match the word-list schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(allowed) || validate.errors).toBe(true);
    expect(validate(hyphenated) || validate.errors).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
