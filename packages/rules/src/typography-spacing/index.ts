import { defineRule } from '@otvet/core';
import { isCyrillic, isLetter, isMask, isWordChar, urlLikeAround } from '../lib/typography-text.js';
import { uregex } from '../lib/unicode.js';

const OPENING = '([«';
const CLOSING = ')]»';
/** Marks that take no space before them. */
const NO_SPACE_BEFORE = /^(?:\.\.\.|[.,!?:;…])/u;
/** What follows «:» or «;» in an emoticon (:) ;-) :D): tone-emoticon's business. */
const EMOTICON_AFTER = uregex(String.raw`^[:;](?:[()\[\]\-|*\\/3]|[DPpРрЗ](?![\p{L}]))`, 'u');

type Finding = { messageId: string; data?: Record<string, string>; start: number; end: number; fix: { start: number; end: number; text: string } };

/** Matched pairs of brackets and «» (unmatched ones, like the bracket smile «)))», are ignored). */
function pairedBrackets(text: string): { opens: Set<number>; closes: Set<number> } {
  const opens = new Set<number>();
  const closes = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENING.includes(ch)) stack.push(i);
    else if (CLOSING.includes(ch)) {
      const kind = CLOSING.indexOf(ch);
      const at = stack.findLastIndex((j) => OPENING.indexOf(text[j]!) === kind);
      if (at < 0) continue;
      opens.add(stack[at]!);
      closes.add(i);
      stack.length = at;
    }
  }
  return { opens, closes };
}

/** The mark a blank run stands before, when Russian wants no space there. */
function markAfterBlank(text: string, at: number): string | undefined {
  const m = NO_SPACE_BEFORE.exec(text.slice(at, at + 3));
  if (!m) return undefined;
  const mark = m[0];
  const after = text[at + mark.length];
  const ellipsis = mark === '...' || mark === '…';
  // «.jpg», «.5», «…и тогда»: a mark glued to the next word starts that word.
  if ((mark === '.' || ellipsis) && isWordChar(after)) return undefined;
  if ((mark === ':' || mark === ';') && EMOTICON_AFTER.test(text.slice(at, at + 3))) return undefined;
  return mark;
}

/** Whether the words around a mark look like Russian prose (not a code, a list of Latin sizes, a URL). */
const prose = (before: string | undefined, after: string | undefined): boolean =>
  isCyrillic(before) || isCyrillic(after) || (isMask(after) && isLetter(before)) || (isMask(before) && isLetter(after));

/** Length of the word (letters only) that ends at `end`. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && isLetter(text[s - 1])) s--;
  return text.slice(s, end);
}

function missingSpaceAfter(text: string, urlLike: (index: number) => boolean, out: Finding[]): void {
  const PUNCT = /\.\.\.|[.!?…]+|[,;:]/gu;
  for (const m of text.matchAll(PUNCT)) {
    const start = m.index;
    const end = start + m[0].length;
    const mark = m[0];
    const before = text[start - 1];
    const after = text[end];
    if (before === undefined || after === undefined || !(isLetter(after) || isMask(after))) continue;
    if (!(isWordChar(before) || CLOSING.includes(before) || before === '"')) continue;
    if (urlLike(start)) continue;
    let flag = false;
    if (mark === ',' || mark === ';') {
      flag = prose(before, after) && !(mark === ';' && /&#?\w+$/u.test(text.slice(Math.max(0, start - 10), start)));
    } else if (mark === ':') {
      flag = prose(before, after) && !isMask(before) && !EMOTICON_AFTER.test(text.slice(start, start + 3));
    } else if (mark === '.') {
      // Only «заказ.Спасибо», «{order}.Спасибо»: abbreviations (т.е., и т.д., г.Москва) and domains stay alone.
      const upper = isCyrillic(after) && after === after.toUpperCase() && after !== after.toLowerCase();
      const word = wordBefore(text, start);
      const lowerWord = word.length >= 2 && isCyrillic(word[0]) && word === word.toLowerCase();
      flag = upper && (lowerWord || isMask(before) || CLOSING.includes(before));
    } else if (/^[.…]+$/u.test(mark)) {
      // An ellipsis: «подождите...мы», but not a leading «…и тогда».
      flag = isCyrillic(after) && (isLetter(before) || isMask(before));
    } else {
      // ! ? and their combinations (?!, !!, ?..)
      flag = prose(before, after);
    }
    if (flag) out.push({ messageId: 'after', data: { mark }, start, end, fix: { start: end, end, text: ' ' } });
  }
}

/** «2.Оплата», «1)размер»: a list number glued to the word after it (not 2.5, 1.2.3, a.b.ru). */
function gluedNumbering(text: string, urlLike: (index: number) => boolean, out: Finding[]): void {
  for (const m of text.matchAll(/(?<=^|[\n \t])(\d{1,2})([.)])(?=\p{Script=Cyrillic}\p{Ll})/gu)) {
    const start = m.index + m[1]!.length;
    const mark = m[2]!;
    const after = text[start + 1];
    // «2.оплата» is rarer than a code: after a period only a capital starts a list item.
    if (mark === '.' && after === after!.toLowerCase()) continue;
    if (urlLike(start)) continue;
    out.push({ messageId: 'numbering', data: { actual: m[0] }, start: m.index, end: start + 1, fix: { start: start + 1, end: start + 1, text: ' ' } });
  }
}

