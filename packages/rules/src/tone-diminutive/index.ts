import { defineRule } from '@otvet/core';
import data from './diminutives.yaml';
import { findLexiconWords, lexiconIndex, type Lexicon } from '../lib/tone-lexicon.js';

export const lexicon = data as Lexicon;

/**
 * Diminutives (минуточку, заказик, посылочка…) sound condescending or babyish in
 * service speech. A closed list with every inflected form and the neutral word in
 * the same case and number, so the fix is certain.
 */
export default defineRule({
  id: 'tone-diminutive',
  category: 'tone',
  description: {
    en: 'No diminutives (минуточку, заказик, посылочка): they sound condescending in a seller’s reply.',
    zh: '不要使用指小表爱形式（минуточку、заказик、посылочка）：在卖家回复中显得居高临下、幼稚。',
    ru: 'Без уменьшительных форм (минуточку, заказик, посылочка): в ответе продавца они звучат снисходительно.',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  defaults: {},
  messages: {
    diminutive: {
      en: 'Write “{expected}” instead of the diminutive “{actual}”: in a seller’s reply diminutives sound condescending or babyish to a Russian buyer.',
      zh: '请把指小形式“{actual}”改为中性词“{expected}”：俄罗斯买家会觉得卖家用这种“可爱”的说法是在哄小孩、居高临下，不够专业。',
      ru: 'Напишите «{expected}» вместо уменьшительного «{actual}»: в ответе продавца такие формы звучат снисходительно или сюсюкающе.',
    },
  },
}, (context) => {
  const { parsed } = context.target;
  for (const match of findLexiconWords(parsed.masked, lexiconIndex(lexicon))) {
    context.report({
      messageId: 'diminutive',
      data: { actual: match.actual, expected: match.expected.join(' / ') },
      start: match.start,
      end: match.end,
      actual: match.actual,
      expected: match.expected,
      ...(match.fixable ? {} : { fix: false as const }),
    });
  }
});
