/**
 * The term index and matching: source terms in Chinese text (no spaces: the longest
 * variant at each position wins) and in English text (by words, regular plurals),
 * Russian terms in any inflection (see ./stem.ts), «ё» as «е», any capitalisation.
 */
import { adjectiveAgreement, endingOf, englishKey, normalizeRu, nounAgreement, russianKey, splitEnding, termAdjective, wordsOf, type Agreement } from './stem.js';
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

/** Russian words with their endings and clause numbers (see {@link CLAUSE_BREAK}). */
function clauseTokens(text: string): ClauseToken[] {
  const tokens: ClauseToken[] = [];
  let clause = 0;
  for (const w of wordsOf(text)) {
    const prev = tokens[tokens.length - 1];
    if (prev !== undefined && CLAUSE_BREAK.test(text.slice(prev.end, w.start))) clause++;
    tokens.push({ key: russianKey(w.word), start: w.start, end: w.end, ending: endingOf(w.word), clause });
  }
  return tokens;
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

/** Sentence ends, semicolons, commas and line breaks end a clause (see {@link ClauseTable}). */
const CLAUSE_BREAK = /[.!?…;,\n\r\u2028\u2029]/;

/** Words that go with the next word of a term wherever it stands (prepositions, conjunctions, negation). */
const BINDS_NEXT = new Set(
  'в во на по с со к ко о об обо из изо от ото до за для при без безо под подо над надо про через у и или а но что чтобы не ни'.split(' '),
);
/** Particles that go with the word before them (тем же). */
const BINDS_PREVIOUS = new Set(['же', 'ли', 'бы']);

/**
 * A word of a multiword term as the clause matcher sees it: `adjective` agrees with the
 * head in gender and number, in any case (бесплатная → бесплатной доставка, доставку …
 * бесплатной); `head` is the term's first other word, any form; `governed` keeps the
 * term's case (заказа in номер заказа; singular or plural); `bound` is part of a group
 * with a preposition or particle and is matched like the consecutive matcher does.
 */
interface ClauseWord {
  key: string;
  role: 'adjective' | 'head' | 'governed' | 'bound';
  ending: string;
}

interface ClausePattern {
  /** Groups of words that stand together and in this order; the groups in any order. */
  units: ClauseWord[][];
  /** Gender or number the term's adjectives give its head (undefined: none or not known). */
  gender: Agreement | undefined;
  keys: Set<string>;
  term: string;
  entry: GlossaryEntry;
}

/** Genitive plural endings a governed word written in the genitive singular may take instead. */
function governedAgrees(termEnding: string, ending: string): boolean {
  if (ending === termEnding) return true;
  if (termEnding === 'а' || termEnding === 'я') return ending === 'ов' || ending === 'ев' || ending === 'ей';
  if (termEnding === 'ы' || termEnding === 'и') return ending === '' || ending === 'ей' || ending === 'ь';
  return false;
}

/** Each word's key, ending, place and clause (the number of clause breaks before it). */
interface ClauseToken extends Token {
  ending: string;
  clause: number;
}

/**
 * Multiword Russian terms whose words stand apart or in another order within one clause
 * (a stretch of text without sentence punctuation, semicolons, commas or line breaks).
 * See `findRussianInClauses`.
 */
class ClauseTable {
  readonly #byKey = new Map<string, ClausePattern[]>();

  add(term: string, entry: GlossaryEntry): void {
    const words = [...wordsOf(term)].map((w) => w.word);
    if (words.length < 2) return;
    const units: { word: string; cw: ClauseWord }[][] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const cw: ClauseWord = { key: russianKey(word), role: 'bound', ending: endingOf(word) };
      const together = i > 0 && (BINDS_NEXT.has(normalizeRu(words[i - 1]!)) || BINDS_PREVIOUS.has(normalizeRu(word)));
      if (together) units[units.length - 1]!.push({ word, cw });
      else units.push([{ word, cw }]);
    }
    let gender: Agreement | undefined;
    let head = false;
    for (const unit of units) {
      if (unit.length !== 1) continue;
      const { word, cw } = unit[0]!;
      const adjective = head ? undefined : termAdjective(word);
      if (adjective !== undefined) {
        cw.role = 'adjective';
        gender ??= adjective;
      } else if (!head) {
        cw.role = 'head';
        head = true;
      } else cw.role = 'governed';
    }
    if (units.length < 2) return;
    const cws = units.map((u) => u.map((w) => w.cw));
    const pattern: ClausePattern = { units: cws, gender, keys: new Set(cws.flat().map((w) => w.key)), term, entry };
    const first = cws[0]![0]!.key;
    const list = this.#byKey.get(first) ?? [];
    list.push(pattern);
    this.#byKey.set(first, list);
  }

  /** Every pattern found in a clause, once per clause, with the span from its first word to its last. */
  find(tokens: ClauseToken[], joined: boolean[]): { pattern: ClausePattern; start: number; end: number }[] {
    const out: { pattern: ClausePattern; start: number; end: number }[] = [];
    for (let lo = 0; lo < tokens.length; ) {
      let hi = lo;
      while (hi < tokens.length && tokens[hi]!.clause === tokens[lo]!.clause) hi++;
      const keys = new Set<string>();
      for (let i = lo; i < hi; i++) keys.add(tokens[i]!.key);
      const tried = new Set<ClausePattern>();
      for (const key of keys) {
        for (const pattern of this.#byKey.get(key) ?? []) {
          if (tried.has(pattern)) continue;
          tried.add(pattern);
          if (![...pattern.keys].every((k) => keys.has(k))) continue;
          const span = matchClause(pattern, tokens, joined, lo, hi);
          if (span) out.push({ pattern, ...span });
        }
      }
      lo = hi;
    }
    return out;
  }
}

