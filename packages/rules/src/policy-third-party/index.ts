import { defineRule } from '@otvet/core';
import data from './third-party.yaml';
import { PhraseSet, type PolicyPhrases } from '../lib/policy-phrases.js';
import { sentencesOfView } from '../lib/patterns/index.js';
import { keepApart } from '../lib/spans.js';

export const phrases = new PhraseSet(data as PolicyPhrases);

/**
 * Other marketplaces and outside resources: Wildberries, Яндекс Маркет, AliExpress…,
 * «наш сайт», «личный кабинет на нашем сайте», «наш шоурум», «закажите напрямую», and payments
 * past Ozon: «переведите на карту», PayPal, USDT, «через гаранта».
 */
export default defineRule(
  {
    id: 'policy-third-party',
    category: 'policy',
    description: {
      en: 'No mentions of other marketplaces (Wildberries, AliExpress…) or outside resources (your own site, shop, account or app, direct orders, payments past Ozon: card transfers, payment services, crypto).',
      zh: '不要提及其他电商平台（Wildberries、AliExpress 等）或站外资源（自己的网站、门店、账户或 App，私下下单，绕过 Ozon 付款：银行卡转账、第三方支付、加密货币）。',
      ru: 'Без упоминаний других маркетплейсов (Wildberries, AliExpress…) и сторонних ресурсов (свой сайт, магазин, личный кабинет или приложение, заказ напрямую, оплата мимо Ozon: перевод на карту, платёжные сервисы, криптовалюта).',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      marketplace: {
        en: '“{actual}” mentions {name}: Ozon’s communication rules forbid mentioning other marketplaces and outside resources to buyers. Remove it.',
        zh: '“{actual}”提到了 {name}：Ozon 沟通规则禁止向买家提及其他电商平台或站外资源。请删除。',
        ru: '«{actual}» — упоминание {name}: правила Ozon запрещают упоминать в переписке другие маркетплейсы и сторонние ресурсы. Уберите его.',
      },
      site: {
        en: '“{actual}” points the buyer to your own site, online shop, account, app, help pages or channel outside Ozon: the buyer is sent off the platform, which Ozon’s communication rules forbid. Answer in the chat or point to Ozon itself: «Подробности — в описании товара на Ozon».',
        zh: '“{actual}”是在把买家引到 Ozon 以外您自己的网站、网店、账户、App、帮助页面或频道：买家会被带离平台，Ozon 沟通规则禁止这样做。请直接在聊天中回答，或指向 Ozon 本身，例如 «Подробности — в описании товара на Ozon»（详情请见 Ozon 上的商品描述）。',
        ru: '«{actual}» отправляет покупателя на ваш сайт, в интернет-магазин, личный кабинет, приложение, справочный раздел или канал вне Ozon, а правила Ozon запрещают уводить покупателя с площадки. Ответьте в чате или сошлитесь на Ozon: «Подробности — в описании товара на Ozon».',
      },
      payment: {
        en: '“{actual}” is a payment past Ozon (a transfer to a card, account or phone, a payment service, crypto, a go-between): Ozon forbids it, the buyer loses Ozon’s protection and will take it for fraud. Payments and refunds go only through Ozon; write instead: «Оплата и возврат — только через Ozon».',
        zh: '“{actual}”是绕过 Ozon 的付款（转账到银行卡、账户或手机号，第三方支付、加密货币、中间人担保）：Ozon 禁止这样做，买家会失去 Ozon 的保障，也会以为是诈骗。付款和退款只能通过 Ozon，请改为 «Оплата и возврат — только через Ozon»（付款和退款只通过 Ozon）。',
        ru: '«{actual}» — оплата мимо Ozon (перевод на карту, счёт или по номеру телефона, платёжный сервис, криптовалюта, посредник): правила Ozon это запрещают, покупатель теряет защиту Ozon и примет это за мошенничество. Оплата и возвраты идут только через Ozon; напишите: «Оплата и возврат — только через Ozon».',
      },
      outside: {
        en: '“{actual}” sends the buyer outside Ozon (your own shop or showroom, an address, an order past Ozon), which Ozon’s communication rules forbid. Keep the sale on Ozon: «Оформите заказ на Ozon — мы отправим его сегодня».',
        zh: '“{actual}”是在把买家引到 Ozon 以外（自己的门店或展厅、地址、私下下单），Ozon 沟通规则禁止这样做。请在 Ozon 上完成交易，例如 «Оформите заказ на Ozon — мы отправим его сегодня»（请在 Ozon 下单，我们今天发货）。',
        ru: '«{actual}» уводит покупателя с Ozon (свой магазин или шоурум, адрес, заказ мимо площадки), а правила Ozon это запрещают. Продавайте через Ozon: «Оформите заказ на Ozon — мы отправим его сегодня».',
      },
    },
  },
  (context) => {
    const { value, parsed } = context.target;
    const hits: { start: number; end: number; kind: string; name?: string | undefined }[] = [];
    for (const hit of phrases.find(sentencesOfView(context.target))) hits.push({ start: hit.start, end: hit.end, kind: hit.phrase.data.kind, name: hit.phrase.data.name });
    // The phrases' matches overlap none of each other: the substrings go where none of them is.
    for (const hit of phrases.findSubstrings(parsed.masked)) hits.push({ start: hit.start, end: hit.end, kind: hit.phrase.kind, name: hit.phrase.name });
    for (const h of keepApart(hits).sort((a, b) => a.start - b.start)) {
      const actual = value.slice(h.start, h.end);
      context.report({ messageId: h.kind, data: h.name ? { actual, name: h.name } : { actual }, start: h.start, end: h.end, actual, fix: false });
    }
  },
);
