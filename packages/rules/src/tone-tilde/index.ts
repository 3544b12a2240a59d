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
const DIGIT_BEFORE = /\d\s*$/u;
const DIGIT_AFTER = /^\s*\d/u;
/**
 * After the tilde, a new sentence: a capital letter, or a new line that starts with one. (At the
 * end of the text the tilde is only removed: a chat message may end without a mark.)
 */
const NEW_SENTENCE_AFTER = uregex(String.raw`^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?\p{Lu}`, 'u');
/** Before the tilde: the end of a word, a number, a placeholder or a closing quote or bracket (not an end mark already). */
const OPEN_SENTENCE_BEFORE = uregex(String.raw`[\p{L}\p{N}\uFFFC)»"”]$`, 'u');
const WORDS = uregex(String.raw`\p{L}+(?:-\p{L}+)*|\uFFFC+`, 'gu');
const NAME = '\uFFFC';
/** Where the sentence before a tilde starts: after an end mark (full-width ones too), a line break or another tilde. */
const SENTENCE_BREAKS = ['.', '!', '?', '…', '。', '！', '？', '\n', '~', '～', '〜'];
const LETTER_FIRST = uregex(String.raw`^\p{L}`, 'u');

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
  for (const match of parsed.masked.matchAll(TILDES)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = value.slice(0, start);
    const after = value.slice(end);
    if (DIGIT_BEFORE.test(before) && DIGIT_AFTER.test(after)) {
      // 3 ~ 5 → 3–5: replace the tilde and the spaces around it.
      const s = start - (/\s*$/u.exec(before)?.[0].length ?? 0);
      const e = end + (/^\s*/u.exec(after)?.[0].length ?? 0);
      context.report({ messageId: 'range', data: { actual: match[0] }, start, end, actual: match[0], expected: ['–'], fix: { start: s, end: e, text: '–' } });
      continue;
    }
    // A tilde that ends a sentence gives way to the end mark the sentence needs; removing it
    // alone would run two sentences together («покупатель~ Здравствуйте» → «покупатель Здравствуйте»).
    const masked = parsed.masked;
    const head = masked.slice(0, start).replace(/[ \t\u00a0]+$/u, '');
    if (NEW_SENTENCE_AFTER.test(masked.slice(end)) && OPEN_SENTENCE_BEFORE.test(head)) {
      const sentence = head.slice(Math.max(...SENTENCE_BREAKS.map((c) => head.lastIndexOf(c))) + 1);
      const mark = sentenceEndMark(sentence);
      const glued = LETTER_FIRST.test(masked.slice(end));
      context.report({ messageId: 'sentenceEnd', data: { actual: match[0], mark }, start, end, actual: match[0], expected: [mark], fix: { start: head.length, end, text: glued ? `${mark} ` : mark } });
      continue;
    }
    // Remove the tilde, and one adjacent space so that no double space is left behind.
    let s = start;
    let e = end;
    const spaceBefore = /[ \t]$/u.test(before) || before === '';
    const spaceAfter = /^[ \t]/u.test(after);
    const punctAfter = /^[.,!?;:…)»]/u.test(after) || after === '';
    if (spaceBefore && (spaceAfter || punctAfter) && before !== '') s -= 1;
    else if (before === '' && spaceAfter) e += 1;
    context.report({ messageId: 'tilde', data: { actual: match[0] }, start, end, actual: match[0], expected: [''], fix: { start: s, end: e, text: '' } });
  }
});
