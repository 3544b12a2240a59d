/**
 * Character classes and small text helpers shared by the typography-* and
 * script-* rules. They work on the masked text (placeholders replaced by
 * U+FFFC of the same length), so offsets are value offsets.
 */
import { MASK } from '@otvet/core';
import { uregex } from './unicode.js';

export { MASK };

const LETTER = uregex(String.raw`^[\p{L}\p{M}]$`, 'u');
const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const DIGIT = uregex(String.raw`^\p{Nd}$`, 'u');

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
export const isCyrillic = (ch: string | undefined): boolean => ch !== undefined && CYRILLIC.test(ch);
export const isLatin = (ch: string | undefined): boolean => ch !== undefined && LATIN.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT.test(ch);
export const isMask = (ch: string | undefined): boolean => ch === MASK;
/** Space inside a line: space, tab, no-break and thin spaces (not line breaks, not U+3000). */
export const isBlank = (ch: string | undefined): boolean => ch !== undefined && /^[ \t\u00A0\u2009\u202F]$/u.test(ch);
/** Any whitespace, line breaks included. */
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /^\s$/u.test(ch);
/** A letter, a digit or a placeholder: something a word is made of. */
export const isWordChar = (ch: string | undefined): boolean => isLetter(ch) || isDigit(ch) || isMask(ch);

/** The run of non-whitespace characters around `index` (its start and end). */
function tokenAround(text: string, index: number): { start: number; end: number; token: string } {
  let start = index;
  let end = index;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  while (end < text.length && !isSpace(text[end])) end++;
  return { start, end, token: text.slice(start, end) };
}

const URL_LIKE = /:\/\/|^[(«"']?www\.|[\w.+-]@[\w-]+\.|\.(?:ru|рф|su|com|net|org|cn|io|me|shop|store|html?|php)(?:[/?#:]|$)/iu;

/** Whether a whitespace-free token is a URL, an e-mail or a domain name (not prose). */
function isUrlLike(token: string): boolean {
  return URL_LIKE.test(token);
}

/**
 * `isUrlLike(tokenAround(text, index).token)` for the indexes of one text, each token found and
 * tested once: a rule that asks at every mark of a long run without spaces («а,б,а,б…», a pasted
 * CSV row) would otherwise read the whole run again for each mark.
 */
export function urlLikeAround(text: string): (index: number) => boolean {
  let start = 0;
  let end = 0;
  let verdict = false;
  return (index) => {
    if (index < start || index >= end) {
      ({ start, end } = tokenAround(text, index));
      verdict = isUrlLike(text.slice(start, end));
    }
    return verdict;
  };
}
