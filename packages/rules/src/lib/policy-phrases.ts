/**
 * Phrase data of the policy-* rules (schema: ./policy-phrases.schema.json): word-sequence
 * patterns (see ./patterns/index.ts, docs/phrase-patterns.md) grouped into phrases, each with a kind, exceptions,
 * examples and counterexamples.
 */
import { findPhrases, lazyPhrase, type Phrase, type PhraseHit, type Sentence } from './patterns/index.js';

export interface SubstringHit {
  phrase: PolicyPhrase;
  text: string;
  start: number;
  end: number;
}

export interface PolicyPhrase {
  id: string;
  kind: string;
  name?: string;
  label?: { en: string; zh: string; ru: string };
  note?: string;
  patterns?: string[];
  /** Raw text matched anywhere (for scripts without spaces between words: 微信). */
  substrings?: string[];
  unless?: string[];
  examples?: string[];
  counterexamples?: string[];
  /** Index keys computed by the build (see PhraseSource.keys). */
  keys?: string[][];
}

export interface PolicyPhrases {
  description: string;
  lists?: Record<string, string[]>;
  phrases: PolicyPhrase[];
}

/** A phrase file; each phrase is compiled on first use (see {@link lazyPhrase}). */
export class PhraseSet {
  private compiled: Phrase<PolicyPhrase>[] | undefined;
  /** The same array for the same kinds: the phrase index is built once per array. */
  private readonly byKinds = new Map<string, Phrase<PolicyPhrase>[]>();

  constructor(readonly data: PolicyPhrases) {}

  get phrases(): Phrase<PolicyPhrase>[] {
    this.compiled ??= this.data.phrases.map((p) => lazyPhrase({ ...p, patterns: p.patterns ?? [] }, this.data.lists ?? {}));
    return this.compiled;
  }

  /** Phrases of some kinds (all when none are given). */
  of(...kinds: string[]): Phrase<PolicyPhrase>[] {
    if (!kinds.length) return this.phrases;
    const key = kinds.join('\n');
    let list = this.byKinds.get(key);
    if (!list) {
      list = this.phrases.filter((p) => kinds.includes(p.data.kind));
      this.byKinds.set(key, list);
    }
    return list;
  }

  /** Where the `substrings` of phrases of some kinds occur in a text. */
  findSubstrings(text: string, ...kinds: string[]): SubstringHit[] {
    const out: SubstringHit[] = [];
    for (const phrase of this.data.phrases) {
      if (kinds.length && !kinds.includes(phrase.kind)) continue;
      for (const sub of phrase.substrings ?? []) {
        for (let at = text.indexOf(sub); at >= 0; at = text.indexOf(sub, at + sub.length)) out.push({ phrase, text: sub, start: at, end: at + sub.length });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Matches of the phrases of some kinds; overlapping matches keep the longest. */
  find(sentences: readonly Sentence[], ...kinds: string[]): PhraseHit<PolicyPhrase>[] {
    return findPhrases(this.of(...kinds), sentences);
  }
}
