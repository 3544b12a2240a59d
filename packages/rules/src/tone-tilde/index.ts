import { defineRule } from '@otvet/core';
import sentenceEndData from './sentence-end.yaml';
import { uregex } from '../lib/unicode.js';

interface SentenceEnd {
  description: string;
  addressWords: string[];
  formulas: string[];
  maxWords: number;
  examples: { text: string; fixed: string }[];
}

export const SENTENCE_END = sentenceEndData as SentenceEnd;
const ADDRESS = new Set(SENTENCE_END.addressWords);
const FORMULAS = SENTENCE_END.formulas.map((f) => f.split(' '));

const TILDES = /[~～〜]+/gu;
/**
 * After the tilde, a new sentence: a capital letter, or a new line that starts with one. (At the
 * end of the text the tilde is only removed: a chat message may end without a mark.) Sticky:
 * tried at the tilde's end, never on a copy of the rest of the text.
 */
const NEW_SENTENCE_AFTER = uregex(String.raw`[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?\p{Lu}`, 'uy');
/** Before the tilde: the end of a word, a number, a placeholder or a closing quote or bracket (not an end mark already). */
const OPEN_SENTENCE_BEFORE = uregex(String.raw`[\p{L}\p{N}\uFFFC)»"”]`, 'u');
const WORDS = uregex(String.raw`\p{L}+(?:-\p{L}+)*|\uFFFC+`, 'gu');
const NAME = '\uFFFC';
/** Where the sentence before a tilde starts: after an end mark (full-width ones too), a line break or another tilde. */
const SENTENCE_BREAKS = new Set(['.', '!', '?', '…', '。', '！', '？', '\n', '~', '～', '〜']);
const LETTER = uregex(String.raw`\p{L}`, 'u');
const DIGIT = /\d/u;
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/*
 * Every look-around below walks from the tilde over blanks or back to the sentence's start, which
 * is at most the previous tilde: the rule's cost stays linear in the text, however many tildes
 * a line holds (no slice or `$`-anchored regex of the text before or after each one).
 */

/**
 * The end mark a sentence needs when a tilde that ended it goes: «!» after an address on its
 * own («Дорогой покупатель») or a short greeting, thanks or wish («Здравствуйте», «Спасибо за
 * заказ»), a full stop otherwise (sentence-end.yaml).
 */
export function sentenceEndMark(sentence: string): '!' | '.' {
  const words = [...sentence.toLowerCase().replace(/ё/g, 'е').matchAll(WORDS)].map((m) => (m[0].startsWith(NAME) ? NAME : m[0]));
  if (!words.length) return '.';
  if (words.every((w) => w === NAME || ADDRESS.has(w)) && words.some((w) => w !== NAME)) return '!';
  const formula = words.length <= SENTENCE_END.maxWords && FORMULAS.some((f) => f.every((w, i) => words[i] === w.replace(/ё/g, 'е')));
  return formula ? '!' : '.';
}

/**
 * Tildes (`~ ～ 〜`) are a Chinese chat habit (稍等哦~) that reads as frivolous
 * in Russian business text. Between two numbers a tilde means a range (3~5),
 * which Russian writes with an en dash (3–5).
 */
export default defineRule({
  id: 'tone-tilde',
  category: 'tone',
  description: {
    en: 'No tildes (~ ～ 〜): a Chinese chat habit that sounds frivolous in Russian.',
    zh: '不要使用波浪号（~ ～ 〜）：这是中文聊天习惯，在俄语中显得轻浮。',
    ru: 'Без тильд (~ ～ 〜): это привычка китайских чатов, по-русски она звучит несерьёзно.',
  },
  fixable: true,
  recommended: 'error',
  scope: 'target',
  defaults: {},
  messages: {
    tilde: {
      en: 'Remove the tilde “{actual}”: in Chinese chats it sounds friendly, but a Russian buyer reads it as frivolous and unprofessional.',
      zh: '请删除波浪号“{actual}”：在中文聊天里显得亲切，但俄罗斯买家会觉得轻浮、不专业。',
      ru: 'Уберите тильду «{actual}»: в китайских чатах она звучит дружелюбно, а русский покупатель воспримет её как несерьёзность.',
    },
    sentenceEnd: {
      en: 'Replace the tilde “{actual}” with “{mark}”: it ends a sentence here. In Chinese chats a tilde sounds friendly, but a Russian buyer reads it as frivolous and unprofessional.',
      zh: '请把波浪号“{actual}”换成“{mark}”：这里是句子的结尾。波浪号在中文聊天里显得亲切，但俄罗斯买家会觉得轻浮、不专业。',
      ru: 'Замените тильду «{actual}» на «{mark}»: здесь кончается предложение. В китайских чатах тильда звучит дружелюбно, а русский покупатель воспримет её как несерьёзность.',
    },
    range: {
      en: 'Write the range with an en dash “–” instead of “{actual}” (3–5 days).',
      zh: '表示范围时请用短破折号“–”代替“{actual}”（例如 3–5 天）。',
      ru: 'Диапазон пишется через короткое тире «–», а не «{actual}» (3–5 дней).',
    },
  },
}, (context) => {
  const { value, parsed } = context.target;
  const masked = parsed.masked;
  for (const match of masked.matchAll(TILDES)) {
    const start = match.index;
    const end = start + match[0].length;
    let s = start;
    while (s > 0 && isSpace(value[s - 1])) s--;
    let e = end;
    while (e < value.length && isSpace(value[e])) e++;
    if (s > 0 && DIGIT.test(value[s - 1]!) && e < value.length && DIGIT.test(value[e]!)) {
      // 3 ~ 5 → 3–5: replace the tilde and the spaces around it.
      context.report({ messageId: 'range', data: { actual: match[0] }, start, end, actual: match[0], expected: ['–'], fix: { start: s, end: e, text: '–' } });
      continue;
    }
    // A tilde that ends a sentence gives way to the end mark the sentence needs; removing it
    // alone would run two sentences together («покупатель~ Здравствуйте» → «покупатель Здравствуйте»).
    let headEnd = start;
    while (headEnd > 0 && isBlank(masked[headEnd - 1])) headEnd--;
    NEW_SENTENCE_AFTER.lastIndex = end;
    if (headEnd > 0 && OPEN_SENTENCE_BEFORE.test(masked[headEnd - 1]!) && NEW_SENTENCE_AFTER.test(masked)) {
      let from = headEnd;
      while (from > 0 && !SENTENCE_BREAKS.has(masked[from - 1]!)) from--;
      const mark = sentenceEndMark(masked.slice(from, headEnd));
      const next = masked.codePointAt(end);
      const glued = next !== undefined && LETTER.test(String.fromCodePoint(next));
      context.report({ messageId: 'sentenceEnd', data: { actual: match[0], mark }, start, end, actual: match[0], expected: [mark], fix: { start: headEnd, end, text: glued ? `${mark} ` : mark } });
      continue;
    }
    // Remove the tilde, and one adjacent space so that no double space is left behind.
    s = start;
    e = end;
    const atStart = start === 0;
    const spaceBefore = atStart || value[start - 1] === ' ' || value[start - 1] === '\t';
    const spaceAfter = value[end] === ' ' || value[end] === '\t';
    const punctAfter = end === value.length || '.,!?;:…)»'.includes(value[end]!);
    if (spaceBefore && (spaceAfter || punctAfter) && !atStart) s -= 1;
    else if (atStart && spaceAfter) e += 1;
    context.report({ messageId: 'tilde', data: { actual: match[0] }, start, end, actual: match[0], expected: [''], fix: { start: s, end: e, text: '' } });
  }
});
