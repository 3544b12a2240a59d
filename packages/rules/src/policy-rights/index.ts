import { defineRule } from '@otvet/core';
import data from './rights.yaml';
import { PhraseSet, type PolicyPhrases } from '../lib/policy-phrases.js';
import { sentencesOfView } from '../lib/patterns/index.js';

export const phrases = new PhraseSet(data as PolicyPhrases);

/**
 * Pressure on the buyer's rights: talking the buyer out of a return, a dispute, a complaint
 * or a message to Ozon's support, and refusing returns, exchanges or claims on the seller's
 * own account. Refusals that name their ground (Ozon's rules, the law, a non-returnable
 * category, an expired period) and conditions are fine. The line is drawn in ./rights.yaml.
 */
export default defineRule(
  {
    id: 'policy-rights',
    category: 'policy',
    description: {
      en: 'Do not talk the buyer out of a return, a dispute or a message to Ozon’s support («не пишите в поддержку», «не открывайте спор»), and do not refuse returns on your own account («возврат невозможен», «претензии не принимаются»).',
      zh: '不要劝阻买家退货、发起争议或联系 Ozon 客服（«не пишите в поддержку»、«не открывайте спор»），也不要自行拒绝退货（«возврат невозможен»、«претензии не принимаются»）。',
      ru: 'Не отговаривайте покупателя от возврата, спора или обращения в поддержку Ozon («не пишите в поддержку», «не открывайте спор») и не отказывайте в возврате от своего имени («возврат невозможен», «претензии не принимаются»).',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      discourage: {
        en: '“{actual}” talks the buyer out of a right Ozon gives them: returns, disputes, complaints and messages to Ozon’s support are the buyer’s to use, and Ozon’s rules forbid pressing the buyer about them. The buyer reads it as a threat or a cover-up. Offer help without conditions: «Напишите нам, мы постараемся решить вопрос быстро. Вы также можете оформить возврат в личном кабинете Ozon».',
        zh: '“{actual}”是在劝阻买家行使 Ozon 赋予的权利：退货、争议、投诉和联系 Ozon 客服都是买家的权利，Ozon 规则禁止卖家就此向买家施压。买家会把这句话理解为威胁或想掩盖问题。请无条件地提供帮助，例如 «Напишите нам, мы постараемся решить вопрос быстро. Вы также можете оформить возврат в личном кабинете Ozon»（请联系我们，我们会尽快解决问题。您也可以在 Ozon 个人中心申请退货）。',
        ru: '«{actual}» — попытка отговорить покупателя от его права: возврат, спор, жалоба и обращение в поддержку Ozon — право покупателя, и правила Ozon запрещают давить на него. Покупатель прочтёт это как угрозу или желание скрыть проблему. Предложите помощь без условий: «Напишите нам, мы постараемся решить вопрос быстро. Вы также можете оформить возврат в личном кабинете Ozon».',
      },
      refuse: {
        en: '“{actual}” refuses a return, an exchange or a claim on the seller’s own account. On Ozon returns follow Ozon’s rules, not the seller’s, so the buyer sees a refusal that Ozon will overrule, and a reason to complain. Say what Ozon’s rules allow: «Вы можете оформить возврат в личном кабинете Ozon»; if the item really cannot be returned, give the reason: «По правилам Ozon этот товар нельзя вернуть: это нижнее бельё».',
        zh: '“{actual}”是卖家以自己的名义拒绝退货、换货或投诉。在 Ozon 上，退货依据的是 Ozon 的规则，而不是卖家的规定；买家看到的是一个 Ozon 会推翻的拒绝，还会因此投诉。请说明 Ozon 规则允许的做法：«Вы можете оформить возврат в личном кабинете Ozon»（您可以在 Ozon 个人中心申请退货）；如果商品确实不能退，请写明原因：«По правилам Ozon этот товар нельзя вернуть: это нижнее бельё»（根据 Ozon 规则，此商品为内衣，不能退货）。',
        ru: '«{actual}» — отказ в возврате, обмене или претензии от имени продавца. На Ozon возвраты идут по правилам Ozon, а не продавца: покупатель видит отказ, который Ozon отменит, и повод для жалобы. Напишите, что позволяют правила Ozon: «Вы можете оформить возврат в личном кабинете Ozon»; если товар действительно нельзя вернуть, назовите причину: «По правилам Ozon этот товар нельзя вернуть: это нижнее бельё».',
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
