/**
 * The term index and matching: source terms in Chinese text (no spaces: the longest
 * variant at each position wins) and in English text (by words, regular plurals),
 * Russian terms in any inflection (see ./stem.ts), «ё» as «е», any capitalisation.
 */
import { englishKey, normalizeRu, russianKey, splitEnding, wordsOf } from './stem.js';
import type { GlossaryEntry, GlossaryStatus } from './types.js';

export type TermKind = 'zh' | 'en' | 'ru' | 'forbidden';

/** A term found in a text: value offsets, the entry and the variant that matched. */
export interface TermHit {
  entry: GlossaryEntry;
  term: string;
  kind: TermKind;
  start: number;
  end: number;
}

interface Phrase {
  keys: string[];
  term: string;
  entry: GlossaryEntry;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

/** What may stand between two words of one term: spaces and in-sentence punctuation, not a sentence end. */
const GAP = /^[\s\u00a0,;:«»„“"'()]+$/;

/** Words of a text as keys, and whether each word continues the one before (see {@link GAP}). */
function tokenize(text: string, key: (w: string) => string): { tokens: Token[]; joined: boolean[] } {
  const tokens: Token[] = [];
  const joined: boolean[] = [];
  for (const w of wordsOf(text)) {
    const prev = tokens[tokens.length - 1];
    joined.push(prev !== undefined && GAP.test(text.slice(prev.end, w.start)));
    tokens.push({ key: key(w.word), start: w.start, end: w.end });
  }
  return { tokens, joined };
}

class PhraseTable {
  readonly #byFirst = new Map<string, Phrase[]>();

  add(keys: string[], term: string, entry: GlossaryEntry): void {
    if (keys.length === 0) return;
    const list = this.#byFirst.get(keys[0]!) ?? [];
    list.push({ keys, term, entry });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.#byFirst.set(keys[0]!, list);
  }

  /** Matches at each token: the longest only and without overlaps, or all of them. */
  find(tokens: Token[], joined: boolean[], all: boolean): { phrase: Phrase; from: number; to: number }[] {
    const out: { phrase: Phrase; from: number; to: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.#byFirst.get(tokens[i]!.key);
      if (!candidates) continue;
      for (const phrase of candidates) {
        const n = phrase.keys.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = joined[i + k] === true && tokens[i + k]!.key === phrase.keys[k];
        if (!ok) continue;
        out.push({ phrase, from: i, to: i + n });
        if (!all) {
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }
}

/** Keys of a Russian term's words. */
export const russianKeys = (term: string): string[] => [...wordsOf(term)].map((w) => russianKey(w.word));
/** Keys of an English term's words. */
export const englishKeys = (term: string): string[] => [...wordsOf(term)].map((w) => englishKey(w.word));

export interface IndexOptions {
  /** Entries with these statuses take part (default: approved only). */
  statuses?: readonly GlossaryStatus[];
}

export class GlossaryIndex {
  readonly entries: readonly GlossaryEntry[];
  readonly #zh = new Map<string, { term: string; entry: GlossaryEntry }[]>();
  readonly #en = new PhraseTable();
  readonly #ru = new PhraseTable();
  readonly #forbidden = new PhraseTable();
  #last: { text: string; ru: ReturnType<typeof tokenize> } | undefined;

  constructor(entries: readonly GlossaryEntry[], options: IndexOptions = {}) {
    const statuses = options.statuses ?? ['approved'];
    this.entries = entries.filter((e) => statuses.includes(e.status));
    for (const entry of this.entries) {
      for (const term of entry.zh) {
        const t = term.trim();
        if (!t) continue;
        const list = this.#zh.get(t[0]!) ?? [];
        list.push({ term: t, entry });
        list.sort((a, b) => b.term.length - a.term.length);
        this.#zh.set(t[0]!, list);
      }
      for (const term of entry.en) this.#en.add(englishKeys(term), term, entry);
      for (const term of entry.ru) this.#ru.add(russianKeys(term), term, entry);
      for (const term of entry.forbidden) this.#forbidden.add(russianKeys(term), term, entry);
    }
  }

  /** Source terms in a Chinese or English text, longest first, without overlaps. */
  findSource(text: string, locale: string): TermHit[] {
    if (locale === 'en') {
      const { tokens, joined } = tokenize(text, englishKey);
      return this.#en.find(tokens, joined, false).map(({ phrase, from, to }) => ({ entry: phrase.entry, term: phrase.term, kind: 'en', start: tokens[from]!.start, end: tokens[to - 1]!.end }));
    }
    const hits: TermHit[] = [];
    for (let i = 0; i < text.length; i++) {
      const candidates = this.#zh.get(text[i]!);
      const found = candidates?.find((c) => text.startsWith(c.term, i));
      if (!found) continue;
      hits.push({ entry: found.entry, term: found.term, kind: 'zh', start: i, end: i + found.term.length });
      i += found.term.length - 1;
    }
    return hits;
  }

  /**
   * Approved (`ru`) or forbidden Russian terms in a text, in any inflection. By
   * default the longest match at each word and no overlaps; `all` lists every match
   * (a shorter term inside a longer one too).
   */
  findRussian(text: string, kind: 'ru' | 'forbidden', all = false): TermHit[] {
    if (this.#last?.text !== text) this.#last = { text, ru: tokenize(text, russianKey) };
    const { tokens, joined } = this.#last.ru;
    const table = kind === 'ru' ? this.#ru : this.#forbidden;
    return table.find(tokens, joined, all).map(({ phrase, from, to }) => ({ entry: phrase.entry, term: phrase.term, kind, start: tokens[from]!.start, end: tokens[to - 1]!.end }));
  }

  /**
   * Entries a query names: an id, a Chinese variant in the query (or the query in a
   * variant), Russian terms in any inflection, English terms by words.
   */
  lookup(query: string): GlossaryEntry[] {
    const q = query.trim();
    const found = new Set<GlossaryEntry>();
    if (!q) return [];
    for (const e of this.entries) {
      if (e.id === q.toLowerCase()) found.add(e);
      if (e.zh.some((v) => q.includes(v) || v.includes(q))) found.add(e);
    }
    const qRu = russianKeys(q).join(' ');
    const qEn = englishKeys(q).join(' ');
    for (const e of this.entries) {
      if ([...e.ru, ...e.forbidden].some((t) => ` ${russianKeys(t).join(' ')} `.includes(` ${qRu} `))) found.add(e);
      if (e.en.some((t) => ` ${englishKeys(t).join(' ')} `.includes(` ${qEn} `))) found.add(e);
    }
    for (const hit of [...this.findRussian(q, 'ru', true), ...this.findRussian(q, 'forbidden', true), ...this.findSource(q, 'en')]) found.add(hit.entry);
    return [...found];
  }
}

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] !== undefined && model[0] !== model[0].toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/**
 * The approved term in the inflection of `actual` (a form of `forbidden`), or
 * undefined when that cannot be done safely: `actual` is the forbidden term's own
 * form, or every word pair shares its ending class (свободная/бесплатная: -ая), so
 * the ending of the text can be moved over (свободной доставки → бесплатной
 * доставки). Words that are equal in both terms stay as written.
 */
export function inflectLike(actual: string, forbidden: string, approved: string): string | undefined {
  const tw = [...wordsOf(actual)];
  if (tw.map((w) => normalizeRu(w.word)).join(' ') === [...wordsOf(forbidden)].map((w) => normalizeRu(w.word)).join(' ')) {
    return matchCase(actual, approved);
  }
  const fw = [...wordsOf(forbidden)].map((w) => w.word);
  const aw = [...wordsOf(approved)].map((w) => w.word);
  if (fw.length !== aw.length || tw.length !== fw.length) return undefined;
  let out = '';
  let at = 0;
  for (let i = 0; i < tw.length; i++) {
    const t = tw[i]!;
    const f = normalizeRu(fw[i]!);
    const a = aw[i]!.toLowerCase();
    let word: string;
    if (f === normalizeRu(a)) word = t.word;
    else {
      if (/-/.test(f + a + t.word)) return undefined;
      const sf = splitEnding(f);
      const sa = splitEnding(a);
      const st = splitEnding(normalizeRu(t.word));
      if (sf.ending !== sa.ending || st.stem !== sf.stem) return undefined;
      word = matchCase(t.word, sa.stem + st.ending);
    }
    out += actual.slice(at, t.start) + word;
    at = t.end;
  }
  return out + actual.slice(at);
}
