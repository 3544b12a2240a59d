/** Shared by the pattern modules' tests: a text as the rules see it, and what a pattern finds in it. */
import { parseNatural, parsePlaceholders } from '@otvet/core';
import { compilePattern, type PatternLists } from './compile.js';
import { matchPattern } from './match.js';
import { sentencesOf, type Sentence } from './sentences.js';

/** The sentences of a text with its placeholders masked, as the phrase rules get them. */
export const sentences = (text: string): Sentence[] => sentencesOf(parseNatural(parsePlaceholders(text).masked));

/** The stretches of text a pattern matches, in order. */
export const find = (pattern: string, text: string, lists: PatternLists = {}): string[] => {
  const compiled = compilePattern(pattern, lists);
  return sentences(text).flatMap((s) => matchPattern(compiled, s).map((m) => text.slice(m.start, m.end)));
};
