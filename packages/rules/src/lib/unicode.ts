/**
 * Regular expressions with Unicode categories that compile fast. V8 builds a `\p{L}` class from
 * ICU's tables every time it compiles a regex that contains one, a few milliseconds each; the
 * rules have dozens of such regexes, and a pre-commit hook pays for all of them on every start.
 * {@link uregex} spells `\p{L}`, `\p{M}`, `\p{N}`, `\p{Nd}`, `\p{Lu}` and `\p{Ll}` out as the
 * precomputed ranges of ../generated/unicode.ts (scripts/gen-unicode.mjs), written as the
 * characters themselves (V8 parses them faster than \u escapes): the Basic
 * Multilingual Plane plus the supplementary blocks shop texts use (mathematical bold letters,
 * CJK extension ideographs). Other supplementary letters, marks and digits (historic scripts)
 * are not matched.
 */
import { DECIMAL, LETTER, LOWER, MARK, NUMBER, UPPER } from '../generated/unicode.js';

const CLASSES: Readonly<Record<string, string>> = { L: LETTER, M: MARK, N: NUMBER, Nd: DECIMAL, Lu: UPPER, Ll: LOWER };
const PROPERTY = /^\\p\{(L|M|N|Nd|Lu|Ll)\}/;

/** Expand the supported `\p{…}` escapes of a regex source: inside a class as ranges, outside as a class of them. */
export function expandCategories(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const property = PROPERTY.exec(source.slice(i, i + 6));
      if (property) {
        const ranges = CLASSES[property[1]!]!;
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * `new RegExp(source, flags)` with the categories expanded; write the source with String.raw:
 * uregex(String.raw`[\p{L}\p{N}]+`, 'gu'). The `u` flag is required (the ranges hold supplementary characters).
 */
export function uregex(source: string, flags: string): RegExp {
  if (!flags.includes('u')) throw new Error(`uregex needs the u flag: /${source}/${flags}`);
  let expanded = EXPANDED.get(source);
  if (expanded === undefined) {
    expanded = expandCategories(source);
    EXPANDED.set(source, expanded);
  }
  // A new RegExp each call (a shared one would share lastIndex); V8 caches the compiled code by source and flags.
  return new RegExp(expanded, flags);
}

/** Expanded sources by source: expanding is a loop over the characters of the source. */
const EXPANDED = new Map<string, string>();

/**
 * {@link uregex}, built on first use: a regex that only runs on some texts (after a cheap
 * pre-test, or on a finding) costs nothing at start-up. Call the result to get the regex.
 */
export function lazyUregex(source: string, flags: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= uregex(source, flags));
}
