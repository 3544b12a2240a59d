import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

testRule(rule, {
  valid: [
    'Мой заказ отправлен. Этот материал дорогой, подойдёт как подарок другу; есть подарочная упаковка.',
    'Доставка СДЭК или Ozon, кабель USB Type-C. Спасибо за отзыв!',
    { ru: 'Заказ отправлен.', zh: '订单已发货。', name: 'Chinese in the source text' },
    { ru: 'Здравствуйте！Заказ отправлен，спасибо。', name: 'full-width punctuation is typography-fullwidth’s' },
    { ru: 'Подождите немного～', name: 'the full-width tilde is tone-tilde’s' },
    { ru: 'Заказ {order_number} отправлен', placeholders: { order_number: { example: '订单1' } }, name: 'a placeholder example is not the text' },
  ],
  invalid: [
    { ru: 'Ваш 订单 отправлен', messages: ['1:5-1:7 script-cjk han {"actual":"订单"}'] },
    { ru: 'Ваш заказ отправлен，请注意查收', messages: ['1:21-1:26 script-cjk han {"actual":"请注意查收"}'], name: 'a sentence left untranslated' },
    { ru: '亲，здравствуйте!', messages: ['1:1-1:2 script-cjk han {"actual":"亲"}'] },
    { ru: 'Размер 大号 и 小号', messages: ['1:8-1:10 script-cjk han {"actual":"大号"}', '1:13-1:15 script-cjk han {"actual":"小号"}'] },
    { ru: 'Это カタカナー', messages: ['1:5-1:10 script-cjk kana {"actual":"カタカナー"}'] },
    { ru: 'Это 한국어', messages: ['1:5-1:8 script-cjk hangul {"actual":"한국어"}'] },
    { ru: 'Первая строка\nвторая 字', messages: ['2:8-2:9 script-cjk han {"actual":"字"}'] },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
