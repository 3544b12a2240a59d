/**
 * A small syntax layer over the tokens of one sentence: each word with its readings,
 * noun-phrase chunks (determiners, pronominal adjectives, numerals, adjectives and
 * participles before a noun), a preposition with its noun phrase, and subject + predicate
 * candidates in short clauses. Pure functions: the caller passes the tokens and the
 * analyser's `analyse`, so that tests can feed any readings.
 */
import type { Reading } from './analyser.js';
import { agrees, caseOf } from './grammemes.js';

/** A token as the caller's tokeniser gives it (otvet's rules: one sentence of the pattern language's tokens, packages/rules/src/lib/patterns/sentences.ts). */
export interface InputToken {
  kind: 'word' | 'punct' | 'placeholder';
  text: string;
  start: number;
  end: number;
}

export interface SyntaxToken {
  kind: 'word' | 'number' | 'punct' | 'placeholder' | 'other';
  text: string;
  /** Lower case, ё → е. */
  norm: string;
  start: number;
  end: number;
  /** Readings from the dictionary (never predicted ones); [] for anything else. */
  readings: readonly Reading[];
  /** The dictionary lacks the word (its readings would be guessed): rules leave it alone. */
  unknown: boolean;
  /** Written with a capital letter (first letter upper case). */
  capital: boolean;
  /** The first word of the sentence. */
  first: boolean;
  /** A word rules may judge (see isPlainWord), computed once. */
  plain: boolean;
}

export type Analyse = (word: string) => readonly Reading[];

const CYRILLIC = /^[а-яё]+(?:[-\u2010\u2011][а-яё]+)*$/i;
/** A number in digits, or a range of two written as one word («5-7», «2–3»). */
const NUMBER = /^(?:\d+|\d{1,3}[-\u2010\u2011\u2013\u2014]\d{1,3})$/;
const UPPER = /^\p{Lu}/u;

/**
 * Whether the text starts with an upper-case letter (\p{Lu}). Russian and ASCII letters are
 * told apart by their code; only another letter asks the regex, whose Unicode class V8 builds
 * from ICU's tables when it first compiles it (milliseconds, at every start).
 */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0x41 && c <= 0x5a)) return true;
  if ((c >= 0x430 && c <= 0x44f) || c === 0x451 || c < 0x80) return false;
  return UPPER.test(text);
}

/** What the tokens of one word share: computed once per word (and analyser), as a text repeats its words. */
interface WordFacts {
  kind: 'word' | 'number' | 'other';
  norm: string;
  readings: readonly Reading[];
  unknown: boolean;
  capital: boolean;
  /** Written in capitals (two letters or more). */
  allCaps: boolean;
  /** Some reading marks a name, an abbreviation or an indeclinable word. */
  proper: boolean;
}

/** Facts per analyser and word; a lint of many texts starts afresh past the limit. */
const facts = new WeakMap<Analyse, Map<string, WordFacts>>();
const FACTS_LIMIT = 20_000;

function factsOf(text: string, analyse: Analyse): WordFacts {
  let memo = facts.get(analyse);
  if (!memo) facts.set(analyse, (memo = new Map()));
  let f = memo.get(text);
  if (f) return f;
  const norm = text.toLowerCase().replaceAll('ё', 'е').replaceAll('\u00ad', '');
  f = { kind: 'word', norm, readings: NONE, unknown: false, capital: startsUpper(text), allCaps: text.length > 1 && text === text.toUpperCase(), proper: false };
  if (NUMBER.test(text)) f.kind = 'number';
  else if (!CYRILLIC.test(norm)) {
    f.kind = 'other';
    f.unknown = true;
  } else {
    const all = analyse(text);
    let known = all.some((r) => r.predicted) ? all.filter((r) => !r.predicted) : all;
    // A lower-case word is no person's name: «любовь», «вера», «роман» are the common nouns.
    if (!f.capital && known.some(isPersonName) && !known.every(isPersonName)) known = known.filter((r) => !isPersonName(r));
    f.readings = known;
    f.unknown = f.readings.length === 0;
    f.proper = f.readings.some(isProper);
  }
  if (memo.size >= FACTS_LIMIT) memo.clear();
  memo.set(text, f);
  return f;
}

