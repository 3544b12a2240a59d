/**
 * Word-sequence patterns over the nlcst tokens of a text: the small pattern
 * language of the tone-calque phrasebook and of the policy-* rules' data.
 * Patterns are data (YAML), never raw regular expressions.
 *
 * A pattern is a list of tokens separated by spaces, matched inside one sentence
 * (a line break also ends one, unless the next line goes on in lower case),
 * case-insensitively and with ё = е:
 *
 * | token            | matches                                                          |
 * | ---------------- | ---------------------------------------------------------------- |
 * | `заказ`          | the word «заказ» exactly (any capitalisation, ё = е)             |
 * | `отмен*`         | any word that starts with «отмен» (a stem: every inflection)     |
 * | `вам\|вас\|вы`   | one of the alternatives (each is a word or a stem)                |
 * | `@request`       | one of the words of the list `request` (policy data files only)  |
 * | `,`  `!\|.`      | a punctuation mark (a token with no letters or digits)           |
 * | `{}`             | a placeholder (`{order_number}`)                                 |
 * | `#`              | a number (`5`, `1500`, `2,5`)                                    |
 * | `[вам]`          | an optional token (any of the above in brackets)                 |
 * | `*`  `*2`        | a gap: up to 3 (or N, 1–9) words of any kind; commas, dashes and quotes in between are skipped freely |
 * | `^` (first)      | the match starts the sentence (only punctuation before it)       |
 * | `$` (last)       | the match ends the sentence (nothing at all after it)            |
 *
 * A word with a hyphen or a dot inside («экспресс-компания», «t.me») is one token; write it with
 * its hyphen. A pattern must contain at least one required word or placeholder,
 * and may not start or end with a gap. A finding covers the matched words (and
 * placeholders) only, not the punctuation matched at its edges.
 */
import type { Root } from 'nlcst';
import type { TextView } from '@otvet/core';
import { foldToken, foldTokenOnce } from './normalize.js';
import { uregex } from './unicode.js';
import { perView } from './per-view.js';

// ---------------------------------------------------------------------------
// Tokens

export type TokenKind = 'word' | 'punct' | 'placeholder';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Lower case, ё → е, typographic apostrophes and hyphens made plain. */
  norm: string;
  /** Range in the text's value. */
  start: number;
  end: number;
}

/** The tokens of one sentence, in order. */
export type Sentence = Token[];

/** Lower case, ё → е, ’ → ', ‐‑ → -: the form words are compared in. */
export const normalizeWord = foldToken;

const MASK = '\uFFFC';
const LOWER_START = uregex(String.raw`^\p{Ll}`, 'u');
const LINE_BREAK = /[\n\r\u2028\u2029]/;

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function textOf(node: NlcstNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Split an nlcst tree into sentences of tokens; a line break ends a sentence too. */
export function sentencesOf(tree: Root): Sentence[] {
  const out: Sentence[] = [];
  let current: Sentence = [];
  const flush = (): void => {
    if (current.length) out.push(current);
    current = [];
  };
  // A line break ends a sentence unless the next line goes on in lower case (a wrapped line).
  let lineBreak = false;
  const leaf = (node: NlcstNode): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'WhiteSpaceNode') {
      if (LINE_BREAK.test(textOf(node))) lineBreak = true;
      return;
    }
    const text = textOf(node);
    if (lineBreak) {
      lineBreak = false;
      if (!(node.type === 'WordNode' && LOWER_START.test(text))) flush();
    }
    if (text.includes(MASK)) {
      // A placeholder: merge the run of mask characters (and anything glued to it) into one token.
      const last = current[current.length - 1];
      if (last && last.kind === 'placeholder' && last.end === start) {
        last.end = end;
        last.text += text;
      } else {
        current.push({ kind: 'placeholder', text, norm: '{}', start, end });
      }
      return;
    }
    if (node.type === 'WordNode') {
      // retext keeps the full stop of a number at the end of a sentence («на 5.»): split it off.
      const num = /^(\d+(?:[.,]\d+)*)(\.+)$/.exec(text);
      if (num) {
        const cut = start + num[1]!.length;
        current.push({ kind: 'word', text: num[1]!, norm: num[1]!, start, end: cut });
        current.push({ kind: 'punct', text: num[2]!, norm: num[2]!, start: cut, end });
      } else {
        // «2,5»: retext splits a decimal number at the comma; join it back into one token.
        const sep = current[current.length - 1];
        const whole = current[current.length - 2];
        if (/^\d/.test(text) && sep?.kind === 'punct' && (sep.text === ',' || sep.text === '.') && sep.end === start
          && whole?.kind === 'word' && /^\d+(?:[.,]\d+)*$/.test(whole.text) && whole.end === sep.start) {
          current.pop();
          whole.text += sep.text + text;
          whole.norm = normalizeWord(whole.text);
          whole.end = end;
        } else current.push({ kind: 'word', text, norm: normalizeWord(text), start, end });
      }
    }
    else if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') current.push({ kind: 'punct', text, norm: text, start, end });
  };
  const walk = (node: NlcstNode): void => {
    if (node.type === 'SentenceNode') {
      for (const child of node.children ?? []) leaf(child);
      flush();
      lineBreak = false;
      return;
    }
    if (node.type === 'WordNode' || node.type === 'PunctuationNode' || node.type === 'SymbolNode' || node.type === 'WhiteSpaceNode') {
      leaf(node);
      return;
    }
    for (const child of node.children ?? []) walk(child);
    if (node.type === 'ParagraphNode') flush();
  };
  walk(tree as unknown as NlcstNode);
  flush();
  return out;
}

