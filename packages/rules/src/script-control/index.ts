import { defineRule, type TextView } from '@otvet/core';
import data from './characters.yaml';
import { lazyUregex } from '../lib/unicode.js';

export type Kind = 'control' | 'bidi' | 'invisible' | 'blank' | 'separator';
type Allowed = 'emoji-sequence' | 'after-symbol' | 'flag-tags';

interface CharacterEntry {
  code: string;
  last?: string;
  name: string;
  kind: Kind;
  allowed?: Allowed;
  note: string;
}

export interface CharacterData {
  description: string;
  characters: CharacterEntry[];
}

export const characters = data as CharacterData;

const codePoint = (code: string): number => parseInt(code.slice(2), 16);

/** Every listed code point, with its entry. */
const BY_CODE = new Map<number, CharacterEntry>();
for (const entry of characters.characters) {
  const first = codePoint(entry.code);
  const last = entry.last ? codePoint(entry.last) : first;
  for (let c = first; c <= last; c++) BY_CODE.set(c, entry);
}

/** A character class of every listed code point: the cheap test most texts stop at. */
const hex = (c: number): string => `\\u{${c.toString(16)}}`;
const ANY = new RegExp(
  `[${characters.characters.map((e) => (e.last ? `${hex(codePoint(e.code))}-${hex(codePoint(e.last))}` : hex(codePoint(e.code)))).join('')}]`,
  'u',
);

/** Something a reader sees as a word: a letter or a digit of any script. */
const QUICK_VISIBLE = /[0-9A-Za-zА-яЁё]/u;
const VISIBLE = lazyUregex(String.raw`[\p{L}\p{N}]`, 'u');
/** Built on first use: a `\p{…}` class costs milliseconds to compile, and few texts hold a joiner. */
let pictographic: RegExp | undefined;
const isPictographic = (c: number): boolean => (pictographic ??= /\p{Extended_Pictographic}/u).test(String.fromCodePoint(c));
/** Letters that never take a variation selector (Latin, Cyrillic) and blanks. */
const PLAIN_LETTER = /[A-Za-z\u00C0-\u024F\u0400-\u052F\s]/u;

const format = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** The code point before `i` (a whole surrogate pair), or undefined at the start. */
function codeBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return low;
}

const isTag = (c: number | undefined): boolean => c !== undefined && c >= 0xe0020 && c <= 0xe007f;

/** Whether the character at `i` is legitimate where it stands. */
function allowedHere(text: string, i: number, code: number, allowed: Allowed | undefined): boolean {
  switch (allowed) {
    case undefined:
      return false;
    case 'emoji-sequence': {
      // 👨‍👩‍👧, ❤️‍🔥, 👍🏽‍…: an emoji (or its selector or skin tone) before, an emoji after.
      const before = codeBefore(text, i);
      const after = text.codePointAt(i + 1);
      const emojiPart = (c: number | undefined): boolean =>
        c !== undefined && (c === 0xfe0f || (c >= 0x1f3fb && c <= 0x1f3ff) || isPictographic(c));
      return emojiPart(before) && after !== undefined && isPictographic(after);
    }
    case 'after-symbol': {
      // ©️, ❤️, 1️⃣, 葛󠄀: after a symbol, an emoji, a digit or an ideograph; never after a letter or a blank.
      const before = codeBefore(text, i);
      return before !== undefined && !BY_CODE.has(before) && !PLAIN_LETTER.test(String.fromCodePoint(before));
    }
    case 'flag-tags': {
      // 🏴 + tag letters + CANCEL TAG (U+E007F) is a subdivision flag (England, Scotland, Wales).
      let start = i;
      while (isTag(codeBefore(text, start))) start -= 2;
      if (codeBefore(text, start) !== 0x1f3f4) return false;
      let end = i;
      while (isTag(text.codePointAt(end)) && text.codePointAt(end) !== 0xe007f) end += 2;
      return text.codePointAt(end) === 0xe007f || code === 0xe007f;
    }
  }
}

interface Found {
  start: number;
  end: number;
  kind: Kind;
  codes: number[];
}

/** The listed characters of a text outside placeholders, adjacent ones of a kind in one run. */
export function findCharacters(view: Pick<TextView, 'value' | 'parsed'>): Found[] {
  const { value } = view;
  if (!ANY.test(value)) return [];
  const masked = view.parsed.masked;
  const out: Found[] = [];
  for (let i = 0; i < value.length; ) {
    const code = value.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const entry = BY_CODE.get(code);
    // Inside a placeholder the masked text differs from the value: the ICU syntax is not the text.
    if (entry && masked[i] === value[i] && !allowedHere(value, i, code, entry.allowed)) {
      const last = out[out.length - 1];
      if (last && last.end === i && last.kind === entry.kind) {
        last.end = i + size;
        if (!last.codes.includes(code)) last.codes.push(code);
      } else {
        out.push({ start: i, end: i + size, kind: entry.kind, codes: [code] });
      }
    }
    i += size;
  }
  return out;
}

/** Whether a text has a letter or a digit of its own, once placeholders and the listed characters are gone. */
export function hasVisibleWords(masked: string): boolean {
  const own = masked.replace(/\uFFFC/gu, '');
  if (QUICK_VISIBLE.test(own)) return true;
  for (const ch of own) if (!BY_CODE.has(ch.codePointAt(0)!) && VISIBLE().test(ch)) return true;
  return false;
}

/** Kinds that are deleted by the fix: invisible, with no use in a Russian reply. */
const DELETED: ReadonlySet<Kind> = new Set(['bidi', 'invisible']);

