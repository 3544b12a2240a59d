import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testFixtures, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import marks from './marks.yaml';
import schema from './marks.schema.json';

const order = { order_number: { example: '0123456789-0001' } };

testRule(rule, {
  valid: [
    'Здравствуйте! Ваш заказ отправлен, трек-номер придёт в течение 1–2 дней.',
    'Мой заказ. Этот материал дорогой, подойдёт как подарок другу. Есть подарочная упаковка.',
    'Доставка СДЭК или Ozon, кабель USB Type-C. Спасибо за отзыв!',
    'Работаем с 10:00 до 18:00, вес — 2,5 кг (без упаковки).',
    { ru: 'Заказ {order_number} отправлен.', zh: '订单 {order_number} 已发货，请注意查收。', placeholders: order, name: 'full-width marks in the source are not the target’s problem' },
    { ru: 'Подождите немного～', name: 'the full-width tilde belongs to tone-tilde' },
    { ru: 'Нажмите “Мои заказы”.', name: 'curly quotes belong to typography-quotes' },
  ],
  invalid: [
    {
      ru: 'Здравствуйте，заказ отправлен。',
      messages: [
        '1:13-1:14 typography-fullwidth mark {"actual":"，","expected":","}',
        '1:29-1:30 typography-fullwidth mark {"actual":"。","expected":"."}',
      ],
      output: 'Здравствуйте, заказ отправлен.',
    },
    { ru: 'Здравствуйте ，заказ', messages: ['1:14-1:15 typography-fullwidth mark {"actual":"，","expected":","}'], output: 'Здравствуйте, заказ', name: 'the space before the mark moves after it' },
    {
      ru: 'Спасибо！Ждём вас снова？',
      messages: [
        '1:8-1:9 typography-fullwidth mark {"actual":"！","expected":"!"}',
        '1:23-1:24 typography-fullwidth mark {"actual":"？","expected":"?"}',
      ],
      output: 'Спасибо! Ждём вас снова?',
    },
    {
      ru: 'Размер（M）подойдёт',
      messages: [
        '1:7-1:8 typography-fullwidth mark {"actual":"（","expected":"("}',
        '1:9-1:10 typography-fullwidth mark {"actual":"）","expected":")"}',
      ],
      output: 'Размер (M) подойдёт',
    },
    { ru: 'Заказ №１２３４５', messages: ['1:8-1:13 typography-fullwidth alnum {"actual":"１２３４５","expected":"12345"}'], output: 'Заказ №12345' },
    {
      ru: 'Время работы：10：00–18：00',
      messages: [
        '1:13-1:14 typography-fullwidth mark {"actual":"：","expected":":"}',
        '1:16-1:17 typography-fullwidth mark {"actual":"：","expected":":"}',
        '1:22-1:23 typography-fullwidth mark {"actual":"：","expected":":"}',
      ],
      output: 'Время работы: 10:00–18:00',
      name: 'no space inside a time',
    },
    {
      ru: 'Смотрите раздел《Мои заказы》',
      messages: [
        '1:16-1:17 typography-fullwidth mark {"actual":"《","expected":"«"}',
        '1:27-1:28 typography-fullwidth mark {"actual":"》","expected":"»"}',
      ],
      output: 'Смотрите раздел «Мои заказы»',
    },
    { ru: 'Размеры、цвета и модели', messages: ['1:8-1:9 typography-fullwidth mark {"actual":"、","expected":","}'], output: 'Размеры, цвета и модели' },
    {
      ru: '【Внимание】Товар на складе',
      messages: [
        '1:1-1:2 typography-fullwidth brackets {"actual":"【","expected":"("}',
        '1:10-1:11 typography-fullwidth brackets {"actual":"】","expected":")"}',
      ],
      name: 'lenticular brackets: rephrase, no automatic fix',
    },
    { ru: 'Здравствуйте,\u3000заказ отправлен', messages: ['1:14-1:15 typography-fullwidth space'], output: 'Здравствуйте, заказ отправлен' },
    { ru: 'Ваш\u3000заказ', messages: ['1:4-1:5 typography-fullwidth space'], output: 'Ваш заказ' },
    { ru: 'Заказ {order_number}，спасибо', placeholders: order, messages: ['1:21-1:22 typography-fullwidth mark {"actual":"，","expected":","}'], output: 'Заказ {order_number}, спасибо' },
    { ru: 'Подождите……мы проверим', messages: ['1:10-1:12 typography-fullwidth mark {"actual":"……","expected":"…"}'], output: 'Подождите… мы проверим' },
    {
      ru: 'Скидка ５０％',
      messages: [
        '1:8-1:10 typography-fullwidth alnum {"actual":"５０","expected":"50"}',
        '1:10-1:11 typography-fullwidth mark {"actual":"％","expected":"%"}',
      ],
      output: 'Скидка 50%',
    },
    { ru: 'Сайт ozon．ru', messages: ['1:10-1:11 typography-fullwidth mark {"actual":"．","expected":"."}'], output: 'Сайт ozon.ru', name: 'a full-width period in a domain' },
    {
      ru: 'Цвет：красный。\nРазмер：M',
      messages: [
        '1:5-1:6 typography-fullwidth mark {"actual":"：","expected":":"}',
        '1:13-1:14 typography-fullwidth mark {"actual":"。","expected":"."}',
        '2:7-2:8 typography-fullwidth mark {"actual":"：","expected":":"}',
      ],
      output: 'Цвет: красный.\nРазмер: M',
    },
  ],
});

describe('CJK marks data', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(marks) || validate.errors).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));

testFixtures(fileURLToPath(new URL('./fixtures', import.meta.url)), { rules: [asAnyRule(rule)] });
