import { countBelow, defineRule, type TextView } from '@otvet/core';
import negationData from './negation.yaml';
import { normalizeForPhrases, perLanguage, WordPhrase, wordsOf } from '../lib/word-phrases.js';
import { blankSpans, TakenSpans } from '../lib/spans.js';
import { lazyUregex } from '../lib/unicode.js';

type Kind = 'none' | 'weak' | 'double';
interface Exception {
  phrase: string;
  kind: Kind;
  note: string;
  examples?: string[];
}
interface Language {
  negations: string[];
  modals?: string[];
  related: string[];
  notRelated?: string[];
  exceptions: Exception[];
}
export interface Pair {
  zh?: string;
  en?: string;
  ru: string;
  report?: 'missing' | 'added' | 'double';
}
export interface NegationData {
  description: string;
  zh: Language;
  en: Language;
  ru: Language;
  examples: Pair[];
  counterexamples: Pair[];
}

export const NEGATION = negationData as NegationData;

interface Compiled {
  negations: Set<string>;
  modals: Set<string>;
  exceptions: { kind: Kind; phrase: WordPhrase; length: number }[];
  related: WordPhrase[];
  notRelated: WordPhrase[];
}

const languageOf = perLanguage<Compiled>((lang) => {
  const data = NEGATION[lang];
  return {
    negations: new Set(data.negations.map(normalizeForPhrases)),
    modals: new Set((data.modals ?? []).map(normalizeForPhrases)),
    // Longer phrases first: «не стоит беспоко*» before «не беспоко*», 不用担心 before 不用谢.
    exceptions: data.exceptions.map((e) => ({ kind: e.kind, phrase: new WordPhrase(e.phrase, lang), length: e.phrase.length })).sort((a, b) => b.length - a.length),
    related: data.related.map((p) => new WordPhrase(p, lang)),
    notRelated: (data.notRelated ?? []).map((p) => new WordPhrase(p, lang)),
  };
});

export interface NegationHit {
  start: number;
  end: number;
  text: string;
}

export interface NegationAnalysis {
  /** Negations of meaning: each may trigger a report. */
  strict: NegationHit[];
  /** Polite formulas with a negation in form (没关系, «не за что»), by kind. */
  weak: number;
  /** Double negatives that mean yes (不得不). */
  doubleExceptions: number;
  /** A word of lack or refusal (缺货, out of stock, «отсутствует», не-…). */
  related: boolean;
  /** Russian double negatives: «не можем не», «нельзя не». */
  doubles: NegationHit[];
}

/** Clause boundaries: punctuation and coordinating conjunctions. */
const CLAUSE_BREAK = lazyUregex(String.raw`[.!?;:,…。！？；：，、\n()（）«»"“”—–]|(?<![\p{L}])(?:и|а|но|или|однако|зато|and|but|or)(?![\p{L}])`, 'gu');

function russianDoubles(text: string, strict: NegationHit[], c: Compiled): NegationHit[] {
  if (strict.length < 2) return [];
  const breaks = [...text.matchAll(CLAUSE_BREAK())].map((m) => m.index);
  // How many clause breaks come before an offset (the breaks are in text order).
  const clause = (offset: number): number => countBelow(breaks, offset);
  const words = wordsOf(text);
  const out: NegationHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let second: number | undefined;
    if (w.word === 'не' && c.modals.has(words[i + 1]?.word ?? '')) {
      for (let k = i + 2; k <= i + 4 && k < words.length; k++) if (words[k]!.word === 'не') { second = k; break; }
    } else if (w.word === 'нельзя' || w.word.startsWith('невозможн')) {
      for (let k = i + 1; k <= i + 2 && k < words.length; k++) if (words[k]!.word === 'не') { second = k; break; }
    }
    if (second === undefined) continue;
    const end = words[second]!;
    if (clause(w.start) !== clause(end.start)) continue;
    out.push({ start: w.start, end: end.end, text: '' });
    i = second;
  }
  return out;
}

/**
 * Whether a negation is inside one of the double negatives (in text order, none overlapping
 * another, as russianDoubles finds them): the last one that starts before it is the only one
 * that can hold it, found by a binary search.
 */
function insideDouble(doubles: readonly NegationHit[], starts: readonly number[], h: NegationHit): boolean {
  const d = doubles[countBelow(starts, h.start + 1) - 1];
  return d !== undefined && h.end <= d.end;
}

