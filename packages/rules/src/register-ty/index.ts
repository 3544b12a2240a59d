import { defineRule } from '@otvet/core';
import { findTyForms, type TyKind } from '../lib/register-forms.js';

/**
 * A shop addresses a buyer with «вы». Any «ты» form is reported: pronouns (ты,
 * тебя, тебе, тобой), possessives (твой in every form), 2nd-person singular verbs
 * (можешь, получишь), singular imperatives from a closed list (подожди, напиши) and
 * singular greetings and farewells (Здравствуй, Привет, Пока). The vocabulary is data:
 * ../lib/register-forms.yaml.
 */
export default defineRule({
  id: 'register-ty',
  category: 'register',
  description: {
    en: 'No informal «ты» address: pronouns, «твой», 2nd-person singular verbs and imperatives, «Здравствуй», «Привет», «Пока».',
    zh: '不要用“ты”（你）称呼买家：代词、“твой”（你的）、第二人称单数动词和命令式、“Здравствуй”、“Привет”、“Пока”都属于非正式说法。',
    ru: 'Без обращения на «ты»: местоимения, «твой», глаголы и повелительное наклонение 2-го лица ед. ч., «Здравствуй», «Привет», «Пока».',
  },
  fixable: true,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    pronoun: {
      en: '“{actual}” addresses the buyer as «ты». A shop writes to a buyer with «вы»; «ты» sounds rude or over-familiar. Write “{expected}” and put the rest of the sentence on «вы».',
      zh: '“{actual}”是用“ты”（你）称呼买家。俄语中商家对买家必须用尊称“вы”（您），用“ты”会让买家觉得粗鲁或过分随便。请改为“{expected}”，并把整句话都改成“вы”的说法（动词等也要跟着改）。',
      ru: '«{actual}» — обращение на «ты». Магазин пишет покупателю на «вы»: «ты» звучит грубо или фамильярно. Напишите «{expected}» и перестройте фразу на «вы».',
    },
    possessive: {
      en: '“{actual}” (“your”, informal) addresses the buyer as «ты». A shop writes to a buyer with «вы»; write “{expected}”.',
      zh: '“{actual}”（“你的”）是用“ты”称呼买家的形式。俄语中商家对买家必须用尊称，请改为“{expected}”（“您的”）。',
      ru: '«{actual}» — обращение на «ты». Магазин пишет покупателю на «вы»: напишите «{expected}».',
    },
    verb: {
      en: '“{actual}” is a verb form for «ты» (2nd person singular). A shop writes to a buyer with «вы»; write “{expected}”.',
      zh: '“{actual}”是对“ты”（你）使用的动词形式（第二人称单数）。俄罗斯买家会觉得不礼貌，请改为尊称形式“{expected}”。',
      ru: '«{actual}» — форма глагола на «ты» (2-е лицо ед. ч.). Магазин пишет покупателю на «вы»: «{expected}».',
    },
    imperative: {
      en: '“{actual}” is an informal imperative (to one person on «ты»). To a buyer write the polite form “{expected}”.',
      zh: '“{actual}”是对“ты”（你）说的命令式，语气随便，甚至显得不客气。对买家请用尊称形式“{expected}”。',
      ru: '«{actual}» — повелительное наклонение на «ты». Покупателю пишут «{expected}».',
    },
    greeting: {
      en: '“{actual}” is a greeting between friends. From a shop it sounds over-familiar; write “{expected}”.',
      zh: '“{actual}”是朋友之间的问候（相当于“嗨”）。商家这样打招呼会让买家觉得过分随便。请改为“{expected}”（您好）。',
      ru: '«{actual}» — приветствие для друзей, от магазина звучит фамильярно. Напишите «{expected}».',
    },
    farewell: {
      en: '“{actual}” is a goodbye between friends. From a shop it sounds over-familiar; write “До свидания!” or “Хорошего дня!”.',
      zh: '“{actual}”是朋友之间的告别（相当于“拜拜”）。商家这样说会让买家觉得过分随便。请改为“До свидания!”（再见）或“Хорошего дня!”（祝您愉快）。',
      ru: '«{actual}» — прощание для друзей, от магазина звучит фамильярно. Напишите «До свидания!» или «Хорошего дня!».',
    },
  },
}, (context) => {
  for (const form of findTyForms(context.target)) {
    const kind: TyKind = form.kind;
    context.report({
      messageId: kind,
      data: { actual: form.actual, expected: form.expected.join(' / ') },
      start: form.start,
      end: form.end,
      actual: form.actual,
      expected: form.expected,
      ...(form.fix && form.expected.length === 1 ? {} : { fix: false as const }),
    });
  }
});
