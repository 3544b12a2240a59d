import { defineRule } from '@otvet/core';
import data from './twins.yaml';
import { isCyrillic, isLatin } from '../lib/typography-text.js';
import { uregex } from '../lib/unicode.js';

export interface Twins {
  description: string;
  latinToCyrillic: Record<string, string>;
  cyrillicToLatin: Record<string, string>;
}

const TWINS = data as Twins;
/** Letters only: digits, hyphens and apostrophes separate words (Type-C, SMS-код, ZT1234RU). */
const WORD = uregex(String.raw`[\p{L}\p{M}]+`, 'gu');

type Script = 'cyrillic' | 'latin';

/** The word rewritten in one script, or undefined when a letter has no twin. */
function rewrite(word: string, to: Script): string | undefined {
  const table = to === 'cyrillic' ? TWINS.latinToCyrillic : TWINS.cyrillicToLatin;
  const foreign = to === 'cyrillic' ? isLatin : isCyrillic;
  let out = '';
  for (const ch of word) {
    if (!foreign(ch)) out += ch;
    else if (table[ch]) out += table[ch];
    else return undefined;
  }
  return out;
}

/** «iPhoneа», «SMSом»: a Latin stem with a lower-case Russian ending is a declension, not a slip. */
function isDeclinedLatin(word: string): boolean {
  const m = /^(\p{Script=Latin}{2,})(\p{Script=Cyrillic}+)$/u.exec(word);
  return m !== null && m[2] === m[2]!.toLowerCase();
}

function count(text: string, test: (ch: string) => boolean): number {
  let n = 0;
  for (const ch of text) if (test(ch)) n++;
  return n;
}

/**
 * Latin letters that look like Cyrillic ones inside a Russian word («cмогли»,
 * «Bыбирать», «клиентy») and Cyrillic look-alikes inside a Latin word («Оzon»
 * with a Cyrillic О). The word looks right, but search, copying, spell checking
 * and translation see a different word. A word belongs to the script of most of
 * its letters; it is rewritten only when every foreign letter has a twin.
 */
export default defineRule({
  id: 'script-mixed',
  category: 'script',
  description: {
    en: 'No Latin look-alike letters inside Russian words and no Cyrillic look-alikes inside Latin words.',
    zh: '俄语单词里不要混入长得像俄文字母的拉丁字母，拉丁单词里也不要混入长得像拉丁字母的俄文字母。',
    ru: 'Без латинских букв-двойников в русских словах и кириллических — в латинских.',
  },
  fixable: true,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    'latin-in-cyrillic': {
      en: 'The Russian word “{actual}” contains Latin look-alike letters ({letters}): write “{expected}”. It looks right, but search, spell checking and translation see a different word.',
      zh: '俄语单词“{actual}”里混入了长得像俄文字母的拉丁字母（{letters}）：请写成“{expected}”。肉眼看不出区别，但买家搜索、复制、拼写检查和 Ozon 的自动翻译都会把它当成一个错词；混用字母也是垃圾信息常用的手法。',
      ru: 'В русском слове «{actual}» латинские буквы-двойники ({letters}): пишите «{expected}». Внешне не отличить, но поиск, проверка орфографии и перевод видят другое слово.',
    },
    'cyrillic-in-latin': {
      en: 'The Latin word “{actual}” contains Cyrillic look-alike letters ({letters}): write “{expected}”. A brand or model written this way cannot be found by search.',
      zh: '拉丁单词“{actual}”里混入了长得像拉丁字母的俄文字母（{letters}）：请写成“{expected}”。品牌名、型号里用错字母，买家复制去搜索时会找不到。',
      ru: 'В латинском слове «{actual}» кириллические буквы-двойники ({letters}): пишите «{expected}». Бренд или модель в таком написании не найти поиском.',
    },
  },
}, (context) => {
  const text = context.target.parsed.masked;
  const value = context.target.value;
  let textCyrillic: number | undefined;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const cyr = count(word, isCyrillic);
    const lat = count(word, isLatin);
    if (cyr === 0 || lat === 0) continue;
    const toCyrillic = rewrite(word, 'cyrillic');
    const toLatin = isDeclinedLatin(word) ? undefined : rewrite(word, 'latin');
    let to: Script | undefined;
    if (cyr > lat) to = toCyrillic !== undefined ? 'cyrillic' : undefined;
    else if (lat > cyr) to = toLatin !== undefined ? 'latin' : undefined;
    else if (toCyrillic !== undefined && toLatin === undefined) to = 'cyrillic';
    else if (toLatin !== undefined && toCyrillic === undefined) to = 'latin';
    else if (toCyrillic !== undefined && toLatin !== undefined) {
      // As many letters of each: the script of the text around it decides.
      textCyrillic ??= count(text, isCyrillic) - count(text, isLatin);
      to = textCyrillic - (cyr - lat) >= 0 ? 'cyrillic' : 'latin';
    }
    if (!to) continue;
    const expected = to === 'cyrillic' ? toCyrillic! : toLatin!;
    const foreign = to === 'cyrillic' ? isLatin : isCyrillic;
    const letters = [...new Set([...word].filter((ch) => foreign(ch)))].join(', ');
    const start = m.index;
    const end = start + word.length;
    const actual = value.slice(start, end);
    context.report({
      messageId: to === 'cyrillic' ? 'latin-in-cyrillic' : 'cyrillic-in-latin',
      data: { actual, expected, letters },
      start,
      end,
      actual,
      expected: [expected],
    });
  }
});
