import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import twins from './twins.yaml';
import schema from './twins.schema.json';

testRule(rule, {
  valid: [
    'Мой заказ отправлен. Этот материал дорогой, подойдёт как подарок другу; есть подарочная упаковка.',
    'Доставка СДЭК или Ozon, кабель USB Type-C. Спасибо за отзыв!',
    'Трек-номер ZT1234567890RU, код из SMS-сообщения, iPhone 15, Wi-Fi, 5 кВт, XXI век.',
    { ru: 'Заказ {order_number} отправлен', placeholders: { order_number: { example: '1' } } },
    { ru: 'Чехол для iPhoneа и SMSом', name: 'a Latin stem with a Russian ending is a declension' },
    { ru: 'Бренд Zара', name: 'Z has no Cyrillic twin, а is in the minority: not a slip we can fix' },
  ],
  invalid: [
    {
      ru: 'Мы не cмогли найти ваш заказ по этому номеру.',
      messages: ['1:7-1:13 script-mixed latin-in-cyrillic {"actual":"cмогли","expected":"смогли","letters":"c"}'],
      output: 'Мы не смогли найти ваш заказ по этому номеру.',
      name: 'a Latin c inside a Russian verb',
    },
    {
      ru: 'Hовый трек-номер придёт вам в уведомлении Ozon.',
      messages: ['1:1-1:6 script-mixed latin-in-cyrillic {"actual":"Hовый","expected":"Новый","letters":"H"}'],
      output: 'Новый трек-номер придёт вам в уведомлении Ozon.',
      name: 'a Latin capital H opening a sentence',
    },
    {
      ru: 'Kупон {code} действует до {date}',
      placeholders: { code: { example: 'SALE10' }, date: { example: '31.05' } },
      messages: ['1:1-1:6 script-mixed latin-in-cyrillic {"actual":"Kупон","expected":"Купон","letters":"K"}'],
      output: 'Купон {code} действует до {date}',
      name: 'a Latin K before placeholders',
    },
    {
      ru: 'Передали ваш вопрос нашему менеджерy, ответ будет сегодня.',
      messages: ['1:28-1:37 script-mixed latin-in-cyrillic {"actual":"менеджерy","expected":"менеджеру","letters":"y"}'],
      output: 'Передали ваш вопрос нашему менеджеру, ответ будет сегодня.',
      name: 'a Latin y as the last letter',
    },
    { ru: 'Bыбирать товар', messages: ['1:1-1:9 script-mixed latin-in-cyrillic {"actual":"Bыбирать","expected":"Выбирать","letters":"B"}'], output: 'Выбирать товар' },
    { ru: 'Магазин Оzon', messages: ['1:9-1:13 script-mixed cyrillic-in-latin {"actual":"Оzon","expected":"Ozon","letters":"О"}'], output: 'Магазин Ozon', name: 'Ozon with a Cyrillic О' },
    { ru: 'Кабель USВ Type-C', messages: ['1:8-1:11 script-mixed cyrillic-in-latin {"actual":"USВ","expected":"USB","letters":"В"}'], output: 'Кабель USB Type-C', name: 'USB with a Cyrillic В' },
    { ru: 'Размер ХL', messages: ['1:8-1:10 script-mixed cyrillic-in-latin {"actual":"ХL","expected":"XL","letters":"Х"}'], output: 'Размер XL', name: 'equal counts: L has no Cyrillic twin' },
    { ru: 'Сoобщение oт прoдавца', messages: ['1:1-1:10 script-mixed latin-in-cyrillic {"actual":"Сoобщение","expected":"Сообщение","letters":"o"}', '1:11-1:13 script-mixed latin-in-cyrillic {"actual":"oт","expected":"от","letters":"o"}', '1:14-1:22 script-mixed latin-in-cyrillic {"actual":"прoдавца","expected":"продавца","letters":"o"}'], output: 'Сообщение от продавца' },
  ],
});

describe('look-alike letters', () => {
  it('match their schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(twins) || validate.errors).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
