import { fileURLToPath } from 'node:url';
import { testFixtures, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const TILDE = 'Remove the tilde “~”: in Chinese chats it sounds friendly, but a Russian buyer reads it as frivolous and unprofessional.';

testRule(rule, {
  valid: [
    'Здравствуйте! Пожалуйста, подождите: проверяю информацию по заказу.',
    'Доставка займёт 3–5 дней.',
    { ru: 'Заказ {order_number} отправлен.', zh: '亲，订单 {order_number} 已发货~', placeholders: { order_number: { example: '1' } }, name: 'a tilde in the source is not the target’s problem' },
    'Температура стирки — около 30 °C.',
    'Мой заказ в пути. Спасибо за отзыв! Отправим через СДЭК, кабель USB Type-C, магазин на Ozon.',
    'Размеры 42–44 и 46–48 есть в наличии, доставка от 3 до 7 дней.',
  ],
  invalid: [
    { ru: 'Подождите немного~', messages: [`1:18-1:19 tone-tilde ${TILDE}`], output: 'Подождите немного' },
    { ru: 'Подождите немного~ мы проверим', messages: [`1:18-1:19 tone-tilde ${TILDE}`], output: 'Подождите немного мы проверим' },
    { ru: 'Спасибо ~ хорошего дня', messages: [`1:9-1:10 tone-tilde ${TILDE}`], output: 'Спасибо хорошего дня' },
    {
      ru: 'Спасибо～～',
      messages: ['1:8-1:10 tone-tilde Remove the tilde “～～”: in Chinese chats it sounds friendly, but a Russian buyer reads it as frivolous and unprofessional.'],
      output: 'Спасибо',
    },
    {
      ru: 'Доставка 3~5 дней, спасибо〜',
      messages: [
        '1:11-1:12 tone-tilde Write the range with an en dash “–” instead of “~” (3–5 days).',
        '1:27-1:28 tone-tilde Remove the tilde “〜”: in Chinese chats it sounds friendly, but a Russian buyer reads it as frivolous and unprofessional.',
      ],
      output: 'Доставка 3–5 дней, спасибо',
    },
    { ru: 'Срок 10 ~ 15 дней', messages: ['1:9-1:10 tone-tilde Write the range with an en dash “–” instead of “~” (3–5 days).'], output: 'Срок 10–15 дней' },
    {
      ru: 'Первая строка\n~вторая строка',
      messages: [`2:1-2:2 tone-tilde ${TILDE}`],
      output: 'Первая строка\nвторая строка',
    },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));

testFixtures(fileURLToPath(new URL('./fixtures', import.meta.url)), { rules: [asAnyRule(rule)] });
