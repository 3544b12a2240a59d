import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const straight = { straight: true };
const p1 = { p1: { example: 'photo.jpg' } };

testRule(rule, {
  valid: [
    'Мой заказ в разделе «Мои заказы». Этот материал дорогой, подойдёт как подарок другу.',
    'Товар «Набор „Мастер“» в наличии, есть подарочная упаковка.',
    'Доставка СДЭК или Ozon, кабель USB Type-C. Спасибо за отзыв!',
    { ru: 'Нажмите "Мои заказы".', name: 'straight quotes are off by default' },
    { ru: 'Let’s go, O’Neil — мы на связи', name: 'curly apostrophes inside words' },
    { ru: 'Let\'s go, O\'Neil, д\'Артаньян', options: straight, name: 'straight apostrophes inside words' },
    { ru: 'Монитор 27" и 32"', options: straight, name: 'inch marks after digits' },
    { ru: 'Нажмите "Мои заказы" и "Оплатить', options: straight, name: 'unbalanced quotes: nothing is certain, nothing is reported' },
    { ru: 'Файл «{p1}» загружен', placeholders: p1 },
  ],
  invalid: [
    { ru: 'Нажмите “Мои заказы”.', messages: ['1:9-1:21 typography-quotes quotes {"actual":"“…”","expected":"«…»"}'], output: 'Нажмите «Мои заказы».' },
    { ru: 'Нажмите ‘Мои заказы’', messages: ['1:9-1:21 typography-quotes quotes {"actual":"‘…’","expected":"«…»"}'], output: 'Нажмите «Мои заказы»' },
    { ru: 'Нажмите "Мои заказы".', options: straight, messages: ['1:9-1:21 typography-quotes quotes {"actual":"\\"…\\"","expected":"«…»"}'], output: 'Нажмите «Мои заказы».' },
    {
      ru: 'Товар «Набор “Мастер”» в наличии',
      messages: ['1:14-1:22 typography-quotes quotes {"actual":"“…”","expected":"„…“"}'],
      output: 'Товар «Набор „Мастер“» в наличии',
      name: 'English quotes inside ёлочки become лапки',
    },
    {
      ru: 'Товар "Набор "Мастер"" в наличии',
      options: straight,
      messages: ['1:7-1:23 typography-quotes quotes {"actual":"\\"…\\"","expected":"«…»"}'],
      output: 'Товар «Набор „Мастер“» в наличии',
      name: 'nested straight quotes: one fix for the whole quotation',
    },
    { ru: 'Товар „Набор“ в наличии', messages: ['1:7-1:14 typography-quotes quotes {"actual":"„…“","expected":"«…»"}'], output: 'Товар «Набор» в наличии' },
    {
      ru: 'Магазин “Ozon” и служба “СДЭК”',
      messages: [
        '1:9-1:15 typography-quotes quotes {"actual":"“…”","expected":"«…»"}',
        '1:25-1:31 typography-quotes quotes {"actual":"“…”","expected":"«…»"}',
      ],
      output: 'Магазин «Ozon» и служба «СДЭК»',
    },
    { ru: 'Файл \'{p1}\' не найден', options: straight, placeholders: p1, messages: ['1:6-1:12 typography-quotes quotes {"actual":"\'…\'","expected":"«…»"}'], output: 'Файл «{p1}» не найден' },
    {
      ru: 'Раздел “Мои\nзаказы”',
      messages: ['1:8-2:8 typography-quotes quotes {"actual":"“…”","expected":"«…»"}'],
      name: 'a quotation across a line break: no automatic fix',
    },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
