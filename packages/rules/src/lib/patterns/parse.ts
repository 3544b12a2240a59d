/**
 * The syntax of a pattern (docs/phrase-patterns.md): tokens separated by blanks, each a word
 * (`заказ`), a stem (`отмен*`), a list (`@request`), alternatives of those (`вам|вас|вы`),
 * punctuation (`,`, `!|.`), a placeholder (`{}`), a number (`#`), any of these optional
 * (`[вам]`), or a gap (`*`, `*2`); `^` may come first and `$` last. Parsing checks everything
 * that can be checked without the lists the pattern refers to (those are resolved by
 * ./compile.ts) and reports a malformed pattern with the place of the mistake.
 */
import { foldTokenOnce } from '../normalize.js';
import { uregex } from '../unicode.js';
import type { Localized } from '@otvet/core';
import { patternText, type PatternMessageId } from './messages.js';

/**
 * A malformed pattern. The message names the pattern (it is what users see, in the tone-calque
 * message for a broken phrasebook entry); `offset` and `length` say where in the pattern the
 * mistake is (UTF-16 units; the whole pattern when no single token is to blame).
 */
export class PatternError extends Error {
  /** The message in every language (`message` is its English). */
  readonly detail: Localized;
  constructor(id: PatternMessageId, data: Record<string, string | number>, readonly offset?: number, readonly length?: number) {
    const detail = patternText(id, data);
    super(detail.en);
    this.detail = detail;
  }
}

/** One alternative of a word token: an exact word or a stem, normalised (see ../normalize.ts). */
export interface WordAlternative {
  kind: 'word';
  /** Lower case, ё → е, plain apostrophes and hyphens; without the stem's `*`. */
  word: string;
  /** `отмен*`: any word that starts with `word`. */
  stem: boolean;
  /** Where the alternative starts in the pattern. */
  offset: number;
}

/** `@name`: every word and stem of a list given to the compiler. */
export interface ListAlternative {
  kind: 'list';
  name: string;
  offset: number;
}

export type Alternative = WordAlternative | ListAlternative;

export type AtomSyntax =
  | { kind: 'words'; alternatives: Alternative[] }
  /** One or more punctuation marks (single characters), any of which matches. */
  | { kind: 'punct'; marks: string[] }
  | { kind: 'placeholder' }
  | { kind: 'number' };

export type StepSyntax =
  | { type: 'atom'; atom: AtomSyntax; optional: boolean; text: string; offset: number }
  /** `*` (max 3) or `*N`: up to `max` words of any kind. */
  | { type: 'gap'; max: number; text: string; offset: number };

export interface PatternSyntax {
  source: string;
  /** `^` first: the match starts the sentence. */
  anchorStart: boolean;
  /** `$` last: the match ends the sentence. */
  anchorEnd: boolean;
  steps: StepSyntax[];
}

/** The gap a `*` alone stands for. */
export const DEFAULT_GAP = 3;

/** A word or a stem: letters and digits, with `'`, `.` or `-` inside, and `*` at the end for a stem. */
const WORD_ALT = uregex(String.raw`^[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*\*?$`, 'u');
/** A punctuation mark: one character that is no letter, digit, blank or operator. */
const PUNCT_ALT = uregex(String.raw`^[^\p{L}\p{N}\s[\]|*@^\${}#]$`, 'u');
const GAP = /^\*([1-9])?$/;

/** An exact word or a stem as written in a pattern or a list; undefined when it is neither. */
export function parseWord(text: string, offset = 0): WordAlternative | undefined {
  const norm = foldTokenOnce(text);
  if (!WORD_ALT.test(norm)) return undefined;
  return norm.endsWith('*') ? { kind: 'word', word: norm.slice(0, -1), stem: true, offset } : { kind: 'word', word: norm, stem: false, offset };
}

/** The message for a token that is none of the things a token can be. */

function parseAtom(text: string, offset: number, source: string): AtomSyntax {
  if (text === '{}') return { kind: 'placeholder' };
  if (text === '#') return { kind: 'number' };
  const parts = text.split('|');
  if (parts.every((a) => PUNCT_ALT.test(a))) return { kind: 'punct', marks: parts };
  if (parts.some((a) => PUNCT_ALT.test(a))) throw new PatternError('mixed-token', { pattern: source, token: text }, offset, text.length);
  const alternatives: Alternative[] = [];
  let at = offset;
  for (const alt of parts) {
    if (alt.startsWith('@')) alternatives.push({ kind: 'list', name: alt.slice(1), offset: at });
    else {
      const word = parseWord(alt, at);
      if (!word) throw new PatternError('not-a-word', { pattern: source, token: alt }, at, alt.length);
      alternatives.push(word);
    }
    at += alt.length + 1;
  }
  return { kind: 'words', alternatives };
}

/** Parse one pattern. Throws a {@link PatternError} that names the pattern and the place of the mistake. */
export function parsePattern(source: string): PatternSyntax {
  const parts = [...source.matchAll(/\S+/g)].map((m) => ({ text: m[0], offset: m.index }));
  let anchorStart = false;
  let anchorEnd = false;
  if (parts[0]?.text === '^') {
    anchorStart = true;
    parts.shift();
  }
  if (parts[parts.length - 1]?.text === '$') {
    anchorEnd = true;
    parts.pop();
  }
  const steps: StepSyntax[] = [];
  for (const { text, offset } of parts) {
    const gap = GAP.exec(text);
    if (gap) {
      steps.push({ type: 'gap', max: gap[1] ? Number(gap[1]) : DEFAULT_GAP, text, offset });
      continue;
    }
    if (text === '^' || text === '$') throw new PatternError('anchor', { pattern: source, token: text }, offset, text.length);
    if (/^\*\d+$/.test(text)) throw new PatternError('bad-gap', { pattern: source, token: text, gap: DEFAULT_GAP }, offset, text.length);
    if (/^\[?\{[^{}]+\}\]?$/.test(text)) throw new PatternError('named-placeholder', { pattern: source, token: text }, offset, text.length);
    const optional = text.startsWith('[') && text.endsWith(']') && text.length > 2;
    const body = optional ? text.slice(1, -1) : text;
    if (/[[\]]/.test(body)) throw new PatternError('brackets', { pattern: source, token: text }, offset, text.length);
    steps.push({ type: 'atom', atom: parseAtom(body, optional ? offset + 1 : offset, source), optional, text, offset });
  }
  if (steps.length === 0) throw new PatternError('empty', { pattern: source }, 0, source.length);
  for (const edge of [steps[0]!, steps[steps.length - 1]!]) {
    if (edge.type === 'gap') throw new PatternError('gap-edge', { pattern: source }, edge.offset, edge.text.length);
  }
  if (!steps.some((s) => s.type === 'atom' && !s.optional && s.atom.kind !== 'punct')) {
    throw new PatternError('no-word', { pattern: source }, 0, source.length);
  }
  return { source, anchorStart, anchorEnd, steps };
}
