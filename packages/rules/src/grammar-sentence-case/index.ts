import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineRule } from '@otvet/core';
import { analyse, type Reading } from '@otvet/morph';
import caseWordsData from './case-words.yaml';
import { WordIndex } from '../spelling/word-index.js';
import { REGISTER_FORMS, tokensOf, type Token } from '../lib/register-forms.js';
import { russianKey, wordsOf, type GlossaryEntry } from '@otvet/glossary/lint';
import { foldWordOnce } from '../lib/normalize.js';
import { quotedMask } from '../lib/quotes.js';

/** A group of case-words.yaml (schema: packages/rules/schema/sentence-case.schema.json). */
export interface CaseGroup {
  note: string;
  words: string[];
  examples: string[];
  counterexamples: string[];
}

export interface CaseWords {
  description: string;
  names: CaseGroup[];
  innerAbbreviations: CaseGroup[];
  openAbbreviations: CaseGroup[];
  standalone: CaseGroup[];
  nameAfter: CaseGroup[];
  openers: CaseGroup[];
}

export const CASE_WORDS = caseWordsData as CaseWords;

/** What the rule asks the dictionary about a word. */
export interface CaseLexicon {
  /** The lower-case form is a dictionary word (never a guess for an unknown word). */
  isWord(lower: string): boolean;
  /** Some reading of the capitalised form is a name, a place, an organisation or an abbreviation. */
  isName(capitalised: string): boolean;
  /**
   * Some reading is a full adjective, participle or ordinal, not a pronoun (Среднее, Новый,
   * Первый; not Наш, Этот) — with `nominative`, one in the nominative (not Хорошего in «Хорошего
   * дня»). Without it the rule goes by the word's ending.
   */
  isAdjective?(word: string, nominative: boolean): boolean;
}

export type SlipKind = 'capital' | 'abbreviation' | 'lower';

export interface CaseSlip {
  kind: SlipKind;
  start: number;
  end: number;
  actual: string;
  expected: string;
  /** The abbreviation before the word (kind `abbreviation`), as written. */
  abbreviation?: string;
}

/* --------------------------------------------------------------- the lexicon */

/** Grammemes of names, places, organisations, trademarks and abbreviations. */
const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr', 'Init'];

/**
 * The lexicon of an analyser (OpenCorpora's dictionary through `@otvet/morph`): a form is a word
 * when it has a reading that is not predicted, and a name when one of those readings carries a
 * name grammeme (Вера, Роман and Орёл are names as well as words).
 */
export function morphLexicon(read: (word: string) => readonly Reading[]): CaseLexicon {
  return {
    isWord: (lower) => read(lower).some((r) => !r.predicted),
    isName: (capitalised) => read(capitalised).some((r) => !r.predicted && NAME_GRAMMEMES.some((g) => r.tags.has(g))),
    isAdjective: (word, nominative) =>
      read(word).some((r) => !r.predicted && (r.pos === 'ADJF' || r.pos === 'PRTF') && !r.tags.has('Apro') && (!nominative || r.tags.has('nomn'))),
  };
}

/** The forms of a word with one «е» read as «ё» (texts often write «еще» for «ещё»). */
function* yoVariants(word: string): Generator<string> {
  yield word;
  for (let i = word.indexOf('е'); i >= 0; i = word.indexOf('е', i + 1)) yield `${word.slice(0, i)}ё${word.slice(i + 1)}`;
  for (let i = word.indexOf('Е'); i >= 0; i = word.indexOf('Е', i + 1)) yield `${word.slice(0, i)}Ё${word.slice(i + 1)}`;
}

/**
 * The lexicon of the hunspell ru_RU word index (the spelling rule's): a form is a word when the
 * index lists it; hunspell lists names, places and abbreviations with their capital (Москва,
 * Россия), so a capitalised form it lists is a name.
 */
export function indexLexicon(index: Pick<WordIndex, 'has'>): CaseLexicon {
  const known = (word: string): boolean => {
    for (const w of yoVariants(word)) if (index.has(w)) return true;
    return false;
  };
  return { isWord: known, isName: known };
}

/**
 * Both dictionaries: a word only when both know it (OpenCorpora lists rare words that are more
 * often names in a text, such as «бест»), a name when either says so.
 */
