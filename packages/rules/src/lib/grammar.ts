/**
 * What the grammar rules share: the sentences of a text as syntax tokens (words with their
 * dictionary readings), computed once per text, with quoted text taken out, and the case,
 * number and gender of a reading.
 */
import { analyse, caseOf, syntaxTokens, type Reading, type SyntaxToken } from '@otvet/morph';
import type { TextView } from '@otvet/core';
import { perView } from './per-view.js';
import { sentencesOfView } from './patterns/index.js';
import substantivizedData from './substantivized.yaml';

export type { SyntaxToken } from '@otvet/morph';

/** Adjectives used as nouns that the dictionary knows only as adjectives (./substantivized.yaml): before a genitive they head the phrase. */
export const SUBSTANTIVIZED: ReadonlySet<string> = new Set((substantivizedData as { lemmas: string[] }).lemmas);

const OPEN_QUOTES = new Set(['«', '„', '“', '‹', '‘']);
const CLOSE_QUOTES = new Set(['»', '”', '›', '’']);

/**
 * The sentences of the target text as syntax tokens. Quoted names and titles become `other`
 * tokens (see quotedNames): they are not judged, and they break the phrase around them.
 */
export const grammarSentencesOfView: (view: TextView) => SyntaxToken[][] = perView((view) =>
  sentencesOfView(view).map((sentence) => {
    const tokens = syntaxTokens(sentence, analyse);
    quotedNames(tokens, (i) => tokens[i]!.readings).forEach((quoted, k) => {
      const t = tokens[k]!;
      if (!quoted || t.kind === 'punct' || t.kind === 'placeholder') return;
      t.kind = 'other';
      t.readings = [];
      t.plain = false;
    });
    return tokens;
  }),
);

/**
 * Which tokens of a sentence are quoted names or titles («Быстрая доставка», "Premium"), not
 * to be judged: everything inside quotation marks but a quoted sentence (at least four
 * words, one of them a finite verb in every reading: «товар не пришёл в срок»), which is
 * speech and is judged like the rest. A straight quote " opens and closes in turn; a
 * quotation left open runs to the end of the sentence. `readingsAt` gives a word's
 * dictionary readings.
 */
export function quotedNames(tokens: readonly { kind: string; text: string }[], readingsAt: (i: number) => readonly Reading[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let depth = 0;
  let straight = false;
  let from = -1;
  const close = (to: number): void => {
    if (from >= 0 && !isQuotedSentence(tokens, from, to, readingsAt)) out.fill(true, from, to);
    from = -1;
  };
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    const inside = depth > 0 || straight;
    for (const ch of t.text) {
      // «“» closes „…“ (and an inner “…”) and opens “…” at the top level.
      if (ch === '“' && depth > 0) depth--;
      else if (OPEN_QUOTES.has(ch)) depth++;
      else if (CLOSE_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
      else if (ch === '"') straight = !straight;
    }
    const now = depth > 0 || straight;
    if (!inside && now) from = i + 1;
    else if (inside && !now) close(i);
  });
  close(tokens.length);
  return out;
}

function isQuotedSentence(tokens: readonly { kind: string }[], from: number, to: number, readingsAt: (i: number) => readonly Reading[]): boolean {
  let words = 0;
  let verb = false;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    words++;
    const readings = readingsAt(k);
    if (readings.length > 0 && readings.every((r) => r.pos === 'VERB')) verb = true;
  }
  return words >= 4 && verb;
}

export { caseOf, genderOf, numberOf } from '@otvet/morph';

/**
 * Whether a word that may stand between a verb and the phrase it governs is one: a pronoun
 * object in every reading («вам», «вас») or an adverb («Благодарим вас за…», «вернём вам 100
 * рублей», «осталось всего…»).
 */
export function objectPronounOrAdverb(readings: readonly Reading[]): boolean {
  return readings.length > 0 && readings.every((r) => (r.pos === 'NPRO' && caseOf(r) !== 'nomn') || r.pos === 'ADVB');
}

/** The text of a token range of a sentence, as written in the value (spaces and all). */
export function spanText(value: string, tokens: readonly SyntaxToken[], from: number, to: number): string {
  return value.slice(tokens[from]!.start, tokens[to]!.end);
}

/**
 * The `advice_*` slots of a message that ends with them («….{advice_en}»): “ Write “…”.” in each
 * language when the right text is known, else nothing.
 */
export function writeAdvice(expected: string | undefined): { advice_en: string; advice_zh: string; advice_ru: string } {
  return expected === undefined
    ? { advice_en: '', advice_zh: '', advice_ru: '' }
    : { advice_en: ` Write “${expected}”.`, advice_zh: `请改为“${expected}”。`, advice_ru: ` Напишите «${expected}».` };
}
