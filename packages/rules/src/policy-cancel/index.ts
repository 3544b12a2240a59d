import { defineRule } from '@otvet/core';
import data from './cancel.yaml';
import { PhraseSet, type PolicyPhrases } from '../lib/policy-phrases.js';
import { sentencesOfView } from '../lib/patterns/index.js';

export const phrases = new PhraseSet(data as PolicyPhrases);

/**
 * Asking, advising or suggesting that the buyer cancel (or return and re-order) the
 * order. Status reports, conditions, negations and the seller's own cancellation are fine.
 */
export default defineRule(
  {
    id: 'policy-cancel',
    category: 'policy',
    description: {
      en: 'Never ask the buyer to cancel the order («отмените заказ», «вы можете отменить заказ», «оформите возврат и закажите снова»).',
      zh: '不要要求买家取消订单（«отмените заказ»、«вы можете отменить заказ»、«оформите возврат и закажите снова» 等）。',
      ru: 'Не просите покупателя отменить заказ («отмените заказ», «вы можете отменить заказ», «оформите возврат и закажите снова»).',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      cancel: {
        en: '“{actual}” asks the buyer to cancel the order, which Ozon’s communication rules forbid. If you cannot fulfil the order, cancel it yourself in the seller account and apologise.',
        zh: '“{actual}”是在让买家取消订单，Ozon 沟通规则禁止这样做。如果无法发货，请在卖家后台自行取消订单并向买家道歉。',
        ru: '«{actual}» — просьба к покупателю отменить заказ, а правила Ozon это запрещают. Если выполнить заказ нельзя, отмените его сами в личном кабинете продавца и извинитесь.',
      },
      reorder: {
        en: '“{actual}” asks the buyer to return the item and order again — a cancellation in disguise, which Ozon forbids asking for. Solve the problem on your side (exchange, partial refund through Ozon).',
        zh: '“{actual}”是在让买家退货后重新下单，这等于变相要求取消订单，Ozon 禁止。请由卖家自行解决（换货、通过 Ozon 部分退款）。',
        ru: '«{actual}» — просьба вернуть товар и заказать заново, то есть скрытая просьба отменить заказ, что запрещено. Решите вопрос на своей стороне (обмен, частичный возврат через Ozon).',
      },
    },
  },
  (context) => {
    const { value } = context.target;
    for (const hit of phrases.find(sentencesOfView(context.target))) {
      const actual = value.slice(hit.start, hit.end);
      context.report({ messageId: hit.phrase.data.kind, data: { actual }, start: hit.start, end: hit.end, actual, fix: false });
    }
  },
);
