import { defineRule, renderText } from '@otvet/core';

/**
 * Ozon chat messages are plain text of 1–1000 characters (Seller API
 * /v1/chat/send/message). The check renders the longest variant of the text —
 * every plural and select at its longest branch, placeholders filled with their
 * declared examples — and compares it with `maxLength` from the config.
 */
export default defineRule(
  {
    id: 'length-max',
    category: 'length',
    description: {
      en: 'The rendered message (longest variant, examples filled in) must fit maxLength (Ozon chat: 1000 characters).',
      zh: '渲染后的消息（最长的变体，占位符填入示例）不能超过 maxLength（Ozon 聊天：1000 个字符）。',
      ru: 'Готовое сообщение (самый длинный вариант, с примерами значений) должно укладываться в maxLength (чат Ozon: 1000 символов).',
    },
    fixable: false,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      long: {
        en: 'The message is {length} characters long when sent (longest variant, placeholder examples filled in); the limit is {max}. Shorten it by {over}.',
        zh: '发送时消息长度为 {length} 个字符（按最长变体、占位符填入示例计算），上限为 {max}，请删减 {over} 个字符。',
        ru: 'В отправленном виде сообщение занимает {length} символов (самый длинный вариант, с примерами значений); предел — {max}. Сократите на {over}.',
      },
    },
  },
  (context) => {
    const { parsed, locale, value } = context.target;
    const rendered = renderText(parsed, { placeholders: context.placeholders, locale, mode: 'longest' });
    const length = [...rendered].length;
    const max = context.config.maxLength;
    if (length > max) {
      context.report({ messageId: 'long', data: { length, max, over: length - max }, start: 0, end: value.length, fix: false });
    }
  },
);
