/**
 * Closed word lists with every inflected form and its neutral counterpart in the
 * same case and number, used by the tone-diminutive and tone-slang rules.
 * The data is YAML (schema: ./tone-lexicon.schema.json): one entry per lemma,
 * one row per grammatical slot, `[form, neutral, …other neutral wordings]`.
 */
import { foldWord, foldWordOnce } from './normalize.js';
import { lazyUregex, uregex } from './unicode.js';

export const CASE_SLOTS = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'] as const;
export const NUMBER_SLOTS = ['sg', 'pl'] as const;

export interface LexiconEntry {
  /** Dictionary form of the word the rule reports. */
  lemma: string;
  /** Dictionary form of the neutral word; absent when the word is simply to be deleted (лол). */
  neutral?: string;
  note?: string;
  /** `both` (12 case slots), `singular` or `plural` (6), `invariable` (the `inv` slot). */
  number: 'both' | 'singular' | 'plural' | 'invariable';
  /** Offer an automatic fix when a form has exactly one neutral counterpart (default true). */
  fix?: boolean;
  /** Report only when the word right before it (spaces only between) is one of these. */
  previous?: string[];
  /** Skip when the text right after the word matches this regular expression. */
  notFollowedBy?: string;
  /** Skip when the text right before the word matches this regular expression (anchored at its end by the author). */
  notPrecededBy?: string;
  /** Slot (`nom-sg` … `prep-pl`, or `inv`) → `[form, neutral, …alternatives]`. */
  forms: Record<string, string[]>;
  /** Texts the rule must report with this entry, and texts it must not (run as tests; not bundled). */
  examples?: string[];
  counterexamples?: string[];
}

export interface Lexicon {
  description: string;
  entries: LexiconEntry[];
}

export interface LexiconForm {
  entry: LexiconEntry;
  /** Neutral counterparts over every slot the form fills, best first, without duplicates. */
  neutrals: string[];
  notFollowedBy?: RegExp;
  notPrecededBy?: RegExp;
  previous?: Set<string>;
}

export interface LexiconMatch {
  start: number;
  end: number;
  /** The word as written. */
  actual: string;
  form: LexiconForm;
  /** Neutral counterparts with the capitalisation of the word as written. */
  expected: string[];
  /** Whether the replacement is certain (one counterpart, entry allows fixes). */
  fixable: boolean;
}

/** Lower case, ё → е: the key forms are looked up by. */
export const normalizeWord = foldWord;

/** The slots an entry of a given number must fill. */
export function requiredSlots(number: LexiconEntry['number']): string[] {
  if (number === 'invariable') return ['inv'];
  const numbers = number === 'both' ? NUMBER_SLOTS : number === 'singular' ? ['sg'] : ['pl'];
  return numbers.flatMap((n) => CASE_SLOTS.map((c) => `${c}-${n}`));
}

/** Index every form of a lexicon by its normalised spelling. Forms shared by two entries keep the first entry. */
export function indexLexicon(lexicon: Lexicon): Map<string, LexiconForm> {
  const index = new Map<string, LexiconForm>();
  for (const entry of lexicon.entries) {
    for (const row of Object.values(entry.forms)) {
      const [form, ...neutrals] = row;
      if (!form) continue;
      const key = foldWordOnce(form);
      let item = index.get(key);
      if (item && item.entry !== entry) continue;
      if (!item) {
        item = { entry, neutrals: [] };
        if (entry.notFollowedBy) item.notFollowedBy = new RegExp(entry.notFollowedBy, 'u');
        if (entry.notPrecededBy) item.notPrecededBy = new RegExp(entry.notPrecededBy, 'u');
        if (entry.previous) item.previous = new Set(entry.previous.map(foldWordOnce));
        index.set(key, item);
      }
      for (const n of neutrals) if (!item.neutrals.includes(n)) item.neutrals.push(n);
    }
  }
  return index;
}

