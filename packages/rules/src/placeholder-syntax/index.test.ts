import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import { en } from '../lib/messages.test-helper.js';

const order = { order_number: { example: '0123456789-0001' } };
const days = { days: { type: 'number', example: 3 } };
const m = (id: string, data: Record<string, string> = {}): string => `placeholder-syntax ${en(rule, id, data)}`;

testRule(rule, {
  valid: [
    { ru: 'Заказ {order_number} отправлен.', placeholders: order },
    { ru: 'Доставка займёт {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.', placeholders: days },
    { ru: "Каталог '{p1}' недоступен.", placeholders: { p1: {} }, name: 'apostrophes do not quote' },
    { ru: 'Заказ # {order_number}, артикул #123.', placeholders: order, name: 'the number sign' },
    { ru: '{g, select, male {Уважаемый покупатель} other {Уважаемая покупательница}}, спасибо!', placeholders: { g: { example: 'male' } } },
    { ru: 'Сумма: {sum, number} ₽.', placeholders: { sum: { type: 'number' } } },
    { ru: 'Да', zh: '订单 {order_number} 已发货', placeholders: order },
  ],
  invalid: [
    { ru: 'Заказ {order_number отправлен', placeholders: order, messages: [`1:7-1:20 ${m('unclosed', { actual: '{order_number' })}`] },
    {
      ru: 'Заказ ｛order_number｝ отправлен',
      placeholders: order,
      messages: [`1:7-1:8 ${m('fullwidth', { actual: '｛', expected: '{' })}`, `1:20-1:21 ${m('fullwidth', { actual: '｝', expected: '}' })}`],
      output: 'Заказ {order_number} отправлен',
    },
    {
      ru: 'Доставка займёт {days, plural, one {# день} few {# дня}',
      placeholders: days,
      messages: [`1:17-1:56 ${m('unclosed', { actual: '{days, plural, one {# день} few {# дня}' })}`],
    },
    { ru: 'Ожидайте # дней', messages: [`1:10-1:11 ${m('pound')}`] },
    { ru: 'Заказ {order_number}} отправлен', placeholders: order, messages: [`1:21-1:22 ${m('unbalanced', { actual: '}' })}`] },
    { ru: 'Заказ {} отправлен', messages: [`1:7-1:9 ${m('empty', { actual: '{}' })}`] },
    { ru: 'Сумма {sum, money}', messages: [`1:13-1:18 ${m('type', { actual: 'money', code: 'INVALID_ARGUMENT_TYPE' })}`] },
    { ru: 'Да', zh: '订单 {order_number 已发货', placeholders: order, messages: [`zh 1:4-1:17 ${m('unclosed', { actual: '{order_number' })}`] },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