/**
 * «цена(со скидкой)», «(со скидкой)цена»: brackets of two or more words glued to the word
 * outside. A bracketed ending, элемент(ов), Уважаемый(ая), has no space inside and is left
 * to placeholder-unfilled.
 */
function gluedBrackets(text: string, opens: Set<number>, out: Finding[]): void {
  for (const open of opens) {
    if (text[open] !== '(') continue;
    const close = text.indexOf(')', open);
    if (close < 0) continue;
    const inside = text.slice(open + 1, close);
    if (!/\s/u.test(inside.trim()) || !isCyrillic(inside[0]) || inside.includes('\n')) continue;
    const word = wordBefore(text, open);
    if (word.length >= 2 && isCyrillic(word[word.length - 1])) {
      out.push({ messageId: 'bracket', data: { mark: '(' }, start: open - word.length, end: open + 1, fix: { start: open, end: open, text: ' ' } });
    }
    if (isCyrillic(text[close + 1]) && isLetter(text[close + 2])) {
      out.push({ messageId: 'bracket', data: { mark: ')' }, start: close, end: close + 2, fix: { start: close + 1, end: close + 1, text: ' ' } });
    }
  }
}

/**
 * Spacing around punctuation as Russian typography wants it (Мильчин & Чельцова):
 * no space before . , ! ? : ; …, one space after; one space between words; no
 * spaces inside brackets and quotes; nothing at the ends of lines.
 */
