import { defineRule } from '@otvet/core';
import { isCyrillicWord, matchCase, sentencePosition, tokensOf, type Token } from '../lib/register-forms.js';
import wordsData from './address-words.yaml';

interface AddressWords {
  description: string;
  adjectives: { note: string; forms: { form: string; message: 'dear' | 'familiar'; neutral: string; buyer: string }[] };
  nouns: { note: string; words: string[] };
  roleNouns: { note: string; words: string[] };
  possessives: { note: string; words: string[] };
  respectful: { note: string; forms: { form: string; buyer: string }[] };
  greetingWords: { note: string; words: string[] };
  notAddressAfter: { note: string; words: string[]; adjectiveEndings: string[] };
}

const WORDS = wordsData as AddressWords;
const ADJECTIVES = new Map(WORDS.adjectives.forms.map((a) => [a.form, a]));
const NOUNS = new Set(WORDS.nouns.words);
const ROLE_NOUNS = new Set(WORDS.roleNouns.words);
const POSSESSIVES = new Set(WORDS.possessives.words);
const RESPECTFUL = new Map(WORDS.respectful.forms.map((r) => [r.form, r]));
const GREETING_WORDS = new Set(WORDS.greetingWords.words);
const NOT_ADDRESS_AFTER = new Set(WORDS.notAddressAfter.words);
const ADJECTIVE_ENDING = new RegExp(`^[а-яё]{3,}(?:${WORDS.notAddressAfter.adjectiveEndings.join('|')})$`, 'u');

/** What stands before a phrase: a sentence start, a greeting word, a comma or dash, or anything else. */
type Before = 'start' | 'greeting' | 'comma' | 'other';
/** What follows it. */
type After = 'comma' | 'excl' | 'q' | 'period' | 'end' | 'word';

const SPACES = /^[ \t\u00a0]+$/u;

/**
 * Over-familiar address to a buyer: «Дорогой/Дорогая…» (the calque of 亲), «друг»,
 * «милая», «дорогие друзья»…, and a bare «Уважаемый,». A word counts only as an
 * address: at the start of a sentence followed by «,» or «!», after a greeting
 * («Спасибо, друг!»), or set off by a comma and «!»/«?». The vocabulary is data:
 * ./address-words.yaml.
 */
