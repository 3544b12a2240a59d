import { defineRule } from '@otvet/core';
import minusData from './minus.yaml';
import { wordSet, type WordList } from '../lib/word-list.js';
import { isBlank, isCyrillic, isDigit, isLetter, isMask, isSpace } from '../lib/typography-text.js';
import { lazyUregex } from '../lib/unicode.js';

/** The letters that end a text (the word before a dash). */
const LAST_WORD = lazyUregex(String.raw`[\p{L}]+$`, 'u');

/** Words after which « - 3» is a minus sign (до - 3 °C). */
const BEFORE_MINUS = wordSet(minusData as WordList);

interface Options {
  ranges: boolean;
  enDash: boolean;
}

/** The nearest non-blank character before `i` on the same line (undefined at a line start). */
function charBefore(text: string, i: number): { ch: string | undefined; blanks: number } {
  let j = i;
  while (j > 0 && isBlank(text[j - 1])) j--;
  const ch = j > 0 && text[j - 1] !== '\n' ? text[j - 1] : undefined;
  return { ch, blanks: i - j };
}

/** The nearest non-space character after `i` (line breaks skipped). */
function charAfter(text: string, i: number): { ch: string | undefined; blanks: number } {
  let j = i;
  while (j < text.length && isSpace(text[j])) j++;
  return { ch: text[j], blanks: j - i };
}

const isNumberish = (ch: string | undefined): boolean => isDigit(ch) || isMask(ch);

/** A digit run of 1–4 digits ending before `i` (or starting at `i`) that is not part of a longer code. */
function rangeEnd(text: string, from: number, step: 1 | -1): number | undefined {
  let j = from;
  let n = 0;
  while (isDigit(text[j])) {
    j += step;
    n++;
  }
  if (n === 0 || n > 4) return undefined;
  const edge = text[j];
  const beyond = text[j + step];
  // 8-800-555, 2024-01-05, A1-2, 1.5-2, 3-5-й: not a plain range.
  if (isLetter(edge) || edge === '-' || edge === '–' || edge === '\uFFFC') return undefined;
  if (edge !== undefined && /[.,/:]/u.test(edge) && isDigit(beyond)) return undefined;
  return j;
}

/**
 * A hyphen (or «--», optionally an en dash) standing between words with spaces
 * around it is a dash, and Russian writes it «—» (Мильчин & Чельцова). Hyphens
 * inside words (из-за, кое-что, трек-номер, Type-C) are untouched. Number ranges
 * take an en dash without spaces (3–5 дней): reported only with `ranges`.
 */
