import { defineRule } from '@otvet/core';
import markupData from './markup.yaml';
import { lazyUregex } from '../lib/unicode.js';

export interface MarkupData {
  description: string;
  htmlTags: string[];
  entities: Record<string, string>;
}

export const data = markupData as MarkupData;

type Kind = 'bold' | 'italic' | 'heading' | 'quote' | 'link' | 'code' | 'fence' | 'table' | 'html' | 'entity';

interface Finding {
  kind: Kind;
  start: number;
  end: number;
  /** The certain replacement of [start, end), when there is one. */
  replacement?: string;
}

const LETTER = lazyUregex(String.raw`[\p{L}\p{N}\uFFFC]`, 'u');

/** **bold** and __bold__: the markers must hug the words (** x ** is not Markdown). */
const BOLD = lazyUregex(String.raw`(?<![*\\])\*\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*\*(?!\*)|(?<![_\p{L}\p{N}\\])__(?=[^\s_])([^_\n]+?)(?<=[^\s_])__(?![_\p{L}\p{N}])`, 'gu');
/**
 * *italic*: an asterisk that opens after a space or line start and closes before a space
 * or punctuation, on one line. Footnote stars («Цена*», «*Акция до мая») do not pair up
 * like that, and neither do products (2*3*4).
 */
const ITALIC = lazyUregex(String.raw`(?<![*\p{L}\p{N}\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\p{L}\p{N}])`, 'gu');
/** # Heading at the start of a line (a letter follows: «# 5» is a number). */
const HEADING = lazyUregex(String.raw`^[ \t]{0,3}#{1,6}[ \t]+(?=[\p{L}«"])`, 'gmu');
/** > quote at the start of a line (a letter follows: «> 100» is a comparison). */
const QUOTE = lazyUregex(String.raw`^[ \t]{0,3}>[ \t]+(?=[\p{L}«"])`, 'gmu');
/** [text](url), ![alt](url), <https://…>. */
const LINK = /!?\[[^\]\n]+\]\((?:https?:\/\/|www\.|mailto:|\/)[^()\s]*\)|<(?:https?:\/\/|mailto:)[^<>\s]+>/gu;
/** ```fence``` at the start of a line, and `inline code` between non-letters. */
const FENCE = /^[ \t]*`{3,}[^\n`]*$/gmu;
const CODE = lazyUregex(String.raw`(?<![\x60\p{L}\p{N}])\x60([^\x60\n]+)\x60(?![\x60\p{L}\p{N}])`, 'gu');
/** The separator line of a Markdown table: |---|:---:| */
const TABLE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/gmu;
const HTML = new RegExp(`</?(?:${data.htmlTags.join('|')})(?:\\s+[^<>]*?)?\\s*/?>`, 'giu');
const ENTITY = /&(?:([A-Za-z][A-Za-z0-9]{1,31})|#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/gu;

/** The character an entity stands for, if it is a known, printable one. */
function decodeEntity(name: string | undefined, decimal: string | undefined, hex: string | undefined): string | undefined {
  if (name !== undefined) return Object.hasOwn(data.entities, name) ? data.entities[name] : undefined;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0x20 || (code >= 0x7f && code < 0xa0)) return undefined;
  return String.fromCodePoint(code);
}

/**
 * Ozon's chat shows what a seller sends as plain text: Markdown and HTML appear to the
 * buyer literally, as stray asterisks, hashes, brackets and tags.
 */