export default defineRule({
  id: 'tone-familiar',
  category: 'tone',
  description: {
    en: 'No over-familiar address to the buyer: «Дорогой/Дорогая» (the calque of 亲), «друг», «милая», «дорогие друзья», a bare «Уважаемый,».',
    zh: '不要用过分亲昵的称呼：“Дорогой/Дорогая”（“亲”的直译）、“друг”（朋友）、“милая”（亲爱的）、“дорогие друзья”（亲爱的朋友们），以及单独的“Уважаемый,”（尊敬的）。',
    ru: 'Без фамильярных обращений к покупателю: «Дорогой/Дорогая» (калька с 亲), «друг», «милая», «дорогие друзья», «Уважаемый,» без имени.',
  },
  fixable: false,
  recommended: 'warning',
  scope: 'target',
  defaults: {},
  messages: {
    dear: {
      en: '“{actual}” as an address is how machine translation renders 亲 (“dear”). From a shop it sounds overly intimate, even sarcastic, to a Russian buyer. Open with “Здравствуйте!”; if you need an address, write “Уважаемый покупатель” (or “Уважаемый” before a name).',
      zh: '“{actual}”是“亲／亲爱的”的直译。在俄语里，店铺称买家“Дорогой/Дорогая”（亲爱的）显得过分亲密，甚至像在讽刺。中性的开头是“Здравствуйте!”（您好！）；如需称呼，可写“Уважаемый покупатель”（尊敬的顾客），或在姓名前用“Уважаемый”。',
      ru: 'Обращение «{actual}» — так машинный перевод передаёт китайское 亲. От магазина оно звучит слишком интимно, а то и с издёвкой. Начните со «Здравствуйте!»; если нужно обращение — «Уважаемый покупатель» (или «Уважаемый» перед именем).',
    },
    familiar: {
      en: '“{actual}” addresses the buyer like a friend or a partner; from a shop it sounds over-familiar. Leave it out; to greet, write “Здравствуйте!”.',
      zh: '“{actual}”是对朋友或亲近的人的称呼（类似“朋友”“亲爱的”“宝贝”）。店铺这样称呼买家显得过分亲昵、不专业。请删掉这个称呼；打招呼用“Здравствуйте!”（您好！）。',
      ru: '«{actual}» — обращение как к другу или близкому человеку; от магазина звучит фамильярно. Уберите его; для приветствия — «Здравствуйте!».',
    },
    'respectful-bare': {
      en: 'A bare “{actual}” without a name or a noun sounds condescending. Write “{expected}” or add the name, or simply greet with “Здравствуйте!”.',
      zh: '单独使用“{actual}”（尊敬的）而不带姓名或名词，在俄语里听起来居高临下、不客气。请写成“{expected}”（尊敬的顾客）或加上买家姓名，或者直接用“Здравствуйте!”（您好！）打招呼。',
      ru: '«{actual}» без имени или существительного звучит снисходительно. Напишите «{expected}», добавьте имя или просто поздоровайтесь: «Здравствуйте!».',
    },
  },
}, (context) => {
  const masked = context.target.parsed.masked;
  const tokens = tokensOf(context.target);
  const spaced = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && SPACES.test(masked.slice(a.end, b.start));

  const before = (i: number): Before => {
    const t = tokens[i]!;
    if (sentencePosition(masked, t.start) === 'start') return 'start';
    const prev = tokens[i - 1];
    const gap = masked.slice(prev?.end ?? 0, t.start);
    if (prev && GREETING_WORDS.has(prev.lower) && /^[ \t\u00a0]*,?[ \t\u00a0]*$/u.test(gap)) return 'greeting';
    if (/(?:,|\s[-–—])[ \t\u00a0]*$/u.test(gap)) return 'comma';
    return 'other';
  };
  const after = (end: number): After => {
    const rest = masked.slice(end).replace(/^[ \t\u00a0]+/u, '');
    const c = rest.charAt(0);
    if (c === '' || c === '\n' || c === '\r') return 'end';
    if (c === ',') return 'comma';
    if (c === '!' || c === ')') return 'excl';
    if (c === '?') return 'q';
    if (c === '.' || c === '…') return 'period';
    return 'word';
  };
  /**
   * After «Слово,» at a sentence start: is the next word a conjunction, a preposition, a
   * relative pronoun or an adjective — or, after a noun, the next item of a list
   * («Подруга, мама, сестра — …»)?
   */
  const listOrContrast = (j: number, noun: boolean): boolean => {
    const next = tokens[j];
    if (!next || next.kind !== 'word') return false;
    if (NOT_ADDRESS_AFTER.has(next.lower) || ADJECTIVE_ENDING.test(next.lower)) return true;
    return noun && /^[ \t\u00a0]*(?:[,—–]|(?:и|или)[ \t\u00a0])/u.test(masked.slice(next.end));
  };
  /** A single word (or a bare adjective) used as an address. */
  const loneAddress = (b: Before, a: After, nextIndex: number, noun: boolean): boolean => {
    if (b === 'start') return (a === 'comma' && !listOrContrast(nextIndex, noun)) || a === 'excl' || a === 'q' || (noun && (a === 'period' || a === 'end'));
    if (b === 'greeting') return a !== 'word';
    if (b === 'comma') return a === 'excl' || a === 'q';
    return false;
  };

  const report = (messageId: string, first: number, last: number, expected: string[], data: Record<string, string> = {}): void => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const actual = masked.slice(start, end);
    context.report({ messageId, data: { actual, ...data }, start, end, actual, expected, fix: false });
  };
  const hello = (b: Before): string[] => (b === 'start' ? ['Здравствуйте'] : []);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCyrillicWord(t)) continue;
    const possessiveBefore = i > 0 && POSSESSIVES.has(tokens[i - 1]!.lower) && spaced(tokens[i - 1], t);
    const first = possessiveBefore ? i - 1 : i;
    const adjective = ADJECTIVES.get(t.lower);
    if (adjective) {
      let j = i + 1;
      if (POSSESSIVES.has(tokens[j]?.lower ?? '') && spaced(t, tokens[j]) && tokens[j + 1] && spaced(tokens[j], tokens[j + 1])) j++;
      const next = tokens[j];
      const b = before(first);
      if (next && spaced(tokens[j - 1], next)) {
        const a = after(next.end);
        const addressed = (b === 'start' || b === 'greeting' || b === 'comma') && a !== 'word';
        if (next.kind === 'word' && (ROLE_NOUNS.has(next.lower) || NOUNS.has(next.lower))) {
          // «Дорогой покупатель», «Дорогие друзья», «Милая наша покупательница»
          if (!addressed) continue;
          const neutral = ROLE_NOUNS.has(next.lower) ? `${adjective.neutral} ${next.lower}` : adjective.buyer;
          const phrase = matchCase(tokens[first]!.text, neutral);
          report(adjective.message, first, j, b === 'start' ? ['Здравствуйте', phrase] : [phrase]);
          i = j;
          continue;
        }
        if (j === i + 1 && POSSESSIVES.has(next.lower)) {
          // «Дорогой мой!», «Милые наши,»
          if (a !== 'word' && loneAddress(b, a, j + 1, false)) report(adjective.message, first, j, hello(b));
          i = j;
          continue;
        }
        const named = next.kind === 'placeholder' || (next.text.charAt(0) !== next.lower.charAt(0) && sentencePosition(masked, next.start) === 'inside');
        if (named && j === i + 1 && addressed) {
          // «Дорогой {name}!», «Дорогая Анна,»
          report(adjective.message, first, i, [matchCase(tokens[first]!.text, adjective.neutral)]);
          i = j;
        }
        // Otherwise an adjective before a noun: «дорогой товар».
        continue;
      }
      // «Товар красивый, дорогой!» is a list of adjectives, not an address.
      const listed = b === 'comma' && ADJECTIVE_ENDING.test(tokens[first - 1]?.lower ?? '');
      if (!listed && loneAddress(b, after(t.end), i + 1, false)) report(adjective.message, first, i, hello(b));
      continue;
    }
    const respectful = RESPECTFUL.get(t.lower);
    if (respectful) {
      const a = after(t.end);
      const b = before(i);
      if (a !== 'word' && loneAddress(b, a, i + 1, false)) {
        const buyer = matchCase(t.text, respectful.buyer);
        report('respectful-bare', i, i, b === 'start' ? [buyer, 'Здравствуйте'] : [buyer], { expected: buyer });
      }
      continue;
    }
    if (NOUNS.has(t.lower)) {
      const b = before(first);
      if (loneAddress(b, after(t.end), i + 1, true)) report('familiar', first, i, hello(b));
    }
  }
});
