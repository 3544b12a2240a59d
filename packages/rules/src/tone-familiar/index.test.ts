import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { lintString, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import words from './address-words.yaml';
import schema from './address-words.schema.json';

testRule(rule, {
  valid: [
    'Мой заказ',
    'Этот материал дорогой',
    'подарок другу',
    'подарочная упаковка',
    'Доставка через СДЭК',
    'Кабель USB Type-C',
    'Ozon',
    'Спасибо за отзыв!',
    'Здравствуйте! Спасибо за заказ.',
    'Уважаемый покупатель, ваш заказ отправлен.',
    { ru: 'Уважаемый {name}, спасибо за заказ!', placeholders: { name: { example: 'Иван' } } },
    'Самый дорогой товар в нашем магазине — это куртка.',
    { ru: 'Дорогой, но качественный товар.', name: 'an adjective before a contrast' },
    { ru: 'Материал дорогой, но прочный. Дорогая доставка? Нет, бесплатная.', name: 'predicate and attribute' },
    { ru: 'Подарок для друга или подруги. Они помогают друг другу.', name: 'other cases and «друг друга»' },
    { ru: 'Милая, нежная расцветка понравится всем.', name: 'a list of adjectives' },
    { ru: 'Друг, который получит подарок, будет рад.', name: 'a noun with a relative clause' },
    { ru: 'Другой цвет есть в наличии.', name: 'a different word' },
    { ru: 'Бренд известный и уважаемый.', name: '«уважаемый» as a predicate' },
    { ru: 'Ночник «Солнышко» — хороший подарок.', name: 'a product name' },
    { ru: 'Почему так дорого? Дорогая, потому что из натуральной кожи.', name: 'an answer about the price' },
    { ru: 'Аккумулятор родной? — Родной, от производителя.', name: '«родной» meaning “original”' },
    { ru: 'Подруга, мама, сестра — все оценят такой подарок.', name: 'a list of nouns' },
    { ru: 'Товар красивый, дорогой!', name: 'a list of adjectives' },
  ],
  invalid: [
    {
      ru: 'Дорогой покупатель, спасибо за заказ!',
      messages: ['1:1-1:19 tone-familiar dear {"actual":"Дорогой покупатель"}'],
    },
    {
      ru: 'Дорогая, ваш заказ уже отправлен.',
      messages: ['1:1-1:8 tone-familiar dear {"actual":"Дорогая"}'],
    },
    {
      ru: 'Здравствуйте, дорогая! Заказ в пути.',
      messages: ['1:15-1:22 tone-familiar dear {"actual":"дорогая"}'],
    },
    {
      ru: 'Дорогие друзья! Скидка 10 % на всё.',
      messages: ['1:1-1:15 tone-familiar dear {"actual":"Дорогие друзья"}'],
    },
    {
      ru: 'Дорогой {name}, спасибо за покупку!',
      placeholders: { name: { example: 'Иван' } },
      messages: ['1:1-1:8 tone-familiar dear {"actual":"Дорогой"}'],
    },
    {
      ru: 'Спасибо за заказ, мой дорогой друг!',
      messages: ['1:19-1:35 tone-familiar dear {"actual":"мой дорогой друг"}'],
    },
    {
      ru: 'Спасибо, друг! Друзья, ждём вас снова, дорогие!',
      messages: [
        '1:10-1:14 tone-familiar familiar {"actual":"друг"}',
        '1:16-1:22 tone-familiar familiar {"actual":"Друзья"}',
        '1:40-1:47 tone-familiar dear {"actual":"дорогие"}',
      ],
    },
    {
      ru: 'Милая, не переживайте: всё решим. Хорошего дня, дружище!',
      messages: ['1:1-1:6 tone-familiar familiar {"actual":"Милая"}', '1:49-1:56 tone-familiar familiar {"actual":"дружище"}'],
    },
    {
      ru: 'Дорогой мой, спасибо за доверие!',
      messages: ['1:1-1:12 tone-familiar dear {"actual":"Дорогой мой"}'],
    },
    {
      ru: 'Уважаемый, ваш заказ готов.',
      messages: ['1:1-1:10 tone-familiar respectful-bare {"actual":"Уважаемый","expected":"Уважаемый покупатель"}'],
    },
    {
      ru: 'Добрый день, уважаемая! Ответим в течение часа.',
      messages: ['1:14-1:23 tone-familiar respectful-bare {"actual":"уважаемая","expected":"уважаемая покупательница"}'],
    },
  ],
});

describe('address words', () => {
  it('match their schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(words) || validate.errors).toBe(true);
  });
});

describe('suggestions', () => {
  const expectedOf = (ru: string): string[][] => {
    const yaml = `templates:\n  - id: a\n    text:\n      ru: |-\n        ${ru}\n`;
    return lintString(yaml, { rules: [asAnyRule(rule)] }).files[0]!.messages.map((m) => m.expected ?? []);
  };
  it('offers «Здравствуйте» at the start and a neutral address, never a fix', () => {
    expect(expectedOf('Дорогой покупатель, спасибо!')).toEqual([['Здравствуйте', 'Уважаемый покупатель']]);
    expect(expectedOf('Спасибо, дорогие друзья!')).toEqual([['уважаемые покупатели']]);
    expect(expectedOf('Дорогая Анна, спасибо!')).toEqual([['Уважаемая']]);
    expect(expectedOf('Друзья, спасибо!')).toEqual([['Здравствуйте']]);
    expect(expectedOf('Спасибо, друг!')).toEqual([[]]);
    const yaml = 'templates:\n  - id: a\n    text:\n      ru: Дорогой, спасибо!\n';
    expect(lintString(yaml, { rules: [asAnyRule(rule)] }).files[0]!.messages[0]!.fix).toBeUndefined();
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
