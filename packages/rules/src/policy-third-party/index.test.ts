import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './third-party.yaml';
import { en } from '../lib/messages.test-helper.js';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

const market = (actual: string, name: string): string => `policy-third-party ${en(rule, 'marketplace', { actual, name })}`;
const outside = (actual: string): string => `policy-third-party ${en(rule, 'outside', { actual })}`;

testRule(rule, {
  valid: [
    'Спасибо, что выбрали Ozon!',
    'Отправляем СДЭК, Почтой России или Boxberry.',
    'Кабель USB Type-C в комплекте.',
    'Мой заказ',
    'Этот материал дорогой.',
    'Это хороший подарок другу.',
    'Подарочная упаковка бесплатно.',
    'Спасибо за отзыв!',
    'Спасибо, что выбрали наш магазин!',
    'Чехол подходит для Amazon Kindle Paperwhite.',
    'Можно оплатить картой American Express.',
    'Давайте вернёмся к этой теме позже.',
    'Отследить заказ можно в приложении или на сайте Ozon.',
    'Товар есть на нашем складе, отправим сегодня.',
  ],
  invalid: [
    { ru: 'На Wildberries этот товар дороже.', messages: [`1:4-1:15 ${market('Wildberries', 'Wildberries')}`] },
    { ru: 'Мы также продаём на вайлдберриз и Яндекс Маркете.', messages: [`1:21-1:32 ${market('вайлдберриз', 'Wildberries')}`, `1:35-1:49 ${market('Яндекс Маркете', 'Яндекс Маркет')}`] },
    { ru: 'Такой же товар на АлиЭкспрессе и 淘宝.', messages: [`1:19-1:31 ${market('АлиЭкспрессе', 'AliExpress')}`, `1:34-1:36 ${market('淘宝', 'Taobao')}`] },
    { ru: 'Больше моделей на нашем сайте.', messages: [`1:19-1:30 ${outside('нашем сайте')}`] },
    { ru: 'Закажите напрямую у нас — будет дешевле.', messages: [`1:1-1:18 ${outside('Закажите напрямую')}`] },
    { ru: 'Переведите 500 ₽ на карту Сбербанка.', messages: [`1:1-1:26 ${outside('Переведите 500 ₽ на карту')}`] },
  ],
});

testPhraseData('policy-third-party', data, phrases, ['marketplace', 'outside']);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
