import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './review.yaml';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

testRule(rule, {
  valid: [
    'Спасибо за отзыв!',
    'Будем благодарны за отзыв.',
    'Если вам понравился товар, оставьте, пожалуйста, отзыв.',
    'Спасибо за высокую оценку! Рады, что товар подошёл.',
    'Оцените, пожалуйста, хорошо ли сел размер.',
    'Отзыв можно оставить в разделе «Мои заказы».',
    'Мой заказ',
    'Этот материал дорогой.',
    'Это хороший подарок другу.',
    'Подарочная упаковка входит в стоимость.',
    'Отправляем СДЭК, кабель USB Type-C в комплекте.',
    'Спасибо, что выбрали Ozon.',
    'Вернём деньги в течение 3 дней после проверки товара.',
    'Скидка 10 % на второй товар.',
    'За отзыв Ozon начислит баллы по программе «Баллы за отзывы».',
    'Вернём деньги после возврата товара на склад.',
    'Деньги вернём после оценки состояния товара на складе.',
    'Спасибо всем, кто оставил отзыв!',
    'Возврат средств оформляет Ozon.',
  ],
  invalid: [
    { ru: 'Пожалуйста, поставьте 5 звёзд!', messages: ['1:13-1:30 policy-review steer {"actual":"поставьте 5 звёзд"}'] },
    { ru: 'ОСТАВЬТЕ ПОЛОЖИТЕЛЬНЫЙ ОТЗЫВ', messages: ['1:1-1:29 policy-review steer {"actual":"ОСТАВЬТЕ ПОЛОЖИТЕЛЬНЫЙ ОТЗЫВ"}'], name: 'capitals' },
    { ru: 'Если всё понравилось, оцените нас на пятёрку.', messages: ['1:23-1:45 policy-review steer {"actual":"оцените нас на пятёрку"}'] },
    { ru: 'Не спешите ставить низкую оценку: напишите нам.', messages: ['1:1-1:33 policy-review steer {"actual":"Не спешите ставить низкую оценку"}'] },
    { ru: 'Проблема решена — пожалуйста, удалите отзыв.', messages: ['1:31-1:44 policy-review steer {"actual":"удалите отзыв"}'] },
    { ru: 'За отзыв с фото вернём 100 рублей.', messages: ['1:4-1:34 policy-review reward {"actual":"отзыв с фото вернём 100 рублей"}'] },
    { ru: 'Кэшбэк 200 ₽ за отзыв!', messages: ['1:1-1:22 policy-review reward {"actual":"Кэшбэк 200 ₽ за отзыв"}'] },
    {
      ru: 'Оставьте отзыв и получите скидку.\nБудем рады вашим пяти звёздам!',
      messages: ['1:10-1:33 policy-review reward {"actual":"отзыв и получите скидку"}', '2:18-2:30 policy-review steer {"actual":"пяти звёздам"}'],
    },
    { ru: 'Вернём 100 ₽ после отзыва.', messages: ['1:1-1:26 policy-review reward {"actual":"Вернём 100 ₽ после отзыва"}'] },
    { ru: 'Напишите отзыв с фото — получите 300 рублей на карту.', messages: ['1:10-1:44 policy-review reward {"actual":"отзыв с фото — получите 300 рублей"}'] },
    { ru: 'Пришлите скриншот отзыва, и мы переведём вам 100 ₽.', messages: ['1:19-1:49 policy-review reward {"actual":"отзыва, и мы переведём вам 100"}'] },
  ],
});

testPhraseData('policy-review', data, phrases, ['steer', 'reward']);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
