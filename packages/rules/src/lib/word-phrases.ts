/**
 * Word phrases of the rules that compare a source text with its translation
 * (consistency-negation, consistency-party): Chinese strings, or words with «*» (the word
 * goes on: «не волну*») and «…» (a short gap), matched in a text lower-cased with ё as е.
 */

/** Lower case, ё as е, ’ as ': every character keeps its place, so offsets agree with the text. */
export function normalizeForPhrases(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = lower === 'ё' ? 'е' : lower === '\u2019' || lower === '\u02bc' ? "'" : lower;
    out += mapped.length === ch.length ? mapped : ch;
  }
  return out;
}

const LETTER = "[\\p{L}\\p{M}\\d'-]";
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression of a phrase (global, Unicode): whole words for en and ru, a plain string for zh. */
export function compilePhrase(phrase: string, locale: string): RegExp {
  const text = normalizeForPhrases(phrase.trim());
  if (locale === 'zh') {
    return new RegExp(text.split('…').map(escape).join('[^。！？；\\n]{0,8}?'), 'gu');
  }
  const word = (w: string): string => {
    const leading = w.startsWith('*');
    const trailing = w.endsWith('*');
    const core = escape(w.replace(/^\*|\*$/g, ''));
    return `${leading ? `${LETTER}*` : ''}${core}${trailing ? `${LETTER}*` : ''}`;
  };
  const parts = text.split(/\s*…\s*/u).map((part) => part.split(/\s+/u).map(word).join('\\s+'));
  const body = parts.join(`(?:\\s+${LETTER}+){0,3}\\s+`);
  return new RegExp(`(?<!${LETTER})${body}(?!${LETTER})`, 'gu');
}

/** Where the phrases occur in a normalised text. */
export function phraseRanges(text: string, patterns: readonly RegExp[]): [number, number][] {
  const out: [number, number][] = [];
  for (const re of patterns) for (const m of text.matchAll(re)) if (m[0]) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The words of a text (letters, digits, apostrophes and inner hyphens), with their offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\d]+(?:['-][\p{L}\p{M}\d]+)*/gu)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Blank a range (spaces), keeping offsets. */
export function blankRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}
