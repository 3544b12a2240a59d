import { argumentNames, countBelow, defineRule, walkPlaceholders, type PlaceholderDeclaration, type TextView } from '@otvet/core';
import numeralsData from './numerals.yaml';
import { contactsOfView } from '../lib/contacts.js';
import { piiOfView } from '../lib/pii.js';
import { blankSpans } from '../lib/spans.js';

interface Numerals {
  description: string;
  chinese: {
    digits: Record<string, number>;
    multipliers: Record<string, number>;
    measureWords: string[];
    fixedWords: Record<string, string>;
    notFixed: string[];
    optionalWords: Record<string, number>;
    examples: { text: string; numbers: number[]; optional?: number[] }[];
  };
  russian: Record<string, number>;
  months: Record<string, number>;
}

export const NUMERALS = numeralsData as Numerals;
const ZH_DIGITS = NUMERALS.chinese.digits;
const ZH_MULT = NUMERALS.chinese.multipliers;
const ZH_CHARS = `${Object.keys(ZH_DIGITS).join('')}${Object.keys(ZH_MULT).join('')}`;
const MEASURE = [...NUMERALS.chinese.measureWords].sort((a, b) => b.length - a.length);
/** An optional 第 (ordinal), the numeral, then a measure word. */
const ZH_NUMERAL = new RegExp(`(第?)([${ZH_CHARS}]+)(?=${MEASURE.join('|')})`, 'gu');
/** 百分之十五: fifteen per cent. */
const ZH_PERCENT = new RegExp(`百分之([${ZH_CHARS}]+)`, 'gu');
/** 三分之一: a fraction, which the other text may say as «треть». */
const ZH_FRACTION = new RegExp(`[${ZH_CHARS}]+分之[${ZH_CHARS}]+`, 'gu');
/** 八折, 8.5折: the price is 80 % (85 %), the discount 20 % (15 %). */
const ZH_DISCOUNT = new RegExp(`([${ZH_CHARS}]+|\\d+(?:\\.\\d+)?)折`, 'gu');
const FIXED = Object.keys(NUMERALS.chinese.fixedWords).sort((a, b) => b.length - a.length);
const OPTIONAL_WORDS = Object.entries(NUMERALS.chinese.optionalWords);
const RU_WORDS = new Map([...Object.entries(NUMERALS.russian), ...Object.entries(NUMERALS.months)]);

export interface NumberToken {
  /** The number; a token may stand for more than one (八折: a 20 % discount, or 80 % of the price). */
  values: number[];
  start: number;
  end: number;
  text: string;
  /**
   * A number the other text may leave out without changing what is promised: a lone 一 before a
   * measure word (一个问题 «вопрос», 一天 «сутки»), an ordinal (第三天 «на третий день»). It
   * matches a number of the other text, but is never reported missing.
   */
  optional?: boolean;
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
 * The numbers one run of Chinese numerals stands for: 十二 → [12]; two digits side by side are
 * an approximate range, 三五 (天) → [3, 5], 一两 → [1, 2]; three or more digits without a
 * multiplier are written digit by digit, 二〇二六 → [2026].
 */
export function chineseNumerals(run: string): number[] {
  const chars = [...run];
  if (chars.every((c) => c in ZH_DIGITS)) {
    if (chars.length === 2 && chars[0] !== chars[1]) return chars.map((c) => ZH_DIGITS[c]!);
    if (chars.length >= 2) return [Number(chars.map((c) => ZH_DIGITS[c]!).join(''))];
  }
  const value = chineseNumeral(run);
  return value === undefined ? [] : [value];
}

/** Blank out what is no number (fixed words, fractions) without moving offsets: all the ranges of one step at once. */
const blank = (text: string, ranges: readonly (readonly [number, number])[]): string => blankSpans(text, ranges, '\u3000');

/** Where a fixed word (一下, 十分) stands in a Chinese text, unless a longer string makes it a number (十分钟). */
function fixedWordRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  // The places already taken by a longer fixed word (the words are tried longest first).
  const taken = new Uint8Array(text.length);
  for (const word of FIXED) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const number = NUMERALS.chinese.notFixed.some((s) => {
        for (let k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) if (text.startsWith(s, i - k) && i - k >= 0) return true;
        return false;
      });
      if (number || taken.subarray(i, i + word.length).includes(1)) continue;
      out.push([i, i + word.length]);
      taken.fill(1, i, i + word.length);
    }
  }
  return out;
}