/** The negations of a text, or undefined for a language without data. */
export function analyzeNegation(view: Pick<TextView, 'locale' | 'parsed'>): NegationAnalysis | undefined {
  const c = languageOf(view.locale);
  if (!c) return undefined;
  const lang = view.locale.split('-')[0]!;
  const text = normalizeForPhrases(view.parsed.masked);
  let work = text;
  let weak = 0;
  let doubleExceptions = 0;
  const taken = new TakenSpans(text.length);
  for (const e of c.exceptions) {
    const found = e.phrase.matches(work);
    if (found.length === 0) continue;
    const added: [number, number][] = [];
    for (const m of found) {
      // (Never empty: WordPhrase#matches drops empty matches.)
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (taken.overlaps(span)) continue;
      taken.take(span);
      added.push([span.start, span.end]);
      if (e.kind === 'weak') weak++;
      else if (e.kind === 'double') doubleExceptions++;
    }
    work = blankSpans(work, added, ' ');
  }
  const strict: NegationHit[] = [];
  if (lang === 'zh') {
    // A-not-A questions (有没有, 是不是, 能不能, 可不可以) ask; they negate nothing.
    work = blankSpans(work, [...work.matchAll(/(\p{Script=Han})[不没沒]\1/gu)].map((m) => [m.index, m.index + m[0].length] as const), ' ');
    for (let i = 0; i < work.length; i++) if (c.negations.has(work[i]!)) strict.push({ start: i, end: i + 1, text: view.parsed.masked[i]! });
  } else {
    for (const w of wordsOf(work)) {
      let negation = c.negations.has(w.word) || (lang === 'en' && w.word.endsWith("n't"));
      // «No. 5», «no 12»: a number sign.
      if (negation && lang === 'en' && w.word === 'no' && /^\.?\s*[\d#]/u.test(work.slice(w.end))) negation = false;
      if (negation) strict.push({ start: w.start, end: w.end, text: view.parsed.masked.slice(w.start, w.end) });
    }
  }
  const related = c.related.some((p) => p.matches(text).some((m) => !c.notRelated.some((n) => n.matchesWhole(m[0]))));
  const doubles = lang === 'ru' ? russianDoubles(work, strict, c).map((d) => ({ ...d, text: view.parsed.masked.slice(d.start, d.end) })) : [];
  return { strict, weak, doubleExceptions, related, doubles };
}

const hasAny = (a: NegationAnalysis): boolean => a.strict.length > 0 || a.weak > 0 || a.doubleExceptions > 0 || a.related;

/**
 * A negation in one text and none in the other, or a Russian double negative where the
 * source says no: the buyer reads the opposite of what the shop meant.
 */
export default defineRule(
  {
    id: 'consistency-negation',
    category: 'consistency',
    description: {
      en: 'A negation in the source text must not be lost, added or doubled in the translation.',
      zh: '源文本中的否定在译文中不能丢失、多出或变成双重否定。',
      ru: 'Отрицание исходного текста не должно теряться, добавляться или удваиваться в переводе.',
    },
    fixable: false,
    recommended: 'warning',
    scope: 'pair',
    defaults: {},
    messages: {
      missing: {
        en: 'The {source} text says no («{actual}»), the {target} text has no negation at all: the buyer may understand the opposite (a refusal read as a promise). Check that the translation says «не», «нет» or «нельзя» where the {source} text does.',
        zh: '{source} 文本中有否定（「{actual}」），{target} 文本中却完全没有否定：买家可能理解成相反的意思（把拒绝读成承诺）。请检查译文在相应位置是否写了 «не»、«нет» 或 «нельзя»。',
        ru: 'В тексте {source} есть отрицание («{actual}»), а в тексте {target} отрицания нет совсем: покупатель может понять наоборот (отказ — как обещание). Проверьте, что в переводе есть «не», «нет» или «нельзя» там же, где в тексте {source}.',
      },
      added: {
        en: 'The {target} text says «{actual}», the {source} text has no negation at all: the buyer may read a refusal where the shop meant yes. Check whether the negation belongs there, and remove it if the {source} text agrees.',
        zh: '{target} 文本中有否定 «{actual}»，{source} 文本中却完全没有否定：买家可能把同意读成拒绝。请核对这个否定是否应该存在；如果 {source} 文本是肯定的，请删掉它。',
        ru: 'В тексте {target} есть отрицание «{actual}», а в тексте {source} отрицаний нет совсем: покупатель может прочитать отказ там, где магазин говорит «да». Проверьте, нужно ли здесь отрицание, и уберите его, если текст {source} утвердительный.',
      },
      double: {
        en: '«{actual}» has two negations in one clause: in Russian a double negative means yes («не можем не вернуть» — «обязательно вернём»), while the {source} text says no. Write one negation: «не можем вернуть».',
        zh: '«{actual}» 在一个分句里有两个否定：俄语的双重否定表示肯定（«не можем не вернуть» 意思是「一定会退」），而 {source} 文本是否定的。请只保留一个否定，例如 «не можем вернуть»。',
        ru: 'В «{actual}» два отрицания в одной части предложения: двойное отрицание означает «да» («не можем не вернуть» — «обязательно вернём»), а в тексте {source} — отказ. Оставьте одно отрицание: «не можем вернуть».',
      },
    },
  },
  (context) => {
    const sourceView = context.source;
    if (!sourceView) return;
    const source = analyzeNegation(sourceView);
    const target = analyzeNegation(context.target);
    if (!source || !target) return;
    const data = { source: sourceView.locale, target: context.target.locale };
    const first = source.strict[0];
    if (first && !hasAny(target)) {
      context.report({ messageId: 'missing', data: { ...data, actual: first.text }, start: first.start, end: first.end, in: 'source', fix: false });
      return;
    }
    // A negation inside a double negative («не можем не проверить») says yes, as a source without one does.
    const starts = target.doubles.map((d) => d.start);
    const added = hasAny(source) ? undefined : target.strict.find((h) => !insideDouble(target.doubles, starts, h));
    if (added) {
      context.report({ messageId: 'added', data: { ...data, actual: added.text }, start: added.start, end: added.end, actual: added.text, fix: false });
      return;
    }
    if (source.strict.length > 0 && source.doubleExceptions === 0) {
      for (const d of target.doubles) context.report({ messageId: 'double', data: { ...data, actual: d.text }, start: d.start, end: d.end, actual: d.text, fix: false });
    }
  },
);