/** Sentences of a text view, computed once per view (shared by every rule that asks). */
export const sentencesOfView: (view: TextView) => Sentence[] = perView((view) => sentencesOf(view.tree));

// ---------------------------------------------------------------------------
// Patterns

interface WordAtom {
  kind: 'word';
  exact: Set<string>;
  prefixes: string[];
}
interface PunctAtom {
  kind: 'punct';
  values: Set<string>;
}
interface PlaceholderAtom {
  kind: 'placeholder';
}
interface NumberAtom {
  kind: 'number';
}
type Atom = WordAtom | PunctAtom | PlaceholderAtom | NumberAtom;

type Step = { type: 'atom'; atom: Atom; optional: boolean } | { type: 'gap'; max: number };

export interface Pattern {
  source: string;
  anchorStart: boolean;
  anchorEnd: boolean;
  steps: Step[];
  /**
   * The most selective required atom (a rare word rather than «вы»), checked against the sentence
   * before the (slower) backtracking match, and the key of the phrase index.
   */
  required: Atom;
}

/** Lists a pattern may refer to with `@name` (alternatives: words or stems). */
export type PatternLists = Readonly<Record<string, readonly string[]>>;

const WORD_ALT = uregex(String.raw`^[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*\*?$`, 'u');
const PUNCT_ALT = uregex(String.raw`^[^\p{L}\p{N}\s[\]|*@^\${}#]$`, 'u');
const NUMBER = /^\d+(?:[.,]\d+)*$/;

export class PatternError extends Error {}

/** A word alternative, normalised and checked: an exact word, or a stem (`word*`). */
function addAlternative(alt: string, source: string, exact: Set<string>, prefixes: string[]): void {
  const norm = foldTokenOnce(alt);
  if (!WORD_ALT.test(norm)) throw new PatternError(`pattern “${source}”: “${alt}” is not a word, a stem (word*), a list (@name) or a punctuation mark`);
  if (norm.endsWith('*')) prefixes.push(norm.slice(0, -1));
  else exact.add(norm);
}

/** Lists compiled once per lists object: many patterns share a list of hundreds of words. */
const COMPILED_LISTS = new WeakMap<PatternLists, Map<string, { exact: Set<string>; prefixes: string[] }>>();

function compiledList(lists: PatternLists, name: string, source: string): { exact: Set<string>; prefixes: string[] } {
  let byName = COMPILED_LISTS.get(lists);
  if (!byName) {
    byName = new Map();
    COMPILED_LISTS.set(lists, byName);
  }
  let compiled = byName.get(name);
  if (!compiled) {
    const list = lists[name];
    if (!list) throw new PatternError(`pattern “${source}”: unknown list “@${name}”`);
    compiled = { exact: new Set(), prefixes: [] };
    for (const item of list) addAlternative(item, source, compiled.exact, compiled.prefixes);
    byName.set(name, compiled);
  }
  return compiled;
}

function compileAtom(text: string, source: string, lists: PatternLists): Atom {
  if (text === '{}') return { kind: 'placeholder' };
  if (text === '#') return { kind: 'number' };
  const alternatives = text.split('|');
  const isPunct = alternatives.every((a) => PUNCT_ALT.test(a));
  if (isPunct) return { kind: 'punct', values: new Set(alternatives) };
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of alternatives) {
    if (alt.startsWith('@')) {
      const list = compiledList(lists, alt.slice(1), source);
      for (const w of list.exact) exact.add(w);
      prefixes.push(...list.prefixes);
    } else addAlternative(alt, source, exact, prefixes);
  }
  return { kind: 'word', exact, prefixes };
}

