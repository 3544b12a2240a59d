import { defineRule, type Placeholder } from '@otvet/core';
import emoticonData from './emoticons.yaml';
import { lazyUregex, uregex } from '../lib/unicode.js';

export interface EmoticonData {
  description: string;
  faces: { note: string; items: string[] }[];
  kaomoji: { strong: string; allowed: string; leftArms: string; rightArms: string };
  emoji: { textFaces: string; neverReport: string };
}

export const data = emoticonData as EmoticonData;

const charClass = (chars: string): string => [...new Set(chars)].map((c) => (/[\\\]\[^\-(){}/|&!#%,:;<=>@`~$*+.?]/.test(c) ? `\\${c}` : c)).join('');

/** The faces, longest first. A big alternation regex of them is slow to compile; indexOf is not. */
const FACE_ITEMS = data.faces.flatMap((g) => g.items).sort((a, b) => b.length - a.length);
const LETTER_OR_DIGIT = uregex(String.raw`[\p{L}\p{N}]`, 'u');

/** Faces from the data where no letter or digit touches their letter or digit ends (xD, owo). */
function findFaces(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const face of FACE_ITEMS) {
    const wordStart = LETTER_OR_DIGIT.test(face[0]!);
    const wordEnd = LETTER_OR_DIGIT.test(face[face.length - 1]!);
    for (let at = text.indexOf(face); at !== -1; at = text.indexOf(face, at + 1)) {
      const end = at + face.length;
      if (wordStart && at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!)) continue;
      if (wordEnd && end < text.length && LETTER_OR_DIGIT.test(text[end]!)) continue;
      out.push({ start: at, end });
    }
  }
  return out;
}

/**
 * Western emoticons: eyes (: ; =), an optional tear or nose, a mouth. Letter mouths
 * (:D :P :O) must not touch a letter or digit; a “(” mouth must not open a
 * parenthesis (:(1) is a list); the eyes must not follow a digit (10:00), and «=»
 * eyes stand after a space (a=b is a formula).
 */
const WESTERN = uregex(String.raw`(?:(?<![\p{N}:;=])[:;]|(?<!\S)=)['’]?[-^o]?(?:\)+|\(+(?![\p{L}\p{N}\uFFFC])|[DPpРрOoОоДЗ](?![\p{L}\p{N}]))`, 'gu');
/** The heart <3, only where it cannot be “less than 3”: nothing but the end of a line or a sentence follows. */
const HEART = uregex(String.raw`(?<![\p{L}\p{N}<])<3+(?=[ \t]*(?:$|\n|[.!?,)]))`, 'gu');

const FACE_LIST = new Set(data.faces.flatMap((g) => g.items));
const STRONG = new Set(data.kaomoji.strong);
const FACE_CHARS = new Set([...data.kaomoji.strong, ...data.kaomoji.allowed]);
/** A bracketed group with its arms; the inside is checked in code. */
const KAOMOJI = new RegExp(`[${charClass(data.kaomoji.leftArms)}]*[(（]([^()（）\\n]{1,15})[)）][${charClass(data.kaomoji.rightArms)}]*`, 'gu');

/** Emoji as phones draw them: RGI sequences (ZWJ, skin tones, flags, keycaps), any pictograph with U+FE0F, text faces. */
let emojiRegex: RegExp | undefined;
/** Built on first use: constructing a `v`-flag property-of-strings regex costs milliseconds. */
const emoji = (): RegExp => (emojiRegex ??= new RegExp(`\\p{RGI_Emoji}|\\p{Extended_Pictographic}\\uFE0F|[${charClass(data.emoji.textFaces)}](?!\\uFE0E)`, 'gv'));
const NEVER = new Set(data.emoji.neverReport);
/** What may join two emoji into one cluster. */
const JOINERS = /^[\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]*$/u;

interface Span { start: number; end: number; kind: 'emoticon' | 'emoji' | 'bracket' }

function isKaomoji(inner: string): boolean {
  const chars = [...inner].filter((c) => c !== ' ');
  if (FACE_LIST.has(chars.join(''))) return true;
  if (chars.length === 0) return false;
  if (chars.length === 1) return chars[0] === 'ツ';
  return chars.some((c) => STRONG.has(c)) && chars.every((c) => FACE_CHARS.has(c));
}

/** Emoji clusters: adjacent emoji (joined or not) make one finding. */
/**
 * Every emoji contains a character from these blocks; testing for them first spares
 * most texts the (costly to compile) RGI_Emoji property regex.
 */
const MAY_HAVE_EMOJI = new RegExp(`[\\u00A9\\u00AE\\u203C\\u2049\\u20E3\\u2122\\u2139\\u2190-\\u2BFF\\u3030\\u303D\\u3297\\u3299\\uFE0F\\u{1F000}-\\u{1FAFF}\\u{E0020}-\\u{E007F}${charClass(data.emoji.textFaces)}]`, 'u');

function findEmoji(text: string): Span[] {
  const out: Span[] = [];
  if (!MAY_HAVE_EMOJI.test(text)) return out;
  for (const m of text.matchAll(emoji())) {
    if (NEVER.has(m[0].replace(/\uFE0F/g, ''))) continue;
    const start = m.index;
    const end = start + m[0].length;
    const last = out[out.length - 1];
    if (last && JOINERS.test(text.slice(last.end, start))) last.end = end;
    else out.push({ start, end, kind: 'emoji' });
  }
  return out;
}

const LETTER = lazyUregex(String.raw`[\p{L}]`, 'u');
const WORD_BEFORE = lazyUregex(String.raw`([\p{L}\p{N}]+)[!?.…]*$`, 'u');
const UPPER = lazyUregex(String.raw`\p{Lu}`, 'u');

/**
 * The Russian bracket smile: «)))» and «(((», and a single «)» or «(» after a word at the
 * end of a sentence, that close or open no parenthesis. Brackets already used by other
 * emoticons are skipped; real parentheses, however nested, are matched first.
 */
function findBrackets(text: string, used: Uint8Array, placeholders: Placeholder[]): Span[] {
  const out: Span[] = [];
  const frown = new Uint8Array(text.length);
  const inBranch = (i: number): boolean => placeholders.some((p) => p.branches && i >= p.start && i < p.end);
  // 1. Frowns: a run of «(» that opens nothing (nothing but a space, punctuation or the end follows).
  for (const m of text.matchAll(/\(+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if ([...Array(end - start).keys()].some((k) => used[start + k])) continue;
    const after = text.slice(end);
    const before = text[start - 1] ?? '';
    const isFrown = m[0].length >= 2
      ? /^(?:$|[\s.,!?;:…])/u.test(after)
      : LETTER().test(before) && /^(?:$|[ \t]*\n|[ \t]+\p{Lu})/u.test(after);
    if (isFrown) {
      frown.fill(1, start, end);
      out.push({ start, end, kind: 'bracket' });
    }
  }
  // 2. Match real parentheses, then look at the «)» that close nothing.
  const unmatched = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (used[i] || frown[i]) continue;
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      if (depth > 0) depth--;
      else unmatched[i] = 1;
    }
  }
  for (const m of text.matchAll(/\)+/gu)) {
    let start = m.index;
    const end = start + m[0].length;
    while (start < end && !unmatched[start]) start++;
    const count = end - start;
    if (count === 0 || [...Array(count).keys()].some((k) => used[start + k])) continue;
    if (count >= 2) {
      out.push({ start, end, kind: 'bracket' });
      continue;
    }
    // A single «)»: after a word (not a list marker such as «а)» or «2)»), at the end of a sentence.
    if (m[0].length !== 1 || inBranch(start)) continue;
    const word = WORD_BEFORE().exec(text.slice(Math.max(0, start - 40), start))?.[1];
    if (!word || !LETTER().test(word) || (word.length === 1 && !/[!?.…]$/u.test(text.slice(0, start)))) continue;
    const after = text.slice(end);
    const next = /^[ \t]*(\S?)/u.exec(after)![1]!;
    if (next === '' || after.startsWith('\n') || /^[ \t]+/u.test(after) && UPPER().test(next)) out.push({ start, end, kind: 'bracket' });
  }
  return out;
}

