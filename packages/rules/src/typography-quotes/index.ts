import { defineRule } from '@otvet/core';
import { isDigit, isLetter } from '../lib/typography-text.js';

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  char: string;
  family: Family;
  role: Role;
}

interface Pair {
  open: Mark;
  close: Mark;
  depth: number;
}

const LEFT_BOUNDARY = /^[\s([{«„“‘\u2014\u2013\-/]$/u;
const RIGHT_BOUNDARY = /^[\s.,;:!?)\]}»…\u2014\u2013\-/"'”’“]$/u;

/** Opening or closing, from the characters around a quote that looks the same both ways. */
function roleByContext(text: string, i: number): Role {
  const prev = text[i - 1];
  const next = text[i + 1];
  const left = prev === undefined || LEFT_BOUNDARY.test(prev);
  const right = next === undefined || RIGHT_BOUNDARY.test(next);
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'either';
}

function marks(text: string, straight: boolean): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const between = isLetter(text[i - 1]) && isLetter(text[i + 1]);
    switch (ch) {
      case '«':
      case '„':
        out.push({ at: i, char: ch, family: 'double', role: 'open' });
        break;
      case '»':
        out.push({ at: i, char: ch, family: 'double', role: 'close' });
        break;
      case '“':
      case '”':
        out.push({ at: i, char: ch, family: 'double', role: roleByContext(text, i) });
        break;
      case '‘':
        out.push({ at: i, char: ch, family: 'single', role: 'open' });
        break;
      case '’':
        // Let’s, O’Neil: an apostrophe, not a quote.
        if (!between) out.push({ at: i, char: ch, family: 'single', role: 'close' });
        break;
      case '"':
        if (straight) out.push({ at: i, char: ch, family: 'double', role: roleByContext(text, i) });
        break;
      case "'":
        if (straight && !between) out.push({ at: i, char: ch, family: 'single', role: roleByContext(text, i) });
        break;
      default:
    }
  }
  return out;
}

/** Quote pairs, or undefined when the double quotes do not balance (then nothing is reported). */
function pairs(text: string, list: Mark[]): Pair[] | undefined {
  const stack: Mark[] = [];
  // Where each family's marks are in the stack, in order: the last one of a family is found at
  // once, not by a scan of the stack (a text may hold thousands of quotes).
  const places: Record<Family, number[]> = { double: [], single: [] };
  const lastOf = (family: Family): number => places[family][places[family].length - 1] ?? -1;
  const cut = (length: number): void => {
    stack.length = length;
    for (const family of ['double', 'single'] as const) {
      const list = places[family];
      while (list.length && list[list.length - 1]! >= length) list.pop();
    }
  };
  const found: { open: Mark; close: Mark }[] = [];
  for (const mark of list) {
    let role = mark.role;
    if (mark.char === '“' && stack[stack.length - 1]?.char === '„') role = 'close'; // „лапки“
    if (role === 'either') role = lastOf(mark.family) >= 0 ? 'close' : 'open';
    if (role === 'open') {
      places[mark.family].push(stack.length);
      stack.push(mark);
      continue;
    }
    const at = lastOf(mark.family);
    if (at < 0) {
      // A single quote without a partner is an apostrophe; a double one after a digit is an inch mark (27").
      if (mark.family === 'single' || isDigit(text[mark.at - 1])) continue;
      return undefined;
    }
    // Single quotes opened in between never closed: apostrophes. Double ones: unbalanced.
    if (lastOf('double') > at) return undefined;
    found.push({ open: stack[at]!, close: mark });
    cut(at);
  }
  if (lastOf('double') >= 0) return undefined;
  // A pair closes the last quote of its family opened before it and drops the (single) ones opened
  // since, so no two pairs cross: a pair's depth is the number of pairs still open where it opens.
  const depths = nesting(found);
  return found.map((p, i) => ({ ...p, depth: depths[i]! }));
}

/**
 * For pairs that never cross (each inside another or apart), how many pairs hold each one: a sweep
 * in the order the pairs open, with a stack of those not yet closed.
 */
function nesting(list: readonly { open: Mark; close: Mark }[]): number[] {
  const order = list.map((_, i) => i).sort((a, b) => list[a]!.open.at - list[b]!.open.at);
  const depths = new Array<number>(list.length).fill(0);
  const open: number[] = [];
  for (const i of order) {
    const p = list[i]!;
    while (open.length && list[open[open.length - 1]!]!.close.at < p.open.at) open.pop();
    depths[i] = open.length;
    open.push(i);
  }
  return depths;
}

const RUSSIAN = (depth: number): [string, string] => (depth === 0 ? ['«', '»'] : ['„', '“']);

/** Whether a pair is written the Russian way. «ёлочки» are accepted at any depth. */
function isRussian(pair: Pair): boolean {
  const o = pair.open.char;
  const c = pair.close.char;
  if (o === '«' && c === '»') return true;
  return pair.depth > 0 && o === '„' && c === '“';
}

/**
 * Russian quotes are «ёлочки», with „лапки“ for a quotation inside a quotation
 * (Мильчин & Чельцова). English “curly” quotes — the quotes a Chinese input
 * method types — and, optionally, typewriter quotes "…" are reported; the fix
 * rewrites a whole quotation so nested quotes change with it.
 */
export default defineRule<{ straight: boolean }>({
  id: 'typography-quotes',
  category: 'typography',
  description: {
    en: 'Quotes are «ёлочки» with „лапки“ inside, not “English” quotes (nor, optionally, "straight" ones).',
    zh: '俄语引号用 «ёлочки»，引号内再引用用 „лапки“；不要用英文/中文式的 “…”（可选：也不要用直引号 "…"）。',
    ru: 'Кавычки — «ёлочки», внутри них „лапки“, а не “английские” (по настройке — и не "прямые").',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      straight: { type: 'boolean', description: 'Also report typewriter quotes "…" and \'…\' (off by default: Russian keyboards type them and buyers do not notice).' },
    },
  },
  defaults: { straight: false },
  messages: {
    quotes: {
      en: 'Write {expected} instead of {actual}: Russian text uses «ёлочки» for quotes and „лапки“ for a quotation inside a quotation.',
      zh: '请把引号 {actual} 改成 {expected}：俄语文本的引号是 «…»，引号内再引用时用 „…“。中文输入法打出的 “…” 或直引号 "…" 在俄语里是英文排版习惯，显得不规范。',
      ru: 'Замените кавычки {actual} на {expected}: в русском тексте кавычки — «ёлочки», внутри них — „лапки“.',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  const text = parsed.masked;
  const found = pairs(text, marks(text, context.options.straight));
  if (!found) return;
  const wrong = found.filter((p) => !isRussian(p));
  const replace = new Map<number, string>();
  for (const p of wrong) {
    const [o, c] = RUSSIAN(p.depth);
    replace.set(p.open.at, o);
    replace.set(p.close.at, c);
  }
  // One finding per outermost wrong quotation; its fix also rewrites the quotations inside it.
  const inside = nesting(wrong);
  const outermost = wrong.filter((_, i) => inside[i] === 0);
  for (const p of outermost) {
    const start = p.open.at;
    const end = p.close.at + 1;
    let fixed = '';
    for (let i = start; i < end; i++) fixed += replace.get(i) ?? value[i];
    const [o, c] = RUSSIAN(p.depth);
    context.report({
      messageId: 'quotes',
      data: { actual: `${p.open.char}…${p.close.char}`, expected: `${o}…${c}` },
      start,
      end,
      actual: value.slice(start, end),
      expected: [fixed],
    });
  }
});
