import { defineRule } from '@otvet/core';
import data from './review.yaml';
import { PhraseSet, type PolicyPhrases } from '../lib/policy-phrases.js';
import { sentencesOfView } from '../lib/patterns/index.js';

export const phrases = new PhraseSet(data as PolicyPhrases);

/**
 * Asking for good ratings (five stars, a positive review, no negative review, changing a
 * review) and offering anything for a review. A neutral request for a review is fine.
 */
export default defineRule(
  {
    id: 'policy-review',
    category: 'policy',
    description: {
      en: 'No steering of ratings (“give us 5 stars”, “don’t leave a bad review”) and no rewards for reviews.',
      zh: '禁止引导评分（“给五星”“不要给差评”）和以奖励换评价。',
      ru: 'Без давления на оценку («поставьте 5 звёзд», «не ставьте плохую оценку») и вознаграждений за отзывы.',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      steer: {
        en: '“{actual}” steers the buyer’s rating: Ozon forbids asking for good ratings or pressing buyers about their reviews. Ask neutrally instead: «Будем благодарны за отзыв».',
        zh: '“{actual}”是在引导买家打分：Ozon 禁止索要好评或就评价向买家施压。可以中性地请求评价，例如 «Будем благодарны за отзыв»（如能留下评价，我们将不胜感激）。',
        ru: '«{actual}» — давление на оценку: правила Ozon запрещают просить хорошие оценки и влиять на отзывы покупателей. Просите нейтрально: «Будем благодарны за отзыв».',
      },
      reward: {
        en: '“{actual}” offers a reward for a review: the buyer reads it as a paid review, and Ozon forbids incentivised reviews (money back, cashback, gifts or discounts for a review, before or after it). Remove the offer and ask without anything in return: «Будем благодарны за отзыв». To reward reviews, use Ozon’s own «Баллы за отзывы» in your seller account.',
        zh: '“{actual}”是在用奖励换评价：买家会把它看作“花钱买好评”，Ozon 禁止以返现、退款、礼品或折扣换取评价（无论在评价之前还是之后）。请删除这一承诺，不附带任何条件地请求评价，例如 «Будем благодарны за отзыв»（如能留下评价，我们将不胜感激）。如想奖励评价，请在卖家后台使用 Ozon 官方的 «Баллы за отзывы»（评价积分）活动。',
        ru: '«{actual}» — вознаграждение за отзыв: покупатель увидит в этом покупку отзыва, а правила Ozon запрещают стимулировать отзывы деньгами, кэшбэком, подарками или скидками (до или после отзыва). Уберите предложение и просите без условий: «Будем благодарны за отзыв». Поощрять отзывы можно только через программу Ozon «Баллы за отзывы» в личном кабинете продавца.',
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
