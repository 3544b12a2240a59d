import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './third-party.yaml';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

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
    'Оплата проходит только через Ozon.',
    'Деньги вернутся на карту, с которой вы платили.',
    'Возврат средств оформляет Ozon.',
    'Оплатить заказ можно картой, через СБП или Ozon Картой.',
    'Спасибо за покупку в нашем интернет-магазине!',
    'Информация есть в личном кабинете Ozon.',
    'Наша служба поддержки ответит вам здесь, в чате.',
    'Ошибка при выполнении PayPal заказа.',
  ],
  invalid: [
    { ru: 'На Wildberries этот товар дороже.', messages: ['1:4-1:15 policy-third-party marketplace {"actual":"Wildberries","name":"Wildberries"}'] },
    { ru: 'Мы также продаём на вайлдберриз и Яндекс Маркете.', messages: ['1:21-1:32 policy-third-party marketplace {"actual":"вайлдберриз","name":"Wildberries"}', '1:35-1:49 policy-third-party marketplace {"actual":"Яндекс Маркете","name":"Яндекс Маркет"}'] },
    { ru: 'Такой же товар на АлиЭкспрессе и 淘宝.', messages: ['1:19-1:31 policy-third-party marketplace {"actual":"АлиЭкспрессе","name":"AliExpress"}', '1:34-1:36 policy-third-party marketplace {"actual":"淘宝","name":"Taobao"}'] },
    { ru: 'Больше моделей на нашем сайте.', messages: ['1:19-1:30 policy-third-party site {"actual":"нашем сайте"}'] },
    { ru: 'Закажите напрямую у нас — будет дешевле.', messages: ['1:1-1:18 policy-third-party outside {"actual":"Закажите напрямую"}'] },
    { ru: 'Переведите 500 ₽ на карту Сбербанка.', messages: ['1:1-1:26 policy-third-party payment {"actual":"Переведите 500 ₽ на карту"}'] },
    { ru: 'Оплатите через Alipay или USDT, так быстрее.', messages: ['1:1-1:22 policy-third-party payment {"actual":"Оплатите через Alipay"}', '1:27-1:31 policy-third-party payment {"actual":"USDT"}'] },
    { ru: 'Переведите через СБП продавцу, реквизиты пришлём.', messages: ['1:1-1:21 policy-third-party payment {"actual":"Переведите через СБП"}', '1:32-1:49 policy-third-party payment {"actual":"реквизиты пришлём"}'] },
    { ru: 'Статус гарантии — в личном кабинете на нашем сайте.', messages: ['1:21-1:51 policy-third-party site {"actual":"личном кабинете на нашем сайте"}'] },
    { ru: 'Весь ассортимент — в нашем интернет-магазине.', messages: ['1:22-1:45 policy-third-party site {"actual":"нашем интернет-магазине"}'] },
  ],
});

testPhraseData('policy-third-party', data, phrases, ['marketplace', 'outside', 'site', 'payment']);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