/** Where a unit can stand in a clause: starts whose words have the unit's keys, consecutively, in forms its roles allow. */
function unitPlaces(unit: ClauseWord[], tokens: ClauseToken[], joined: boolean[], lo: number, hi: number): number[] {
  const places: number[] = [];
  for (let i = lo; i + unit.length <= hi; i++) {
    let ok = true;
    for (let k = 0; k < unit.length && ok; k++) {
      const t = tokens[i + k]!;
      const w = unit[k]!;
      ok = t.key === w.key && (k === 0 || joined[i + k] === true);
      if (ok && w.role === 'adjective') ok = adjectiveAgreement(t.ending).length > 0;
      if (ok && w.role === 'governed') ok = governedAgrees(w.ending, t.ending);
    }
    if (ok) places.push(i);
  }
  return places;
}

/** A placement of every unit in the clause, without overlaps, where the adjectives agree with the head. */
function matchClause(pattern: ClausePattern, tokens: ClauseToken[], joined: boolean[], lo: number, hi: number): { start: number; end: number } | undefined {
  const places = pattern.units.map((u) => unitPlaces(u, tokens, joined, lo, hi));
  if (places.some((p) => p.length === 0)) return undefined;
  const chosen: number[] = [];
  const used = new Set<number>();
  let budget = 10_000;
  const agrees = (): boolean => {
    const h = pattern.units.findIndex((u) => u[0]!.role === 'head');
    const nounCan = h < 0 ? undefined : nounAgreement(tokens[chosen[h]!]!.ending, pattern.gender);
    return pattern.units.every((u, i) => {
      if (u[0]!.role !== 'adjective') return true;
      const adjCan = adjectiveAgreement(tokens[chosen[i]!]!.ending);
      return nounCan === undefined || adjCan.some((a) => nounCan.includes(a));
    });
  };
  const place = (i: number): boolean => {
    if (budget-- <= 0) return false;
    if (i === pattern.units.length) return agrees();
    const n = pattern.units[i]!.length;
    for (const p of places[i]!) {
      let free = true;
      for (let k = 0; k < n && free; k++) free = !used.has(p + k);
      if (!free) continue;
      for (let k = 0; k < n; k++) used.add(p + k);
      chosen[i] = p;
      if (place(i + 1)) return true;
      for (let k = 0; k < n; k++) used.delete(p + k);
    }
    return false;
  };
  if (!place(0)) return undefined;
  let first = hi;
  let last = lo;
  pattern.units.forEach((u, i) => {
    first = Math.min(first, chosen[i]!);
    last = Math.max(last, chosen[i]! + u.length - 1);
  });
  return { start: tokens[first]!.start, end: tokens[last]!.end };
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
  readonly #ruClauses = new ClauseTable();
  readonly #forbiddenClauses = new ClauseTable();
  #last: { text: string; ru: ReturnType<typeof tokenize> } | undefined;
  #lastClauses: { text: string; tokens: ClauseToken[] } | undefined;

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
      for (const term of entry.ru) {
        this.#ru.add(russianKeys(term), term, entry);
        this.#ruClauses.add(term, entry);
      }
      for (const term of entry.forbidden) {
        this.#forbidden.add(russianKeys(term), term, entry);
        this.#forbiddenClauses.add(term, entry);
      }
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
   * Approved (`ru`) or forbidden Russian terms in a text, as {@link findRussian} with
   * `all` finds them, and also multiword terms whose words stand apart or in another
   * order within one clause, in agreeing forms: «доставка заказа будет бесплатной»,
   * «доставку сделаем бесплатной», «номер вашего заказа». A clause ends at . ! ? …
   * ; , and line breaks, so words of two clauses or sentences never make one term
   * («Доставка платная. Возврат бесплатный.» has no «бесплатная доставка»). Agreeing
   * forms: every word is a form of the term's word (equal keys, see ./stem.ts); an
   * adjective of the term (-ый, -ий, -ой, -ая, -яя, -ое, -ее, -ые, -ие) has a full or
   * short adjective ending that agrees with the head noun's gender and number in any
   * case (predicative «бесплатной», «бесплатна» included, «бесплатных» with
   * «доставка» not); a governed word keeps the term's case (заказа, заказов); a
   * preposition, conjunction or «не» stays right before its word and «же», «ли», «бы»
   * right after theirs (в наличии, тем же). A hit spans the term's first to last word.
   */
  findRussianInClauses(text: string, kind: 'ru' | 'forbidden'): TermHit[] {
    const hits = this.findRussian(text, kind, true);
    if (this.#lastClauses?.text !== text) this.#lastClauses = { text, tokens: clauseTokens(text) };
    const { joined } = this.#last!.ru;
    const table = kind === 'ru' ? this.#ruClauses : this.#forbiddenClauses;
    for (const { pattern, start, end } of table.find(this.#lastClauses.tokens, joined)) {
      if (hits.some((h) => h.entry === pattern.entry && h.term === pattern.term && h.start >= start && h.end <= end)) continue;
      hits.push({ entry: pattern.entry, term: pattern.term, kind, start, end });
    }
    return hits.sort((a, b) => a.start - b.start || a.end - b.end);
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
