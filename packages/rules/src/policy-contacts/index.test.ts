import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { isPhone, messengers } from './index.js';
import messengersData from './messengers.yaml';
import contactsData from './contacts.yaml';
import contactsSchema from './contacts.schema.json';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

testRule(rule, {
  valid: [
    'Мой заказ',
    'Этот материал дорогой.',
    'Это хороший подарок другу.',
    'Подарочная упаковка бесплатно.',
    'Отправляем через СДЭК и Почту России.',
    'Кабель USB Type-C в комплекте.',
    'Спасибо, что выбрали Ozon!',
    'Спасибо за отзыв!',
    'Номер заказа: 0123456789-0001, отправление 12345678-0001-1.',
    'Трек-номер RU123456789CN, артикул 891234567 и SKU 1581234567.',
    'Цена 1 500 ₽, скидка 15 %, итого 12 750,00 ₽.',
    'Заказ оформлен 12.05.2024 и приедет 2024-05-20.',
    'Работаем с 9:00–18:00, в выходные до 15:00.',
    'Размеры в наличии: 80 86 92 98 104.',
    'Подробности на странице товара: https://www.ozon.ru/product/12345/ и ozon.ru/t/AbCdEf.',
    'Напишите нам в чат, мы всегда на связи.',
    'Мы всегда в контакте с покупателями.',
    { ru: 'Можно оплатить по WeChat Pay.', name: 'WeChat Pay is a payment service (policy-third-party)' },
    'Курьер позвонит вам перед доставкой.',
    'Уточните в профиле Ozon, верно ли указан ваш адрес электронной почты.',
    'Отправьте заявление на возврат по почте.',
    'Новый телефон поддерживает быструю зарядку.',
    'Позвоните в службу поддержки Ozon по номеру 8 800 234-48-86.',
    { ru: 'Оплата прошла через Authorize.Net.', name: 'a company name with a title-case ending is not a link' },
    'См. также инструкцию в файле manual.pdf, версия 2.5.',
    'Т.е. заказ приедет завтра, и т.д.',
    { ru: 'Заказ {order_number} передан в доставку.', placeholders: { order_number: { example: '0123456789-0001' } } },
  ],
  invalid: [
    { ru: 'Звоните: +7 (912) 345-67-89.', messages: ['1:10-1:28 policy-contacts phone {"actual":"+7 (912) 345-67-89"}'] },
    { ru: 'Наш номер 8 912 345 67 89', messages: ['1:11-1:26 policy-contacts phone {"actual":"8 912 345 67 89"}'] },
    { ru: 'Телефон 89123456789, городской (495) 123-45-67 или 123-45-67', messages: [
      '1:9-1:20 policy-contacts phone {"actual":"89123456789"}',
      '1:32-1:47 policy-contacts phone {"actual":"(495) 123-45-67"}',
      '1:52-1:61 policy-contacts phone {"actual":"123-45-67"}',
    ] },
    { ru: 'Мы продаём на Ozon, звоните 8 912 345 67 89', messages: ['1:29-1:44 policy-contacts phone {"actual":"8 912 345 67 89"}'] },
    { ru: 'Наш менеджер в Китае: +86 138 1234 5678', messages: ['1:23-1:40 policy-contacts phone {"actual":"+86 138 1234 5678"}'] },
    { ru: 'Пишите на shop@mail.ru или Shop.Help@yandex.ru.', messages: [
      '1:11-1:23 policy-contacts email {"actual":"shop@mail.ru"}',
      '1:28-1:47 policy-contacts email {"actual":"Shop.Help@yandex.ru"}',
    ] },
    { ru: 'Каталог: https://myshop.com/catalog?id=5, www.shop.ru и магазин.рф.', messages: [
      '1:10-1:41 policy-contacts url {"actual":"https://myshop.com/catalog?id=5"}',
      '1:43-1:54 policy-contacts url {"actual":"www.shop.ru"}',
      '1:57-1:67 policy-contacts url {"actual":"магазин.рф"}',
    ] },
    { ru: 'Инструкция на myshop.de/manual и brand.store.', messages: [
      '1:15-1:31 policy-contacts url {"actual":"myshop.de/manual"}',
      '1:34-1:45 policy-contacts url {"actual":"brand.store"}',
    ], name: 'the seller\'s own domain in other top-level domains' },
    { ru: 'Наш канал t.me/myshop, или wa.me/79123456789', messages: [
      '1:11-1:22 policy-contacts url {"actual":"t.me/myshop"}',
      '1:28-1:45 policy-contacts url {"actual":"wa.me/79123456789"}',
    ] },
    { ru: 'Пишите в WhatsApp или вотсапе, в Телеграм @shop_ru.', messages: [
      '1:10-1:18 policy-contacts messenger-self {"actual":"WhatsApp","name":"WhatsApp"}',
      '1:23-1:30 policy-contacts messenger {"actual":"вотсапе","name":"WhatsApp"}',
      '1:34-1:42 policy-contacts messenger {"actual":"Телеграм","name":"Telegram"}',
      '1:43-1:51 policy-contacts handle {"actual":"@shop_ru"}',
    ] },
    { ru: 'Добавьте нас в WeChat (微信) или VK.', messages: [
      '1:16-1:22 policy-contacts messenger-self {"actual":"WeChat","name":"WeChat"}',
      '1:24-1:26 policy-contacts messenger {"actual":"微信","name":"WeChat"}',
      '1:32-1:34 policy-contacts messenger-self {"actual":"VK","name":"VK"}',
    ] },
    { ru: 'Наш WeChat: shop_2024, QQ 12345678.', messages: [
      '1:5-1:11 policy-contacts messenger-self {"actual":"WeChat","name":"WeChat"}',
      '1:13-1:22 policy-contacts handle {"actual":"shop_2024"}',
      '1:24-1:26 policy-contacts messenger-self {"actual":"QQ","name":"QQ"}',
      '1:27-1:35 policy-contacts handle {"actual":"12345678"}',
    ], name: 'the account after a messenger name' },
    { ru: 'Пишите в Telegram или WhatsApp Business.', messages: [
      '1:10-1:18 policy-contacts messenger-self {"actual":"Telegram","name":"Telegram"}',
      '1:23-1:31 policy-contacts messenger-self {"actual":"WhatsApp","name":"WhatsApp"}',
    ], name: 'a word after a messenger name is no account' },
    { ru: 'Позвоните нам, и мы всё решим.', messages: ['1:1-1:14 policy-contacts channel {"actual":"Позвоните нам"}'] },
    { ru: 'Пришлите фото на нашу электронную почту.', messages: ['1:1-1:40 policy-contacts channel {"actual":"Пришлите фото на нашу электронную почту"}'] },
    { ru: 'Напишите мне в личку.', messages: ['1:1-1:21 policy-contacts channel {"actual":"Напишите мне в личку"}'] },
    {
      ru: 'Наш номер: {seller_phone}, WeChat ID: {wechatId}',
      placeholders: { seller_phone: { example: '+7 900 000-00-00' }, wechatId: { example: 'shop' } },
      messages: [
        '1:12-1:26 policy-contacts placeholder {"actual":"{seller_phone}","word":"phone"}',
        '1:28-1:34 policy-contacts messenger-self {"actual":"WeChat","name":"WeChat"}',
        '1:39-1:49 policy-contacts placeholder {"actual":"{wechatId}","word":"wechat"}',
      ],
    },
  ],
});

describe('phone numbers', () => {
  it('tells phones from other numbers', () => {
    expect(['+7 912 345-67-89', '8-800-555-35-35', '+86 13812345678', '8 (495) 123 45 67', '+375 29 123-45-67'].map((r) => isPhone(r, ''))).toEqual([true, true, true, true, true]);
    expect(['0123456789-0001', '12345678', '2024-05-20', '1 500 000', '+7 912 345', '7912345678'].map((r) => isPhone(r, ''))).toEqual([false, false, false, false, false, false]);
    expect(isPhone('89123456789', 'Артикул: ')).toBe(false);
    expect(isPhone('8 912 345 67 89', 'Артикул: ')).toBe(true);
  });
});

describe('contacts data', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(contactsSchema);
    expect(validate(contactsData) || validate.errors).toBe(true);
  });
});

testPhraseData('policy-contacts', messengersData, messengers, ['messenger', 'channel']);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