/**
 * Emoticons, kaomoji, the Russian bracket smile and emoji have no place in a
 * seller's reply: Ozon's chat etiquette asks for none.
 */
export default defineRule({
  id: 'tone-emoticon',
  category: 'tone',
  description: {
    en: 'No emoticons, kaomoji, bracket smiles «)))» or emoji in a seller’s reply.',
    zh: '卖家回复中不要使用表情符号、颜文字、俄式括号笑脸「)))」或 emoji。',
    ru: 'Без смайликов, каомодзи, скобочек «)))» и эмодзи в ответе продавца.',
  },
  fixable: false,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    emoticon: {
      en: 'Remove the emoticon “{actual}”: Ozon’s chat etiquette asks sellers for none, and a Russian buyer reads it as unprofessional.',
      zh: '请删除表情符号“{actual}”：Ozon 的聊天规范要求卖家不要使用表情，俄罗斯买家会觉得不专业。可以用一句礼貌的话代替，例如“Хорошего дня.”',
      ru: 'Уберите смайлик «{actual}»: правила общения Ozon просят продавцов обходиться без смайликов, покупатель воспримет его как несерьёзность.',
    },
    bracket: {
      en: 'Remove the bracket smile “{actual}”: in Russian chats a bracket that closes nothing is a smile (“)))” laughs, “(((” is sad), too familiar for a seller’s reply. End the sentence with a period.',
      zh: '请删除括号“{actual}”：在俄语聊天里，不成对的右括号“)”就是笑脸（“)))”表示大笑，“(((”表示难过），用在卖家回复里太随便。句末请用句号。',
      ru: 'Уберите скобочку-смайлик «{actual}»: в ответе продавца такая улыбка звучит фамильярно. Закончите предложение точкой.',
    },
    emoji: {
      en: 'Remove the emoji “{actual}”: Ozon’s chat etiquette asks sellers for no emoticons, and in a business reply emoji look unprofessional. Say it in words if it carries meaning.',
      zh: '请删除 emoji“{actual}”：Ozon 的聊天规范要求卖家不要使用表情，商务回复里的 emoji 在俄罗斯买家看来不专业。如果它表达了意思，请用文字写出来。',
      ru: 'Уберите эмодзи «{actual}»: правила общения Ozon просят обходиться без смайликов, в деловом ответе эмодзи выглядят непрофессионально. Если он что-то значит, скажите это словами.',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  const text = parsed.masked;
  const used = new Uint8Array(text.length);
  const spans: Span[] = [];
  const take = (start: number, end: number, kind: Span['kind']): void => {
    for (let i = start; i < end; i++) if (used[i]) return;
    used.fill(1, start, end);
    spans.push({ start, end, kind });
  };
  for (const s of findEmoji(text)) take(s.start, s.end, 'emoji');
  for (const m of text.matchAll(KAOMOJI)) if (isKaomoji(m[1]!)) take(m.index, m.index + m[0].length, 'emoticon');
  for (const f of findFaces(text)) take(f.start, f.end, 'emoticon');
  for (const m of text.matchAll(WESTERN)) take(m.index, m.index + m[0].length, 'emoticon');
  for (const m of text.matchAll(HEART)) take(m.index, m.index + m[0].length, 'emoticon');
  for (const s of findBrackets(text, used, parsed.placeholders)) take(s.start, s.end, s.kind);
  spans.sort((a, b) => a.start - b.start);
  for (const { start, end, kind } of spans) {
    const actual = value.slice(start, end);
    context.report({ messageId: kind, data: { actual }, start, end, actual });
  }
});