/** The discount of 八折 (20) and the share of the price (80). */
function discount(share: number): number[] {
  const percent = share < 10 ? share * 10 : share;
  return percent > 0 && percent < 100 ? [Math.round((100 - percent) * 10) / 10, percent] : [share];
}

function chineseNumbers(text: string, out: NumberToken[]): void {
  // Each step reads what the steps before it left, and blanks what it took.
  let scan = blank(text, fixedWordRanges(text));
  for (const [word, value] of OPTIONAL_WORDS) {
    const taken: [number, number][] = [];
    for (let i = scan.indexOf(word); i >= 0; i = scan.indexOf(word, i + word.length)) {
      out.push({ values: [value], start: i, end: i + word.length, text: word, optional: true });
      taken.push([i, i + word.length]);
    }
    scan = blank(scan, taken);
  }
  const spans = (matches: RegExpExecArray[]): [number, number][] => matches.map((m) => [m.index, m.index + m[0].length]);
  const percents = [...scan.matchAll(ZH_PERCENT)];
  for (const m of percents) {
    const run = m[1]!;
    const start = m.index + m[0].length - run.length;
    const values = chineseNumerals(run);
    if (values.length === 1) out.push({ values, start, end: start + run.length, text: run });
  }
  scan = blank(scan, spans(percents));
  scan = blank(scan, spans([...scan.matchAll(ZH_FRACTION)]));
  const discounts = [...scan.matchAll(ZH_DISCOUNT)];
  for (const m of discounts) {
    const run = m[1]!;
    // 八五折: 85 % of the price, a 15 % discount.
    const share = /\d/.test(run) ? Number(run) : [...run].every((c) => c in ZH_DIGITS) ? Number([...run].map((c) => ZH_DIGITS[c]).join('')) : chineseNumeral(run);
    if (share !== undefined && Number.isFinite(share)) out.push({ values: discount(share), start: m.index, end: m.index + run.length, text: `${run}折` });
  }
  scan = blank(scan, spans(discounts));
  for (const m of scan.matchAll(ZH_NUMERAL)) {
    const ordinal = m[1]!;
    const run = m[2]!;
    let start = m.index + ordinal.length;
    // Each number of a range gets its own place: 三五天 → 三 and 五.
    const values = chineseNumerals(run);
    const range = values.length === 2;
    for (const value of values) {
      const text = range ? [...run][values.indexOf(value)]! : run;
      const optional = ordinal !== '' || value === 1;
      out.push({ values: [value], start, end: start + text.length, text, ...(optional ? { optional } : {}) });
      if (range) start += text.length;
    }
  }
}

/**
 * Numbers of a text: digits (with the locale's decimal and grouping marks), times
 * (10:30 → 10 and 30; :00 is dropped), and Chinese numerals before a measure word.
 * Placeholders are masked, so their values never count.
 */
export function numbersOf(view: Pick<TextView, 'locale' | 'parsed'>): NumberToken[] {
  // Full-width digits (from Chinese input methods) are digits too; the swap keeps offsets.
  const text = view.parsed.masked.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const out: NumberToken[] = [];
  const ru = view.locale === 'ru';
  const zh = view.locale === 'zh';
  const re = ru ? /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:,\d+)?/gu : /\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const start = m.index;
    // Digits of a broken placeholder (%1, % 1, %2$s) are not numbers of the text.
    if (/%[ \u00a0]?$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    // A time: keep the hours, and the minutes unless they are :00.
    if (text[start - 1] === ':' && /\d/.test(text[start - 2] ?? '') && raw === '00') continue;
    // 8折 is read with the Chinese numerals (a discount).
    if (zh && text[start + raw.length] === '折') continue;
    const normalized = ru ? raw.replace(/[ \u00a0\u202f]/g, '').replace(',', '.') : raw.replace(/,/g, '');
    const value = Number(normalized);
    if (Number.isFinite(value)) out.push({ values: [value], start, end: start + raw.length, text: raw });
  }
  if (zh) chineseNumbers(text, out);
  return out.sort((a, b) => a.start - b.start);
}