/** Compile one pattern. Throws a {@link PatternError} that names the pattern when it is malformed. */
export function compilePattern(source: string, lists: PatternLists = {}): Pattern {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  let anchorStart = false;
  let anchorEnd = false;
  if (parts[0] === '^') {
    anchorStart = true;
    parts.shift();
  }
  if (parts[parts.length - 1] === '$') {
    anchorEnd = true;
    parts.pop();
  }
  const steps: Step[] = [];
  for (const part of parts) {
    const gap = /^\*([1-9])?$/.exec(part);
    if (gap) {
      steps.push({ type: 'gap', max: gap[1] ? Number(gap[1]) : 3 });
      continue;
    }
    if (part === '^' || part === '$') throw new PatternError(`pattern “${source}”: “${part}” may only start (^) or end ($) a pattern`);
    const optional = part.startsWith('[') && part.endsWith(']') && part.length > 2;
    const body = optional ? part.slice(1, -1) : part;
    if (/[[\]]/.test(body)) throw new PatternError(`pattern “${source}”: unbalanced brackets in “${part}”`);
    steps.push({ type: 'atom', atom: compileAtom(body, source, lists), optional });
  }
  if (steps.length === 0) throw new PatternError(`pattern “${source}” is empty`);
  if (steps[0]!.type === 'gap' || steps[steps.length - 1]!.type === 'gap') throw new PatternError(`pattern “${source}”: a gap may not start or end a pattern`);
  const required = steps
    .filter((s): s is Extract<Step, { type: 'atom' }> => s.type === 'atom' && !s.optional && s.atom.kind !== 'punct')
    .map((s) => s.atom);
  if (!required.length) throw new PatternError(`pattern “${source}” needs at least one required word`);
  const best = required.reduce((a, b) => (commonness(b) < commonness(a) ? b : a));
  return { source, anchorStart, anchorEnd, steps, required: best };
}

/**
 * How often an atom is likely to match a token, roughly: every alternative counts, short words
 * count as common and the shortest as very common (prepositions, particles and pronouns: «в»,
 * «не», «вы»); a stem counts more than a word (it matches all its forms), a short one much more;
 * placeholders and numbers are the most common of all.
 */
function commonness(atom: Atom): number {
  if (atom.kind !== 'word') return 1000;
  let score = 0;
  for (const w of atom.exact) score += w.length === 1 ? 100 : w.length === 2 ? 50 : w.length === 3 ? 20 : 1;
  for (const p of atom.prefixes) score += p.length <= 2 ? 200 : p.length === 3 ? 40 : p.length === 4 ? 6 : 3;
  return score;
}

function atomMatches(atom: Atom, token: Token): boolean {
  switch (atom.kind) {
    case 'placeholder':
      return token.kind === 'placeholder';
    case 'number':
      return token.kind === 'word' && NUMBER.test(token.norm);
    case 'punct':
      return token.kind === 'punct' && atom.values.has(token.text.charAt(0));
    case 'word':
      if (token.kind !== 'word') return false;
      if (atom.exact.has(token.norm)) return true;
      for (const p of atom.prefixes) if (token.norm.startsWith(p)) return true;
      return false;
  }
}

/** A match: token indices (inclusive) of the first and last matched word or placeholder, and value offsets. */
export interface PatternMatch {
  first: number;
  last: number;
  start: number;
  end: number;
}

function matchFrom(p: Pattern, s: Sentence, step: number, at: number, first: number, last: number): [number, number] | undefined {
  if (step === p.steps.length) {
    if (p.anchorEnd && at !== s.length) return undefined;
    return [first, last];
  }
  const st = p.steps[step]!;
  if (st.type === 'gap') {
    let words = 0;
    for (let i = at; i <= s.length; i++) {
      const r = matchFrom(p, s, step + 1, i, first, last);
      if (r) return r;
      if (i === s.length) break;
      if (s[i]!.kind !== 'punct') words++;
      if (words > st.max) break;
    }
    return undefined;
  }
  const token = s[at];
  if (token && atomMatches(st.atom, token)) {
    const isWord = token.kind !== 'punct';
    const r = matchFrom(p, s, step + 1, at + 1, isWord && first < 0 ? at : first, isWord ? at : last);
    if (r) return r;
  }
  if (st.optional) return matchFrom(p, s, step + 1, at, first, last);
  return undefined;
}

/** Every match of a pattern in a sentence, left to right, not overlapping. */
export function matchPattern(p: Pattern, s: Sentence): PatternMatch[] {
  if (!s.some((t) => atomMatches(p.required, t))) return [];
  return matchesOf(p, s);
}

