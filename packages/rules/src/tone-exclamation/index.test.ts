import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

testRule(rule, {
  valid: [
    'Спасибо за отзыв!',
    'Здравствуйте! Мой заказ уже в пути? Этот материал дорогой, но прочный.',
    'Отличный подарок другу — подарочная упаковка бесплатно! Доставка СДЭК, кабель USB Type-C. Ozon!',
    'Вы уверены?! Тогда оформим возврат.',
    'Неужели!? Проверим ещё раз.',
    'Ждём вас снова!.. И хорошего дня.',
    { ru: '{n, plural, one {Спасибо!} few {Спасибо!} many {Спасибо!} other {Спасибо!}} Ура! Да! Хорошо!', name: 'alternatives of a plural count once' },
    { ru: 'Раз! Два! Три! Четыре! Пять!', options: { max: 0 }, name: 'max 0 turns the count off' },
  ],
  invalid: [
    { ru: 'Спасибо за заказ!!', messages: ['1:17-1:19 tone-exclamation repeated {"actual":"!!","expected":"!"}'], output: 'Спасибо за заказ!' },
    { ru: 'Скидка 50%!!!', messages: ['1:11-1:14 tone-exclamation repeated {"actual":"!!!","expected":"!"}'], output: 'Скидка 50%!' },
    { ru: 'Вы получили заказ?!!', messages: ['1:18-1:21 tone-exclamation repeated {"actual":"?!!","expected":"?"}'], output: 'Вы получили заказ?' },
    { ru: 'Ура!!1 Заказ готов!?!', messages: [
      '1:4-1:7 tone-exclamation repeated {"actual":"!!1","expected":"!"}',
      '1:19-1:22 tone-exclamation repeated {"actual":"!?!","expected":"?"}',
    ], output: 'Ура! Заказ готов?' },
    { ru: 'Где ваш отзыв??', messages: ['1:14-1:16 tone-exclamation repeated {"actual":"??","expected":"?"}'], output: 'Где ваш отзыв?' },
    { ru: 'Спасибо！！', messages: ['1:8-1:10 tone-exclamation repeated {"actual":"！！","expected":"!"}'], output: 'Спасибо!' },
    {
      ru: 'Здравствуйте! Спасибо за заказ! Мы рады! Хорошего дня!',
      messages: ['1:54-1:55 tone-exclamation too-many {"count":4,"max":3}'],
    },
    {
      ru: 'Здравствуйте! Спасибо!',
      options: { max: 1 },
      messages: ['1:22-1:23 tone-exclamation too-many {"count":2,"max":1}'],
    },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