/** The tokens of a sentence with their readings. Latin words, mixed tokens and the like are 'other'. */
export function syntaxTokens(tokens: readonly InputToken[], analyse: Analyse): SyntaxToken[] {
  let first = true;
  const out: SyntaxToken[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      out[i] = { kind: t.kind, text: t.text, norm: t.text, start: t.start, end: t.end, readings: NONE, unknown: false, capital: false, first: false, plain: false };
      continue;
    }
    const f = factsOf(t.text, analyse);
    const token: SyntaxToken = {
      kind: f.kind, text: t.text, norm: f.norm, start: t.start, end: t.end, readings: f.readings, unknown: f.unknown,
      capital: f.capital, first, plain: false,
    };
    out[i] = token;
    first = false;
    if (f.kind === 'word') token.plain = judgeable(token, f);
  }
  return out;
}

const NONE: readonly Reading[] = [];

/** A reading of a first name, surname or patronymic. */
const isPersonName = (r: Reading): boolean => r.tags.has('Name') || r.tags.has('Surn') || r.tags.has('Patr');

/** Readings that mark a proper name, a place, an organisation, an abbreviation or an initial. */
const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr', 'Init'];

const POLITE = /^(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|вашем|вашу|вашею|ваших|вашими)$/;

/** A word a rule may judge: known, not a name or abbreviation, not capitalised mid-sentence. */
export function isPlainWord(t: SyntaxToken): boolean {
  return t.plain && t.kind === 'word';
}

function judgeable(t: SyntaxToken, f: WordFacts): boolean {
  if (t.kind !== 'word' || t.unknown) return false;
  // A capital mid-sentence marks a name, except the polite «Вы» and its possessive.
  if (t.capital && !t.first && !POLITE.test(t.norm)) return false;
  return !f.allCaps && !f.proper;
}

/** Whether tags (a set the analyser shares among its readings) mark a name, an abbreviation or an indeclinable word. */
const properTags = new WeakMap<ReadonlySet<string>, boolean>();

function isProper(r: Reading): boolean {
  let proper = properTags.get(r.tags);
  if (proper === undefined) {
    proper = PROPER.some((g) => r.tags.has(g)) || r.tags.has('Fixd');
    properTags.set(r.tags, proper);
  }
  return proper;
}

/** Every reading is one of these parts of speech. */
export function allPos(t: SyntaxToken, ...pos: string[]): boolean {
  return t.readings.length > 0 && t.readings.every((r) => pos.includes(r.pos));
}

/**
 * Readings without the short present passive participle of a verb's first person plural in
 * -ем/-им («отправляем», «предлагаем»: being sent, being offered), a bookish form that never
 * stands where a conjugated verb of the same spelling can («мы предлагаем доставку», «мы
 * хотим сообщаем»). Readings with no such verb reading are kept as they are.
 */
export function finiteReadings<R extends Reading>(readings: readonly R[]): R[] {
  return readings.filter((r) => !(r.pos === 'PRTS' && r.tags.has('pres') && readings.some((v) => v.pos === 'VERB')));
}

/** Some reading is one of these parts of speech. */
export function somePos(t: SyntaxToken, ...pos: string[]): boolean {
  return t.readings.some((r) => pos.includes(r.pos));
}

/**
 * A full adjective, participle, pronominal adjective or ordinal: every reading is one, or a
 * noun (an adjective used as a noun, «новое», «рабочий», or a rare noun of the same spelling),
 * or a pronoun of the same lemma («любой»).
 */
/** The feminine nominative of an adjective's lemma («любой» → «любая», «каждый» → «каждая»). */
function feminineOf(lemma: string): string | undefined {
  return /(?:ой|ый|ий)$/.test(lemma) ? `${lemma.slice(0, -2)}ая` : undefined;
}

