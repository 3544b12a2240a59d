/**
 * Russian spelling over the expanded hunspell word index: hunspell's verdicts
 * (dictionary forms, its capitalisation rules, hyphenated words checked whole or
 * part by part), plus «е» accepted for «ё», particles (кое-, -то, -либо, -нибудь,
 * -ка, -таки), a domain word list and project words. Suggestions are ranked for
 * the mistakes Russian writers and learners make: vowel reduction (а/о, е/и/я),
 * voicing (з/с, д/т, б/п, ж/ш, г/к, в/ф), ь/ъ, double letters.
 */
import type { WordIndex } from './word-index.js';

const ALPHABET = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';

/** Letter pairs that sound alike or are confused by learners, with the cost of swapping them. */
const CONFUSABLE: Record<string, string> = {
  а: 'оя', о: 'аё', е: 'иэяё', и: 'еыя', я: 'аеи', ы: 'и', э: 'е', ё: 'ео', ю: 'у', у: 'ю',
  з: 'с', с: 'зщ', д: 'т', т: 'д', б: 'п', п: 'б', ж: 'шщ', ш: 'жщ', щ: 'шсч', г: 'кх', к: 'г', в: 'ф', ф: 'в', ц: 'с', ч: 'щ', й: 'и',
};
const CHEAP = 0.4;

/**
 * The longest word form in the index (двухсотпятидесятимиллионного, радиогидрометеорологическими:
 * 28 letters; word-index.test.ts checks it against the index). Suggestions are at most two edits
 * away and an edit adds or removes at most one letter, so a word more than two letters longer than
 * every known word has no suggestion: it is not searched at all.
 */
export const LONGEST_FORM = 28;

/**
 * Index lookups one word's suggestions may make. The search is bounded by the length cap anyway;
 * this bounds the worst case within it (a long word of confusable vowels, each «е» tried as «ё»)
 * by counting work, not time, so the same text always gets the same suggestions. Ordinary
 * misspellings need far fewer: half this budget finds every suggestion a full search finds for
 * a thousand real misspellings of up to 22 letters.
 */
export const SUGGEST_BUDGET = 40_000;

/** Words whose suggestions are remembered; past this the memo starts again (bounded memory in a long-lived process). */
const MEMO_SIZE = 4096;

/** The search ran out of its budget. */
class BudgetSpent extends Error {}

const PARTICLE_PREFIX = /^(кое|кой)-/u;
const PARTICLE_SUFFIX = /-(то|либо|нибудь|ка|таки|де|с)$/u;
/**
 * Particles stripped from a hyphenated word at most this many times at each end. A word has one
 * at each end at most (кое-кого-то); stripping them one by one from a pasted «кое-кое-кое-…» would
 * cost time quadratic in its length.
 */
const PARTICLE_DEPTH = 2;

