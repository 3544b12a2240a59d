import { fileURLToPath } from 'node:url';
import { testFixtures, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const order = { order_number: { example: '0123456789-0001' } };

testRule(rule, {
  valid: [
    'Здравствуйте! Мой заказ отправлен, трек-номер придёт из-за праздников позже.',
    'Этот материал дорогой: подойдёт как подарок другу. Есть подарочная упаковка (бесплатно).',
    'Доставка СДЭК или Ozon, кабель USB Type-C. Спасибо за отзыв!',
    'Вес 2,5 кг, время 10:00, сайт ozon.ru, т.е. и т.д., т. е. Формат .jpg или .png.',
    { ru: 'Заказ {order_number}: отправлен. Номер — {order_number}.', placeholders: order, name: 'placeholders next to punctuation' },
    { ru: 'Спасибо )))\nСпасибо :)', name: 'bracket smiles are tone-emoticon’s business' },
    { ru: 'Ссылка: https://ozon.ru/my/orders?a=1,b=2;c:d', name: 'a URL is not prose' },
    { ru: 'Размеры: S,M,L; г.Москва, А.С.Пушкин', name: 'Latin codes and abbreviations with one letter stay' },
    { ru: 'Мы проверим …и ответим', name: 'a leading ellipsis sticks to the next word' },
    { ru: 'Время {h}:{m}', placeholders: { h: { example: '10' }, m: { example: '00' } } },
    { ru: 'Первая строка\n  вторая строка с отступом', name: 'indentation in a block is left alone' },
    { ru: 'Версия 1.2.3, цена 2.5 тыс., пункт 2.1 договора, 1. Оплата, 2) доставка, сайт ozon.ru', name: 'decimals, versions, spaced numbering, domains' },
    { ru: 'Уважаемый(ая) покупатель, 5 элемент(ов), размер(S/M), {name}(без скидки)', placeholders: { name: { example: 'Анна' } }, name: 'bracketed endings, Latin and placeholders before a bracket' },
    { ru: 'Цена (со скидкой) указана в карточке (без учёта доставки).', name: 'spaced brackets' },
  ],
  invalid: [
    { ru: '1.Оформление\n2.Оплата', messages: ['1:1-1:3 typography-spacing numbering {"actual":"1."}', '2:1-2:3 typography-spacing numbering {"actual":"2."}'], output: '1. Оформление\n2. Оплата', name: 'list numbers glued to the word' },
    { ru: 'Шаги: 1)выберите размер, 2)оплатите.', messages: ['1:7-1:9 typography-spacing numbering {"actual":"1)"}', '1:26-1:28 typography-spacing numbering {"actual":"2)"}'], output: 'Шаги: 1) выберите размер, 2) оплатите.' },
    { ru: 'Указана цена(со скидкой).', messages: ['1:9-1:14 typography-spacing bracket {"mark":"("}'], output: 'Указана цена (со скидкой).', name: 'a bracket glued to the word before it' },
    { ru: 'Срок (без учёта выходных)3 дня, (по желанию)упакуем в коробку.', messages: ['1:44-1:46 typography-spacing bracket {"mark":")"}'], output: 'Срок (без учёта выходных)3 дня, (по желанию) упакуем в коробку.', name: 'a bracket glued to the word after it (not to a number)' },
    {
      ru: 'Здравствуйте , заказ отправлен .',
      messages: ['1:13-1:14 typography-spacing before {"mark":","}', '1:31-1:32 typography-spacing before {"mark":"."}'],
      output: 'Здравствуйте, заказ отправлен.',
    },
    { ru: 'Спасибо !Ждём вас', messages: ['1:8-1:9 typography-spacing before {"mark":"!"}'], output: 'Спасибо! Ждём вас', name: 'a mark glued to the next word moves back' },
    {
      ru: 'Здравствуйте,заказ отправлен.Спасибо!Ждём вас снова',
      messages: [
        '1:13-1:14 typography-spacing after {"mark":","}',
        '1:29-1:30 typography-spacing after {"mark":"."}',
        '1:37-1:38 typography-spacing after {"mark":"!"}',
      ],
      output: 'Здравствуйте, заказ отправлен. Спасибо! Ждём вас снова',
    },
    { ru: 'Подождите...мы проверим', messages: ['1:10-1:13 typography-spacing after {"mark":"..."}'], output: 'Подождите... мы проверим' },
    { ru: 'Подождите … мы проверим', messages: ['1:10-1:11 typography-spacing before {"mark":"…"}'], output: 'Подождите… мы проверим' },
    { ru: 'Здравствуйте,{name}!', placeholders: { name: { example: 'Анна' } }, messages: ['1:13-1:14 typography-spacing after {"mark":","}'], output: 'Здравствуйте, {name}!' },
    { ru: 'Заказ {order_number}.Спасибо', placeholders: order, messages: ['1:21-1:22 typography-spacing after {"mark":"."}'], output: 'Заказ {order_number}. Спасибо' },
    { ru: 'Заказ  отправлен', messages: ['1:6-1:8 typography-spacing double'], output: 'Заказ отправлен' },
    { ru: 'Заказ\tотправлен', messages: ['1:6-1:7 typography-spacing double'], output: 'Заказ отправлен' },
    { ru: 'Заказ отправлен.  \nСпасибо!', messages: ['1:17-1:19 typography-spacing trailing'], output: 'Заказ отправлен.\nСпасибо!' },
    { ru: '  Здравствуйте!', messages: ['1:1-1:3 typography-spacing leading'], output: 'Здравствуйте!' },
    {
      ru: 'Размер ( M ) подойдёт, раздел « Мои заказы »',
      messages: [
        '1:9-1:10 typography-spacing inside {"mark":"("}',
        '1:11-1:12 typography-spacing inside {"mark":")"}',
        '1:32-1:33 typography-spacing inside {"mark":"«"}',
        '1:43-1:44 typography-spacing inside {"mark":"»"}',
      ],
      output: 'Размер (M) подойдёт, раздел «Мои заказы»',
    },
    { ru: 'Статус :отправлен', messages: ['1:7-1:8 typography-spacing before {"mark":":"}'], output: 'Статус: отправлен' },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));

testFixtures(fileURLToPath(new URL('./fixtures', import.meta.url)), { rules: [asAnyRule(rule)] });
