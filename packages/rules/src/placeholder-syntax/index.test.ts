import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const order = { order_number: { example: '0123456789-0001' } };
const days = { days: { type: 'number', example: 3 } };

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
    { ru: 'Заказ {order_number отправлен', placeholders: order, messages: ['1:7-1:20 placeholder-syntax unclosed {"actual":"{order_number","code":"MALFORMED_ARGUMENT"}'] },
    {
      ru: 'Заказ ｛order_number｝ отправлен',
      placeholders: order,
      messages: [
        '1:7-1:8 placeholder-syntax fullwidth {"actual":"｛","expected":"{"}',
        '1:20-1:21 placeholder-syntax fullwidth {"actual":"｝","expected":"}"}',
      ],
      output: 'Заказ {order_number} отправлен',
    },
    {
      ru: 'Скидка ﹛до 10 % на всё',
      name: 'a lone full-width brace: the ASCII brace would break the text, so no fix',
      messages: ['1:8-1:9 placeholder-syntax fullwidth {"actual":"﹛","expected":"{"}'],
    },
    {
      ru: 'Доставка займёт {days, plural, one {# день} few {# дня}',
      placeholders: days,
      messages: ['1:17-1:56 placeholder-syntax unclosed {"actual":"{days, plural, one {# день} few {# дня}","code":"EXPECT_ARGUMENT_CLOSING_BRACE"}'],
    },
    { ru: 'Ожидайте # дней', messages: ['1:10-1:11 placeholder-syntax pound'] },
    { ru: 'Заказ {order_number}} отправлен', placeholders: order, messages: ['1:21-1:22 placeholder-syntax unbalanced {"actual":"}"}'] },
    { ru: 'Заказ {} отправлен', messages: ['1:7-1:9 placeholder-syntax empty-unknown {"actual":"{}","code":"EMPTY_ARGUMENT"}'], name: 'nothing declared: no name made up' },
    { ru: 'Заказ {} отправлен', zh: '订单 {order_number} 已发货', placeholders: { ...order, track: {} }, messages: ['1:7-1:9 placeholder-syntax empty {"actual":"{}","code":"EMPTY_ARGUMENT","expected":"{order_number}"}'], name: 'the source’s placeholder the target lacks' },
    { ru: 'Заказ {}, трек-номер {}', placeholders: { ...order, track: {} }, messages: ['1:7-1:9 placeholder-syntax empty-choice {"actual":"{}","choices":"{order_number}, {track}","code":"EMPTY_ARGUMENT"}'], name: 'the declared placeholders to choose from' },
    { ru: 'Сумма {sum, money}', messages: ['1:13-1:18 placeholder-syntax type {"actual":"money","code":"INVALID_ARGUMENT_TYPE","name":"sum"}'] },
    { ru: 'Да', zh: '订单 {order_number 已发货', placeholders: order, messages: ['zh 1:4-1:17 placeholder-syntax unclosed {"actual":"{order_number","code":"MALFORMED_ARGUMENT"}'] },
    {
      ru: 'Через {days, plural, one {# день} one {# дня} other {# дней}}',
      placeholders: days,
      messages: ['1:35-1:38 placeholder-syntax plural {"actual":"one","code":"DUPLICATE_PLURAL_ARGUMENT_SELECTOR","name":"days"}'],
      name: 'a plural branch twice',
    },
  ],
  notInCases: {
    'other-missing': 'unreachable: placeholders are parsed with requiresOtherClause: false, so MISSING_OTHER_CLAUSE never occurs',
    invalid: 'unreachable: the fallback for a parser error code the rule does not know',
  },
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
