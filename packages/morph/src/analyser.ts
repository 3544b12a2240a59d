/**
 * The analyser: every reading (lemma and grammemes) of a Russian word form, from the
 * OpenCorpora dictionary as indexed by scripts/build-morph.mjs. A word form is split into
 * paradigm prefix + stem + suffix in every way the suffix table allows; each stem found
 * names the paradigms of its lexemes, and each form of those paradigms with the same
 * prefix and suffix is a reading. Words the dictionary lacks get readings predicted from
 * their ending, marked `predicted`.
 */
import { FNV_OFFSET, IndexFile, nextHash, sourceOfBytes, StemFilter, type IndexSource } from './index-file.js';

/** One reading of a word form. */
export interface Reading {
  /** The lemma (dictionary form), lower case, ё written as е. */
  readonly lemma: string;
  /** Part of speech: NOUN ADJF ADJS COMP VERB INFN PRTF PRTS GRND NUMR ADVB NPRO PRED PREP CONJ PRCL INTJ. */
  readonly pos: string;
  /** Every OpenCorpora grammeme of the form, the part of speech included. */
  readonly tags: ReadonlySet<string>;
  /** The tag as the dictionary writes it ("NOUN,inan,masc sing,gent"). */
  readonly tag: string;
  /** Guessed from the ending of a word the dictionary lacks. */
  readonly predicted: boolean;
  /** Whether the form has every one of these grammemes. */
  has(...grammemes: string[]): boolean;
}

class Parse implements Reading {
  readonly pos: string;

  constructor(
    readonly lemma: string,
    readonly tags: ReadonlySet<string>,
    readonly tag: string,
    readonly predicted: boolean,
    /** For inflection: the paradigm, the form, the stem and the part of the lemma before it (hyphenated words). */
    readonly paradigm: number,
    readonly form: number,
    readonly stem: string,
    readonly head: string,
  ) {
    this.pos = tag.slice(0, 4);
  }

  has(...grammemes: string[]): boolean {
    for (const g of grammemes) if (!this.tags.has(g)) return false;
    return true;
  }
}

const WORD = /^[а-яё]+(?:-[а-яё]+)*$/;
const TAG_SEPARATOR = /[ ,]/;
const MEMO_LIMIT = 50_000;
/**
 * Categories that change with another: animacy marks accusative adjectives; a plural has no
 * gender (отправила → отправили, рада → рады); an imperative has no tense or person, a present
 * no gender.
 */
const LINKED: [string, string[]][] = [['CAse', ['ANim']], ['NMbr', ['GNdr']], ['MOod', ['INvl', 'TEns', 'PErs']], ['TEns', ['PErs', 'GNdr']], ['PErs', ['INvl']]];
const VARYING = new Set(['CAse', 'NMbr', 'GNdr', 'PErs', 'TEns', 'MOod', 'INvl', 'VOic', 'ANim']);

export class Analyser {
  readonly #index: IndexFile;
  readonly #tagSets: (ReadonlySet<string> | undefined)[] = [];
  readonly #memo = new Map<string, readonly Reading[]>();

  /** Whether frequent words are read from their records (off: every word by the split search, for tests). */
  readonly #useFrequent: boolean;
  /** Whether hot words take their readings ready from the hot section (off: as any other word, for tests). */
  readonly #useHot: boolean;

  /** The index: its bytes in memory, or a source that reads them as they are needed (see index-file.ts). */
  constructor(index: Uint8Array | IndexSource, options: { frequentWords?: boolean; hotWords?: boolean } = {}) {
    this.#useFrequent = options.frequentWords ?? true;
    this.#useHot = options.hotWords ?? true;
    this.#index = new IndexFile(index instanceof Uint8Array ? sourceOfBytes(index) : index);
  }

