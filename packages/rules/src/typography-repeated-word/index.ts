import { defineRule } from '@otvet/core';
import allowedData from './allowed.yaml';
import hyphenatedData from './hyphenated.yaml';
import { wordSet, type WordList } from '../lib/word-list.js';
import { isCyrillic, isSpace } from '../lib/typography-text.js';
import { uregex } from '../lib/unicode.js';

const normalize = (word: string): string => word.toLowerCase().replace(/ё/gu, 'е');
const ALLOWED = new Set([...wordSet(allowedData as WordList)].map(normalize));
const HYPHENATED = new Set([...wordSet(hyphenatedData as WordList)].map(normalize));

/** Words: letters and digits, with inner hyphens and apostrophes (кое-что, O’Neil are one word each). */
const WORD = uregex(String.raw`[\p{L}\p{M}\p{Nd}]+(?:[-'’][\p{L}\p{M}\p{Nd}]+)*`, 'gu');

interface Word {
  start: number;
  end: number;
  key: string;
}

/** Whether a repetition of this word is worth reporting (not a number, not a short Latin code like «S S»). */
function reportable(word: string): boolean {
  if (!uregex(String.raw`\p{L}`, 'u').test(word)) return false;
  if (![...word].some((c) => isCyrillic(c)) && word.length < 3) return false;
  return true;
}

/**
 * The same word twice in a row («заказ заказ») is a slip of the keyboard or a
 * left-over of machine translation. Placeholders and punctuation break a
 * repetition; a line break does not.
 */
export default defineRule({
  id: 'typography-repeated-word',
  category: 'typography',
  description: {
    en: 'The same word twice in a row («заказ заказ»).',
    zh: '同一个词连续出现两次（«заказ заказ»）。',
    ru: 'Одно и то же слово два раза подряд («заказ заказ»).',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  defaults: {},
  messages: {
    repeated: {
      en: 'The word “{word}” is repeated: remove the repetition.',
      zh: '“{word}”这个词连续出现了两次：俄罗斯买家会以为是打错字或机器翻译留下的痕迹，请删掉重复的那个。',
      ru: 'Слово «{word}» повторяется: уберите лишнее.',
    },
    hyphenated: {
      en: 'Write the repeated “{word}” with a hyphen, “{expected}”, or separate the words with a comma.',
      zh: '俄语里表示强调的叠词要用连字符连接，请写成“{expected}”，或者用逗号隔开；只用空格隔开像是打错了字。',
      ru: 'Повтор «{word}» пишется через дефис («{expected}») или через запятую.',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  const text = parsed.masked;
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: normalize(m[0]) }));
  for (let i = 0; i < words.length; ) {
    // A chain of equal words separated by whitespace only.
    let j = i;
    while (
      j + 1 < words.length &&
      words[j + 1]!.key === words[i]!.key &&
      [...text.slice(words[j]!.end, words[j + 1]!.start)].every((c) => isSpace(c))
    ) j++;
    const first = words[i]!;
    const last = words[j]!;
    if (j > i && reportable(value.slice(first.start, first.end)) && !ALLOWED.has(first.key)) {
      const word = value.slice(first.start, first.end);
      if (HYPHENATED.has(first.key)) {
        const parts = words.slice(i, j + 1).map((w) => value.slice(w.start, w.end));
        const expected = parts.join('-');
        context.report({
          messageId: 'hyphenated',
          data: { word, expected },
          start: first.start,
          end: last.end,
          actual: value.slice(first.start, last.end),
          expected: [expected, parts.join(', ')],
        });
      } else {
        const second = words[i + 1]!;
        // Delete the gap and the repetition; across a line break, the repetition and the blanks after it.
        let fix = { start: first.end, end: last.end, text: '' };
        if (text.slice(first.end, second.start).includes('\n')) {
          let e = last.end;
          while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
          if (e > last.end && e < text.length && text[e] !== '\n') fix = { start: second.start, end: e, text: '' };
        }
        context.report({
          messageId: 'repeated',
          data: { word },
          start: second.start,
          end: last.end,
          actual: value.slice(second.start, last.end),
          expected: [''],
          fix,
        });
      }
    }
    i = j + 1;
  }
});
