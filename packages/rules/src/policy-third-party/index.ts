import { defineRule } from '@otvet/core';
import data from './third-party.yaml';
import { PhraseSet, type PolicyPhrases } from '../lib/policy-phrases.js';
import { sentencesOfView } from '../lib/patterns/index.js';

export const phrases = new PhraseSet(data as PolicyPhrases);

/**
 * Other marketplaces and outside resources: Wildberries, Яндекс Маркет, AliExpress…,
 * «наш сайт», «наш шоурум», «закажите напрямую», «переведите на карту».
 */
export default defineRule(
  {
    id: 'policy-third-party',
    category: 'policy',
    description: {
      en: 'No mentions of other marketplaces (Wildberries, AliExpress…) or outside resources (your own site or shop, direct orders, payments past Ozon).',
      zh: '不要提及其他电商平台（Wildberries、AliExpress 等）或站外资源（自己的网站或门店、私下下单、绕过 Ozon 付款）。',
      ru: 'Без упоминаний других маркетплейсов (Wildberries, AliExpress…) и сторонних ресурсов (свой сайт или магазин, заказ напрямую, оплата мимо Ozon).',
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
      outside: {
        en: '“{actual}” sends the buyer outside Ozon (your own site or shop, an address, an order or payment past Ozon), which Ozon’s communication rules forbid. Keep the sale on Ozon.',
        zh: '“{actual}”是在把买家引到 Ozon 以外（自己的网站或门店、地址、私下下单或绕过 Ozon 付款），Ozon 沟通规则禁止这样做。请在 Ozon 上完成交易。',
        ru: '«{actual}» уводит покупателя с Ozon (свой сайт или магазин, адрес, заказ или оплата мимо площадки), а правила Ozon это запрещают. Продавайте через Ozon.',
      },
    },
  },
  (context) => {
    const { value, parsed } = context.target;
    const hits: { start: number; end: number; kind: string; name?: string | undefined }[] = [];
    for (const hit of phrases.find(sentencesOfView(context.target))) hits.push({ start: hit.start, end: hit.end, kind: hit.phrase.data.kind, name: hit.phrase.data.name });
    for (const hit of phrases.findSubstrings(parsed.masked)) {
      if (!hits.some((h) => h.start < hit.end && hit.start < h.end)) hits.push({ start: hit.start, end: hit.end, kind: hit.phrase.kind, name: hit.phrase.name });
    }
    for (const h of hits.sort((a, b) => a.start - b.start)) {
      const actual = value.slice(h.start, h.end);
      context.report({ messageId: h.kind, data: h.name ? { actual, name: h.name } : { actual }, start: h.start, end: h.end, actual, fix: false });
    }
  },
);
