/**
 * Project words (the rule's `words` option and the config's `dictionaries:` word
 * lists), with hunspell's capitalisation rules: a word in lower case is accepted
 * in lower case, Capitalised and in CAPITALS; a word with a capital letter
 * (Ромашка, iPhone) only as written and in CAPITALS. «е» written for «ё» is
 * accepted, as for dictionary words.
 */

const isCapitalized = (w: string): boolean => w.length > 1 && w[0] !== w[0]!.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
const isAllCaps = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();
const withoutYo = (w: string): string => w.replace(/ё/gu, 'е').replace(/Ё/gu, 'Е');

class CaseSet {
  readonly exact = new Set<string>();
  readonly lower = new Set<string>();
  readonly upper = new Set<string>();

  add(word: string): void {
    this.exact.add(word);
    if (word === word.toLowerCase()) this.lower.add(word);
    this.upper.add(word.toUpperCase());
  }

  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    const lower = word.toLowerCase();
    if (this.lower.has(lower) && (isCapitalized(word) || isAllCaps(word))) return true;
    return isAllCaps(word) && this.upper.has(word);
  }
}

export class ProjectWords {
  readonly #written = new CaseSet();
  /** The same words with «ё» as «е», for texts that write «е». */
  readonly #plain = new CaseSet();
  /** Lower-case forms, for suggestions. */
  readonly candidates: string[] = [];

  constructor(words: Iterable<string>) {
    const seen = new Set<string>();
    for (const raw of words) {
      const word = raw.normalize('NFC');
      this.#written.add(word);
      this.#plain.add(withoutYo(word));
      if (!seen.has(word)) {
        seen.add(word);
        this.candidates.push(word);
      }
    }
  }

  get size(): number {
    return this.candidates.length;
  }

  /** Whether the word (as written in the text) is a project word. */
  has(word: string): boolean {
    const w = word.replace(/\u00ad/gu, '');
    if (this.#written.has(w)) return true;
    return !/[ёЁ]/u.test(w) && this.#plain.has(w);
  }
}
