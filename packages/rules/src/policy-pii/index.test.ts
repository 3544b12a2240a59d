import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './pii.yaml';
import { en } from '../lib/messages.test-helper.js';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';
import type { PolicyPhrases } from '../lib/policy-phrases.js';

const label = (id: string): { en: string } => (data as PolicyPhrases).phrases.find((p) => p.id === id)!.label!;
const pii = (id: string, actual: string): string => `policy-pii ${en(rule, 'pii', { actual, label_en: label(id).en })}`;

testRule(rule, {
  valid: [
    'Пришлите, пожалуйста, номер заказа и фото товара.',
    'Сообщите трек-номер, если он есть.',
    'Никогда не сообщайте никому код из СМС и данные карты.',
    'Мы не просим данные карты: деньги вернутся через Ozon.',
    'Назовите курьеру код из СМС при получении.',
    { ru: 'Срок действия карты истёк, поэтому оплата не прошла.', name: 'card data named without a request' },
    { ru: 'Никогда не вводите данные карты и коды из СМС в чате с продавцом.', name: 'advice not to enter data is no request' },
    { ru: 'Введите данные карты только на странице оплаты в приложении Ozon.', name: 'data entered into Ozon itself' },
    { ru: 'Введите промокод при оформлении заказа.', name: 'entering what is not personal data' },
    'Пришлите фото паспорта изделия с отметкой о продаже.',
    'Укажите модель мобильного телефона, и мы подберём чехол.',
    'Мой заказ',
    'Этот материал дорогой.',
    'Это хороший подарок другу.',
    'Подарочная упаковка бесплатно.',
    'Доставка СДЭК, кабель USB Type-C.',
    'Спасибо, что выбрали Ozon!',
    'Спасибо за отзыв!',
  ],
  invalid: [
    { ru: 'Пришлите номер карты, и мы вернём деньги.', messages: [`1:10-1:21 ${pii('card', 'номер карты')}`] },
    { ru: 'Сообщите, пожалуйста, код из СМС.', messages: [`1:23-1:33 ${pii('sms-code', 'код из СМС')}`] },
    { ru: 'Для возврата нам нужны паспортные данные и реквизиты.', messages: [`1:24-1:41 ${pii('passport', 'паспортные данные')}`, `1:44-1:53 ${pii('bank-details', 'реквизиты')}`] },
    { ru: 'Просим прислать CVV и срок действия карты.', messages: [`1:17-1:20 ${pii('card-security', 'CVV')}`, `1:23-1:42 ${pii('card-security', 'срок действия карты')}`] },
    { ru: 'ПРОДИКТУЙТЕ ПАРОЛЬ ОТ ЛИЧНОГО КАБИНЕТА', messages: [`1:13-1:19 ${pii('password', 'ПАРОЛЬ')}`], name: 'capitals' },
    { ru: 'Введите в ответном сообщении номер своей карты и код CVV.', messages: [`1:30-1:47 ${pii('card', 'номер своей карты')}`, `1:54-1:57 ${pii('card-security', 'CVV')}`], name: '«введите» in a chat is a request' },
    { ru: 'Чтобы подтвердить возврат, введите пароль от личного кабинета прямо здесь.', messages: [`1:36-1:42 ${pii('password', 'пароль')}`], name: '«введите пароль» in a chat' },
    { ru: 'Пришлите номер карты в чат, а оплатите заказ в приложении Ozon.', messages: [`1:10-1:21 ${pii('card', 'номер карты')}`], name: 'Ozon named elsewhere in the sentence does not excuse a request' },
    { ru: 'Впишите сюда паспортные данные получателя.', messages: [`1:14-1:31 ${pii('passport', 'паспортные данные')}`] },
    { ru: 'Номер телефона и дату рождения пришлите в чат.', messages: [`1:1-1:15 ${pii('phone-number', 'Номер телефона')}`, `1:18-1:31 ${pii('birth-date', 'дату рождения')}`], name: 'object first' },
  ],
});

describe('policy-pii sentences', () => {
  it('needs the request and the data in one sentence', async () => {
    const { runCase } = await import('@otvet/test-kit');
    expect(runCase(asAnyRule(rule), { ru: 'Пришлите фото товара. Данные карты мы не храним.' }).lines).toEqual([]);
  });
});

testPhraseData('policy-pii', data, phrases, ['request', 'negation', 'subject']);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
