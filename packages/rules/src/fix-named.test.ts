import { describe, expect, it } from 'vitest';
import { LANGS, localize } from '@otvet/core';
import { rules } from './index.js';

/**
 * Messages that name what to write instead (or say why nothing can be named), rendered in zh, en
 * and ru with the data their rule reports. The rules' own tests check which message and data a
 * case gets, and the READMEs the English text; this file keeps the Chinese and Russian wording of
 * the fix from going back to a message that only names the problem.
 */
const CASES: { rule: string; message: string; data: Record<string, string>; fix: Record<(typeof LANGS)[number], RegExp> }[] = [
  {
    rule: 'consistency-number', message: 'changed', data: { source: 'zh', target: 'ru', expected: '两', actual: '3', number: '2' },
    fix: { en: /write 2 as the zh text does/u, zh: /请改为 2，与 zh 文本一致/u, ru: /напишите 2, как в тексте zh/u },
  },
  {
    rule: 'consistency-number', message: 'missing', data: { source: 'zh', target: 'ru', expected: '十二', number: '12' },
    fix: { en: /write 12 in the ru text too/u, zh: /请在 ru 文本中也写上 12/u, ru: /напишите 12 и в тексте ru/u },
  },
  {
    rule: 'consistency-number', message: 'extra', data: { source: 'zh', target: 'ru', actual: '10' },
    fix: { en: /write that one; if 10 is right, add it to the zh text/u, zh: /请改成那个数字；如果 10 没错，请在 zh 文本中也写上/u, ru: /напишите его; если 10 верно, добавьте его и в текст zh/u },
  },
  {
    rule: 'placeholder-foreign-syntax', message: 'foreign', data: { actual: '%s', expected: '{order}' },
    fix: { en: /Write \{order\}\.$/u, zh: /请写成 \{order\}。$/u, ru: /Пишите \{order\}\.$/u },
  },
  {
    rule: 'placeholder-foreign-syntax', message: 'foreign-unknown', data: { actual: '%s' },
    fix: { en: /declares no placeholders/u, zh: /模板没有声明任何占位符/u, ru: /не объявлено ни одного плейсхолдера/u },
  },
  {
    rule: 'placeholder-syntax', message: 'type', data: { actual: 'money', code: 'INVALID_ARGUMENT_TYPE', name: 'sum' },
    fix: { en: /write \{sum\} .*\{sum, number\}/u, zh: /请写成 \{sum\}.*\{sum, number\}/u, ru: /пишите \{sum\} .*\{sum, number\}/u },
  },
  {
    rule: 'placeholder-syntax', message: 'empty', data: { actual: '{}', code: 'EMPTY_ARGUMENT', expected: '{order}' },
    fix: { en: /Write the placeholder meant here: \{order\}/u, zh: /请写成这里要用的占位符：\{order\}/u, ru: /Напишите нужный здесь плейсхолдер: \{order\}/u },
  },
  {
    rule: 'placeholder-syntax', message: 'pound', data: {},
    fix: { en: /write «№»/u, zh: /请写 «№»/u, ru: /пишите «№»/u },
  },
  {
    rule: 'placeholder-missing', message: 'missing', data: { name: 'order', source: 'zh', target: 'ru' },
    fix: { en: /Write \{order\} in the ru text/u, zh: /请在 ru 文本的相应位置写上 \{order\}/u, ru: /Впишите \{order\} в текст ru/u },
  },
  {
    rule: 'placeholder-extra', message: 'extra', data: { name: 'days', source: 'zh', target: 'ru' },
    fix: { en: /Remove \{days\} from the ru text/u, zh: /请从 ru 文本中删除 \{days\}/u, ru: /Уберите \{days\} из текста ru/u },
  },
  {
    rule: 'placeholder-name', message: 'translated-declared', data: { name: 'номер', suggestion: 'order' },
    fix: { en: /write “order”/u, zh: /请写成“order”/u, ru: /пишите «order»/u },
  },
  {
    rule: 'placeholder-unfilled', message: 'bracket', data: { actual: '[имя]', placeholder: '{customer_name}' },
    fix: { en: /the template’s placeholder \{customer_name\}/u, zh: /使用模板的占位符 \{customer_name\}/u, ru: /плейсхолдер шаблона \{customer_name\}/u },
  },
  {
    rule: 'placeholder-unfilled', message: 'bracket-declare', data: { actual: '[имя]', placeholder: '{buyer_name}' },
    fix: { en: /declare a placeholder for it under placeholders:/u, zh: /在 placeholders: 中为它声明一个占位符/u, ru: /объявите для него плейсхолдер в placeholders:/u },
  },
  {
    rule: 'grammar-agreement', message: 'modifier', data: { actual: 'Ваша заказ', modifier: 'Ваша', noun: 'заказ', advice_en: 'Write “Ваш заказ”.', advice_zh: '请改为“Ваш заказ”。', advice_ru: 'Напишите «Ваш заказ».' },
    fix: { en: /Write “Ваш заказ”\.$/u, zh: /请改为“Ваш заказ”。$/u, ru: /Напишите «Ваш заказ»\.$/u },
  },
  {
    rule: 'grammar-agreement', message: 'relative', data: { relative: 'который', noun: 'посылки' },
    fix: { en: /Put “который” in the number and gender of “посылки”/u, zh: /请把“который”改成与“посылки”一致的数和性/u, ru: /Поставьте «который» в число и род слова «посылки»/u },
  },
  {
    rule: 'policy-contacts', message: 'placeholder', data: { actual: '{phone}', word: 'phone' },
    fix: { en: /Remove the placeholder/u, zh: /请删除该占位符/u, ru: /Уберите плейсхолдер/u },
  },
  {
    rule: 'glossary-term', message: 'translated', data: { actual: 'сокровище', source: '宝贝', id: 'baobei' },
    fix: { en: /leave it out of the Russian text/u, zh: /请从俄语文本中删去/u, ru: /уберите его из русского текста/u },
  },
];

describe('messages name the fix in every language', () => {
  for (const c of CASES) {
    it(`${c.rule} ${c.message}`, () => {
      const message = rules.find((r) => r.meta.id === c.rule)?.meta.messages[c.message];
      expect(message, `${c.rule} has no message ${c.message}`).toBeDefined();
      for (const lang of LANGS) {
        const text = localize(message!, lang, c.data);
        expect(text, lang).toMatch(c.fix[lang]);
      }
    });
  }
});
