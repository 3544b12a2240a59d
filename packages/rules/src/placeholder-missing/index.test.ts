import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const order = { order_number: { example: '0123456789-0001' } };

testRule(rule, {
  valid: [
    { ru: 'Заказ {order_number} отправлен.', zh: '您的订单 {order_number} 已发货。', placeholders: order },
    { ru: 'Срок — {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.', zh: '{days} 天', placeholders: { days: { type: 'number' } }, name: 'a plural counts as its argument' },
    { ru: 'Ваш заказ отправлен.', name: 'no source text: monolingual' },
    { ru: 'Заказ {order_numbr} отправлен.', zh: '您的订单 {order_number} 已发货。', placeholders: order, name: 'a misspelt name is reported once, elsewhere' },
    { ru: 'Заказ {номер_заказа} отправлен.', zh: '您的订单 {order_number} 已发货。', placeholders: order, name: 'a translated name is reported once, elsewhere' },
  ],
  invalid: [
    { ru: 'Ваш заказ отправлен.', zh: '您的订单 {order_number} 已发货。', placeholders: order, messages: ['zh 1:6-1:20 placeholder-missing missing {"name":"order_number","source":"zh","target":"ru"}'] },
    {
      ru: 'Заказ отправлен.',
      zh: '订单 {order_number} 将在 {days} 天内送达，订单 {order_number}。',
      placeholders: { ...order, days: { type: 'number' } },
      messages: [
        'zh 1:4-1:18 placeholder-missing missing {"name":"order_number","source":"zh","target":"ru"}',
        'zh 1:22-1:28 placeholder-missing missing {"name":"days","source":"zh","target":"ru"}',
      ],
    },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
