import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

testRule(rule, {
  valid: [
    'Звоните: +7 800 555-35-35. Размеры 5+ и 18+.',
    'Язык C++, роутер Wi‑Fi 6E+, бренд H&M, 1 + 1 = 2.',
    'Доставка и возврат бесплатны. Размер и цвет укажите в заказе.',
    { ru: 'Магазин «Дом & Сад» работает без выходных.', name: 'a quoted name keeps its sign' },
    { ru: 'Ссылка: https://ozon.ru/search?text=плед+шерсть', name: 'a URL' },
    { ru: 'Кнопки ++ и &&, знак + у цены', name: 'doubled signs and a sign before a non-word' },
  ],
  invalid: [
    { ru: 'Доставка & возврат — за наш счёт.', messages: ['1:10-1:11 typography-and-sign and {"actual":"&","expected":"Доставка и возврат"}'], output: 'Доставка и возврат — за наш счёт.' },
    { ru: 'Укажите размер + цвет.', messages: ['1:16-1:17 typography-and-sign and {"actual":"+","expected":"размер и цвет"}'], output: 'Укажите размер и цвет.' },
    { ru: 'В подарок куртка+шапка.', messages: ['1:17-1:18 typography-and-sign and {"actual":"+","expected":"куртка и шапка"}'], output: 'В подарок куртка и шапка.', name: 'glued to the words' },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
