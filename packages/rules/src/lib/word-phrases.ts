/**
 * Word phrases of the rules that compare a source text with its translation
 * (consistency-negation, consistency-party): Chinese strings, or words with «*» (the word
 * goes on: «не волну*») and «…» (a short gap), matched in a text lower-cased with ё as е.
 */

/** Lower case, ё as е, ’ as ': every character keeps its place, so offsets agree with the text. */
export function normalizeForPhrases(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing keeps the length of almost every text; where it does not (İ), character by character.
  if (lower.length === text.length) return lower.replace(/ё/g, 'е').replace(/[\u2019\u02bc]/g, "'");
  let out = '';
  for (const ch of text) {
    const mapped = ch.toLowerCase();
    const folded = mapped === 'ё' ? 'е' : mapped === '\u2019' || mapped === '\u02bc' ? "'" : mapped;
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/**
 * A letter of a word, in a text that {@link normalizeForPhrases} lower-cased: Latin (with its
 * accented letters), Cyrillic, digits, combining marks, apostrophe and hyphen. Written out, not
 * as \p{L}: V8 compiles a \p{L} class of thousands of ranges for every regular expression that
 * holds one, and these rules compile hundreds of phrases.
 */
const LETTER = "[0-9a-z\\u00df-\\u024f\\u0300-\\u036f\\u0430-\\u045f'-]";
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression of a phrase (global, Unicode): whole words for en and ru, a plain string for zh. */
function compilePhrase(phrase: string, locale: string): RegExp {
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

/**
 * A phrase of these rules. Its regular expression is compiled the first time a text holds the
 * phrase's longest literal piece (its anchor, which every match contains): a lint of a few
 * templates compiles a handful of the hundreds of phrases, and a text without the anchor costs
 * one substring search per phrase.
 */
export class WordPhrase {
  readonly #anchor: string;
  #re: RegExp | undefined;
  #whole: RegExp | undefined;

  constructor(readonly phrase: string, readonly locale: string) {
    const pieces = normalizeForPhrases(phrase.trim()).split(locale === 'zh' ? '…' : /[\s…]+/u).map((p) => p.replace(/^\*|\*$/g, ''));
    this.#anchor = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  }

  /** Whether the regular expression has been compiled (for tests). */
  get compiled(): boolean {
    return this.#re !== undefined;
  }

  /** The phrase's matches in a text normalised by {@link normalizeForPhrases}. */
  matches(text: string): RegExpMatchArray[] {
    if (!text.includes(this.#anchor)) return [];
    this.#re ??= compilePhrase(this.phrase, this.locale);
    return [...text.matchAll(this.#re)].filter((m) => m[0] !== '');
  }

  /** Whether the phrase spans the whole of a normalised string (a word a match found). */
  matchesWhole(text: string): boolean {
    if (!text.includes(this.#anchor)) return false;
    this.#re ??= compilePhrase(this.phrase, this.locale);
    this.#whole ??= new RegExp(`^(?:${this.#re.source})$`, 'u');
    return this.#whole.test(text);
  }
}

/** The languages these rules have phrase data for. */
export type PhraseLanguage = 'zh' | 'en' | 'ru';

/**
 * A rule's phrase data for the language of a locale (zh-CN → zh), compiled on first use and kept;
 * undefined for a language without data.
 */
export function perLanguage<T>(compile: (lang: PhraseLanguage) => T): (locale: string) => T | undefined {
  const compiled = new Map<PhraseLanguage, T>();
  return (locale) => {
    const lang = locale.split('-')[0]!;
    if (lang !== 'zh' && lang !== 'en' && lang !== 'ru') return undefined;
    let c = compiled.get(lang);
    if (c === undefined) {
      c = compile(lang);
      compiled.set(lang, c);
    }
    return c;
  };
}

/** A word of a normalised text (see {@link LETTER}), with inner apostrophes and hyphens. */
const WORD_CHAR = "[0-9a-z\\u00df-\\u024f\\u0300-\\u036f\\u0430-\\u045f]";
const WORD = new RegExp(`${WORD_CHAR}+(?:['-]${WORD_CHAR}+)*`, 'gu');

/** The words of a text normalised by {@link normalizeForPhrases} (letters, digits, inner apostrophes and hyphens), with their offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