export default defineRule({
  id: 'typography-spacing',
  category: 'typography',
  description: {
    en: 'Spaces: none before . , ! ? : ;, one after, no doubles, none inside brackets and one outside, one after a list number, none at line ends.',
    zh: '空格：俄语标点 . , ! ? : ; 前不空格、后空一格；不连续空格；括号内侧不空格、外侧空一格；编号后空一格；行末不留空格。',
    ru: 'Пробелы: нет перед . , ! ? : ;, есть после, без двойных, без пробелов внутри скобок и с пробелом снаружи, после номера пункта, без пробелов в концах строк.',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  defaults: {},
  messages: {
    before: {
      en: 'Remove the space before “{mark}”: in Russian a punctuation mark sticks to the word before it.',
      zh: '请删除“{mark}”前面的空格：俄语标点紧跟在前一个词后面，标点前有空格在俄罗斯买家看来就是排版错误。',
      ru: 'Уберите пробел перед «{mark}»: знак препинания примыкает к предыдущему слову.',
    },
    after: {
      en: 'Add a space after “{mark}”: without it the words run together.',
      zh: '请在“{mark}”后面加一个空格：俄语标点后面必须空格，否则前后两个词粘在一起，读起来很吃力。',
      ru: 'Поставьте пробел после «{mark}»: без него слова слипаются.',
    },
    double: {
      en: 'Leave a single space: repeated spaces or tabs look like a layout error in a chat message.',
      zh: '这里只保留一个空格：连续的空格或制表符在聊天消息里看起来像排版错误。',
      ru: 'Оставьте один пробел: повторные пробелы и табуляции выглядят в сообщении как ошибка вёрстки.',
    },
    inside: {
      en: 'Remove the space next to “{mark}”: brackets and quotes stick to the words they enclose.',
      zh: '请删除“{mark}”旁边的空格：俄语的括号和引号紧贴里面的文字，内侧不留空格。',
      ru: 'Уберите пробел у «{mark}»: скобки и кавычки пишутся вплотную к словам внутри.',
    },
    trailing: {
      en: 'Remove the spaces at the end of the line: they are invisible but are sent with the message and count towards its length.',
      zh: '请删除行末的空格：买家看不到它们，但它们会随消息一起发送，占用字数，还会让模板比对出错。',
      ru: 'Уберите пробелы в конце строки: их не видно, но они уходят в сообщение и занимают место.',
    },
    numbering: {
      en: 'Add a space after the list number “{actual}”: a number glued to the word looks like a code, not a list item (“2. Оплата”).',
      zh: '请在编号“{actual}”后面加一个空格：编号和文字粘在一起看起来像代码，而不是列表项（应写成 “2. Оплата”）。',
      ru: 'Поставьте пробел после номера «{actual}»: номер, приклеенный к слову, читается как код, а не как пункт списка («2. Оплата»).',
    },
    bracket: {
      en: 'Put a space outside “{mark}”: brackets are separated from the word next to them by a space (“цена (со скидкой)”).',
      zh: '请在“{mark}”外侧加一个空格：俄语中括号与括号外的词之间要空一格（如 “цена (со скидкой)”），粘在一起看起来像排版错误。',
      ru: 'Поставьте пробел снаружи «{mark}»: скобка отделяется пробелом от слова за ней («цена (со скидкой)»).',
    },
    leading: {
      en: 'Remove the spaces at the start of the text: the message would begin with an indent.',
      zh: '请删除文本开头的空格：否则消息开头会多出一段缩进。',
      ru: 'Уберите пробелы в начале текста: сообщение начнётся с отступа.',
    },
  },
}, (context) => {
  const text = context.target.parsed.masked;
  const { opens, closes } = pairedBrackets(text);
  const out: Finding[] = [];
  for (const m of text.matchAll(/[ \t\u00A0\u2009\u202F]+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = text[start - 1];
    const next = text[end];
    const remove = { start, end, text: '' };
    if (next === undefined || next === '\n') {
      if (start > 0 || end < text.length) out.push({ messageId: 'trailing', start, end, fix: remove });
      continue;
    }
    if (prev === undefined) {
      out.push({ messageId: 'leading', start, end, fix: remove });
      continue;
    }
    if (prev === '\n') continue; // indentation inside a block
    const mark = markAfterBlank(text, end);
    if (mark !== undefined) {
      const glued = isWordChar(text[end + mark.length]) && /^[,;:!?]$/u.test(mark);
      // «слово ,слово» → «слово, слово»: the mark moves to the word before it.
      const fix = glued ? { start, end: end + mark.length, text: `${mark} ` } : remove;
      out.push({ messageId: 'before', data: { mark }, start, end, fix });
      continue;
    }
    if (opens.has(start - 1)) {
      out.push({ messageId: 'inside', data: { mark: prev }, start, end, fix: remove });
      continue;
    }
    if (closes.has(end)) {
      out.push({ messageId: 'inside', data: { mark: next }, start, end, fix: remove });
      continue;
    }
    if (m[0].length > 1 || m[0] !== ' ' && m[0] !== '\u00A0' && m[0] !== '\u2009' && m[0] !== '\u202F') {
      const last = m[0][m[0].length - 1]!;
      const fix = last === ' ' || last === '\u00A0' ? { start, end: end - 1, text: '' } : { start, end, text: ' ' };
      out.push({ messageId: 'double', start, end, fix });
    }
  }
  // Blank runs that sit between a word and a mark are handled above; a missing space has no blank run.
  const urlLike = urlLikeAround(text);
  missingSpaceAfter(text, urlLike, out);
  gluedNumbering(text, urlLike, out);
  gluedBrackets(text, opens, out);
  out.sort((a, b) => a.start - b.start);
  for (const f of out) {
    const report = { messageId: f.messageId, start: f.start, end: f.end, fix: f.fix };
    context.report(f.data ? { ...report, data: f.data } : report);
  }
});