function isCapitalized(word: string): boolean {
  return word.length > 1 && word[0] === word[0]!.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase();
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export class SpellChecker {
  /** Index lookups made so far: a deterministic measure of the work done (tests check it grows linearly). */
  lookups = 0;
  /** Longer words have no suggestion (see {@link LONGEST_FORM}). */
  readonly #longest: number;
  readonly #suggestions = new Map<string, readonly string[]>();

  constructor(
    private readonly index: WordIndex,
    /** Extra accepted words, lower-case (domain list, project words, glossary terms). */
    private readonly extra: ReadonlySet<string> = new Set(),
    /** Index lookups one word's suggestions may make. */
    private readonly budget = SUGGEST_BUDGET,
  ) {
    let longest = LONGEST_FORM;
    for (const w of extra) longest = Math.max(longest, w.length);
    this.#longest = longest + 2;
  }

  #has(word: string): boolean {
    this.lookups++;
    return this.index.has(word);
  }

  /** The index knows the form, or its «ё» spelling. */
  #known(word: string): boolean {
    if (this.#has(word)) return true;
    if (!word.includes('е')) return false;
    // «е» written for «ё»: try each «е», then all of them (words have few).
    const positions = [...word].flatMap((c, i) => (c === 'е' ? [i] : []));
    if (positions.length > 4) return false;
    for (let mask = 1; mask < 1 << positions.length; mask++) {
      const chars = [...word];
      positions.forEach((p, bit) => {
        if (mask & (1 << bit)) chars[p] = 'ё';
      });
      if (this.#has(chars.join(''))) return true;
    }
    return false;
  }

  /** One word (no hyphen), with hunspell's capitalisation rules. */
  #checkSimple(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.extra.has(lower)) return true;
    // A hot word is accepted on the index in lower case, so capitalised and in capitals too (below).
    if ((word === lower || isCapitalized(word) || isAllCaps(word)) && this.index.isHot(lower)) return true;
    if (this.#known(word)) return true;
    if (isCapitalized(word) || isAllCaps(word)) {
      if (this.#known(lower)) return true;
      if (isAllCaps(word) && this.#known(lower[0]!.toUpperCase() + lower.slice(1))) return true;
    }
    return false;
  }

  isCorrect(word: string): boolean {
    return this.#isCorrect(word.replace(/\u00ad/g, ''), PARTICLE_DEPTH);
  }

  /** `depth`: how many more times particles may be stripped (кое-что-то: once, both ends). */
  #isCorrect(clean: string, depth: number): boolean {
    if (this.#checkSimple(clean)) return true;
    if (!clean.includes('-')) return false;
    if (this.extra.has(clean.toLowerCase())) return true;
    const base = clean.replace(PARTICLE_PREFIX, '').replace(PARTICLE_SUFFIX, '');
    if (base !== clean && depth > 0 && this.#isCorrect(base, depth - 1)) return true;
    // Hyphenated words: hunspell accepts them when every part is a word.
    const parts = clean.split('-').filter((p) => p !== '');
    return parts.length > 1 && parts.every((p) => this.#checkSimple(p));
  }

  /**
   * Ranked suggestions (best first), in the case pattern of the word. None for a word longer than
   * any known word can be after two edits; the search stops after {@link SUGGEST_BUDGET} index
   * lookups, with what it found by then. Remembered per word, so a text repeating a word pays once.
   */
  suggest(word: string, max = 5): string[] {
    const key = `${max}\u0000${word}`;
    let found = this.#suggestions.get(key);
    if (found === undefined) {
      found = word.length > this.#longest ? [] : this.#search(word, max);
      if (this.#suggestions.size >= MEMO_SIZE) this.#suggestions.clear();
      this.#suggestions.set(key, found);
    }
    return [...found];
  }

  #search(word: string, max: number): string[] {
    const lower = word.toLowerCase();
    const scored = new Map<string, number>();
    /** Every candidate looked up, known or not: each costs its lookups once. */
    const verdicts = new Map<string, boolean>();
    const spent = this.lookups + this.budget;
    const consider = (candidate: string, cost: number): void => {
      if (candidate === lower || candidate.length === 0) return;
      const before = scored.get(candidate);
      if (before !== undefined && before <= cost) return;
      let known = verdicts.get(candidate);
      if (known === undefined) {
        if (this.lookups >= spent) throw new BudgetSpent();
        known = this.#known(candidate) || this.extra.has(candidate);
        verdicts.set(candidate, known);
      }
      if (known) scored.set(candidate, cost);
    };
    try {
      const cheap = this.#cheapEdits(lower);
      for (const [c, cost] of cheap) consider(c, cost);
      for (const [c, cost] of this.#allEdits(lower)) consider(c, cost);
      if (scored.size < max) {
        // Two cheap edits (атправил → отправил is one; извенете → извините is two).
        for (const [c1, cost1] of cheap) for (const [c2, cost2] of this.#cheapEdits(c1)) consider(c2, cost1 + cost2);
      }
    } catch (error) {
      if (!(error instanceof BudgetSpent)) throw error;
    }
    const ranked = [...scored.entries()].sort((a, b) => a[1] - b[1] || Number(b[0][0] === lower[0]) - Number(a[0][0] === lower[0]) || (a[0] < b[0] ? -1 : 1));
    return ranked.slice(0, max).map(([c]) => restoreCase(word, c));
  }

  /** Phonetic swaps, ь/ъ in or out, doubled letters: the usual slips, cheap. */
  #cheapEdits(word: string): Map<string, number> {
    const out = new Map<string, number>();
    const add = (w: string, cost: number): void => {
      const before = out.get(w);
      if (before === undefined || cost < before) out.set(w, cost);
    };
    for (let i = 0; i < word.length; i++) {
      const c = word[i]!;
      for (const r of CONFUSABLE[c] ?? '') add(word.slice(0, i) + r + word.slice(i + 1), CHEAP);
      if (c === 'ь' || c === 'ъ') add(word.slice(0, i) + word.slice(i + 1), CHEAP);
      if (i > 0 && word[i - 1] === c) add(word.slice(0, i) + word.slice(i + 1), CHEAP);
      add(word.slice(0, i + 1) + c + word.slice(i + 1), CHEAP + 0.1);
      if (i > 0) {
        add(word.slice(0, i) + 'ь' + word.slice(i), CHEAP);
        add(word.slice(0, i) + 'ъ' + word.slice(i), CHEAP + 0.1);
      }
    }
    // -тся / -ться
    if (word.endsWith('тся')) add(`${word.slice(0, -3)}ться`, CHEAP);
    if (word.endsWith('ться')) add(`${word.slice(0, -4)}тся`, CHEAP);
    return out;
  }

  /** Every single edit: deletion, transposition, substitution, insertion. */
  #allEdits(word: string): Map<string, number> {
    const out = new Map<string, number>();
    const add = (w: string, cost: number): void => {
      if ((out.get(w) ?? Number.POSITIVE_INFINITY) > cost) out.set(w, cost);
    };
    for (let i = 0; i <= word.length; i++) {
      if (i < word.length) add(word.slice(0, i) + word.slice(i + 1), 1);
      if (i + 1 < word.length) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), 0.8);
      for (const a of ALPHABET) {
        if (i < word.length && a !== word[i]) add(word.slice(0, i) + a + word.slice(i + 1), 1);
        add(word.slice(0, i) + a + word.slice(i), 1);
      }
    }
    return out;
  }
}

function restoreCase(original: string, candidate: string): string {
  if (isAllCaps(original)) return candidate.toUpperCase();
  if (original[0] && original[0] !== original[0].toLowerCase()) return candidate[0]!.toUpperCase() + candidate.slice(1);
  return candidate;
}
