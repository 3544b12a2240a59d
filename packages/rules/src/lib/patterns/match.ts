/**
 * Matching a compiled pattern (./compile.ts) against the tokens of one sentence
 * (./sentences.ts): a backtracking walk over the pattern's steps, in which an optional token may
 * be skipped and a gap takes as few words as it can.
 */
import type { Atom, Pattern } from './compile.js';
import { NUMBER, type Sentence, type Token } from './sentences.js';

/** Whether one token is what an atom asks for. */
export function atomMatches(atom: Atom, token: Token): boolean {
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
export function matchesOf(p: Pattern, s: Sentence): PatternMatch[] {
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
