import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const decl = { order_number: { example: '1' }, days: { type: 'number', example: 3 } };

testRule(rule, {
  valid: [
    { ru: 'Заказ {order_number} отправлен.', zh: '订单 {order_number} 已发货。', placeholders: decl },
    { ru: 'Заказ {order_numbr} отправлен.', zh: '订单 {order_number} 已发货。', placeholders: decl, name: 'undeclared names are placeholder-undeclared’s' },
    { ru: 'Заказ {order_number} придёт через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.', placeholders: decl, name: 'no source text' },
    { ru: 'Через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.', zh: '{days} 天后。', placeholders: decl },
  ],
  invalid: [
    {
      ru: 'Заказ {order_number} на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
      zh: '订单 {order_number} 已发货。',
      placeholders: decl,
      messages: ['1:26-1:30 placeholder-extra extra {"name":"days","source":"zh","target":"ru"}'],
    },
    { ru: 'Заказ {order_number}, {order_number}.', zh: '已发货。', placeholders: decl, messages: ['1:8-1:20 placeholder-extra extra {"name":"order_number","source":"zh","target":"ru"}'] },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