const INDEXES = new WeakMap<Lexicon, Map<string, LexiconForm>>();

/** {@link indexLexicon}, built once per lexicon, on first use (the rules and spelling share it). */
export function lexiconIndex(lexicon: Lexicon): Map<string, LexiconForm> {
  let index = INDEXES.get(lexicon);
  if (!index) {
    index = indexLexicon(lexicon);
    INDEXES.set(lexicon, index);
  }
  return index;
}

/**
 * Give `replacement` the capitalisation of `original` (lower, Title or UPPER case).
 * A short word in capitals is an abbreviation written so (ОК, СПС), not shouting:
 * its replacement is capitalised only at the start of a sentence.
 */
const NON_LETTERS = lazyUregex(String.raw`[^\p{L}]`, 'gu');

export function matchCase(original: string, replacement: string, sentenceStart = false): string {
  const title = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const letters = original.replace(NON_LETTERS(), '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    if (letters.length > 4) return replacement.toUpperCase();
    return sentenceStart ? title(replacement) : replacement;
  }
  const first = original[0] ?? '';
  if (first !== first.toLowerCase()) return title(replacement);
  return replacement;
}

const BEFORE_SENTENCE = /[\s«"„(\uFFFC]/u;

/**
 * Whether `offset` starts a sentence: only spaces, opening quotes or brackets since the last
 * .!?… or line break. Read backwards from `offset`, as far as those go (not the whole text before
 * it, for every word).
 */
function isSentenceStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (!BEFORE_SENTENCE.test(c)) return /[.!?…]/u.test(c);
  }
  return true;
}

/**
 * How much of the text before a word `notPrecededBy` is tested on: its patterns end at the word
 * (`$`) and look at a few words before it, and a test of the whole text before every word would
 * cost time growing with the square of the text's length.
 */
export const LOOKBEHIND = 100;

// Words: letters and digits, hyphenated parts joined (кто-то, пока-пока).
const WORD = uregex(String.raw`[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*`, 'gu');
// Particles written with a hyphen after any word (заказик-то, размерчик-ка).
const PARTICLE = /^-(?:то|ка|таки|де|с)$/u;

/**
 * Every word of `text` (masked: placeholders are U+FFFC) found in the index. A
 * hyphenated word is looked up whole, or without a particle (заказик-то), never
 * part by part (хай-тек is not «хай»).
 */
export function findLexiconWords(text: string, index: Map<string, LexiconForm>): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  let previousWord: { word: string; end: number } | undefined;
  for (const m of text.matchAll(WORD)) {
    const token = m[0];
    const tokenStart = m.index;
    const candidates: { word: string; start: number }[] = [];
    const hyphen = token.lastIndexOf('-');
    if (index.has(normalizeWord(token))) candidates.push({ word: token, start: tokenStart });
    else if (hyphen > 0 && PARTICLE.test(token.slice(hyphen)) && index.has(normalizeWord(token.slice(0, hyphen)))) {
      candidates.push({ word: token.slice(0, hyphen), start: tokenStart });
    }
    for (const { word, start } of candidates) {
      const form = index.get(normalizeWord(word))!;
      const end = start + word.length;
      if (form.previous) {
        const adjacent = previousWord && /^[ \t\u00a0]+$/u.test(text.slice(previousWord.end, tokenStart));
        if (!adjacent || !form.previous.has(normalizeWord(previousWord!.word))) continue;
      }
      if (form.notFollowedBy?.test(text.slice(end))) continue;
      if (form.notPrecededBy?.test(text.slice(Math.max(0, start - LOOKBEHIND), start))) continue;
      const sentenceStart = isSentenceStart(text, start);
      const expected = form.neutrals.map((n) => matchCase(word, n, sentenceStart));
      out.push({ start, end, actual: word, form, expected, fixable: form.entry.fix !== false && expected.length === 1 });
    }
    previousWord = { word: token, end: tokenStart + token.length };
  }
  return out;
}