export function isModifier(t: SyntaxToken): boolean {
  if (!isPlainWord(t) || !somePos(t, 'ADJF', 'PRTF')) return false;
  // «любой» is also a pronoun («любой поймёт», and «любая» in the feminine, a lemma of its own);
  // before a noun it is its modifier. Not «это» beside «этот»: «после этого деньги вернутся».
  return t.readings.every((r) => r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NOUN'
    || (r.pos === 'NPRO' && t.readings.some((a) => a.pos === 'ADJF' && (a.lemma === r.lemma || feminineOf(a.lemma) === r.lemma))));
}

/** A noun in every reading but rare short adjectives of the same spelling («вещи»). */
export function isNoun(t: SyntaxToken): boolean {
  return isPlainWord(t) && somePos(t, 'NOUN') && allPos(t, 'NOUN', 'ADJS');
}

/**
 * A word with a preposition reading. Its other readings are rare words of the same spelling
 * («для» as a gerund of «длить», «перед» as a noun, «с» as an abbreviation), so a word that
 * can be a preposition is taken for one.
 */
export function isPreposition(t: SyntaxToken): boolean {
  return t.kind === 'word' && !t.unknown && t.readings.some((r) => r.pos === 'PREP');
}

/**
 * Nouns of the time of day and the seasons, and «часть», «сторона», «образ», «шаг», whose
 * instrumental is also an adverb («утром», «зимой», «стороной»): after an adjective they are
 * the noun («ранним утром», «с другой стороной»).
 */
const ADVERB_NOUNS = new Set(['утро', 'вечер', 'день', 'ночь', 'зима', 'весна', 'лето', 'осень', 'часть', 'сторона', 'образ', 'шаг']);

/**
 * A word that is a noun right after a modifier or a number in digits although it has readings
 * of another part of speech: an imperative or a past-tense verb of the same spelling («свои
 * цели», «иностранных дел», «в торговой части», «7 день») or the adverb of a noun above
 * («ранним утром»). An adjective modifies no verb or adverb, and a number counts things, so
 * after one the noun readings are the word's.
 */
function nounAfterModifier(t: SyntaxToken): boolean {
  if (!isPlainWord(t) || !somePos(t, 'NOUN')) return false;
  const adverbNoun = t.readings.some((r) => r.pos === 'NOUN' && ADVERB_NOUNS.has(r.lemma));
  return t.readings.every((r) => r.pos === 'NOUN' || r.pos === 'ADJS' || (r.pos === 'VERB' && (r.tags.has('impr') || r.tags.has('past')))
    || (r.pos === 'ADVB' && adverbNoun));
}

export interface NounPhrase {
  /** Token indexes: the preposition (if any), numerals, modifiers, the head noun. */
  prep?: number;
  numeral?: number;
  modifiers: number[];
  head: number;
  /** The first and last token of the phrase (the preposition included). */
  from: number;
  to: number;
}

/**
 * Noun-phrase chunks: [preposition] [numeral] [modifier…] noun, where each part is the
 * token right before the next (no punctuation between). A numeral is a cardinal number word
 * or a digit string. Every noun heads one phrase, with whatever stands right before it.
 */
