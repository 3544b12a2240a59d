/**
 * Sentences and tokens: what a pattern is matched against. An nlcst tree (retext, over the text
 * with its placeholders masked) is cut into sentences — at a sentence end, and at a line break
 * unless the next line goes on in lower case — and each sentence into tokens: words, punctuation
 * marks and placeholders, each with its range in the text and its normalised form.
 */
import type { Root } from 'nlcst';
import type { TextView } from '@otvet/core';
import { foldToken } from '../normalize.js';
import { uregex } from '../unicode.js';
import { perView } from '../per-view.js';

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

/** What a masked placeholder is made of (see @otvet/core's parsePlaceholders). */
const MASK = '\uFFFC';
const LOWER_START = uregex(String.raw`^\p{Ll}`, 'u');
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** A number with the full stop that retext leaves on it at a sentence end («на 5.»). */
const NUMBER_WITH_STOP = /^(\d+(?:[.,]\d+)*)(\.+)$/;

/** A word token that is a number (`5`, `1500`, `2,5`, `1.000.000`): what the pattern token `#` matches. */
export const NUMBER = /^\d+(?:[.,]\d+)*$/;

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
      const num = NUMBER_WITH_STOP.exec(text);
      if (num) {
        const cut = start + num[1]!.length;
        current.push({ kind: 'word', text: num[1]!, norm: num[1]!, start, end: cut });
        current.push({ kind: 'punct', text: num[2]!, norm: num[2]!, start: cut, end });
      } else {
        // «2,5»: retext splits a decimal number at the comma; join it back into one token.
        const sep = current[current.length - 1];
        const whole = current[current.length - 2];
        if (/^\d/.test(text) && sep?.kind === 'punct' && (sep.text === ',' || sep.text === '.') && sep.end === start
          && whole?.kind === 'word' && NUMBER.test(whole.text) && whole.end === sep.start) {
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
