import { defineRule } from '@otvet/core';
import abbreviationData from './abbreviations.yaml';
import legalData from './legal-forms.yaml';
import { wordSet, type WordList } from '../lib/word-list.js';
import { uregex } from '../lib/unicode.js';
import { quotedMask } from '../lib/quotes.js';

export const abbreviations = abbreviationData as WordList;
export const legalForms = legalData as WordList;
const ABBREVIATIONS = wordSet(abbreviations);
const LEGAL = wordSet(legalForms);

export interface CapsOptions {
  /** Letters a word in capitals needs to count as shouting on its own. */
  minLength: number;
  /** Check Latin words too (off: Latin capitals are mostly brands and models: XIAOMI, USB, XL). */
  latin: boolean;
}

const LETTERS = uregex(String.raw`[\p{L}\p{M}]+`, 'gu');
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** What ends a run of capitals: letters (a word not in capitals) or the end of a sentence or line. */
const BREAK = uregex(String.raw`[\p{L}.!?…。！？\n]`, 'u');
/** Opening → closing quotation marks. Straight quotes open and close alternately. */

interface Word { text: string; start: number; end: number }


const isCaps = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * Words in capitals read as shouting. Abbreviations (СДЭК, ГОСТ, ПВЗ), short words,
 * legal names after ООО/ИП, quoted names and (by default) Latin words are allowed.
 */
export default defineRule<CapsOptions>({
  id: 'tone-caps',
  category: 'tone',
  description: {
    en: 'No shouting in capitals (ВНИМАНИЕ, СРОЧНО ОТПРАВИМ); abbreviations are fine.',
    zh: '不要用全大写字母“喊话”（ВНИМАНИЕ、СРОЧНО ОТПРАВИМ）；缩写词不受限制。',
    ru: 'Без «крика» заглавными буквами (ВНИМАНИЕ, СРОЧНО ОТПРАВИМ); аббревиатуры допустимы.',
  },
  fixable: false,
  recommended: 'warning',
  scope: 'target',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minLength: { type: 'integer', minimum: 2, description: 'Letters a word in capitals needs to count as shouting on its own.' },
      latin: { type: 'boolean', description: 'Check Latin words too.' },
    },
  },
  defaults: { minLength: 5, latin: false },
  messages: {
    caps: {
      en: 'Don’t write “{actual}” in capitals: to a Russian buyer capitals read as shouting. Write it in ordinary letters, capitalising only the first word of a sentence.',
      zh: '请不要用全大写字母写“{actual}”：俄罗斯买家会觉得卖家在大声喊叫。请改用普通小写字母，只有句首字母大写。',
      ru: 'Не пишите «{actual}» заглавными: покупатель воспринимает это как крик. Пишите строчными, с заглавной только в начале предложения.',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  const text = parsed.masked;
  const { minLength, latin } = context.options;
  const quoted = quotedMask(text);
  const counts = (w: Word): boolean => (latin || CYRILLIC.test(w.text)) && !ABBREVIATIONS.has(w.text.toLowerCase());

  const runs: Word[][] = [];
  let run: Word[] = [];
  let last: Word | undefined;
  for (const m of text.matchAll(LETTERS)) {
    const word: Word = { text: m[0], start: m.index, end: m.index + m[0].length };
    const gapBreaks = last !== undefined && BREAK.test(text.slice(last.end, word.start));
    if (!isCaps(word.text) || quoted[word.start] || gapBreaks) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (isCaps(word.text) && !quoted[word.start]) run.push(word);
    last = word;
  }
  if (run.length) runs.push(run);

  for (const words of runs) {
    if (LEGAL.has(words[0]!.text.toLowerCase())) continue;
    const loud = words.filter(counts);
    const shouting = loud.some((w) => [...w.text].length >= minLength) || loud.filter((w) => [...w.text].length >= 3).length >= 2;
    if (!shouting) continue;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const actual = value.slice(start, end);
    context.report({ messageId: 'caps', data: { actual }, start, end, actual });
  }
});
