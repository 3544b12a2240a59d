import { defineRule } from '@otvet/core';
import data from './rude.yaml';
import { PhraseSet, type PolicyPhrases } from '../lib/policy-phrases.js';
import { sentencesOfView } from '../lib/patterns/index.js';

export const phrases = new PhraseSet(data as PolicyPhrases);

/**
 * Rude and ultimatum tone in words rather than capitals: blaming the buyer («это ваша
 * проблема», «сами виноваты»), lecturing («читайте описание внимательнее»), «мы не
 * обязаны», cutting the buyer off («не пишите нам больше»). The phrases are ./rude.yaml.
 */
export default defineRule(
  {
    id: 'tone-rude',
    category: 'tone',
    description: {
      en: 'No rude or ultimatum phrases to the buyer: «Это ваша проблема», «Сами виноваты», «Читайте описание внимательнее», «Мы не обязаны», «Не пишите нам больше».',
      zh: '不要对买家使用粗鲁或最后通牒式的说法：«Это ваша проблема»（这是你的问题）、«Сами виноваты»（怪你自己）、«Читайте описание внимательнее»（好好看描述）、«Мы не обязаны»（我们没有义务）、«Не пишите нам больше»（别再给我们写了）。',
      ru: 'Без грубых и ультимативных фраз: «Это ваша проблема», «Сами виноваты», «Читайте описание внимательнее», «Мы не обязаны», «Не пишите нам больше».',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      blame: {
        en: '“{actual}” blames the buyer. A Russian buyer reads it as rude and dismissive, and rude replies are a common reason for complaints to Ozon. Acknowledge the problem and offer a way out: «Понимаем, как это неприятно. Давайте вместе найдём решение».',
        zh: '“{actual}”是在指责买家。俄罗斯买家会觉得这很粗鲁、不屑一顾，而粗鲁的回复是买家向 Ozon 投诉的常见原因。请先承认问题，再提出解决办法：«Понимаем, как это неприятно. Давайте вместе найдём решение»（我们理解这让您不愉快，让我们一起想办法解决）。',
        ru: '«{actual}» — обвинение покупателя. По-русски это звучит грубо и пренебрежительно, а грубые ответы — частая причина жалоб в Ozon. Признайте проблему и предложите выход: «Понимаем, как это неприятно. Давайте вместе найдём решение».',
      },
      lecture: {
        en: '“{actual}” lectures the buyer for not reading or checking something; the buyer hears a reproach. Point to the information politely and offer help: «Пожалуйста, сверьтесь с размерной сеткой в карточке товара» or «Напишите ваши мерки — подскажем размер».',
        zh: '“{actual}”是在责备买家没有仔细看或检查，买家会觉得是在训斥自己。请礼貌地指出信息所在并提供帮助：«Пожалуйста, сверьтесь с размерной сеткой в карточке товара»（请参照商品卡片中的尺码表）或 «Напишите ваши мерки — подскажем размер»（请告诉我们您的尺寸，我们帮您选尺码）。',
        ru: '«{actual}» — упрёк покупателю, что он не прочитал или не проверил; это звучит как нотация. Вежливо укажите, где информация, и предложите помощь: «Пожалуйста, сверьтесь с размерной сеткой в карточке товара» или «Напишите ваши мерки — подскажем размер».',
      },
      'not-obliged': {
        en: '“{actual}” tells the buyer the shop owes them nothing; it sounds hostile, as if the buyer were a nuisance. Say what you can do instead: «К сожалению, это сделать не получится, но мы можем предложить…».',
        zh: '“{actual}”是在告诉买家店铺对他没有任何义务，听起来充满敌意，好像买家在找麻烦。请改为说明您能做什么：«К сожалению, это сделать не получится, но мы можем предложить…»（很抱歉，这一点做不到，但我们可以提供……）。',
        ru: '«{actual}» — покупателю говорят, что магазин ему ничего не должен; звучит враждебно, будто покупатель мешает. Скажите, что вы можете сделать: «К сожалению, это сделать не получится, но мы можем предложить…».',
      },
      dismiss: {
        en: '“{actual}” cuts the buyer off. It sounds rude, and the buyer is likely to complain to Ozon. End the conversation politely and leave the door open: «Если появятся вопросы, напишите нам — мы на связи».',
        zh: '“{actual}”是在粗暴地打断、打发买家，听起来很无礼，买家很可能向 Ozon 投诉。请礼貌地结束对话并表示随时可以联系：«Если появятся вопросы, напишите нам — мы на связи»（如有问题，请随时联系我们）。',
        ru: '«{actual}» — покупателя обрывают. Это звучит грубо, и покупатель скорее всего пожалуется в Ozon. Завершите разговор вежливо: «Если появятся вопросы, напишите нам — мы на связи».',
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