export function bothLexicons(a: CaseLexicon, b: CaseLexicon): CaseLexicon {
  const isAdjective = a.isAdjective ?? b.isAdjective;
  return {
    isWord: (lower) => a.isWord(lower) && b.isWord(lower),
    isName: (word) => a.isName(word) || b.isName(word),
    ...(isAdjective ? { isAdjective } : {}),
  };
}

/** Where the spelling rule's word index is: beside the bundled CLI, or generated in the rules package. */
const INDEX_CANDIDATES = ['./ru-words.bin', '../../data/ru-words.bin'];

/**
 * The analyser's lexicon, and the word index's too when it is built (the spelling rule says when
 * it is not). Opened on the first word the rule asks about: most texts have no candidate at all.
 */
function defaultLexicon(): CaseLexicon {
  let lexicon: CaseLexicon | undefined;
  const open = (): CaseLexicon => {
    if (lexicon) return lexicon;
    lexicon = morphLexicon(analyse);
    for (const candidate of INDEX_CANDIDATES) {
      const path = fileURLToPath(new URL(candidate, import.meta.url));
      if (existsSync(path)) {
        lexicon = bothLexicons(lexicon, indexLexicon(WordIndex.open(path)));
        break;
      }
    }
    return lexicon;
  };
  return {
    isWord: (lower) => open().isWord(lower),
    isName: (word) => open().isName(word),
    isAdjective: (word, nominative) => open().isAdjective?.(word, nominative) ?? false,
  };
}

/* ---------------------------------------------------------------- the scan */