export default defineRule<Options>({
  id: 'typography-dash',
  category: 'typography',
  description: {
    en: 'A dash between words is “—”, not a hyphen “-” or “--”; optionally, number ranges take “–” (3–5).',
    zh: '词与词之间的破折号用“—”，不要用连字符“-”或“--”；可选：数字范围用“–”（3–5）。',
    ru: 'Тире между словами — «—», а не дефис «-» или «--»; по настройке — диапазоны чисел через «–» (3–5).',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ranges: { type: 'boolean', description: 'Report number ranges written with a hyphen (3-5 дней → 3–5 дней).' },
      enDash: { type: 'boolean', description: 'Report an en dash with spaces between words (« – » → « — »), as word processors type it.' },
    },
  },
  defaults: { ranges: false, enDash: false },
  messages: {
    dash: {
      en: 'Use an em dash “—” instead of “{actual}” between words: a hyphen joins the parts of one word (из-за, кое-что), a dash separates the parts of a sentence.',
      zh: '词与词之间请用长破折号“—”代替“{actual}”：俄语的连字符“-”只用来连接一个词的各部分（如 из-за、кое-что），两边带空格的“-”在俄罗斯买家看来是打字不规范。',
      ru: 'Между словами нужно тире «—», а не «{actual}»: дефис соединяет части слова (из-за, кое-что), тире разделяет части предложения.',
    },
    chinese: {
      en: 'Replace the Chinese double dash “{actual}” with a single em dash “—” with spaces around it.',
      zh: '请把中文破折号“{actual}”换成一个俄语长破折号“—”，前后各空一格：俄语的破折号只有一个字符宽，两个连在一起显得很怪。',
      ru: 'Замените китайское двойное тире «{actual}» одним тире «—» с пробелами по сторонам.',
    },
    range: {
      en: 'Write the range with an en dash and no spaces: “{expected}”.',
      zh: '数字范围请用短破折号“–”并且不加空格，例如“{expected}”。',
      ru: 'Диапазон чисел пишется через короткое тире без пробелов: «{expected}».',
    },
  },
}, (context) => {
  const { ranges, enDash } = context.options;
  const { value, parsed } = context.target;
  const text = parsed.masked;

  for (const m of text.matchAll(/—{2,}/gu)) {
    // 订单——已发货 → «Заказ — отправлен»: one dash, one space on each side that has a word.
    const start = m.index;
    const end = start + m[0].length;
    const before = charBefore(text, start);
    let e = end;
    while (isBlank(text[e])) e++;
    const lead = before.ch === undefined ? '' : ' ';
    const tail = e < text.length && text[e] !== '\n' ? ' ' : '';
    context.report({ messageId: 'chinese', data: { actual: m[0] }, start, end, actual: m[0], expected: ['—'], fix: { start: start - before.blanks, end: e, text: `${lead}—${tail}` } });
  }

  for (const m of text.matchAll(/-{1,3}|[–‒―]/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const actual = m[0];
    const spacedBefore = isBlank(text[start - 1]);
    const spacedAfter = end === text.length || isSpace(text[end]);
    const before = charBefore(text, start);
    const after = charAfter(text, end);
    if (before.ch === undefined || after.ch === undefined) continue; // a list bullet or a dangling sign
    const numeric = isNumberish(before.ch) && isNumberish(after.ch);

    if (spacedBefore && spacedAfter) {
      if (numeric) {
        // 3 - 5 дней: a range only when both sides are plain numbers.
        const s = start - before.blanks;
        const e = end + after.blanks;
        const from = rangeEnd(text, s - 1, -1);
        const to = rangeEnd(text, e, 1);
        if (ranges && actual !== '--' && isDigit(before.ch) && isDigit(after.ch) && from !== undefined && to !== undefined && !text.slice(s, e).includes('\n')) {
          const expected = `${value.slice(from + 1, s)}–${value.slice(e, to)}`;
          context.report({ messageId: 'range', data: { expected }, start, end, actual, expected: ['–'], fix: { start: s, end: e, text: '–' } });
        }
        continue;
      }
      if (actual === '–' && !enDash) continue;
      if (isDigit(after.ch) && actual === '-') {
        const word = LAST_WORD().exec(text.slice(Math.max(0, start - before.blanks - 20), start - before.blanks))?.[0];
        if (word && BEFORE_MINUS.has(word.toLowerCase())) continue;
      }
      context.report({ messageId: 'dash', data: { actual }, start, end, actual, expected: ['—'] });
      continue;
    }

    // «Заказ--отправлен»: a typed dash between two words.
    if (actual === '--' && !spacedBefore && !spacedAfter && isLetter(text[start - 1]) && isLetter(text[end]) && (isCyrillic(text[start - 1]) || isCyrillic(text[end]))) {
      context.report({ messageId: 'dash', data: { actual }, start, end, actual, expected: ['—'], fix: { start, end, text: ' — ' } });
      continue;
    }

    // 3-5 дней → 3–5 дней
    if (ranges && actual === '-' && !spacedBefore && !spacedAfter && isDigit(text[start - 1]) && isDigit(text[end])) {
      const from = rangeEnd(text, start - 1, -1);
      const to = rangeEnd(text, end, 1);
      if (from === undefined || to === undefined) continue;
      const expected = `${value.slice(from + 1, start)}–${value.slice(end, to)}`;
      context.report({ messageId: 'range', data: { expected }, start, end, actual, expected: ['–'] });
    }
  }
});