/** {@link matchPattern} for a sentence known to hold the pattern's required atom (the phrase index found it). */
function matchesOf(p: Pattern, s: Sentence): PatternMatch[] {
  const out: PatternMatch[] = [];
  let from = 0;
  if (p.anchorStart) {
    while (from < s.length && s[from]!.kind === 'punct') from++;
  }
  for (let i = from; i < s.length; i++) {
    if (p.anchorStart && i > from) break;
    const r = matchFrom(p, s, 0, i, -1, -1);
    if (!r) continue;
    const [first, last] = r;
    out.push({ first, last, start: s[first]!.start, end: s[last]!.end });
    i = last;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Phrases: patterns with exceptions

/**
 * A phrase: it matches where one of its patterns does and none of its `unless` patterns overlaps
 * the match. `keys` are what the phrase index files each pattern under (see {@link phraseKeys});
 * the patterns of a phrase made by {@link lazyPhrase} are compiled on first use.
 */
export interface Phrase<T> {
  data: T;
  readonly patterns: Pattern[];
  readonly unless: Pattern[];
  readonly keys: PhraseKeys;
}

/**
 * For each pattern of a phrase, the keys of its required atom (the rarest one, see
 * {@link Pattern.required}): `=word`, `~stem`, `{}` (a placeholder) or `#` (a number).
 */
export type PhraseKeys = readonly (readonly string[])[];

export interface PhraseSource {
  patterns: readonly string[];
  unless?: readonly string[] | undefined;
  /**
   * The phrase's index keys, computed by the build (scripts/lib/yaml-plugin.mjs) for the data files
   * bundled with otvet, so that a lint compiles only the phrases a text can match. Absent in the
   * YAML sources and in users' files.
   */
  keys?: PhraseKeys | undefined;
}

function keysOf(patterns: readonly Pattern[]): string[][] {
  return patterns.map(({ required }) => {
    if (required.kind === 'placeholder') return ['{}'];
    if (required.kind === 'number') return ['#'];
    if (required.kind !== 'word') return [];
    return [...[...required.exact].map((w) => `=${w}`), ...required.prefixes.map((stem) => `~${stem}`)];
  });
}

/** The index keys of a phrase (what the build stores as `keys`). Throws a {@link PatternError} for a malformed pattern. */
export function phraseKeys(data: PhraseSource, lists: PatternLists = {}): string[][] {
  return keysOf(data.patterns.map((p) => compilePattern(p, lists)));
}

/** Compile a phrase now: a malformed pattern throws a {@link PatternError} here. */
export function compilePhrase<T extends PhraseSource>(data: T, lists: PatternLists = {}): Phrase<T> {
  const patterns = data.patterns.map((p) => compilePattern(p, lists));
  return { data, patterns, unless: (data.unless ?? []).map((p) => compilePattern(p, lists)), keys: keysOf(patterns) };
}

/** A phrase with build-time keys, compiled when it is first tried: most phrases never are. */
class LazyPhrase<T extends PhraseSource> implements Phrase<T> {
  #patterns: Pattern[] | undefined;
  #unless: Pattern[] | undefined;

  constructor(readonly data: T, readonly keys: PhraseKeys, private readonly lists: PatternLists) {}

  get patterns(): Pattern[] {
    return (this.#patterns ??= this.data.patterns.map((p) => compilePattern(p, this.lists)));
  }

  get unless(): Pattern[] {
    return (this.#unless ??= (this.data.unless ?? []).map((p) => compilePattern(p, this.lists)));
  }
}

/**
 * A phrase of a data file bundled with otvet: compiled on first use when the build stored its keys,
 * at once otherwise (running from the sources). Its patterns are checked by the tests, not here.
 */
export function lazyPhrase<T extends PhraseSource>(data: T, lists: PatternLists = {}): Phrase<T> {
  return data.keys ? new LazyPhrase(data, data.keys, lists) : compilePhrase(data, lists);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Matches of one phrase in a sentence, with the exceptions applied. `only`: the patterns (by
 * index) whose required atom the sentence is known to hold; the others cannot match.
 */
export function matchPhrase<T>(phrase: Phrase<T>, s: Sentence, only?: readonly number[]): PatternMatch[] {
  // Where patterns of the phrase overlap, the longest match wins.
  const all = (only ? only.flatMap((j) => matchesOf(phrase.patterns[j]!, s)) : phrase.patterns.flatMap((p) => matchPattern(p, s)))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const found: PatternMatch[] = [];
  for (const m of all) if (!found.some((f) => overlaps(f, m))) found.push(m);
  if (!found.length || !phrase.unless.length) return found.sort((a, b) => a.start - b.start);
  const exceptions = phrase.unless.flatMap((p) => matchPattern(p, s));
  return found.filter((m) => !exceptions.some((e) => overlaps(e, m))).sort((a, b) => a.start - b.start);
}

export interface PhraseHit<T> extends PatternMatch {
  phrase: Phrase<T>;
  sentence: number;
}

/**
 * Which patterns can match where: the keys of every pattern of every phrase (the required atom:
 * exact words, stems, placeholders, numbers), each filed as a reference `phrase * SLOTS + pattern`.
 * A sentence then only tries the patterns that one of its tokens can start, instead of every
 * pattern of every phrase (hundreds of them in the phrasebooks).
 */
interface PhraseIndex {
  byWord: Map<string, number[]>;
  byStem: Map<string, number[]>;
  /** Stem lengths that occur, shortest first. */
  stemLengths: number[];
  /** Patterns whose required atom is a placeholder or a number. */
  byPlaceholder: number[];
  byNumber: number[];
}

/** Patterns per phrase that a reference can hold. */
const SLOTS = 1 << 10;

const INDEXES = new WeakMap<readonly Phrase<unknown>[], PhraseIndex>();

function phraseIndex(phrases: readonly Phrase<unknown>[]): PhraseIndex {
  let index = INDEXES.get(phrases);
  if (index) return index;
  const byWord = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const byPlaceholder: number[] = [];
  const byNumber: number[] = [];
  const push = (map: Map<string, number[]>, key: string, ref: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [ref]);
    else if (list[list.length - 1] !== ref) list.push(ref);
  };
  phrases.forEach((phrase, i) => {
    if (phrase.keys.length > SLOTS) throw new PatternError(`a phrase has more than ${SLOTS} patterns`);
    phrase.keys.forEach((keys, j) => {
      const ref = i * SLOTS + j;
      for (const key of keys) {
        if (key === '{}') byPlaceholder.push(ref);
        else if (key === '#') byNumber.push(ref);
        else push(key[0] === '=' ? byWord : byStem, key.slice(1), ref);
      }
    });
  });
  const stemLengths = [...new Set([...byStem.keys()].map((k) => k.length))].sort((a, b) => a - b);
  index = { byWord, byStem, stemLengths, byPlaceholder, byNumber };
  INDEXES.set(phrases, index);
  return index;
}

/** The patterns (references) that have a chance in a sentence: one of its tokens is their required atom. */
function candidates(index: PhraseIndex, s: Sentence): Set<number> {
  const out = new Set<number>();
  const addAll = (list: readonly number[] | undefined): void => {
    if (list) for (const ref of list) out.add(ref);
  };
  for (const token of s) {
    if (token.kind === 'placeholder') addAll(index.byPlaceholder);
    if (token.kind !== 'word') continue;
    if (NUMBER.test(token.norm)) addAll(index.byNumber);
    addAll(index.byWord.get(token.norm));
    for (const length of index.stemLengths) {
      if (length > token.norm.length) break;
      addAll(index.byStem.get(token.norm.slice(0, length)));
    }
  }
  return out;
}

/**
 * Matches of many phrases over sentences. Where matches of different phrases
 * overlap, the longer one wins (then the earlier phrase).
 */
export function findPhrases<T>(phrases: readonly Phrase<T>[], sentences: readonly Sentence[]): PhraseHit<T>[] {
  const out: PhraseHit<T>[] = [];
  const index = phraseIndex(phrases);
  sentences.forEach((s, sentence) => {
    const hits: PhraseHit<T>[] = [];
    // In phrase order, so that ties go to the earlier phrase.
    const refs = [...candidates(index, s)].sort((a, b) => a - b);
    for (let k = 0; k < refs.length; ) {
      const i = Math.floor(refs[k]! / SLOTS);
      const only: number[] = [];
      for (; k < refs.length && Math.floor(refs[k]! / SLOTS) === i; k++) only.push(refs[k]! % SLOTS);
      const phrase = phrases[i]!;
      for (const m of matchPhrase(phrase, s, only)) hits.push({ ...m, phrase, sentence });
    }
    // Longest first, stable: earlier phrases win ties.
    const ranked = hits.map((h, i) => ({ h, i })).sort((a, b) => b.h.end - b.h.start - (a.h.end - a.h.start) || a.i - b.i);
    const kept: PhraseHit<T>[] = [];
    for (const { h } of ranked) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
    out.push(...kept.sort((a, b) => a.start - b.start));
  });
  return out;
}
