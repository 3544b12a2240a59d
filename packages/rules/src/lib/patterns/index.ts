/**
 * The word-sequence pattern language shared by the phrase rules (tone-calque, the policy-*
 * rules) and users' phrasebooks; its grammar, for the people who write patterns, is
 * docs/phrase-patterns.md. Patterns are data (YAML), never raw regular expressions.
 *
 * - ./sentences.ts — a text (its nlcst tree) cut into sentences of word, punctuation and
 *   placeholder tokens, normalised for comparison;
 * - ./parse.ts — the syntax of one pattern, and its errors with their place in the pattern;
 * - ./compile.ts — `@lists` resolved, the most selective required token chosen;
 * - ./match.ts — one pattern against one sentence;
 * - ./phrases.ts — phrases: patterns with exceptions (`unless`), compiled on first use;
 * - ./find.ts — many phrases against many sentences, through an index of required tokens;
 * - ./phrase-keys.ts — the build step that stores that index's keys in the bundled data.
 */
export { NUMBER, normalizeWord, sentencesOf, sentencesOfView, type Sentence, type Token, type TokenKind } from './sentences.js';
export { DEFAULT_GAP, PatternError, parsePattern, parseWord, type Alternative, type AtomSyntax, type ListAlternative, type PatternSyntax, type StepSyntax, type WordAlternative } from './parse.js';
export { commonness, compilePattern, type Atom, type Pattern, type PatternLists, type Step } from './compile.js';
export { atomMatches, matchPattern, type PatternMatch } from './match.js';
export { compilePhrase, lazyPhrase, matchPhrase, phraseKeys, type Phrase, type PhraseKeys, type PhraseSource } from './phrases.js';
export { findPhrases, type PhraseHit } from './find.js';
