/**
 * Finding many phrases in many sentences through an index: every pattern is filed under the
 * keys of its required atom (exact words, stems, placeholders, numbers), and a sentence tries
 * only the patterns one of its tokens can start, instead of every pattern of every phrase
 * (hundreds of them in the phrasebooks).
 */
import { PatternError } from './parse.js';
import { matchPhrase, type Phrase } from './phrases.js';
import { keepApart } from '../spans.js';
import type { PatternMatch } from './match.js';
import { NUMBER, type Sentence } from './sentences.js';

export interface PhraseHit<T> extends PatternMatch {
  phrase: Phrase<T>;
  sentence: number;
}

/** Each pattern is filed as a reference `phrase * SLOTS + pattern`. */
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
    if (phrase.keys.length > SLOTS) throw new PatternError('too-many', { count: SLOTS });
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
    out.push(...keepApart(ranked.map(({ h }) => h)).sort((a, b) => a.start - b.start));
  });
  return out;
}
