/**
 * What the grammar rules share: the sentences of a text as syntax tokens (words with their
 * dictionary readings), computed once per text, with quoted text taken out, and the case,
 * number and gender of a reading.
 */
import { analyse, syntaxTokens, type Reading, type SyntaxToken } from '@otvet/morph';
import type { TextView } from '@otvet/core';
import { perView } from './per-view.js';
import { sentencesOfView } from './patterns/index.js';

export type { SyntaxToken } from '@otvet/morph';

const OPEN_QUOTES = new Set(['«', '„', '“', '‹']);
const CLOSE_QUOTES = new Set(['»', '”', '›']);

/**
 * The sentences of the target text as syntax tokens. Words inside quotation marks («Быстрая
 * доставка», "Premium") become `other` tokens: a quoted name or title is not judged, and it
 * breaks the phrase around it. A straight quote " opens and closes in turn.
 */
export const grammarSentencesOfView: (view: TextView) => SyntaxToken[][] = perView((view) =>
  sentencesOfView(view).map((sentence) => {
    const tokens = syntaxTokens(sentence, analyse);
    let depth = 0;
    let straight = false;
    for (const t of tokens) {
      if (t.kind === 'punct') {
        if (OPEN_QUOTES.has(t.text)) depth++;
        else if (CLOSE_QUOTES.has(t.text)) depth = Math.max(0, depth - 1);
        else if (t.text === '"') straight = !straight;
        continue;
      }
      if ((depth > 0 || straight) && t.kind !== 'placeholder') {
        t.kind = 'other';
        t.readings = [];
        t.plain = false;
      }
    }
    return tokens;
  }),
);

/** The case of a reading, the second genitive/locative and the vocative folded into their case. */
export function caseOf(r: Reading): string | undefined {
  for (const g of r.tags) {
    switch (g) {
      case 'nomn': case 'gent': case 'datv': case 'accs': case 'ablt': case 'loct': return g;
      case 'gen2': return 'gent';
      case 'loc2': return 'loct';
      case 'acc2': return 'accs';
      case 'voct': return 'nomn';
      default:
    }
  }
  return undefined;
}

export function numberOf(r: Reading): 'sing' | 'plur' | undefined {
  return r.tags.has('plur') ? 'plur' : r.tags.has('sing') ? 'sing' : undefined;
}

export function genderOf(r: Reading): 'masc' | 'femn' | 'neut' | 'Ms-f' | undefined {
  for (const g of ['masc', 'femn', 'neut', 'Ms-f'] as const) if (r.tags.has(g)) return g;
  return undefined;
}

/** The text of a token range of a sentence, as written in the value (spaces and all). */
export function spanText(value: string, tokens: readonly SyntaxToken[], from: number, to: number): string {
  return value.slice(tokens[from]!.start, tokens[to]!.end);
}
