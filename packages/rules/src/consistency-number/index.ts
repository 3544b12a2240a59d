import { defineRule, type TextView } from '@otvet/core';
import numeralsData from './numerals.yaml';

interface Numerals {
  description: string;
  chinese: { digits: Record<string, number>; multipliers: Record<string, number>; measureWords: string[] };
  russian: Record<string, number>;
}

const NUMERALS = numeralsData as Numerals;
const ZH_DIGITS = NUMERALS.chinese.digits;
const ZH_MULT = NUMERALS.chinese.multipliers;
const MEASURE = [...NUMERALS.chinese.measureWords].sort((a, b) => b.length - a.length);
const ZH_NUMERAL = new RegExp(`[${Object.keys(ZH_DIGITS).join('')}${Object.keys(ZH_MULT).join('')}]+(?=${MEASURE.join('|')})`, 'gu');
const RU_WORDS = new Map(Object.entries(NUMERALS.russian));

export interface NumberToken {
  value: number;
  start: number;
  end: number;
  text: string;
}

/** 十二 → 12, 两百五十 → 250, 三万 → 30000. */
export function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in ZH_DIGITS) {
      digit = ZH_DIGITS[ch]!;
    } else {
      const mult = ZH_MULT[ch];
      if (mult === undefined) return undefined;
      const d = digit < 0 ? 1 : digit;
      if (mult === 10000) {
        total += (section + (digit < 0 ? 0 : digit)) * mult || mult;
        section = 0;
      } else section += d * mult;
      digit = -1;
    }
  }
  return total + section + (digit < 0 ? 0 : digit);
}

/**
 * Numbers of a text: digits (with the locale's decimal and grouping marks), times
 * (10:30 → 10 and 30; :00 is dropped), and Chinese numerals before a measure word.
 * Placeholders are masked, so their values never count.
 */
export function numbersOf(view: TextView): NumberToken[] {
  // Full-width digits (from Chinese input methods) are digits too; the swap keeps offsets.
  const text = view.parsed.masked.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const out: NumberToken[] = [];
  const ru = view.locale === 'ru';
  const re = ru ? /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:,\d+)?/gu : /\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const start = m.index;
    // Digits of a broken placeholder (%1, % 1, %2$s) are not numbers of the text.
    if (/%[ \u00a0]?$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    // A time: keep the hours, and the minutes unless they are :00.
    if (text[start - 1] === ':' && /\d$/.test(text.slice(0, start - 1)) && raw === '00') continue;
    const normalized = ru ? raw.replace(/[ \u00a0\u202f]/g, '').replace(',', '.') : raw.replace(/,/g, '');
    const value = Number(normalized);
    if (Number.isFinite(value)) out.push({ value, start, end: start + raw.length, text: raw });
  }
  if (view.locale === 'zh') {
    for (const m of text.matchAll(ZH_NUMERAL)) {
      const value = chineseNumeral(m[0]);
      if (value !== undefined) out.push({ value, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Russian number words (три, пяти, двенадцать…) in a text. */
function wordNumbers(view: TextView): number[] {
  const out: number[] = [];
  for (const m of view.parsed.masked.toLowerCase().matchAll(/[а-яё]+/gu)) {
    const v = RU_WORDS.get(m[0]);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/**
 * Numbers, times and ranges must agree between source and target: a warranty of
 * 12 个月 translated as «6 месяцев», or 5 天 as «3 дня», is a promise the seller
 * did not make.
 */
export default defineRule(
  {
    id: 'consistency-number',
    category: 'consistency',
    description: {
      en: 'Numbers, times and ranges must be the same in the source and the target text.',
      zh: '源文本和目标文本中的数字、时间和范围必须一致。',
      ru: 'Числа, время и диапазоны в исходном тексте и в переводе должны совпадать.',
    },
    fixable: false,
    recommended: 'error',
    scope: 'pair',
    defaults: {},
    messages: {
      changed: {
        en: 'The {source} text says {expected}, the {target} text says {actual}: check the number (a wrong term or amount is a promise the shop did not make).',
        zh: '{source} 文本中是 {expected}，{target} 文本中却是 {actual}：请核对数字（期限或金额写错，等于向买家做出了店铺没有做出的承诺）。',
        ru: 'В тексте {source} — {expected}, в тексте {target} — {actual}: проверьте число (неверный срок или сумма — это обещание, которого магазин не давал).',
      },
      missing: {
        en: 'The {source} text has the number {expected}, which the {target} text does not.',
        zh: '{source} 文本中有数字 {expected}，但 {target} 文本中没有。',
        ru: 'В тексте {source} есть число {expected}, а в тексте {target} его нет.',
      },
      extra: {
        en: 'The {target} text has the number {actual}, which the {source} text does not.',
        zh: '{target} 文本中有数字 {actual}，但 {source} 文本中没有。',
        ru: 'В тексте {target} есть число {actual}, которого нет в тексте {source}.',
      },
    },
  },
  (context) => {
    const source = context.source!;
    const target = context.target;
    const sourceNumbers = numbersOf(source);
    const targetNumbers = numbersOf(target);
    const unmatchedTarget = [...targetNumbers];
    const unmatchedSource: NumberToken[] = [];
    for (const s of sourceNumbers) {
      const i = unmatchedTarget.findIndex((t) => t.value === s.value);
      if (i >= 0) unmatchedTarget.splice(i, 1);
      else unmatchedSource.push(s);
    }
    // The target may spell a number out (три дня for 3 天).
    const words = wordNumbers(target);
    const stillMissing = unmatchedSource.filter((s) => {
      const i = words.indexOf(s.value);
      if (i >= 0) words.splice(i, 1);
      return i < 0;
    });
    const data = { source: source.locale, target: target.locale };
    // Pair what is left in order: a changed number is reported once, at the target.
    const pairs = Math.min(stillMissing.length, unmatchedTarget.length);
    for (let k = 0; k < pairs; k++) {
      const s = stillMissing[k]!;
      const t = unmatchedTarget[k]!;
      context.report({ messageId: 'changed', data: { ...data, expected: s.text, actual: t.text }, start: t.start, end: t.end, actual: t.text, expected: [s.text], fix: false });
    }
    for (const s of stillMissing.slice(pairs)) {
      context.report({ messageId: 'missing', data: { ...data, expected: s.text }, start: s.start, end: s.end, in: 'source', expected: [s.text], fix: false });
    }
    for (const t of unmatchedTarget.slice(pairs)) {
      context.report({ messageId: 'extra', data: { ...data, actual: t.text }, start: t.start, end: t.end, actual: t.text });
    }
  },
);
