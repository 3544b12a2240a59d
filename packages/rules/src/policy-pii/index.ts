import { defineRule } from '@otvet/core';
import { piiOfView, piiPhrases } from '../lib/pii.js';

export const phrases = piiPhrases;

/**
 * Asking the buyer for personal or payment data: a sentence with a request («пришлите»,
 * «сообщите», «нам нужны») that names card details, codes, passwords, documents, bank
 * details or contacts. Sentences that warn against sharing are not reported.
 */
export default defineRule(
  {
    id: 'policy-pii',
    category: 'policy',
    description: {
      en: 'Never ask buyers for card details, CVV, SMS codes, passwords, passport data, bank details or other personal data.',
      zh: '不要向买家索要银行卡信息、CVV、短信验证码、密码、护照信息、银行账户或其他个人信息。',
      ru: 'Не просите у покупателя данные карты, CVV, коды из СМС, пароли, паспортные данные, реквизиты и другие персональные данные.',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      pii: {
        en: 'Asking for {label_en} (“{actual}”): Ozon forbids collecting buyers’ personal data, and a buyer will take it for fraud. Payments and refunds go through Ozon; ask for the order number or photos of the item instead.',
        zh: '索要{label_zh}（“{actual}”）：Ozon 禁止收集买家个人信息，俄罗斯买家也会以为是诈骗。付款和退款都通过 Ozon 完成，请只索要订单号或商品照片。',
        ru: 'Запрос персональных данных — {label_ru} («{actual}»): правила Ozon запрещают собирать данные покупателей, а покупатель примет это за мошенничество. Оплата и возвраты идут через Ozon; просите номер заказа или фото товара.',
      },
    },
  },
  (context) => {
    const { value } = context.target;
    for (const hit of piiOfView(context.target)) {
      const { label } = hit;
      const actual = value.slice(hit.start, hit.end);
      context.report({
        messageId: 'pii',
        data: { actual, label_en: label.en, label_zh: label.zh, label_ru: label.ru },
        start: hit.start,
        end: hit.end,
        actual,
        fix: false,
      });
    }
  },
);
