/**
 * Phrases: a phrase matches where one of its patterns does and none of its `unless` patterns
 * (exceptions) overlaps the match. The phrase data files bundled with otvet carry each phrase's
 * index keys, computed by the build (./phrase-keys.ts), so that their patterns are compiled only
 * when a text first holds one of those keys.
 */
import { compilePattern, type Pattern, type PatternLists } from './compile.js';
import { matchPattern, matchesOf, type PatternMatch } from './match.js';
import type { Sentence } from './sentences.js';
import { apartFrom, keepApart } from '../spans.js';

/**
 * A phrase: it matches where one of its patterns does and none of its `unless` patterns overlaps
 * the match. `keys` are what the phrase index files each pattern under (see {@link phraseKeys});
 * the patterns of a phrase made by {@link lazyPhrase} are compiled on first use.
 */
export interface Phrase<T> {
  data: T;
  readonly patterns: Pattern[];
  /** The pattern at `index` alone (a lazy phrase compiles only it). */
  pattern(index: number): Pattern;
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

/** The index keys of a phrase (what the build stores as `keys`). Throws a PatternError for a malformed pattern. */
export function phraseKeys(data: PhraseSource, lists: PatternLists = {}): string[][] {
  return keysOf(data.patterns.map((p) => compilePattern(p, lists)));
}

/** Compile a phrase now: a malformed pattern throws a PatternError here. */
export function compilePhrase<T extends PhraseSource>(data: T, lists: PatternLists = {}): Phrase<T> {
  const patterns = data.patterns.map((p) => compilePattern(p, lists));
  return { data, patterns, pattern: (index) => patterns[index]!, unless: (data.unless ?? []).map((p) => compilePattern(p, lists)), keys: keysOf(patterns) };
}

/**
 * A phrase with build-time keys, each pattern compiled when it is first tried: most phrases never
 * are, and a phrase that is tried because a text holds the key of one of its patterns compiles
 * that one only.
 */
class LazyPhrase<T extends PhraseSource> implements Phrase<T> {
  readonly #compiled: (Pattern | undefined)[] = [];
  #unless: Pattern[] | undefined;

  constructor(readonly data: T, readonly keys: PhraseKeys, private readonly lists: PatternLists) {}

  pattern(index: number): Pattern {
    return (this.#compiled[index] ??= compilePattern(this.data.patterns[index]!, this.lists));
  }

  get patterns(): Pattern[] {
    return this.data.patterns.map((_, index) => this.pattern(index));
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


/**
 * Matches of one phrase in a sentence, with the exceptions applied. `only`: the patterns (by
 * index) whose required atom the sentence is known to hold; the others cannot match.
 */
export function matchPhrase<T>(phrase: Phrase<T>, s: Sentence, only?: readonly number[]): PatternMatch[] {
  // Where patterns of the phrase overlap, the longest match wins.
  const all = (only ? only.flatMap((j) => matchesOf(phrase.pattern(j), s)) : phrase.patterns.flatMap((p) => matchPattern(p, s)))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const found = keepApart(all);
  if (!found.length || !phrase.unless.length) return found.sort((a, b) => a.start - b.start);
  const exceptions = phrase.unless.flatMap((p) => matchPattern(p, s));
  return apartFrom(found, exceptions).sort((a, b) => a.start - b.start);
}
