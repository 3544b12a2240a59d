import { defineRule } from '@otvet/core';

/** Han, kana and Hangul letters (with the kana length mark ー); CJK punctuation is typography-fullwidth's. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}ー]+/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * Chinese (or Japanese, Korean) characters left in the Russian text: a partial
 * translation that the buyer cannot read. Placeholders are masked, so a Chinese
 * placeholder name is placeholder-name's business.
 */
export default defineRule({
  id: 'script-cjk',
  category: 'script',
  description: {
    en: 'No Chinese, Japanese or Korean characters left in the Russian text.',
    zh: '俄语文本中不要残留中文（或日文、韩文）字符。',
    ru: 'Без китайских (японских, корейских) символов в русском тексте.',
  },
  fixable: false,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    han: {
      en: 'Chinese characters “{actual}” are left in the Russian text: the buyer cannot read them. Translate them into Russian or remove them.',
      zh: '俄语文本里残留了中文“{actual}”：俄罗斯买家看不懂，会觉得翻译没做完、店铺不专业。请把这部分翻译成俄语，或者删掉。',
      ru: 'В русском тексте остались китайские иероглифы «{actual}»: покупатель их не прочтёт. Переведите или удалите.',
    },
    kana: {
      en: 'Japanese characters “{actual}” are left in the Russian text: the buyer cannot read them. Translate them into Russian or remove them.',
      zh: '俄语文本里残留了日文“{actual}”：俄罗斯买家看不懂。请翻译成俄语，或者删掉。',
      ru: 'В русском тексте остались японские знаки «{actual}»: покупатель их не прочтёт. Переведите или удалите.',
    },
    hangul: {
      en: 'Korean characters “{actual}” are left in the Russian text: the buyer cannot read them. Translate them into Russian or remove them.',
      zh: '俄语文本里残留了韩文“{actual}”：俄罗斯买家看不懂。请翻译成俄语，或者删掉。',
      ru: 'В русском тексте остались корейские знаки «{actual}»: покупатель их не прочтёт. Переведите или удалите.',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  for (const m of parsed.masked.matchAll(CJK)) {
    const start = m.index;
    const end = start + m[0].length;
    const actual = value.slice(start, end);
    const messageId = HANGUL.test(actual) ? 'hangul' : KANA.test(actual) ? 'kana' : 'han';
    context.report({ messageId, data: { actual }, start, end, actual });
  }
});