export function nounPhrases(tokens: readonly SyntaxToken[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  tokens.forEach((t, head) => {
    if (!isNoun(t) && !(head > 0 && (isModifier(tokens[head - 1]!) || tokens[head - 1]!.kind === 'number') && nounAfterModifier(t))) return;
    let i = head - 1;
    const modifiers: number[] = [];
    while (i >= 0 && isModifier(tokens[i]!)) modifiers.unshift(i--);
    let numeral: number | undefined;
    if (i >= 0 && (tokens[i]!.kind === 'number' || (isPlainWord(tokens[i]!) && somePos(tokens[i]!, 'NUMR')))) numeral = i--;
    let prep: number | undefined;
    if (i >= 0 && isPreposition(tokens[i]!)) prep = i--;
    out.push({ prep, numeral, modifiers, head, from: i + 1, to: head });
  });
  return out;
}

export interface Clause {
  subject: number;
  /** The finite verb, short form or auxiliary + short form: token indexes in order. */
  predicate: number[];
  /**
   * Nouns skipped between them as genitive attributes that may also be read in another case
   * («срок доставки», where «доставки» is also a nominative plural): the caller decides whether
   * such a noun could be the subject instead.
   */
  attributes: number[];
}

/** Personal pronouns in an oblique case (their possessive readings are indeclinable, so not plain words). */
const OBJECT_PRONOUNS = new Set(['его', 'ее', 'их', 'него', 'нее', 'них']);

/** Words that may stand between a subject and its predicate without changing the pair. */
const BETWEEN = new Set(['не', 'уже', 'еще', 'уж', 'тоже', 'также', 'обязательно', 'скоро', 'сейчас', 'сегодня', 'завтра', 'вчера', 'всегда', 'иногда', 'быстро', 'точно', 'успешно', 'только', 'вскоре', 'никогда', 'давно', 'полностью', 'же']);

/** A noun's readings that every modifier before it (tokens `from`…`to - 1`) can agree with. */
function agreeingNouns(tokens: readonly SyntaxToken[], from: number, to: number, noun: SyntaxToken): Reading[] {
  const agreesWith = (n: Reading): boolean => {
    for (let k = from; k < to; k++) if (!tokens[k]!.readings.some((r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && agrees(r, n))) return false;
    return true;
  };
  return noun.readings.filter((n) => n.pos === 'NOUN' && agreesWith(n));
}

/**
 * An adverb («часто», «сегодня»), whatever short adjective, comparative or predicative of the same
 * spelling it also is («быстро»), which cannot stand where an adverb is looked for.
 */
export function isAdverb(t: SyntaxToken): boolean {
  return isPlainWord(t) && somePos(t, 'ADVB') && allPos(t, 'ADVB', 'ADJS', 'COMP', 'PRED');
}

/**
 * What may stand between a subject and its predicate, from `i`: an adverb or a particle, a
 * prepositional phrase («к спорту»), or a noun phrase in the genitive («цена товаров», «размер
 * этой куртки»: its modifiers leave «куртки» only the genitive). Returns the next index (`i`
 * when nothing is skipped) and, for a genitive that the noun's readings leave open («срок
 * доставки»: also a nominative plural), the noun's index.
 */
function skipBetween(tokens: readonly SyntaxToken[], i: number): { next: number; ambiguous?: number } {
  const none = { next: i };
  const t = tokens[i];
  // A relative clause between commas («Посылка, которую вы ждёте, пришла»): «который» opens it,
  // the next comma closes it, within a dozen tokens and with no other mark between.
  if (t?.kind === 'punct' && t.text === ',' && tokens[i + 1]?.readings.some((r) => r.lemma === 'который')) {
    for (let k = i + 2; k < tokens.length && k <= i + 12; k++) {
      const x = tokens[k]!;
      if (x.kind === 'punct') return x.text === ',' && k > i + 2 ? { next: k + 1 } : none;
    }
    return none;
  }
  if (!t || t.kind !== 'word') return none;
  // An adverb («часто», «быстро»: also short adjectives, which cannot stand here before a verb).
  if (BETWEEN.has(t.norm) || isAdverb(t)) return { next: i + 1 };
  // A pronoun object («я вам отправил», «ты их взял»): a pronoun with no nominative reading.
  if (OBJECT_PRONOUNS.has(t.norm) || (isPlainWord(t) && allPos(t, 'NPRO') && t.readings.every((r) => !r.tags.has('nomn')))) return { next: i + 1 };
  let j = i;
  if (isPreposition(t)) j++;
  while (j < tokens.length && isModifier(tokens[j]!)) j++;
  const noun = tokens[j];
  // A preposition with a personal pronoun («ко мне», «для вас»).
  if (j === i + 1 && noun && isPlainWord(noun) && allPos(noun, 'NPRO') && noun.readings.every((r) => !r.tags.has('nomn'))) return { next: j + 1 };
  if (!noun || !isNoun(noun)) return none;
  if (isPreposition(t)) return { next: j + 1 };
  // Without a preposition, only a noun phrase that may be genitive is an attribute of the subject.
  const readings = agreeingNouns(tokens, i, j, noun);
  const genitive = readings.filter((r) => caseOf(r) === 'gent');
  if (genitive.length === 0) return none;
  return genitive.length === readings.length ? { next: j + 1 } : { next: j + 1, ambiguous: j };
}

/**
 * A short adjective or participle: every reading is one, or a rare noun of the same spelling in
 * the genitive («рад», also of «рада»; «готов», also of «гот», whose animate accusative plural
 * is that genitive), which cannot stand after «быть» or a subject as its predicate.
 */
function isShortForm(t: SyntaxToken): boolean {
  return isPlainWord(t) && somePos(t, 'PRTS', 'ADJS')
    && t.readings.every((r) => r.pos === 'PRTS' || r.pos === 'ADJS'
      || (r.pos === 'NOUN' && (caseOf(r) === 'gent' || (caseOf(r) === 'accs' && r.tags.has('anim') && r.tags.has('plur')))));
}

/**
 * Subject + predicate candidates: a noun, a personal pronoun or «который», then (after at most two
 * adverbs, particles, prepositional phrases or genitive attributes) a finite verb or a short
 * adjective/participle, optionally after a form of «быть». The caller decides which pairs are
 * certain (a nominative in every reading, or a predicate that needs a nominative subject).
 */
export function clauses(tokens: readonly SyntaxToken[]): Clause[] {
  const out: Clause[] = [];
  tokens.forEach((t, subject) => {
    const relative = isPlainWord(t) && t.readings.length > 0 && t.readings.every((r) => r.lemma === 'который');
    if (!relative && (!isPlainWord(t) || !allPos(t, 'NOUN', 'NPRO'))) return;
    let i = subject + 1;
    const attributes: number[] = [];
    for (let skipped = 0; skipped < 2; skipped++) {
      // A short form is the predicate, not a genitive attribute of the same spelling («Мы рад»).
      if (tokens[i] && isShortForm(tokens[i]!)) break;
      const { next, ambiguous } = skipBetween(tokens, i);
      if (next === i) break;
      if (ambiguous !== undefined) attributes.push(ambiguous);
      i = next;
    }
    const p = tokens[i];
    if (!p || !isPlainWord(p)) return;
    const finite = (x: SyntaxToken): boolean => allPos(x, 'VERB', 'PRTS', 'ADJS');
    // A form of «быть» before a short form is the auxiliary, whatever rare word of the same
    // spelling it also is («были»: of «быль»; «было»: a particle, «чуть было не…»), and so may
    // be an adverb or «не» between them («был успешно отправлен»).
    const aux = p.readings.some((r) => r.pos === 'VERB' && r.lemma === 'быть')
      && p.readings.every((r) => (r.pos === 'VERB' && r.lemma === 'быть') || r.pos === 'NOUN' || r.pos === 'PRCL');
    let k = i + 1;
    if (aux) while (k < tokens.length && k <= i + 2 && tokens[k]!.kind === 'word' && BETWEEN.has(tokens[k]!.norm)) k++;
    const short = aux && tokens[k] !== undefined && isShortForm(tokens[k]!);
    // A short form alone is a predicate too, whatever rare noun of the same spelling it also is
    // («Мы очень рад»: «рад» is also a genitive plural of «рада»).
    if (!finite(p) && !short && !isShortForm(p)) return;
    const predicate = short ? [i, k] : [i];
    out.push({ subject, predicate, attributes });
  });
  return out;
}