const CAPITALISED = /^[А-ЯЁ][а-яё]+$/;
const LOWER = /^[а-яё]+$/;
const CYRILLIC_WORD = /^[А-ЯЁа-яё]{2,}$/;
const LETTER_OR_DIGIT = /[A-Za-zА-Яа-яЁё0-9]/;
const BLANKS = /^[ \u00a0\u202f]+$/;
/** A comma (after a closing quote or bracket, too) and blanks. */
const COMMA = /^[»”"’)]?,[ \u00a0\u202f]+$/;
const ABBREVIATION_STOP = /^\.[ \u00a0\u202f]+$/;
const ABBREVIATION_DOT = /^\.[ \u00a0\u202f]?$/;
/** A sentence end before a word: one full stop (not an ellipsis), or a run of «!» and «?», then blanks. */
const SENTENCE_END = /^(?:\.|[!?]{1,3})[ \u00a0\u202f]+$/;
/** Gaps after which a capital certainly starts a sentence (or a line). */
const NEW_SENTENCE = /^(?:[.!?]+[ \u00a0\u202f]+|[ \u00a0\u202f]*[\r\n]\s*)$/;
const LEADING_BLANKS = /^\s*$/;
const HYPHENS = '-\u2010\u2011';
const OPEN_QUOTE_AFTER = /^[ \u00a0\u202f]*[«"„“‘']/;
/** Endings of full adjectives, participles and ordinals (the nominative ones first), for a lexicon that cannot tell them. */
const NOMINATIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;
const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ей|ую|юю|ых|их|ыми|ими)$/;


const key = (word: string): string => foldWordOnce(word).replace(/\s+/g, '');
const keysOf = (groups: CaseGroup[]): Set<string> => new Set(groups.flatMap((g) => g.words.map(key)));

const swapFirst = (word: string, upper: boolean): string => (upper ? word.charAt(0).toUpperCase() : word.charAt(0).toLowerCase()) + word.slice(1);

/**
 * The case slips of a masked text (placeholders replaced by U+FFFC), over its word tokens:
 * - a capital after a comma («…, Спасибо за заказ»), after an abbreviation that never ends a
 *   sentence («т. е. Через»), or inside a run of capitalised words that opens a sentence
 *   («Мы Отправим Заказ»). A capital right after a lower-case word is left alone: it is as
 *   often a name as a sentence whose full stop is missing;
 * - a small letter starting the text or a sentence after «.», «!» or «?».
 * `isProjectWord` keeps the project's own names (capitalised glossary terms and word-list words) as written.
 */
export function caseChecker(words: CaseWords, lex: CaseLexicon): (masked: string, tokens: readonly Token[], isProjectWord?: (word: string) => boolean) => CaseSlip[] {
  const names = keysOf(words.names);
  const inner = keysOf(words.innerAbbreviations);
  const open = keysOf(words.openAbbreviations);
  const standalone = keysOf(words.standalone);
  const nameAfter = keysOf(words.nameAfter);
  const openers = keysOf(words.openers);
  const vy = new Set(REGISTER_FORMS.vy.words.map(key));
  const adjective = (word: string, nominative: boolean): boolean =>
    lex.isAdjective ? lex.isAdjective(word, nominative) : (nominative ? NOMINATIVE_ENDING : ADJECTIVE_ENDING).test(word);
  const abbreviationStart = new Set([...inner, ...open].map((k) => k.slice(0, k.indexOf('.') + 1)));

  return (masked, tokens, isProjectWord = () => false) => {
    const out: CaseSlip[] = [];
    let quoted: Uint8Array | undefined;
    const inQuotes = (at: number): boolean => (quoted ??= quotedMask(masked))[at] === 1;
    const gapBefore = (i: number): string => masked.slice(i > 0 ? tokens[i - 1]!.end : 0, tokens[i]!.start);

    /** The abbreviations (with their dots, folded) that end just before token i: keys[n] spans tokens i-1-n … i-1 («е.», «т.е.»). */
    const abbreviationsBefore = (i: number): string[] => {
      let j = i - 1;
      let k = `${key(tokens[j]!.text)}.`;
      const keys = [k];
      while (j > 0 && keys.length < 3 && tokens[j - 1]!.kind === 'word' && ABBREVIATION_DOT.test(gapBefore(j))) {
        j--;
        k = `${key(tokens[j]!.text)}.${k}`;
        keys.push(k);
      }
      return keys;
    };
    /** A full stop before token i that may belong to an abbreviation or an initial (руб., т. д., А.). */
    const abbreviated = (i: number): boolean => {
      const prev = tokens[i - 1]!;
      return !CYRILLIC_WORD.test(prev.text) || abbreviationsBefore(i).some((k) => inner.has(k) || open.has(k));
    };
    /** A word glued to its neighbour by a hyphen or a dot (интернет-магазин, t.me): part of a longer word. */
    const glued = (t: Token): boolean => {
      const next = masked[t.end] ?? '';
      const prev = masked[t.start - 1] ?? '';
      return (next !== '' && HYPHENS.includes(next)) || (prev !== '' && HYPHENS.includes(prev))
        || (next === '.' && LETTER_OR_DIGIT.test(masked[t.end + 1] ?? '')) || (prev === '.' && LETTER_OR_DIGIT.test(masked[t.start - 2] ?? ''));
    };
    /** A capitalised word the rule may lower: a dictionary word whose capital form is no name. */
    const common = (t: Token): boolean => {
      const k = key(t.text);
      return !vy.has(k) && !names.has(k) && !isProjectWord(t.text) && lex.isWord(t.text.toLowerCase()) && !lex.isName(t.text);
    };
    const report = (t: Token, kind: SlipKind, abbreviation?: string): void => {
      if (inQuotes(t.start)) return;
      out.push({ kind, start: t.start, end: t.end, actual: t.text, expected: swapFirst(t.text, kind === 'lower'), ...(abbreviation ? { abbreviation } : {}) });
    };

    const capitalFirst = (j: number): boolean => tokens[j]!.kind === 'word' && /^[А-ЯЁ]/.test(tokens[j]!.text);
    /**
     * Whether the run of capitalised words (separated by blanks only) from token `head` is a slip:
     * it opens a sentence, its first word is no name, and every other word is a plain dictionary
     * word (or «Вы»). Decided once per run.
     */
    const verdicts = new Map<number, boolean>();
    const runVerdict = (head: number): boolean => {
      let verdict = verdicts.get(head);
      if (verdict !== undefined) return verdict;
      const headGap = gapBefore(head);
      const first = tokens[head]!;
      verdict = (head === 0 ? LEADING_BLANKS.test(headGap) : NEW_SENTENCE.test(headGap) && (/[\r\n!?]/.test(headGap) || !abbreviated(head)))
        && CAPITALISED.test(first.text) && !names.has(key(first.text)) && !lex.isName(first.text);
      for (let j = head + 1; verdict && j < tokens.length && capitalFirst(j) && BLANKS.test(gapBefore(j)); j++) {
        const w = tokens[j]!;
        verdict = CAPITALISED.test(w.text) && !glued(w) && (vy.has(key(w.text)) || common(w));
      }
      verdicts.set(head, verdict);
      return verdict;
    };

    /** Whether some sentence after the first starts with a capitalised word (after «.», «!» or «?»). */
    const capitalisedSentence = (): boolean => {
      for (let j = 1; j < tokens.length; j++) {
        if (tokens[j]!.kind === 'word' && CAPITALISED.test(tokens[j]!.text) && SENTENCE_END.test(gapBefore(j))) return true;
      }
      return false;
    };

    // Whether a colon came earlier in the current sentence: after one, capitals start labels and list items.
    let colon = false;
    // The first token of the current run of capitalised words.
    let runHead = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const gap = gapBefore(i);
      if (/[.!?\r\n]/.test(gap)) colon = false;
      if (gap.includes(':')) colon = true;
      if (!(i > 0 && capitalFirst(i) && capitalFirst(i - 1) && BLANKS.test(gap))) runHead = i;
      if (t.kind !== 'word' || glued(t)) continue;

      if (CAPITALISED.test(t.text) && i > 0) {
        const prev = tokens[i - 1]!;
        const next = tokens[i + 1];
        const after = masked.slice(t.end, next?.start ?? masked.length);
        // A name head before a quoted or inserted name (Магазин «Ромашка», Служба {name}).
        const namesNext = OPEN_QUOTE_AFTER.test(after) || (next?.kind === 'placeholder' && BLANKS.test(after));
        if (COMMA.test(gap)) {
          // «Среднее царство», «Новый год»: an adjective with its noun in lower case is a proper name.
          const adjectiveName = next?.kind === 'word' && BLANKS.test(after) && LOWER.test(next.text) && adjective(t.text, true);
          if (!colon && !namesNext && !adjectiveName && !(next && BLANKS.test(after) && /^[A-ZА-ЯЁ]/.test(next.text) && !vy.has(key(next.text))) && common(t)) report(t, 'capital');
        } else if (ABBREVIATION_STOP.test(gap) && prev.kind === 'word') {
          const keys = abbreviationsBefore(i);
          let n = keys.length - 1;
          while (n >= 0 && !inner.has(keys[n]!) && !open.has(keys[n]!)) n--;
          if (n >= 0 && inner.has(keys[n]!) && !namesNext && common(t)) report(t, 'abbreviation', masked.slice(tokens[i - 1 - n]!.start, prev.end + 1));
        } else if (runHead < i && CAPITALISED.test(prev.text) && !vy.has(key(t.text)) && !namesNext && runVerdict(runHead)) {
          // Two capitalised words only: «На Озоне» may be a name after a preposition, «Жители
          // Красной площади» a name that starts with an adjective, «Доставка Мы отправим» and
          // «Спасибо Мы отправим» a sentence whose full stop is missing.
          const pair = runHead === i - 1 && !(i + 1 < tokens.length && capitalFirst(i + 1) && BLANKS.test(after));
          const head = key(prev.text);
          if (runHead === i - 1 && standalone.has(head)) continue;
          if (pair && (nameAfter.has(head) || openers.has(key(t.text)) || adjective(t.text, false))) continue;
          report(t, 'capital');
        }
        continue;
      }

      if (LOWER.test(t.text)) {
        if (i === 0) {
          // A text that starts in lower case is reported only when another of its sentences starts
          // with a capital: a lone fragment («из {p1}», «спасибо за заказ») may be meant so.
          if (!LEADING_BLANKS.test(gap) || !capitalisedSentence()) continue;
        } else {
          const prev = tokens[i - 1]!;
          if (prev.kind !== 'word' || !SENTENCE_END.test(gap)) continue;
          if (gap.startsWith('.') && abbreviated(i)) continue;
        }
        // The word itself opens an abbreviation (т. е., см.).
        if (masked[t.end] === '.' && (t.text.length === 1 || abbreviationStart.has(`${key(t.text)}.`))) continue;
        if (isProjectWord(t.text) || !lex.isWord(t.text)) continue;
        report(t, 'lower');
      }
    }
    return out;
  };
}

