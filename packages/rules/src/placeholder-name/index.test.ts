import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const order = { order_number: { example: '0123456789-0001' } };

testRule(rule, {
  valid: [
    { ru: 'Заказ {order_number} отправлен', zh: '订单 {order_number}', placeholders: order },
    { ru: 'Позиция {p1}', placeholders: { p1: {} } },
    { ru: 'Позиция {0}', name: 'positional ICU arguments' },
    { ru: 'Срок {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}', placeholders: { days: { type: 'number' } } },
    'Без плейсхолдеров',
  ],
  invalid: [
    {
      ru: 'Заказ {оrder_number} отправлен',
      zh: '订单 {order_number}',
      placeholders: order,
      messages: ['1:8-1:20 placeholder-name lookalike {"letters":"о","name":"оrder_number","suggestion":"order_number"}'],
      output: 'Заказ {order_number} отправлен',
      name: 'a Cyrillic о in order_number',
    },
    {
      ru: 'Заказ {номер_заказа} отправлен',
      zh: '订单 {order_number}',
      placeholders: order,
      messages: ['1:8-1:20 placeholder-name translated-to {"name":"номер_заказа","other":"zh","suggestion":"order_number"}'],
    },
    {
      ru: 'SKU {Sку}',
      placeholders: { SKU: {} },
      messages: ['1:6-1:9 placeholder-name lookalike {"letters":"к, у","name":"Sку","suggestion":"SKU"}'],
      name: 'a look-alike that is not the declared name: suggest, do not fix',
    },
    { ru: 'Заказ {订单号}', messages: ['1:8-1:11 placeholder-name translated {"name":"订单号"}'] },
    { ru: 'Да', zh: '订单 {订单号}', placeholders: order, messages: ['zh 1:5-1:8 placeholder-name translated-declared {"name":"订单号","suggestion":"order_number"}'] },
    { ru: 'Заказ {номер} и трек {трек}', placeholders: { ...order, track: {} }, messages: [
      '1:8-1:13 placeholder-name translated-choice {"choices":"{order_number}, {track}","name":"номер"}',
      '1:23-1:27 placeholder-name translated-choice {"choices":"{order_number}, {track}","name":"трек"}',
    ], name: 'the declared placeholders to choose from' },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