  /** A paradigm: [form count n, suffix ids × n, tag ids × n, prefix ids × n, forms in suffix order × n]. */
  #paradigm(id: number): Uint16Array {
    return this.#index.paradigm(id);
  }

  /** Where the dictionary comes from (for documentation and `--version`-like output). */
  get source(): string {
    return this.#index.meta.source;
  }

  /** A grammeme's category ('CAse' for gent, 'NMbr' for plur…); '' when it is one of its own. */
  category(grammeme: string): string {
    const parent = this.#index.meta.grammemes[grammeme] ?? '';
    // The second genitive/locative and the vocative are kinds of a case.
    const grand = this.#index.meta.grammemes[parent];
    return grand !== undefined && grand !== '' ? grand : parent;
  }

  #tags(id: number): ReadonlySet<string> {
    let set = this.#tagSets[id];
    if (!set) {
      set = new Set(this.#index.tag(id).split(TAG_SEPARATOR));
      this.#tagSets[id] = set;
    }
    return set;
  }

  #reading(paradigm: number, form: number, stem: string, predicted: boolean, head = ''): Parse {
    const index = this.#index;
    const p = this.#paradigm(paradigm);
    const n = p[0]!;
    const lemma = head + index.meta.prefixes[p[1 + 2 * n]!]! + stem + index.suffix(p[1]!);
    const tagId = p[1 + n + form]!;
    return new Parse(lemma, this.#tags(tagId), this.#index.tag(tagId), predicted, paradigm, form, stem, head);
  }

  /** Readings of a hot word, stored ready (no paradigm or suffix is read); undefined for another word. */
  #hot(word: string): Parse[] | undefined {
    if (!this.#useHot) return undefined;
    const stored = this.#index.hot(word);
    if (!stored) return undefined;
    return stored.map((r) => new Parse(r.lemma, this.#tags(r.tag), this.#index.tag(r.tag), false, r.paradigm, r.form, word.slice(r.stemStart, r.stemStart + r.stemLength), ''));
  }

  /** Readings of a frequent word, from its record; undefined for another word. */
  #frequent(word: string): Parse[] | undefined {
    if (!this.#useFrequent) return undefined;
    const pairs = this.#index.frequent(word);
    if (!pairs) return undefined;
    const index = this.#index;
    const out: Parse[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < pairs.length; i += 2) {
      const p = this.#paradigm(pairs[i]!);
      const n = p[0]!;
      const form = pairs[i + 1]!;
      const stem = word.slice(index.meta.prefixes[p[1 + 2 * n + form]!]!.length, word.length - index.suffix(p[1 + form]!).length);
      const reading = this.#reading(pairs[i]!, form, stem, false);
      const key = `${reading.lemma}|${reading.tag}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(reading);
    }
    return out;
  }

  /** A reading of the split search, unless one with its lemma and tag is already out. */
  #add(out: Parse[], seen: Set<string>, paradigm: number, form: number, stem: string): void {
    const reading = this.#reading(paradigm, form, stem, false);
    const key = `${reading.lemma}|${reading.tag}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(reading);
  }

  /** Readings from the dictionary only (no prediction). */
  #known(word: string): Parse[] {
    const hot = this.#hot(word);
    if (hot) return hot;
    const frequent = this.#frequent(word);
    if (frequent) return frequent;
    const index = this.#index;
    const { meta, stems, splits, alphabet } = index;
    const out: Parse[] = [];
    const seen = new Set<string>();
    meta.prefixes.forEach((prefix, prefixId) => {
      if (!word.startsWith(prefix)) return;
      const rest = word.slice(prefix.length);
      // The word in the index's bytes, once: a letter the index never uses is in no stem or suffix.
      const bytes = alphabet.encode(rest);
      if (!bytes) return;
      const from = Math.max(0, rest.length - meta.maxSuffix);
      // The stems of three letters or more that begin the word share one bucket of the filter.
      const filter = index.stemFilter;
      const bucket = bytes.length >= 3 ? filter.bucket(bytes[0]!, bytes[1]!, bytes[2]!) : undefined;
      // The hash of each candidate stem, a letter at a time: most splits fail the filter.
      let h = FNV_OFFSET;
      for (let i = 0; i < from; i++) h = nextHash(h, rest.charCodeAt(i));
      for (let k = from; k <= rest.length; k++) {
        if (k > from) h = nextHash(h, rest.charCodeAt(k - 1));
        if (k < 3 ? !filter.hasShort(h) : !bucket || !StemFilter.has(bucket, h)) continue;
        const suffixId = index.suffixIdOfBytes(bytes, k);
        if (suffixId < 0) continue;
        const paras = stems.getBytes(bytes, 0, k);
        if (!paras) continue;
        const stem = rest.slice(0, k);
        if (paras.length === 0) {
          // A stem of many forms: its forms with this suffix are listed in the split table.
          const pairs = splits.get(`${stem}#${rest.slice(k)}`) ?? [];
          for (let i = 0; i < pairs.length; i += 2) {
            const p = this.#paradigm(pairs[i]!);
            if (p[1 + 2 * p[0]! + pairs[i + 1]!] === prefixId) this.#add(out, seen, pairs[i]!, pairs[i + 1]!, stem);
          }
          continue;
        }
        for (let j = 0; j < paras.length; j++) {
          const paradigm = paras[j]!;
          // Most paradigms of a short stem have no form with this suffix: their signature says so.
          if (!index.mayHaveForm(paradigm, suffixId, prefixId)) continue;
          const p = this.#paradigm(paradigm);
          const n = p[0]!;
          // The forms in suffix order (after the prefix ids): the first with this suffix by binary search.
          const order = 1 + 3 * n;
          let lo = 0;
          let hi = n;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (p[1 + p[order + mid]!]! < suffixId) lo = mid + 1;
            else hi = mid;
          }
          for (let i = lo; i < n && p[1 + p[order + i]!] === suffixId; i++) {
            const form = p[order + i]!;
            if (p[1 + 2 * n + form] === prefixId) this.#add(out, seen, paradigm, form, stem);
          }
        }
      }
    });
    return out;
  }

  /** Readings guessed from the longest ending of the word the ending table knows. */
  #predict(word: string): Parse[] {
    const index = this.#index;
    for (let len = Math.min(5, word.length - 2); len >= 1; len--) {
      const pairs = index.endings.get(word.slice(-len));
      if (!pairs) continue;
      const out: Parse[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < pairs.length; i += 2) {
        const paradigm = pairs[i]!;
        const form = pairs[i + 1]!;
        const suffix = index.suffix(this.#paradigm(paradigm)[1 + form]!);
        const reading = this.#reading(paradigm, form, word.slice(0, word.length - suffix.length), true);
        const key = `${reading.lemma}|${reading.tag}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(reading);
      }
      return out;
    }
    return [];
  }

  /**
   * Every reading of a word form: any letter case, ё and е alike, soft hyphens ignored; an
   * empty list for a token that is not a Cyrillic word. A hyphenated word the dictionary
   * lacks (интернет-магазина) is read as its last part, with the first parts kept in the
   * lemma; it counts as known when every part is.
   */
  analyse(word: string): readonly Reading[] {
    const memo = this.#memo.get(word);
    if (memo) return memo;
    const w = word.toLowerCase().replaceAll('ё', 'е').replaceAll('\u00ad', '').replace(/[\u2010\u2011]/g, '-');
    // «Заказ» and «заказ» read alike: the readings depend on the normal form only.
    const same = w === word ? undefined : this.#memo.get(w);
    if (same) {
      this.#remember(word, same);
      return same;
    }
    let out: Parse[] = [];
    if (WORD.test(w)) {
      out = this.#known(w);
      if (out.length === 0 && w.includes('-')) {
        const cut = w.lastIndexOf('-');
        const head = w.slice(0, cut + 1);
        const last = this.analyse(w.slice(cut + 1)) as Parse[];
        const headKnown = head.slice(0, -1).split('-').every((part) => this.#known(part).length > 0);
        out = last.map((r) => new Parse(head + r.lemma, r.tags, r.tag, r.predicted || !headKnown, r.paradigm, r.form, r.stem, head + r.head));
      }
      if (out.length === 0) out = this.#predict(w);
    }
    this.#remember(word, out);
    if (w !== word) this.#remember(w, out);
    return out;
  }

  #remember(word: string, readings: readonly Reading[]): void {
    if (this.#memo.size >= MEMO_LIMIT) this.#memo.clear();
    this.#memo.set(word, readings);
  }

  /** Whether the dictionary knows the word form (some reading is not predicted). */
  isKnown(word: string): boolean {
    return this.analyse(word).some((r) => !r.predicted);
  }

  /**
   * Forms of a reading's lexeme with the given grammemes, the reading's other grammemes of
   * the same categories replaced: inflect(«заказом» as ablt, ['gent']) → ['заказа']. A part of
   * speech among them changes the reading's: inflect(«отправить», ['VERB', '1per', 'plur']) →
   * ['отправим'] (a perfective verb's only finite forms of a person are its future).
   * Returns the forms in the dictionary's order, without repeats; [] for none.
   */
  inflect(reading: Reading, grammemes: readonly string[]): string[] {
    if (!(reading instanceof Parse)) return [];
    const index = this.#index;
    const changed = new Set(grammemes.map((g) => this.category(g)));
    // Only the grammemes that vary within a lexeme are kept: case, number, gender, person…;
    // some go with others (LINKED).
    for (const [category, goesWith] of LINKED) if (changed.has(category)) for (const c of goesWith) changed.add(c);
    const kept = [...reading.tags].filter((g) => {
      const c = this.category(g);
      return VARYING.has(c) && !changed.has(c);
    });
    // The other grammemes (superlative, short form, style marks…) must stay as they are.
    const fixed = (tags: ReadonlySet<string>): string => [...tags].filter((g) => !VARYING.has(this.category(g))).sort().join(',');
    // A part of speech among the grammemes takes the reading's place: an infinitive's finite forms.
    const pos = grammemes.filter((g) => this.category(g) === 'POST');
    const own = fixed(pos.length > 0 ? new Set([...[...reading.tags].filter((g) => this.category(g) !== 'POST'), ...pos]) : reading.tags);
    const p = this.#paradigm(reading.paradigm);
    const n = p[0]!;
    const out: string[] = [];
    for (let form = 0; form < n; form++) {
      const tags = this.#tags(p[1 + n + form]!);
      if (!grammemes.every((g) => tags.has(g)) || !kept.every((g) => tags.has(g)) || fixed(tags) !== own) continue;
      const word = reading.head + index.meta.prefixes[p[1 + 2 * n + form]!]! + reading.stem + index.suffix(p[1 + form]!);
      if (!out.includes(word)) out.push(word);
    }
    return out;
  }
}