/**
 * Control characters (C0, C1, DEL), direction controls, zero-width and other invisible
 * characters, blank fillers and Unicode line separators in a text, and texts with nothing
 * visible in them. A buyer never sees these characters, yet they corrupt the chat, disguise
 * what the text says, and break search and copying.
 */
export default defineRule({
  id: 'script-control',
  category: 'script',
  description: {
    en: 'No control characters, direction controls (U+202E…) or invisible characters (U+200B…) in a text, and no text without a visible word.',
    zh: '文本中不要有控制字符、方向控制符（U+202E 等）或不可见字符（U+200B 等），也不要出现没有任何可见文字的文本。',
    ru: 'Без управляющих символов, символов направления письма (U+202E…) и невидимых символов (U+200B…) в тексте; текст не может быть без видимых слов.',
  },
  fixable: true,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    control: {
      en: 'The text contains the control character {chars}. The buyer does not see it, but it can cut the message short, show up as a box or garble the chat, and in a terminal it can recolour or rewrite the output. It is usually the remains of a copy from another program or a broken encoding: remove it and check the text around it.',
      zh: '文本里有控制字符 {chars}。买家看不到它，但它可能让消息被截断、显示成方框或让聊天窗口乱码，在终端里还能改变颜色或改写输出。它通常是从其他软件复制或编码出错留下的：请删除它，并检查它前后的文字是否完整。',
      ru: 'В тексте управляющий символ {chars}. Покупатель его не видит, но он может оборвать сообщение, показаться квадратиком или испортить чат, а в терминале — перекрасить или переписать вывод. Обычно это остаток копирования из другой программы или сбой кодировки: удалите его и проверьте текст вокруг.',
    },
    bidi: {
      en: 'The text contains the invisible direction control {chars}. It changes the order in which the text is displayed, so what the buyer and the reviewer see can differ from what is written (the “Trojan Source” trick), and search and copying break. Russian text never needs it: remove it.',
      zh: '文本里有不可见的文字方向控制符 {chars}。它会改变文字的显示顺序，买家和审核人员看到的内容可能与实际写的不同（即“特洛伊源码”手法），搜索和复制也会出错。俄语文本完全不需要它：请删除。',
      ru: 'В тексте невидимый символ направления письма {chars}. Он меняет порядок, в котором текст показывается, и покупатель или проверяющий видят не то, что написано (приём «Trojan Source»); ломаются поиск и копирование. Русскому тексту он не нужен: удалите его.',
    },
    invisible: {
      en: 'The text contains the invisible character {chars}. The buyer does not see it, but a word with it inside is not found by search, a copied order number or code does not match, and counts of words and characters are off. Remove it.',
      zh: '文本里有不可见字符 {chars}。买家看不到它，但夹着它的词搜索不到，复制的订单号或代码对不上，字数统计也会出错。请删除它（通常是从网页或聊天软件复制时带进来的）。',
      ru: 'В тексте невидимый символ {chars}. Покупатель его не видит, но слово с ним не находится поиском, скопированный номер заказа или код не совпадает, а счёт слов и знаков сбивается. Удалите его.',
    },
    blank: {
      en: 'The text contains {chars}, which looks like a space but is not one: search, copying and screen readers treat it as a strange symbol, and it is a known trick to make text look empty. Write an ordinary space or remove it.',
      zh: '文本里有 {chars}，看起来像空格，其实不是：搜索、复制和读屏软件会把它当作奇怪的符号，它也常被用来伪装“空白”消息。请改成普通空格或删除。',
      ru: 'В тексте {chars} — он выглядит как пробел, но пробелом не является: поиск, копирование и экранные дикторы видят в нём странный знак, а ещё им маскируют «пустые» сообщения. Поставьте обычный пробел или удалите его.',
    },
    separator: {
      en: 'The text contains {chars}, an invisible line break that some chats show as a new line and others as nothing or a box. Use an ordinary line break.',
      zh: '文本里有 {chars}，这是一种不可见的换行符：有的聊天窗口显示为换行，有的什么都不显示或显示成方框。请改用普通换行。',
      ru: 'В тексте {chars} — невидимый перенос строки, который одни чаты показывают как новую строку, а другие никак или квадратиком. Используйте обычный перенос строки.',
    },
    empty: {
      en: 'The text has no visible words: no letter or digit of its own outside placeholders and invisible characters. The buyer would receive an empty or meaningless message. Write the reply.',
      zh: '这条文本没有任何可见的文字：除了占位符和不可见字符外，没有一个字母或数字。买家会收到一条空白或没有意义的消息。请写上回复内容。',
      ru: 'В тексте нет видимых слов: вне подстановок и невидимых символов нет ни одной буквы или цифры. Покупатель получит пустое или бессмысленное сообщение. Напишите ответ.',
    },
  },
}, (context) => {
  const views: ['target' | 'source', TextView][] = [['target', context.target]];
  if (context.source) views.push(['source', context.source]);
  for (const [where, view] of views) {
    for (const found of findCharacters(view)) {
      const chars = found.codes.map((c) => `${format(c)} ${BY_CODE.get(c)!.name}`).join(', ');
      const actual = view.value.slice(found.start, found.end);
      const remove = DELETED.has(found.kind);
      context.report({
        messageId: found.kind,
        data: { chars },
        start: found.start,
        end: found.end,
        in: where,
        actual,
        ...(remove ? { expected: [''] } : { fix: false as const }),
      });
    }
  }
  const { value, parsed } = context.target;
  // A blank text is the schema's `empty-text`.
  if (value.trim() !== '' && !hasVisibleWords(parsed.masked)) context.report({ messageId: 'empty', start: 0, end: value.length, fix: false });
});
