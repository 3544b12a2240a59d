import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const order = { order_number: { example: '0123456789-0001' } };

testRule(rule, {
  valid: [
    { ru: 'Заказ {order_number} отправлен.', placeholders: order },
    { ru: 'Заказ {order_number} отправлен.', zh: '订单 {order_number}', placeholders: order, name: 'declared in both texts' },
    { ru: 'Срок {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.', placeholders: { days: { type: 'number' } } },
    { ru: 'Заказ {оrder_number}', placeholders: order, name: 'look-alike names are placeholder-name’s' },
    'Спасибо за покупку!',
  ],
  invalid: [
    { ru: 'Ваш заказ {order_numbr} отправлен', placeholders: order, messages: ['1:12-1:23 placeholder-undeclared did-you-mean {"name":"order_numbr","suggestion":"order_number"}'], output: 'Ваш заказ {order_number} отправлен' },
    { ru: 'Ваш заказ {Order_Number} отправлен', placeholders: order, messages: ['1:12-1:24 placeholder-undeclared did-you-mean {"name":"Order_Number","suggestion":"order_number"}'], output: 'Ваш заказ {order_number} отправлен' },
    { ru: 'Ваш заказ {order} отправлен', placeholders: order, messages: ['1:12-1:17 placeholder-undeclared undeclared {"name":"order"}'] },
    {
      ru: 'Заказ {order_id}',
      placeholders: { order_ids: {}, order_idx: {} },
      messages: ['1:8-1:16 placeholder-undeclared did-you-mean {"name":"order_id","suggestion":"order_ids"}'],
      name: 'two candidates: no fix',
    },
    { ru: 'Да', zh: '订单 {order_no}', placeholders: order, messages: ['zh 1:5-1:13 placeholder-undeclared undeclared {"name":"order_no"}'] },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
