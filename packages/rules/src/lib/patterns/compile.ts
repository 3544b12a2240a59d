/**
 * Compiling a parsed pattern (./parse.ts) into what the matcher runs: `@lists` resolved into
 * their words and stems, alternatives into sets, and the pattern's most selective required
 * token chosen, which the matcher checks first and the phrase index files the pattern under.
 */
import { PatternError, parsePattern, parseWord, type AtomSyntax } from './parse.js';

export interface WordAtom {
  kind: 'word';
  /** Normalised exact words. */
  exact: Set<string>;
  /** Normalised stems: a word that starts with one matches. */
  prefixes: string[];
}
export interface PunctAtom {
  kind: 'punct';
  values: Set<string>;
}
export interface PlaceholderAtom {
  kind: 'placeholder';
}
export interface NumberAtom {
  kind: 'number';
}
export type Atom = WordAtom | PunctAtom | PlaceholderAtom | NumberAtom;

export type Step = { type: 'atom'; atom: Atom; optional: boolean } | { type: 'gap'; max: number };

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

interface CompiledList {
  exact: Set<string>;
  prefixes: string[];
}

/** Lists compiled once per lists object: many patterns share a list of hundreds of words. */
const COMPILED_LISTS = new WeakMap<PatternLists, Map<string, CompiledList>>();

function compiledList(lists: PatternLists, name: string, source: string, offset: number): CompiledList {
  let byName = COMPILED_LISTS.get(lists);
  if (!byName) {
    byName = new Map();
    COMPILED_LISTS.set(lists, byName);
  }
  let compiled = byName.get(name);
  if (!compiled) {
    const list = lists[name];
    if (!list) throw new PatternError('unknown-list', { pattern: source, token: `@${name}` }, offset, name.length + 1);
    compiled = { exact: new Set(), prefixes: [] };
    for (const item of list) {
      const word = parseWord(item);
      // A bad word of a list is blamed on the `@name` that brought it in.
      if (!word) throw new PatternError('not-a-word', { pattern: source, token: item }, offset, name.length + 1);
      if (word.stem) compiled.prefixes.push(word.word);
      else compiled.exact.add(word.word);
    }
    byName.set(name, compiled);
  }
  return compiled;
}

function compileAtom(atom: AtomSyntax, source: string, lists: PatternLists): Atom {
  switch (atom.kind) {
    case 'placeholder':
    case 'number':
      return { kind: atom.kind };
    case 'punct':
      return { kind: 'punct', values: new Set(atom.marks) };
    case 'words': {
      const exact = new Set<string>();
      const prefixes: string[] = [];
      for (const alt of atom.alternatives) {
        if (alt.kind === 'list') {
          const list = compiledList(lists, alt.name, source, alt.offset);
          for (const w of list.exact) exact.add(w);
          prefixes.push(...list.prefixes);
        } else if (alt.stem) prefixes.push(alt.word);
        else exact.add(alt.word);
      }
      return { kind: 'word', exact, prefixes };
    }
  }
}

/** Compile one pattern. Throws a {@link PatternError} that names the pattern when it is malformed. */
export function compilePattern(source: string, lists: PatternLists = {}): Pattern {
  const syntax = parsePattern(source);
  const steps: Step[] = syntax.steps.map((s) =>
    s.type === 'gap' ? { type: 'gap', max: s.max } : { type: 'atom', atom: compileAtom(s.atom, source, lists), optional: s.optional });
  const required = steps
    .filter((s): s is Extract<Step, { type: 'atom' }> => s.type === 'atom' && !s.optional && s.atom.kind !== 'punct')
    .map((s) => s.atom);
  const best = required.reduce((a, b) => (commonness(b) < commonness(a) ? b : a));
  return { source, anchorStart: syntax.anchorStart, anchorEnd: syntax.anchorEnd, steps, required: best };
}

/**
 * How often an atom is likely to match a token, roughly: every alternative counts, short words
 * count as common and the shortest as very common (prepositions, particles and pronouns: «в»,
 * «не», «вы»); a stem counts more than a word (it matches all its forms), a short one much more;
 * placeholders and numbers are the most common of all.
 */
export function commonness(atom: Atom): number {
  if (atom.kind !== 'word') return 1000;
  let score = 0;
  for (const w of atom.exact) score += w.length === 1 ? 100 : w.length === 2 ? 50 : w.length === 3 ? 20 : 1;
  for (const p of atom.prefixes) score += p.length <= 2 ? 200 : p.length === 3 ? 40 : p.length === 4 ? 6 : 3;
  return score;
}
