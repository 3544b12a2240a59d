import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './pii.yaml';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

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
    { ru: 'Пришлите номер карты, и мы вернём деньги.', messages: ['1:10-1:21 policy-pii pii {"actual":"номер карты","label_en":"the bank card number or details","label_ru":"номер или данные банковской карты","label_zh":"银行卡号或银行卡信息"}'] },
    { ru: 'Сообщите, пожалуйста, код из СМС.', messages: ['1:23-1:33 policy-pii pii {"actual":"код из СМС","label_en":"an SMS or confirmation code","label_ru":"код из СМС или код подтверждения","label_zh":"短信验证码或确认码"}'] },
    { ru: 'Для возврата нам нужны паспортные данные и реквизиты.', messages: ['1:24-1:41 policy-pii pii {"actual":"паспортные данные","label_en":"passport or ID data","label_ru":"паспортные данные или документы","label_zh":"护照或身份证件信息"}', '1:44-1:53 policy-pii pii {"actual":"реквизиты","label_en":"bank details","label_ru":"банковские реквизиты","label_zh":"银行账户信息"}'] },
    { ru: 'Просим прислать CVV и срок действия карты.', messages: ['1:17-1:20 policy-pii pii {"actual":"CVV","label_en":"the card security code (CVV/CVC), expiry date or PIN","label_ru":"код CVV/CVC, срок действия карты или ПИН-код","label_zh":"银行卡安全码（CVV/CVC）、有效期或密码"}', '1:23-1:42 policy-pii pii {"actual":"срок действия карты","label_en":"the card security code (CVV/CVC), expiry date or PIN","label_ru":"код CVV/CVC, срок действия карты или ПИН-код","label_zh":"银行卡安全码（CVV/CVC）、有效期或密码"}'] },
    { ru: 'ПРОДИКТУЙТЕ ПАРОЛЬ ОТ ЛИЧНОГО КАБИНЕТА', messages: ['1:13-1:19 policy-pii pii {"actual":"ПАРОЛЬ","label_en":"a password or login","label_ru":"пароль или логин","label_zh":"密码或登录信息"}'], name: 'capitals' },
    { ru: 'Введите в ответном сообщении номер своей карты и код CVV.', messages: ['1:30-1:47 policy-pii pii {"actual":"номер своей карты","label_en":"the bank card number or details","label_ru":"номер или данные банковской карты","label_zh":"银行卡号或银行卡信息"}', '1:54-1:57 policy-pii pii {"actual":"CVV","label_en":"the card security code (CVV/CVC), expiry date or PIN","label_ru":"код CVV/CVC, срок действия карты или ПИН-код","label_zh":"银行卡安全码（CVV/CVC）、有效期或密码"}'], name: '«введите» in a chat is a request' },
    { ru: 'Чтобы подтвердить возврат, введите пароль от личного кабинета прямо здесь.', messages: ['1:36-1:42 policy-pii pii {"actual":"пароль","label_en":"a password or login","label_ru":"пароль или логин","label_zh":"密码或登录信息"}'], name: '«введите пароль» in a chat' },
    { ru: 'Пришлите номер карты в чат, а оплатите заказ в приложении Ozon.', messages: ['1:10-1:21 policy-pii pii {"actual":"номер карты","label_en":"the bank card number or details","label_ru":"номер или данные банковской карты","label_zh":"银行卡号或银行卡信息"}'], name: 'Ozon named elsewhere in the sentence does not excuse a request' },
    { ru: 'Впишите сюда паспортные данные получателя.', messages: ['1:14-1:31 policy-pii pii {"actual":"паспортные данные","label_en":"passport or ID data","label_ru":"паспортные данные или документы","label_zh":"护照或身份证件信息"}'] },
    { ru: 'Номер телефона и дату рождения пришлите в чат.', messages: ['1:1-1:15 policy-pii pii {"actual":"Номер телефона","label_en":"the buyer\'s phone number or contacts","label_ru":"номер телефона или контакты покупателя","label_zh":"买家的电话号码或联系方式"}', '1:18-1:31 policy-pii pii {"actual":"дату рождения","label_en":"the date of birth","label_ru":"дата рождения","label_zh":"出生日期"}'], name: 'object first' },
  ],
});

describe('policy-pii sentences', () => {
  it('needs the request and the data in one sentence', async () => {
    const { runCase } = await import('@otvet/test-kit');
    expect(runCase(asAnyRule(rule), { ru: 'Пришлите фото товара. Данные карты мы не храним.' }).messages).toEqual([]);
  });
});

testPhraseData('policy-pii', data, phrases, ['request', 'negation', 'subject']);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
