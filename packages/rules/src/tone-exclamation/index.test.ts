import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import { en } from '../lib/messages.test-helper.js';

const repeated = (actual: string, expected: string): string => `tone-exclamation ${en(rule, 'repeated', { actual, expected })}`;
const tooMany = (count: number, max: number): string => `tone-exclamation ${en(rule, 'too-many', { count, max })}`;

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
    { ru: 'Спасибо за заказ!!', messages: [`1:17-1:19 ${repeated('!!', '!')}`], output: 'Спасибо за заказ!' },
    { ru: 'Скидка 50%!!!', messages: [`1:11-1:14 ${repeated('!!!', '!')}`], output: 'Скидка 50%!' },
    { ru: 'Вы получили заказ?!!', messages: [`1:18-1:21 ${repeated('?!!', '?')}`], output: 'Вы получили заказ?' },
    { ru: 'Ура!!1 Заказ готов!?!', messages: [`1:4-1:7 ${repeated('!!1', '!')}`, `1:19-1:22 ${repeated('!?!', '?')}`], output: 'Ура! Заказ готов?' },
    { ru: 'Где ваш отзыв??', messages: [`1:14-1:16 ${repeated('??', '?')}`], output: 'Где ваш отзыв?' },
    { ru: 'Спасибо！！', messages: [`1:8-1:10 ${repeated('！！', '!')}`], output: 'Спасибо!' },
    {
      ru: 'Здравствуйте! Спасибо за заказ! Мы рады! Хорошего дня!',
      messages: [`1:54-1:55 ${tooMany(4, 3)}`],
    },
    {
      ru: 'Здравствуйте! Спасибо!',
      options: { max: 1 },
      messages: [`1:22-1:23 ${tooMany(2, 1)}`],
    },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