/** Russian number words (три, пяти, двенадцать…) and month names (марта) in a text. */
function wordNumbers(view: TextView): number[] {
  const out: number[] = [];
  for (const m of view.parsed.masked.toLowerCase().matchAll(/[а-яё]+/gu)) {
    const v = RU_WORDS.get(m[0]);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/**
 * Ranges of a text whose digits are no numbers of the text: contacts (policy-contacts reports
 * them; a phone number is one contact, not five numbers), links, requested personal data
 * (policy-pii: «CVV2»), the literal value of a placeholder that the other text has and this
 * one lacks (placeholder-missing reports it), and a plural branch's own number
 * (`=1 {1 день}`).
 */
function excludedRanges(view: TextView, other: TextView, declared: Readonly<Record<string, PlaceholderDeclaration>>): [number, number][] {
  const out: [number, number][] = [];
  for (const c of contactsOfView(view)) out.push([c.start, c.end]);
  for (const p of piiOfView(view)) out.push([p.start, p.end]);
  const mine = argumentNames(view.parsed.placeholders);
  for (const name of argumentNames(other.parsed.placeholders)) {
    const example = declared[name]?.example;
    if (mine.has(name) || example === undefined || !/\d/.test(String(example))) continue;
    const literal = String(example);
    for (let i = view.value.indexOf(literal); i >= 0; i = view.value.indexOf(literal, i + 1)) out.push([i, i + literal.length]);
  }
  for (const p of walkPlaceholders(view.parsed.placeholders)) {
    for (const b of p.branches ?? []) {
      if (!/^=\d+$/.test(b.key)) continue;
      const n = b.key.slice(1);
      const inner = view.value.slice(b.start, b.end);
      for (const m of inner.matchAll(/\d+/g)) if (m[0] === n) out.push([b.start + m.index, b.start + m.index + n.length]);
    }
  }
  return out;
}

function numbersToCompare(view: TextView, other: TextView, declared: Readonly<Record<string, PlaceholderDeclaration>>): NumberToken[] {
  const tokens = numbersOf(view);
  if (!tokens.length) return tokens;
  const excluded = excludedRanges(view, other, declared).sort((x, y) => x[0] - y[0]);
  if (!excluded.length) return tokens;
  // The furthest end of the ranges that start before each point (a binary search, not a scan of
  // every range for every number: a pasted table may hold thousands of both).
  const starts = excluded.map(([a]) => a);
  const furthest: number[] = [];
  for (const [, b] of excluded) furthest.push(Math.max(b, furthest[furthest.length - 1] ?? -Infinity));
  return tokens.filter((t) => {
    const k = countBelow(starts, t.end);
    return k === 0 || furthest[k - 1]! <= t.start;
  });
}

/**
 * Pairs each item of `from`, in order, with the first item of `to` not paired yet that shares one
 * of its values (the index in `to`, or -1). Each value keeps a queue of the items of `to` that
 * have it, read past the paired ones, so the cost stays linear in the size of both lists.
 */
function pairByValue<T>(from: readonly { values: readonly number[] }[], to: readonly T[], valuesOf: (item: T) => readonly number[]): number[] {
  const queues = new Map<number, { at: number; items: number[] }>();
  to.forEach((item, j) => {
    for (const v of valuesOf(item)) {
      const queue = queues.get(v);
      if (!queue) queues.set(v, { at: 0, items: [j] });
      else if (queue.items[queue.items.length - 1] !== j) queue.items.push(j);
    }
  });
  const paired = new Uint8Array(to.length);
  return from.map((item) => {
    let best = -1;
    for (const v of item.values) {
      const queue = queues.get(v);
      if (!queue) continue;
      while (queue.at < queue.items.length && paired[queue.items[queue.at]!]) queue.at++;
      const j = queue.items[queue.at];
      if (j !== undefined && (best < 0 || j < best)) best = j;
    }
    if (best >= 0) paired[best] = 1;
    return best;
  });
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
        en: 'The {source} text says {expected}, the {target} text says {actual}: write {number} as the {source} text does, or, if {actual} is right, correct the {source} text (a wrong term or amount is a promise the shop did not make).',
        zh: '{source} 文本中是 {expected}，{target} 文本中却是 {actual}：请改为 {number}，与 {source} 文本一致；如果 {actual} 才是对的，请改正 {source} 文本（期限或金额写错，等于向买家做出了店铺没有做出的承诺）。',
        ru: 'В тексте {source} — {expected}, в тексте {target} — {actual}: напишите {number}, как в тексте {source}, а если верно {actual}, исправьте текст {source} (неверный срок или сумма — это обещание, которого магазин не давал).',
      },
      missing: {
        en: 'The {source} text has the number {expected}, which the {target} text does not: write {number} in the {target} text too, or, if the number is not meant, remove it from the {source} text.',
        zh: '{source} 文本中有数字 {expected}，但 {target} 文本中没有：请在 {target} 文本中也写上 {number}；如果这个数字不该有，请从 {source} 文本中删除。',
        ru: 'В тексте {source} есть число {expected}, а в тексте {target} его нет: напишите {number} и в тексте {target} или, если число лишнее, уберите его из текста {source}.',
      },
      extra: {
        en: 'The {target} text has the number {actual}, which the {source} text does not. Check the number: if the {source} text means another number, write that one; if {actual} is right, add it to the {source} text too, so that both texts promise the same.',
        zh: '{target} 文本中有数字 {actual}，但 {source} 文本中没有。请核对数字：如果 {source} 文本说的是别的数字，请改成那个数字；如果 {actual} 没错，请在 {source} 文本中也写上，让两边承诺的内容一致。',
        ru: 'В тексте {target} есть число {actual}, которого нет в тексте {source}. Проверьте число: если в тексте {source} имеется в виду другое, напишите его; если {actual} верно, добавьте его и в текст {source}, чтобы оба текста обещали одно и то же.',
      },
    },
  },
  (context) => {
    const source = context.source!;
    const target = context.target;
    const sourceNumbers = numbersToCompare(source, target, context.placeholders);
    const targetNumbers = numbersToCompare(target, source, context.placeholders);
    // Required numbers are matched first, so an optional one (一个) never takes a 1 a count needs.
    const order = (list: NumberToken[]): NumberToken[] => [...list.filter((t) => !t.optional), ...list.filter((t) => t.optional)];
    const targets = order(targetNumbers);
    const sources = order(sourceNumbers);
    // Each source number takes the first target number with the same value that no earlier one took.
    const pairs = pairByValue(sources, targets, (t) => t.values);
    const taken = new Set(pairs);
    const unmatchedSource = sources.filter((s, i) => pairs[i]! < 0 && !s.optional).sort((a, b) => a.start - b.start);
    // The target may spell a number out (три дня for 3 天, марта for 3月).
    const words = wordNumbers(target);
    const spelt = pairByValue(unmatchedSource, words, (w) => [w]);
    const stillMissing = unmatchedSource.filter((_, i) => spelt[i]! < 0);
    const extra = targets.filter((t, j) => !taken.has(j) && !t.optional).sort((a, b) => a.start - b.start);
    const data = { source: source.locale, target: target.locale };
    // The number to write in the target, in digits (两 → 2, 十二 → 12; 八折 → 20, the discount), with the target's decimal mark.
    const digits = (s: NumberToken): string => {
      const n = String(s.values[0]);
      return target.locale === 'ru' ? n.replace('.', ',') : n;
    };
    // Pair what is left in order: a changed number is reported once, at the target.
    const changed = Math.min(stillMissing.length, extra.length);
    for (let k = 0; k < changed; k++) {
      const s = stillMissing[k]!;
      const t = extra[k]!;
      context.report({ messageId: 'changed', data: { ...data, expected: s.text, actual: t.text, number: digits(s) }, start: t.start, end: t.end, actual: t.text, expected: [digits(s)], fix: false });
    }
    for (const s of stillMissing.slice(changed)) {
      context.report({ messageId: 'missing', data: { ...data, expected: s.text, number: digits(s) }, start: s.start, end: s.end, in: 'source', expected: [digits(s)], fix: false });
    }
    for (const t of extra.slice(changed)) {
      context.report({ messageId: 'extra', data: { ...data, actual: t.text }, start: t.start, end: t.end, actual: t.text });
    }
  },
);
