import { defineRule } from '@otvet/core';
import { findTyForms, findVyForms } from '../lib/register-forms.js';

/**
 * A template that addresses the buyer both as «ты» and as «вы» («Подождите, я
 * проверю твой заказ») reads as careless, machine-made text. Reported once per
 * template, at its first «ты» form, with `cause` pointing at the first «вы» form.
 * Detection is shared with register-ty (../lib/register-forms.ts).
 */
export default defineRule({
  id: 'register-mixed',
  category: 'register',
  description: {
    en: 'Do not mix «ты» and «вы» in one template.',
    zh: '同一个模板里不要混用“ты”（你）和“вы”（您）。',
    ru: 'Не смешивайте «ты» и «вы» в одном шаблоне.',
  },
  fixable: false,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    mixed: {
      en: 'The template addresses the buyer both as «ты» (“{actual}”) and as «вы» (“{vy}”). Mixed address reads as careless machine translation: use «вы» throughout.',
      zh: '这个模板对买家既用了“ты”（你，“{actual}”），又用了“вы”（您，“{vy}”）。称呼前后不一致，买家会觉得是粗糙的机器翻译。请全文统一使用“вы”。',
      ru: 'В шаблоне покупателю говорят и «ты» («{actual}»), и «вы» («{vy}»): это выглядит как небрежный машинный перевод. Пишите на «вы» везде.',
    },
  },
}, (context) => {
  const ty = findTyForms(context.target)[0];
  if (!ty) return;
  const vy = findVyForms(context.target)[0];
  if (!vy) return;
  context.report({
    messageId: 'mixed',
    data: { actual: ty.actual, vy: vy.actual },
    start: ty.start,
    end: ty.end,
    actual: ty.actual,
    cause: context.locate(vy.start),
    fix: false,
  });
});
