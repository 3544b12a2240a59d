import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const order = { order_number: { example: '0123456789-0001' } };

testRule(rule, {
  valid: [
    { ru: 'Заказ {order_number} отправлен', placeholders: order },
    'Скидка 10 % и 20%, рассрочка 0 %',
    'Фото [в приложении] и <b>жирный</b> текст',
    { ru: 'Заказ # {order_number}', placeholders: order },
    'Цена снижена на 15 %.',
  ],
  invalid: [
    { ru: 'Заказ %s отправлен', zh: '订单 {order_number} 已发货', placeholders: order, messages: ['1:7-1:9 placeholder-foreign-syntax foreign {"actual":"%s","expected":"{order_number}"}'] },
    { ru: 'Заказ {{order_number}} отправлен', placeholders: order, messages: ['1:7-1:23 placeholder-foreign-syntax foreign {"actual":"{{order_number}}","expected":"{order_number}"}'] },
    { ru: "Каталог '% 1' недоступен", en: "Directory '{p1}' is not readable", placeholders: { p1: {} }, messages: ['1:10-1:13 placeholder-foreign-syntax foreign {"actual":"% 1","expected":"{p1}"}'] },
    { ru: 'Заказ %1 отправлен', placeholders: { p1: {} }, messages: ['1:7-1:9 placeholder-foreign-syntax foreign {"actual":"%1","expected":"{p1}"}'] },
    {
      ru: 'Заказ ${order_number}, трек [tracking_number], %1$s, <name>, %name, значение «%»',
      placeholders: { ...order, tracking_number: {}, name: {} },
      messages: [
        '1:7-1:22 placeholder-foreign-syntax foreign {"actual":"${order_number}","expected":"{order_number}"}',
        '1:29-1:46 placeholder-foreign-syntax foreign {"actual":"[tracking_number]","expected":"{tracking_number}"}',
        '1:48-1:52 placeholder-foreign-syntax foreign-choice {"actual":"%1$s","choices":"{order_number}, {tracking_number}, {name}"}',
        '1:54-1:60 placeholder-foreign-syntax foreign {"actual":"<name>","expected":"{name}"}',
        '1:62-1:67 placeholder-foreign-syntax foreign {"actual":"%name","expected":"{name}"}',
        '1:79-1:80 placeholder-foreign-syntax lone-choice {"actual":"%","choices":"{order_number}, {tracking_number}, {name}"}',
      ],
    },
    {
      ru: 'Заказ %s отправлен, трек-номер %s.', zh: '订单 {order} 已发货，运单号 {track}。', placeholders: { order: {}, track: {} },
      messages: ['1:7-1:9 placeholder-foreign-syntax foreign {"actual":"%s","expected":"{order}"}', '1:32-1:34 placeholder-foreign-syntax foreign {"actual":"%s","expected":"{track}"}'],
      name: 'the source placeholder at the same place',
    },
    {
      ru: 'Трек-номер %2$s для заказа %1$s.', zh: '订单 {order} 的运单号是 {track}。', placeholders: { order: {}, track: {} },
      messages: ['1:12-1:16 placeholder-foreign-syntax foreign {"actual":"%2$s","expected":"{track}"}', '1:28-1:32 placeholder-foreign-syntax foreign {"actual":"%1$s","expected":"{order}"}'],
      name: 'a numbered placeholder is the source’s placeholder of that number',
    },
    { ru: 'Здравствуйте, %s!', placeholders: { buyer: {} }, messages: ['1:15-1:17 placeholder-foreign-syntax foreign {"actual":"%s","expected":"{buyer}"}'], name: 'the one declared placeholder the text lacks' },
    { ru: 'Здравствуйте, {{customer}}!', messages: ['1:15-1:27 placeholder-foreign-syntax foreign-declare {"actual":"{{customer}}","expected":"{customer}","name":"customer"}'], name: 'nothing declared: its own name' },
    { ru: 'Заказ %s отправлен.', messages: ['1:7-1:9 placeholder-foreign-syntax foreign-unknown {"actual":"%s"}'], name: 'nothing declared, no name: no placeholder is made up' },
    { ru: 'Скидка % на всё.', placeholders: { discount: { type: 'number' } }, messages: ['1:8-1:9 placeholder-foreign-syntax lone {"actual":"%","expected":"{discount}"}'] },
    { ru: 'Скидка % на всё!', messages: ['1:8-1:9 placeholder-foreign-syntax lone-unknown {"actual":"%"}'] },
    { ru: 'ID сайта: % websiteId', placeholders: { websiteId: {} }, messages: ['1:11-1:22 placeholder-foreign-syntax foreign {"actual":"% websiteId","expected":"{websiteId}"}'] },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