export default defineRule({
  id: 'format-markup',
  category: 'format',
  description: {
    en: 'No Markdown or HTML (**bold**, # heading, [link](url), <br>, &nbsp;): the chat shows them literally.',
    zh: '不要使用 Markdown 或 HTML（**粗体**、# 标题、[链接](url)、<br>、&nbsp;）：聊天会原样显示这些符号。',
    ru: 'Без Markdown и HTML (**жирный**, # заголовок, [ссылка](url), <br>, &nbsp;): чат покажет их как есть.',
  },
  fixable: true,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    bold: {
      en: 'Remove the Markdown bold “{actual}”: Ozon’s chat shows plain text, so the buyer sees the asterisks or underscores themselves.',
      zh: '请去掉 Markdown 粗体标记“{actual}”：Ozon 聊天只显示纯文本，买家会直接看到星号或下划线。',
      ru: 'Уберите разметку Markdown «{actual}»: чат Ozon показывает простой текст, и покупатель увидит сами звёздочки или подчёркивания.',
    },
    italic: {
      en: 'Remove the Markdown italics “{actual}”: Ozon’s chat shows plain text, so the buyer sees the asterisks themselves.',
      zh: '请去掉 Markdown 斜体标记“{actual}”：Ozon 聊天只显示纯文本，买家会直接看到星号。',
      ru: 'Уберите курсив Markdown «{actual}»: чат Ozon показывает простой текст, и покупатель увидит сами звёздочки.',
    },
    heading: {
      en: 'Remove the Markdown heading mark “{actual}”: Ozon’s chat shows plain text, so the buyer sees the “#”.',
      zh: '请去掉 Markdown 标题符号“{actual}”：Ozon 聊天只显示纯文本，买家会直接看到“#”。',
      ru: 'Уберите знак заголовка Markdown «{actual}»: чат Ozon показывает простой текст, покупатель увидит «#».',
    },
    quote: {
      en: 'Remove the Markdown quote mark “{actual}”: Ozon’s chat shows plain text, so the buyer sees the “>”.',
      zh: '请去掉 Markdown 引用符号“{actual}”：Ozon 聊天只显示纯文本，买家会直接看到“>”。',
      ru: 'Уберите знак цитаты Markdown «{actual}»: чат Ozon показывает простой текст, покупатель увидит «>».',
    },
    link: {
      en: 'Remove the Markdown link “{actual}”: Ozon’s chat shows it literally with its brackets, and links outside Ozon break its communication rules.',
      zh: '请删除 Markdown 链接“{actual}”：Ozon 聊天会把方括号和圆括号原样显示出来，而且发送 Ozon 以外的链接违反平台沟通规则。',
      ru: 'Уберите ссылку Markdown «{actual}»: чат Ozon покажет её вместе со скобками, а ссылки вне Ozon нарушают правила общения.',
    },
    code: {
      en: 'Write «{inner}» instead of the Markdown code “{actual}”: the chat shows the backticks, and Russian quotes with «ёлочки».',
      zh: '请把 Markdown 代码标记“{actual}”改为 «{inner}»：聊天会原样显示反引号，俄语引用请用书名号式引号 «»。',
      ru: 'Напишите «{inner}» вместо кода Markdown «{actual}»: чат покажет обратные апострофы, а цитируют по-русски «ёлочками».',
    },
    fence: {
      en: 'Remove the Markdown code fence “{actual}”: Ozon’s chat shows plain text, so the buyer sees the backticks.',
      zh: '请删除 Markdown 代码块标记“{actual}”：Ozon 聊天只显示纯文本，买家会直接看到反引号。',
      ru: 'Уберите ограждение блока кода Markdown «{actual}»: чат Ozon покажет обратные апострофы как есть.',
    },
    table: {
      en: 'Rewrite the Markdown table as plain lines: Ozon’s chat shows “{actual}” and the pipes literally.',
      zh: '请把 Markdown 表格改写成普通文字行：Ozon 聊天会原样显示“{actual}”和竖线。',
      ru: 'Перепишите таблицу Markdown простыми строками: чат Ozon покажет «{actual}» и вертикальные черты как есть.',
    },
    html: {
      en: 'Remove the HTML tag “{actual}”: Ozon’s chat shows plain text, so the buyer sees the tag itself. Use a line break instead of <br> or <p>.',
      zh: '请删除 HTML 标签“{actual}”：Ozon 聊天只显示纯文本，买家会直接看到标签本身。需要换行时请直接换行，不要用 <br> 或 <p>。',
      ru: 'Уберите HTML-тег «{actual}»: чат Ozon показывает простой текст, покупатель увидит сам тег. Вместо <br> и <p> используйте перенос строки.',
    },
    entity: {
      en: 'Write the character itself instead of the HTML entity “{actual}”: Ozon’s chat shows the entity literally.',
      zh: '请直接写出字符，不要用 HTML 实体“{actual}”：Ozon 聊天会原样显示实体代码。',
      ru: 'Напишите сам символ вместо HTML-мнемоники «{actual}»: чат Ozon покажет её как есть.',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  const text = parsed.masked;
  const used = new Uint8Array(text.length);
  const findings: Finding[] = [];
  const add = (f: Finding): void => {
    for (let i = f.start; i < f.end; i++) if (used[i]) return;
    used.fill(1, f.start, f.end);
    findings.push(f);
  };
  const each = (re: RegExp, kind: Kind, replace?: (m: RegExpMatchArray) => string | undefined, accept?: (m: RegExpMatchArray) => boolean): void => {
    for (const m of text.matchAll(re)) {
      if (accept && !accept(m)) continue;
      const start = m.index!;
      const f: Finding = { kind, start, end: start + m[0].length };
      const r = replace?.(m);
      if (r !== undefined) f.replacement = r;
      add(f);
    }
  };
  const hasWord = (s: string | undefined): boolean => s !== undefined && LETTER().test(s);
  // Each pattern runs only when the text has its marker character: most texts have none,
  // and then no regex here is ever compiled.
  const has = (marker: string): boolean => text.includes(marker);
  if (has('`')) each(FENCE, 'fence');
  if (has('---')) each(TABLE, 'table');
  if (has('[') || has('<')) each(LINK, 'link');
  if (has('`')) each(CODE(), 'code', (m) => `«${value.slice(m.index! + 1, m.index! + m[0].length - 1)}»`, (m) => hasWord(m[1]));
  if (has('<')) each(HTML, 'html');
  if (has('&')) each(ENTITY, 'entity', (m) => decodeEntity(m[1], m[2], m[3]));
  if (has('**') || has('__')) each(BOLD(), 'bold', (m) => value.slice(m.index! + 2, m.index! + m[0].length - 2), (m) => hasWord(m[1] ?? m[2]));
  if (has('*')) each(ITALIC(), 'italic', undefined, (m) => hasWord(m[1]));
  if (has('#')) each(HEADING(), 'heading', () => '');
  if (has('>')) each(QUOTE(), 'quote', () => '');
  findings.sort((a, b) => a.start - b.start);
  for (const f of findings) {
    const actual = value.slice(f.start, f.end);
    const inner = f.kind === 'code' ? actual.slice(1, -1) : '';
    context.report({
      messageId: f.kind,
      data: { actual: actual.trim(), inner },
      start: f.start,
      end: f.end,
      actual,
      ...(f.replacement !== undefined ? { expected: [f.replacement] } : {}),
    });
  }
});