/* ------------------------------------------------------------ project names */

const projectNames = new WeakMap<object, Set<string>>();

/**
 * Whether a word is, in any inflection, a word the project writes with a capital: in a term of
 * its glossary («Ромашка», «Почта России») or in its spelling word lists (config `dictionaries:`).
 */
function isProjectName(resources: Readonly<Record<string, readonly unknown[]>>, word: string): boolean {
  let keys = projectNames.get(resources);
  if (!keys) {
    keys = new Set();
    const written: string[] = [];
    for (const entry of (resources.glossary ?? []) as readonly GlossaryEntry[]) for (const term of entry.ru) for (const w of wordsOf(term)) written.push(w.word);
    for (const w of resources.dictionary ?? []) if (typeof w === 'string') written.push(w);
    for (const w of written) if (CAPITALISED.test(w)) keys.add(russianKey(w));
    projectNames.set(resources, keys);
  }
  return keys.size > 0 && keys.has(russianKey(word));
}

let builtin: ReturnType<typeof caseChecker> | undefined;

/**
 * A capital letter in the middle of a sentence that is not a name, the polite «Вы» or an
 * abbreviation («…, Спасибо за заказ», «Мы Отправим»), and a small letter starting a sentence.
 */
export default defineRule({
  id: 'grammar-sentence-case',
  category: 'grammar',
  description: {
    en: 'A sentence starts with a capital letter, and only names, brands, abbreviations and the polite «Вы» take one inside it.',
    zh: '句子以大写字母开头；句中只有人名、地名、品牌、缩写和尊称 «Вы» 才大写。',
    ru: 'Предложение начинается с прописной буквы, а внутри предложения с прописной пишутся только имена, названия, аббревиатуры и вежливое «Вы».',
  },
  fixable: true,
  recommended: 'warning',
  scope: 'target',
  defaults: {},
  messages: {
    capital: {
      en: '“{actual}” is in the middle of a sentence: write it with a small letter, “{expected}”. Inside a Russian sentence only names, brands and the polite «Вы» take a capital; to the buyer a stray capital looks like a machine translation.',
      zh: '“{actual}”位于句子中间，应小写为“{expected}”。俄语句中只有人名、地名、品牌和尊称 «Вы»（您）才首字母大写；多余的大写字母会让买家觉得这是机器翻译。',
      ru: '«{actual}» стоит в середине предложения: пишите со строчной — «{expected}». Внутри предложения с прописной пишутся только имена, названия и вежливое «Вы»; лишняя прописная выглядит как машинный перевод.',
    },
    abbreviation: {
      en: '“{actual}” follows “{abbreviation}”, which does not end the sentence: write it with a small letter, “{expected}”.',
      zh: '“{abbreviation}”是句中的缩写（并不表示句子结束），后面的“{actual}”应小写为“{expected}”。否则买家会觉得句子被莫名其妙地断开了。',
      ru: '«{actual}» стоит после «{abbreviation}», а это сокращение не заканчивает предложение: пишите со строчной — «{expected}».',
    },
    lower: {
      en: 'A sentence starts here: write “{expected}” with a capital letter. A Russian buyer reads a sentence starting with a small letter as careless.',
      zh: '这里是句子的开头，请把首字母大写为“{expected}”。俄语句子以小写字母开头，买家会觉得写得很随意、不专业。',
      ru: 'Здесь начинается предложение: пишите «{expected}» с прописной. Предложение со строчной буквы выглядит небрежно.',
    },
  },
}, (context) => {
  const { parsed } = context.target;
  if (context.target.locale !== 'ru' || !/[А-ЯЁа-яё]/.test(parsed.masked)) return;
  builtin ??= caseChecker(CASE_WORDS, defaultLexicon());
  const slips = builtin(parsed.masked, tokensOf(context.target), (word) => isProjectName(context.resources, word));
  for (const s of slips) {
    const data: Record<string, string> = { actual: s.actual, expected: s.expected };
    if (s.abbreviation !== undefined) data.abbreviation = s.abbreviation;
    context.report({ messageId: s.kind, data, start: s.start, end: s.end, actual: s.actual, expected: [s.expected] });
  }
});
