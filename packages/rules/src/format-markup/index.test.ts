import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { data } from './index.js';
import schema from './markup.schema.json';

testRule(rule, {
  valid: [
    'Мой заказ уже в пути. Этот материал дорогой.',
    'Отличный подарок другу: подарочная упаковка бесплатно. Спасибо за отзыв!',
    'Доставка СДЭК, кабель USB Type-C, магазин на Ozon.',
    { ru: 'Заказ #{p1} и заказ # {p1}', placeholders: { p1: { example: '1' } } },
    'Цена* указана без доставки.\n*Акция действует до 1 мая.\n* Скидка не суммируется.',
    'Размер 2*3*4 см, A&B, скидка 5% & подарок.',
    'В комплекте:\n- кабель;\n- зарядное устройство;\n• инструкция;\n— чехол.',
    '> 100 отзывов, рейтинг 4,9. Если x > y, то выгоднее.',
    '# 5 в рейтинге',
    'Смайлик <3 и стрелка -> не теги. Срок <5 дней.',
    'Промокод SALE_2024 и артикул AB_12_34.',
  ],
  invalid: [
    { ru: 'Ваш заказ **отправлен**.', messages: ['1:11-1:24 format-markup bold {"actual":"**отправлен**","inner":""}'], output: 'Ваш заказ отправлен.' },
    { ru: 'Это __важно__ знать.', messages: ['1:5-1:14 format-markup bold {"actual":"__важно__","inner":""}'], output: 'Это важно знать.' },
    { ru: 'Это *очень* важно.', messages: ['1:5-1:12 format-markup italic {"actual":"*очень*","inner":""}'] },
    { ru: '# Доставка\nСрок — 3 дня.', messages: ['1:1-1:3 format-markup heading {"actual":"#","inner":""}'], output: 'Доставка\nСрок — 3 дня.' },
    { ru: '> Здравствуйте, где заказ?\nОтвечаем: в пути.', messages: ['1:1-1:3 format-markup quote {"actual":">","inner":""}'], output: 'Здравствуйте, где заказ?\nОтвечаем: в пути.' },
    { ru: 'Подробнее [здесь](https://ozon.ru/help).', messages: ['1:11-1:40 format-markup link {"actual":"[здесь](https://ozon.ru/help)","inner":""}'] },
    { ru: 'Введите код `{code}` при оплате.', placeholders: { code: { example: 'A1' } }, messages: ['1:13-1:21 format-markup code {"actual":"`{code}`","inner":"{code}"}'], output: 'Введите код «{code}» при оплате.' },
    { ru: 'Здравствуйте!<br>Заказ отправлен.', messages: ['1:14-1:18 format-markup html {"actual":"<br>","inner":""}'] },
    {
      ru: '<b>Внимание</b>: срок&nbsp;3 дня, <a href="https://ozon.ru">ссылка</a>',
      messages: [
        '1:1-1:4 format-markup html {"actual":"<b>","inner":""}',
        '1:12-1:16 format-markup html {"actual":"</b>","inner":""}',
        '1:22-1:28 format-markup entity {"actual":"&nbsp;","inner":""}',
        '1:35-1:61 format-markup html {"actual":"<a href=\\"https://ozon.ru\\">","inner":""}',
        '1:67-1:71 format-markup html {"actual":"</a>","inner":""}',
      ],
      output: '<b>Внимание</b>: срок\u00a03 дня, <a href="https://ozon.ru">ссылка</a>',
    },
    { ru: 'Copyright&copy; 2024 &amp; &#8470;5 &foo;', messages: [
      '1:10-1:16 format-markup entity {"actual":"&copy;","inner":""}',
      '1:22-1:27 format-markup entity {"actual":"&amp;","inner":""}',
      '1:28-1:35 format-markup entity {"actual":"&#8470;","inner":""}',
      '1:37-1:42 format-markup entity {"actual":"&foo;","inner":""}',
    ], output: 'Copyright© 2024 & №5 &foo;' },
    { ru: '| Размер | Длина |\n|---|---|\n| M | 70 |', messages: ['2:1-2:10 format-markup table {"actual":"|---|---|","inner":""}'] },
    { ru: '```\nкод\n```', messages: [
      '1:1-1:4 format-markup fence {"actual":"```","inner":""}',
      '3:1-3:4 format-markup fence {"actual":"```","inner":""}',
    ] },
  ],
});

describe('markup data', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(data) || validate.errors).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
