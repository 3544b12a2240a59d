/**
 * Case government over the tokens of one sentence: a preposition, or a verb, noun or
 * adjective of the lexicon, followed by a noun phrase in a case it never governs. Pure
 * functions of the sentence; the data is prepositions.yaml and lexicon.yaml.
 *
 * Precision first: a noun phrase is reported only when no reading of its head (nor, for
 * a modifier, of that modifier) is in a case the governor takes, and never when a word of it
 * is unknown to the dictionary (a predicted reading), a name, an abbreviation, indeclinable,
 * a number, Latin, a placeholder or quoted.
 */
import { analyse, finiteReadings, inflect, type Reading } from '@otvet/morph';
import type { Sentence, Token } from '../lib/patterns/index.js';
import { objectPronounOrAdverb, quotedNames, SUBSTANTIVIZED } from '../lib/grammar.js';
import prepositionData from './prepositions.yaml';
import lexiconData from './lexicon.yaml';

export type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** A case admitted only in a narrow construction (schema: government-prepositions.schema.json). */
export interface AlsoCase {
  case: Case;
  verbs?: string[];
  heads?: string[];
  numeral?: boolean;
  plural?: boolean;
  animate?: boolean;
  alone?: boolean;
  why: string;
}

export interface PrepositionEntry {
  words: string[];
  cases: Case[];
  also?: AlsoCase[];
  clause?: boolean;
  nForm?: boolean;
  notAfter?: string[];
  /** Heads after which fewer cases are governed («в пятницу», never «в пятнице»). */
  only?: { cases: Case[]; heads: string[]; clauseStart?: boolean; why: string }[];
  /** A misspelling of another preposition before a phrase of time («в течении дня»). */
  misspelt?: { write: string; heads: string[]; numeral?: boolean };
  examples?: string[];
  counterexamples?: string[];
}

export interface PrepositionTable {
  description: string;
  /** First parts of hyphenated compound nouns («трек» of «трек-номер»). */
  compoundParts: { words: string[]; examples: string[]; counterexamples: string[] };
  timeNouns: string[];
  singularOnly: string[];
  wishNouns: string[];
  adverbials: string[];
  prepositions: PrepositionEntry[];
}

/** One government frame of the lexicon (schema: government-lexicon.schema.json). */
export interface LexiconEntry {
  lemma: string;
  pos: 'VERB' | 'NOUN' | 'ADJ' | 'OTHER';
  prep?: string;
  cases: Case[];
  examples: string[];
  counterexamples: string[];
  /** A linking verb: a nominative after it is its subject only when none stands before it. */
  copula?: boolean;
  /** A word with no subject («нет»): a nominative after it is never one. */
  subjectless?: boolean;
  /** With `prep`: a bare oblique phrase right after the word misses the preposition. */
  required?: boolean;
  /** With `prep`, for a noun: verbs with which it makes one phrase, after which the preposition is required («обратить внимание на»). */
  after?: string[];
  /** With `prep` of the accusative, for a transitive verb: its bare object is a person, so a thing there misses the preposition («благодарим вашу поддержку»). */
  personObject?: boolean;
  /** With `prep`: prepositions put in its place by mistake («сожалеем за» for «о»). */
  instead?: string[];
  note?: string;
}

export interface Lexicon {
  description: string;
  dativePredicatives: { words: string[]; examples: string[]; counterexamples: string[] };
  /** Places after «нет» that make it say a thing is missing («нет в наличии»). */
  absence: { places: string[]; examples: string[]; counterexamples: string[] };
  /** Nouns of an adverb of manner in the instrumental («таким образом»), never an object. */
  mannerNouns: { lemmas: string[]; counterexamples: string[] };
  entries: LexiconEntry[];
}

export const prepositionTable = prepositionData as PrepositionTable;
export const lexicon = lexiconData as Lexicon;

export type FindingKind = 'hyphen' | 'preposition' | 'phrase' | 'pronoun' | 'ob' | 'vo' | 'lexicon' | 'coordination' | 'misspelt' | 'experiencer' | 'subject' | 'missing' | 'instead' | 'absent';

export interface Finding {
  kind: FindingKind;
  /** Range in the text's value: the governor through the end of the noun phrase. */
  start: number;
  end: number;
  /** The governor as written («о», «в течение», «благодарим за»). */
  governor: string;
  /** The noun phrase as written. */
  phrase: string;
  /** The cases the governor takes here. */
  cases: Case[];
  /** The cases the phrase's head can be in (none of them in `cases`). */
  found: Case[];
  /** The phrase in the right case, when there is exactly one. */
  expected?: string;
  /** The lexicon entry (kind 'lexicon'). */
  entry?: LexiconEntry;
  /** The first conjunct (kind 'coordination'), or the preposition written by mistake (kind 'instead'). */
  first?: string;
  /** `expected` is right but not what a careful writer would put (kind 'subject' before an imperative): no automatic fix. */
  suggestionOnly?: boolean;
}

// ---------------------------------------------------------------------------
// Readings

const NAME_TAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'];
const NOMINAL = new Set(['NOUN', 'NPRO', 'ADJF', 'PRTF', 'NUMR']);
const MODIFIER = new Set(['ADJF', 'PRTF']);
/** Readings a word right after a preposition cannot have. */
const VERBAL = new Set(['VERB', 'INFN', 'GRND', 'PRTS', 'ADJS']);
const singularOnly = new Set(prepositionTable.singularOnly);
/** How many tokens after a phrase a look for its verb goes: a clause's worth. */
const CLAUSE_WINDOW = 16;
const timeNouns = new Set(prepositionTable.timeNouns);
const compoundParts = new Set(prepositionTable.compoundParts.words);
const dativePredicatives = new Set(lexicon.dativePredicatives.words);
const absencePlaces = lexicon.absence.places.map((p) => p.split(' '));
const mannerNouns = new Set(lexicon.mannerNouns.lemmas.map((l) => l.replace(/ё/g, 'е')));
/** The personal pronouns in the nominative, and their dative. */
const DATIVE_OF = new Map([['я', 'мне'], ['ты', 'тебе'], ['мы', 'нам'], ['вы', 'вам'], ['он', 'ему'], ['она', 'ей'], ['оно', 'ему'], ['они', 'им']]);
/**
 * The genitive/accusative and dative of «мы» and «вы»: their nominative, person and number. The
 * singular ones are left out: a verb in the second person singular may have no subject and mean
 * anyone («тебе не угодишь», «меня не обманешь»).
 */
const OBLIQUE_PERSONAL = new Map<string, { nominative: string; person: string; number: string }>([
  ['нас', { nominative: 'мы', person: '1per', number: 'plur' }], ['нам', { nominative: 'мы', person: '1per', number: 'plur' }],
  ['вас', { nominative: 'вы', person: '2per', number: 'plur' }], ['вам', { nominative: 'вы', person: '2per', number: 'plur' }],
]);
/** Words that may stand between a subject pronoun and its verb in the check of the subject's case. */
const SUBJECT_VERB_BETWEEN = new Set(['не', 'уже', 'обязательно', 'сейчас', 'сразу', 'скоро', 'тоже', 'также', 'всегда']);
const wishNouns = new Set(prepositionTable.wishNouns);
const adverbials = new Set(prepositionTable.adverbials.map((a) => a.replace(/ё/g, 'е')));
/** Adverbs that may stand inside a noun phrase, before an adjective or participle («с уже оплаченным заказом»). */
const PHRASE_ADVERBS = new Set(['уже', 'еще', 'очень', 'более', 'менее', 'наиболее', 'самый', 'совсем', 'слишком', 'крайне', 'особенно', 'максимально', 'довольно', 'вполне', 'также', 'так', 'только', 'недавно', 'заранее', 'специально', 'полностью', 'частично', 'бесплатно', 'быстро']);

/** The case of a reading, with gen2/loc2/acc2 counted as gent/loct/accs; undefined for voct or none. */
export function caseOf(r: Reading): Case | undefined {
  for (const c of CASES) if (r.tags.has(c)) return c;
  if (r.tags.has('gen2')) return 'gent';
  if (r.tags.has('loc2')) return 'loct';
  if (r.tags.has('acc2')) return 'accs';
  return undefined;
}

const CYRILLIC = /^[а-яё]+(?:-[а-яё]+)*$/i;
const UPPER_START = /^[А-ЯЁ]/;
const ALL_CAPS = /^[А-ЯЁ-]{2,}$/;

/**
 * The readings of a word token that a report may rest on; undefined when the word must be left
 * alone (not Cyrillic, unknown to the dictionary, a name, an abbreviation in capitals).
 * A lower-case word drops its name and abbreviation readings («надежда», «с»).
 */
export function readingsOf(token: Token | undefined, sentenceStart = false): readonly Reading[] | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const key = (sentenceStart ? '^' : '') + token.text;
  if (memo.has(key)) return memo.get(key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const readings = computeReadings(token.text, sentenceStart);
  memo.set(key, readings);
  return readings;
}

const memo = new Map<string, readonly Reading[] | undefined>();
const MEMO_LIMIT = 50_000;

function computeReadings(text: string, sentenceStart: boolean): readonly Reading[] | undefined {
  const token = { text };
  if (!CYRILLIC.test(token.text)) return undefined;
  if (ALL_CAPS.test(token.text)) return undefined;
  const all = analyse(token.text);
  if (all.length === 0 || all.some((r) => r.predicted)) return undefined;
  const capital = UPPER_START.test(token.text);
  if (capital && !sentenceStart && all.some((r) => NAME_TAGS.some((t) => r.tags.has(t)))) return undefined;
  const kept = all.filter((r) => {
    if (r.tags.has('Abbr') || r.tags.has('Init')) return false;
    if (!capital && NAME_TAGS.some((t) => r.tags.has(t))) return false;
    return true;
  });
  if (kept.length === 0) return undefined;
  // A plural of a noun a reply uses in the singular only is kept when it is the only reading.
  const singular = kept.filter((r) => !(r.tags.has('plur') && singularOnly.has(r.lemma)));
  return singular.length ? singular : kept;
}

const isNominal = (r: Reading): boolean => NOMINAL.has(r.pos);

// ---------------------------------------------------------------------------
// Noun phrases

export interface NounPhrase {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  head: Token;
  headReadings: readonly Reading[];
  modifiers: { token: Token; readings: readonly Reading[] }[];
  /** The head is a numeral (it governs the noun after it, which is not part of the phrase). */
  numeral: boolean;
}

/** Whether a word token can be a modifier (adjective, participle, pronominal adjective) of a following noun. */
function canModify(readings: readonly Reading[]): boolean {
  return readings.some((r) => MODIFIER.has(r.pos));
}

/** Numerals that are adverbs too. */
const QUANTITY_ADVERBS = new Set(['несколько', 'много', 'мало', 'немного', 'немало', 'сколько', 'столько']);
const POSSESSIVES = new Set(['ваш', 'наш', 'свой', 'мой', 'твой']);

/** Whether a modifier reading agrees with a noun-like reading in case, number and (singular) gender. */
function agreeing(m: Reading, h: Reading): boolean {
  if (!MODIFIER.has(m.pos) || !isNominal(h)) return false;
  if (m.tags.has('Fixd')) return true;
  const c = caseOf(m);
  if (!c || c !== caseOf(h)) return false;
  const number = (r: Reading): string | undefined => (r.tags.has('plur') ? 'plur' : r.tags.has('sing') ? 'sing' : undefined);
  if (number(m) && number(h) && number(m) !== number(h)) return false;
  if (number(m) === 'sing' && !h.tags.has('Ms-f') && !h.tags.has('ms-f')) {
    const gender = (r: Reading): string | undefined => ['masc', 'femn', 'neut'].find((g) => r.tags.has(g));
    if (gender(m) && gender(h) && gender(m) !== gender(h)) return false;
  }
  // In the accusative a modifier follows the noun's animacy: «этого» is no modifier of «товар»
  // («кроме этого товар можно вернуть»: «этого» is the phrase, «товар» the next clause's subject).
  if (c === 'accs') {
    const animacy = (r: Reading): string | undefined => (r.tags.has('anim') ? 'anim' : r.tags.has('inan') ? 'inan' : undefined);
    if (animacy(m) && animacy(h) && animacy(m) !== animacy(h)) return false;
  }
  return true;
}

/**
 * Whether the word can modify the next one: some reading of it agrees with some reading of
 * the next. «у которого мама», «на каждом иероглифами», «в основном этим»: no, the first word
 * is the phrase (a pronoun or an adjective used as a noun) and the next one starts another.
 */
function agrees(readings: readonly Reading[], next: readonly Reading[]): boolean {
  if (readings.some((r) => r.lemma === 'который')) return false;
  // A possessive is not used as a noun: «за ваш выбора» is one phrase with a wrong ending.
  if (readings.some((r) => POSSESSIVES.has(r.lemma)) && next.some((h) => h.pos === 'NOUN')) return true;
  if (readings.some((m) => next.some((h) => agreeing(m, h)))) return true;
  // «с белым шпицу»: a plain adjective before a noun is its modifier even with a wrong ending,
  // unless the two make an idiom («в основном», «в общем»: adverbs).
  return readings.every((r) => (r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NOUN') && !r.tags.has('Apro'))
    && readings.some((r) => r.pos === 'ADJF' || r.pos === 'PRTF')
    && next.every((h) => h.pos === 'NOUN');
}

/**
 * The noun phrase that starts at token i: modifiers (adjectives, participles, pronominal
 * adjectives, a few adverbs before them) and a head (noun, pronoun, numeral, or an adjective
 * used as a noun). Undefined when there is none, or when a word of it must be left alone.
 */
export function nounPhraseAt(sentence: Sentence, i: number, afterPreposition = false): NounPhrase | undefined {
  const modifiers: NounPhrase['modifiers'] = [];
  for (let k = i; k < sentence.length && k < i + 6; k++) {
    const token = sentence[k]!;
    let readings = readingsOf(token, k === 0);
    if (!readings) return undefined;
    // Right after a preposition a verb form cannot stand: «согласно правил» is not «he ruled».
    if (afterPreposition) {
      const nominal = readings.filter((r) => !VERBAL.has(r.pos));
      if (nominal.length) readings = nominal;
    }
    if (readings.some((r) => r.tags.has('Fixd') && !r.tags.has('Apro'))) return undefined;
    // A capital inside a sentence: a name the dictionary lacks, or a sentence run on without
    // its full stop. The polite «Вы», «Ваш» are the exception.
    if (k > 0 && UPPER_START.test(token.text) && !readings.some((r) => r.lemma === 'вы' || r.lemma === 'ваш')) return undefined;
    const next = sentence[k + 1];
    const nextReadings = next?.kind === 'word' && next.start === token.end + 1 ? readingsOf(next) : undefined;
    const nextNominal = nextReadings?.some(isNominal) ?? false;
    if (readings.every((r) => !isNominal(r))) {
      // An adverb inside the phrase, before a modifier: «с уже оплаченным заказом».
      if (PHRASE_ADVERBS.has(token.norm) && nextReadings && canModify(nextReadings)) continue;
      return undefined;
    }
    if (readings.some((r) => r.pos === 'NUMR')) {
      // «несколько», «много» are adverbs too; the numeral reading decides.
      if (!readings.every((r) => isNominal(r) || (r.pos === 'ADVB' && QUANTITY_ADVERBS.has(r.lemma)))) return undefined;
      readings = readings.filter(isNominal);
      // «в две тысячи двадцать пятом году»: an ordinal numeral declines in its last word only.
      if (nextReadings?.some((r) => r.pos === 'NUMR' || r.tags.has('Anum') || ['тысяча', 'миллион', 'миллиард'].includes(r.lemma))) return undefined;
      return { from: i, to: k + 1, head: token, headReadings: readings, modifiers, numeral: true };
    }
    // An adjective used as a noun before a genitive heads the phrase («на переменную окружения»).
    const heading = readings.some((r) => SUBSTANTIVIZED.has(r.lemma)) && (nextReadings?.some((r) => caseOf(r) === 'gent') ?? false);
    if (canModify(readings) && nextNominal && !heading && agrees(readings, nextReadings!)) {
      modifiers.push({ token, readings });
      continue;
    }
    // The head: every reading must be a noun-like one, or the word may be something else.
    if (!readings.every(isNominal)) return undefined;
    if (readings.some((r) => r.tags.has('Fixd'))) return undefined;
    return { from: i, to: k + 1, head: token, headReadings: readings, modifiers, numeral: false };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Fitting a phrase to a set of cases

/** The cases of a word's readings (noun-like readings only; a Fixd modifier fits every case). */
function casesOf(readings: readonly Reading[]): Set<Case> {
  const out = new Set<Case>();
  for (const r of readings) {
    if (!isNominal(r)) continue;
    if (r.tags.has('Fixd')) CASES.forEach((c) => out.add(c));
    const c = caseOf(r);
    if (c) out.add(c);
  }
  return out;
}

interface Admitted {
  cases: Set<Case>;
  /** Cases admitted only for some readings (also-rules with plural/animate conditions). */
  onlyIf: Map<Case, (r: Reading) => boolean>;
}

function fitsReading(r: Reading, admitted: Admitted): boolean {
  const c = caseOf(r);
  if (!c) return r.tags.has('Fixd');
  if (admitted.cases.has(c)) return true;
  const cond = admitted.onlyIf.get(c);
  return cond ? cond(r) : false;
}

/** Whether some reading of the word is in an admitted case. */
function wordFits(readings: readonly Reading[], admitted: Admitted): boolean {
  return readings.some((r) => isNominal(r) && (r.tags.has('Fixd') || fitsReading(r, admitted)));
}

/** The word of the phrase that fits none of the admitted cases: the head first, then a modifier. */
function misfit(np: NounPhrase, admitted: Admitted): 'head' | 'modifier' | undefined {
  if (!wordFits(np.headReadings, admitted)) return 'head';
  if (np.modifiers.some((m) => !wordFits(m.readings, admitted))) return 'modifier';
  return undefined;
}

// ---------------------------------------------------------------------------
// Prepositions

interface CompiledPreposition {
  entry: PrepositionEntry;
  /** The words of the spelling, normalised (ё → е). */
  words: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

let prepositionIndex: Map<string, CompiledPreposition[]> | undefined;

/** Spellings by their first word, longest first. */
function prepositionsByFirstWord(): Map<string, CompiledPreposition[]> {
  if (prepositionIndex) return prepositionIndex;
  const index = new Map<string, CompiledPreposition[]>();
  for (const entry of prepositionTable.prepositions) {
    for (const spelling of entry.words) {
      const words = norm(spelling).split(' ');
      const list = index.get(words[0]!) ?? [];
      list.push({ entry, words });
      index.set(words[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  prepositionIndex = index;
  return index;
}

/** The preposition (longest spelling) that starts at token i, with the index after it. */
export function prepositionAt(sentence: Sentence, i: number): { prep: CompiledPreposition; after: number } | undefined {
  const first = sentence[i];
  if (first?.kind !== 'word') return undefined;
  const candidates = prepositionsByFirstWord().get(first.norm);
  if (!candidates) return undefined;
  for (const prep of candidates) {
    let ok = true;
    for (let w = 1; w < prep.words.length; w++) {
      const t = sentence[i + w];
      if (t?.kind !== 'word' || t.norm !== prep.words[w]) { ok = false; break; }
    }
    if (ok) return { prep, after: i + prep.words.length };
  }
  return undefined;
}

const firstVerbs = new WeakMap<Sentence, Map<string, number>>();

/** Whether a verb with one of these lemmas stands in the sentence before token i (one pass per sentence). */
function verbBefore(sentence: Sentence, i: number, lemmas: readonly string[]): boolean {
  let first = firstVerbs.get(sentence);
  if (!first) {
    first = new Map();
    sentence.forEach((t, k) => {
      if (t.kind !== 'word') return;
      for (const r of analyse(t.text)) if (VERB_FORMS.has(r.pos) && !first!.has(r.lemma)) first!.set(r.lemma, k);
    });
    firstVerbs.set(sentence, first);
  }
  return lemmas.some((l) => (first!.get(l) ?? Infinity) < i);
}

const VERB_FORMS = new Set(['VERB', 'INFN', 'GRND', 'PRTF', 'PRTS']);

/** Whether token k is a noun (every reading) with a genitive reading: an attribute of the word before it. */
function genitiveFollows(sentence: Sentence, k: number): boolean {
  const t = sentence[k];
  if (t?.kind !== 'word' || t.start !== sentence[k - 1]!.end + 1) return false;
  const readings = readingsOf(t);
  return Boolean(readings?.every((r) => r.pos === 'NOUN') && readings.some((r) => caseOf(r) === 'gent'));
}

function addOnlyIf(onlyIf: Map<Case, (r: Reading) => boolean>, c: Case, test: (r: Reading) => boolean): void {
  const before = onlyIf.get(c);
  onlyIf.set(c, before ? (r) => before(r) || test(r) : test);
}

/** Words after which a new clause begins. */
const CLAUSE_JOINERS = new Set(['и', 'а', 'но', 'или', 'что', 'если', 'когда', 'как', 'чтобы', 'то']);

/** Whether the token at `at` starts its clause: the sentence, or after a comma, a dash, a colon or a conjunction. */
function startsClause(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1];
  if (!before) return true;
  if (before.kind === 'word') return CLAUSE_JOINERS.has(before.norm);
  return [',', ';', ':', '—', '–', '(', '«', '"'].includes(before.text);
}

/** The cases a preposition admits for this phrase in this sentence. */
function admittedByPreposition(entry: PrepositionEntry, np: NounPhrase, sentence: Sentence, at: number): Admitted {
  // A head that takes fewer cases here («в пятницу»), perhaps only at the start of a clause
  // («По прибытии посылки…»): only those, whatever else applies.
  const narrowed = entry.only?.find((o) => np.headReadings.some((r) => o.heads.includes(r.lemma)) && (!o.clauseStart || startsClause(sentence, at)));
  if (narrowed) return { cases: new Set<Case>(narrowed.cases), onlyIf: new Map() };
  const cases = new Set<Case>(entry.cases);
  const onlyIf = new Map<Case, (r: Reading) => boolean>();
  // After an adverb or gerund a new clause may begin, unless a genitive attribute follows
  // the phrase («после завершение карьеры» is one phrase; «после заказ будет собран» is not).
  // A nominative that ends the sentence after a verb of «я», «мы», «вы» has no clause of its
  // own, though: «Мы напишем вам после отправка.» (an accusative may still be the verb's object
  // after the adverb: «Мы вернём после деньги»).
  // A reflexive verb takes no object («Мы свяжемся с вами после получение.»), but a span of time
  // («…после целый день»).
  if (entry.clause && !(np.modifiers.length === 0 && genitiveFollows(sentence, np.to))) {
    const verb = endsSentence(sentence, np.to) ? personalVerbBefore(sentence, at) : undefined;
    if (!verb) cases.add('nomn');
    if (!verb || !verb.every((r) => /(?:ся|сь)$/.test(r.lemma)) || np.headReadings.some((r) => timeNouns.has(r.lemma))) cases.add('accs');
  }
  // An animate noun used of a thing takes an accusative like the nominative: «под ёжик» (a haircut).
  if (cases.has('accs') && np.modifiers.length > 0) {
    addOnlyIf(onlyIf, 'nomn', (r) => r.tags.has('anim') && r.tags.has('masc') && r.tags.has('sing') && r.pos === 'NOUN');
  }
  for (const also of entry.also ?? []) {
    if (also.verbs) {
      if (verbBefore(sentence, at, also.verbs)) cases.add(also.case);
      continue;
    }
    const headLemmas = new Set(np.headReadings.map((r) => r.lemma));
    if ((also.heads && also.heads.some((h) => headLemmas.has(norm(h)))) || (also.numeral && np.numeral)) {
      cases.add(also.case);
      continue;
    }
    if (also.alone) {
      if (np.modifiers.length === 0) addOnlyIf(onlyIf, also.case, (r) => !r.tags.has('anim') && r.tags.has('sing'));
      continue;
    }
    if (also.plural || also.animate) {
      addOnlyIf(onlyIf, also.case, (r) => (!also.plural || r.tags.has('plur')) && (!also.animate || r.tags.has('anim')));
    }
  }
  return { cases, onlyIf };
}

const N_FORMS: Record<string, string> = { ему: 'нему', им: 'ним', ей: 'ней', ею: 'нею', ими: 'ними', его: 'него', ее: 'нее', их: 'них' };
const PERSONAL = new Set(['я', 'ты', 'он', 'она', 'оно', 'мы', 'вы', 'они']);
const NOT_POSSESSIVE = new Set(['ему', 'им', 'ей', 'ею', 'ими']);

/** Keep the first letter's case of `like` («Ему» → «Нему»). */
function sameCapital(word: string, like: string): string {
  return UPPER_START.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function pronounWithoutN(sentence: Sentence, at: number): string | undefined {
  const t = sentence[at];
  if (t?.kind !== 'word') return undefined;
  const found = N_FORMS[t.norm];
  if (!found) return undefined;
  const form = t.text.toLowerCase().includes('ё') ? found.replace('е', 'ё') : found;
  const next = sentence[at + 1];
  if (NOT_POSSESSIVE.has(t.norm)) {
    // «им.» is «имени» (музей им. Пушкина).
    if (next?.kind === 'punct' && next.text === '.' ) return undefined;
    if (next?.kind === 'punct' && next.text === '-') return undefined;
    return form;
  }
  // его/её/их are also possessives: only a pronoun when no noun phrase follows (the end of the
  // clause, a verb, a preposition or a personal pronoun: «про её мы знаем»).
  if (!next || (next.kind === 'punct' && /^[.,!?;:)]$/.test(next.text))) return form;
  const after = next.kind === 'word' ? readingsOf(next) : undefined;
  if (after?.every((r) => ['VERB', 'INFN', 'PREP'].includes(r.pos) || (r.pos === 'NPRO' && PERSONAL.has(r.lemma)))) return form;
  return undefined;
}

// ---------------------------------------------------------------------------
// The expected form

/** The grammemes a modifier takes from its head reading: number, gender in the singular, animacy in the accusative. */
function agreementOf(head: Reading, target: Case): string[] {
  const out: string[] = [target];
  const number = head.tags.has('plur') ? 'plur' : 'sing';
  out.push(number);
  if (number === 'sing') for (const g of ['masc', 'femn', 'neut']) if (head.tags.has(g)) out.push(g);
  if (target === 'accs' && (number === 'plur' || head.tags.has('masc'))) out.push(head.tags.has('anim') ? 'anim' : 'inan');
  return out;
}

/**
 * The phrase put in the one admitted case, modifiers agreeing with the head; undefined
 * unless the analyser gives exactly one such phrase.
 */
function expectedPhrase(np: NounPhrase, sentence: Sentence, cases: readonly Case[]): string | undefined {
  if (cases.length !== 1 || np.numeral) return undefined;
  const target = cases[0]!;
  const phrases = new Set<string>();
  for (const head of np.headReadings) {
    if (!isNominal(head) || !caseOf(head)) continue;
    const words: string[] = [];
    let ok = true;
    for (let k = np.from; k < np.to && ok; k++) {
      const token = sentence[k]!;
      if (k === np.to - 1) {
        const forms = caseOf(head) === target ? [token.text.toLowerCase()] : inflect(head, [target]);
        if (forms.length !== 1) { ok = false; break; }
        words.push(sameCapital(forms[0]!, token.text));
        continue;
      }
      const modifier = np.modifiers.find((m) => m.token === token);
      if (!modifier) { words.push(token.text); continue; }
      const forms = new Set<string>();
      for (const r of modifier.readings) {
        if (!MODIFIER.has(r.pos)) continue;
        if (r.tags.has('Fixd')) { forms.add(token.text.toLowerCase()); continue; }
        for (const f of inflect(r, agreementOf(head, target))) forms.add(f);
      }
      if (forms.size !== 1) { ok = false; break; }
      words.push(sameCapital([...forms][0]!, token.text));
    }
    if (ok) phrases.add(words.join(' '));
  }
  return phrases.size === 1 ? [...phrases][0] : undefined;
}

// ---------------------------------------------------------------------------
// The lexicon

const POS_GROUPS: Record<LexiconEntry['pos'], ReadonlySet<string>> = {
  VERB: new Set(['VERB', 'INFN', 'GRND', 'PRTS', 'PRTF']),
  NOUN: new Set(['NOUN']),
  ADJ: new Set(['ADJF', 'ADJS']),
  OTHER: new Set(['PRCL', 'INTJ', 'ADVB', 'PRED', 'CONJ', 'NOUN']),
};

let lexiconIndex: Map<string, LexiconEntry[]> | undefined;

function lexiconByLemma(): Map<string, LexiconEntry[]> {
  if (lexiconIndex) return lexiconIndex;
  const index = new Map<string, LexiconEntry[]>();
  for (const entry of lexicon.entries) {
    const key = norm(entry.lemma);
    const list = index.get(key) ?? [];
    list.push(entry);
    index.set(key, list);
  }
  lexiconIndex = index;
  return index;
}

/** Spellings of a simple preposition (for matching a lexicon entry's `prep`). */
const PREP_VARIANTS: Record<string, string[]> = { о: ['о', 'об', 'обо'], в: ['в', 'во'], с: ['с', 'со'], к: ['к', 'ко'], над: ['над', 'надо'], под: ['под', 'подо'], перед: ['перед', 'передо'], из: ['из', 'изо'] };

/** The lexicon entries whose governor is token i, with the preposition (or none) after it. */
function entriesAt(sentence: Sentence, i: number): readonly { entry: LexiconEntry; reading: Reading }[] {
  const t = sentence[i];
  if (t?.kind !== 'word') return [];
  // They depend on the word's readings only: computed once per word (and sentence start).
  const key = (i === 0 ? '^' : '') + t.text;
  let out = entriesMemo.get(key);
  if (out) return out;
  out = [];
  const readings = readingsOf(t, i === 0);
  // «благодаря» is a preposition before it is the gerund of «благодарить».
  if (readings && !readings.some((r) => r.pos === 'PREP')) {
    const index = lexiconByLemma();
    for (const r of readings) {
      for (const entry of index.get(r.lemma) ?? []) {
        if (!POS_GROUPS[entry.pos].has(r.pos)) continue;
        if (!out.some((o) => o.entry === entry)) out.push({ entry, reading: r });
      }
    }
  }
  if (entriesMemo.size >= MEMO_LIMIT) entriesMemo.clear();
  entriesMemo.set(key, out);
  return out;
}

const entriesMemo = new Map<string, { entry: LexiconEntry; reading: Reading }[]>();

/** Personal pronouns in an object case («вам», «вас», «нам»…), which may stand between a verb and its preposition. */
/** The dative personal pronouns («мне», «вам»…). */
const DATIVE_PRONOUNS = new Set(DATIVE_OF.values());
const PERSONAL_OBJECTS = new Set(['мне', 'меня', 'нам', 'нас', 'вам', 'вас', 'тебе', 'тебя', 'ему', 'его', 'ей', 'ее', 'им', 'их']);

function isPersonalObject(t: Token | undefined): boolean {
  return t?.kind === 'word' && PERSONAL_OBJECTS.has(t.norm);
}

const VOWEL_START = /^[аоуэиАОУЭИ]/;
/** Consonants, «й» included: what makes a cluster after «в», «ф», «с», «з», «ш», «ж». */
const CONSONANTS = 'бвгджзйклмнпрстфхцчшщ';
/** Lemmas whose forms in «вс-», «вт-» take «во», «со», «ко» («со всеми», «ко вторнику»). */
const WITH_O_LEMMAS = new Set(['весь', 'вторник']);
/** The forms of «второй» («ко второму»), an ordinal of «два» in the dictionary. */
const SECOND = /^втор(?:ой|ая|ое|ые|ого|ому|ым|ом|ую|ых|ыми|ою)$/;
/** The words that «в», «с», «к» take «о» before (Rosenthal, § 183): a cluster of consonants that starts like the preposition, «мне», «мной», the forms of WITH_O_LEMMAS and SECOND. */
const WITH_O: Record<string, { long: string; start?: RegExp; words: ReadonlySet<string> }> = {
  в: { long: 'во', start: new RegExp(`^[вф][${CONSONANTS}]`), words: new Set(['мне']) },
  с: { long: 'со', start: new RegExp(`^(?:[сзшж][${CONSONANTS}]|щ)`), words: new Set(['мной']) },
  к: { long: 'ко', words: new Set(['мне']) },
};

/**
 * «в», «с», «к» before a word that takes their form with «о»: «во вторник», «во всех», «со
 * склада», «со мной», «ко мне», «ко всем», «ко второму». A known word only (not a name, an
 * abbreviation or a word in capitals: «в ВТБ»); «к» takes «о» before «мне» and the forms of
 * «весь», «второй», «вторник» only («к встрече», «к сроку» keep «к»).
 */
function longForm(prep: Token, word: Token): string | undefined {
  const rule = WITH_O[prep.norm];
  if (!rule || prep.text.length !== 1) return undefined;
  const readings = readingsOf(word);
  if (!readings) return undefined;
  const norm = word.norm;
  const lemmas = new Set(readings.map((r) => r.lemma));
  const listed = (lemmas.size === 1 && WITH_O_LEMMAS.has([...lemmas][0]!) && /^в[ст]/.test(norm)) || SECOND.test(norm);
  if (!rule.words.has(norm) && !rule.start?.test(norm) && !listed) return undefined;
  return sameCapital(rule.long, prep.text);
}

const NEGATION = new Set(['не', 'ни', 'нет']);
const negations = new WeakMap<Sentence, boolean>();

/** Whether the sentence has a negation (computed once per sentence). */
function negated(sentence: Sentence): boolean {
  let n = negations.get(sentence);
  if (n === undefined) negations.set(sentence, (n = sentence.some((t) => t.kind === 'word' && NEGATION.has(t.norm))));
  return n;
}

// ---------------------------------------------------------------------------
// The check

const CONJUNCTIONS = new Set(['и', 'или', 'а также']);
const CLOSING = /^[.,!?;:…)]+$/;

/**
 * Where a phrase of time at `at` ends (exclusive), for a misspelt preposition's check: a noun of
 * `heads` in the genitive («дня»), or a number and such a noun within three words («3 рабочих
 * дней», «трёх недель»). Undefined when what follows is no phrase of time.
 */
function timePhraseEnd(sentence: Sentence, at: number, m: NonNullable<PrepositionEntry['misspelt']>): number | undefined {
  const ofTime = (rs: readonly Reading[], genitive: boolean): boolean => rs.some((r) => m.heads.includes(r.lemma) && (!genitive || caseOf(r) === 'gent'));
  const np = nounPhraseAt(sentence, at, true);
  const digits = /^\d/.test(sentence[at]?.text ?? '');
  if (!digits && !np?.numeral) return np && ofTime(np.headReadings, true) ? np.to : undefined;
  if (m.numeral !== true) return undefined;
  for (let k = digits ? at + 1 : np!.to; k < sentence.length && k <= at + 3 && sentence[k]!.kind === 'word'; k++) {
    if (ofTime(readingsOf(sentence[k]) ?? [], false)) return k + 1;
  }
  return undefined;
}

/** Nothing or an end mark of the sentence after token k - 1. */
const endsSentence = (sentence: Sentence, k: number): boolean => {
  const t = sentence[k];
  return !t || (t.kind === 'punct' && /^[.!?…]+$/.test(t.text));
};

/** A verb of «я», «мы», «вы» or an imperative: its subject is in the verb, never a noun after it. */
const personal = (r: Reading): boolean => r.pos === 'VERB' && (r.tags.has('1per') || r.tags.has('2per') || r.tags.has('impr'));

/**
 * The readings of a verb of the first or second person or an imperative in every reading, or of
 * an infinitive, in the clause before token `at` (back to punctuation or a conjunction): a verb
 * that no nominative noun after it can be the subject of. Undefined where there is none.
 */
function personalVerbBefore(sentence: Sentence, at: number): readonly Reading[] | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const t = sentence[k]!;
    if (t.kind !== 'word' || CLAUSE_JOINERS.has(t.norm)) return undefined;
    const rs = finiteReadings(readingsOf(t) ?? []);
    if (rs.length > 0 && rs.every((r) => r.pos === 'INFN' || personal(r))) return rs;
  }
  return undefined;
}

/**
 * «с трек номером», «в интернет магазине»: the head of the phrase after a preposition is the
 * first part of a hyphenated compound (`compoundParts`), written apart from a noun right after
 * it that is in a case the preposition admits. The hyphen is missing, not a case.
 */
function missingHyphen(sentence: Sentence, np: NounPhrase, admitted: Admitted, value: string): { end: number; phrase: string; expected: string } | undefined {
  if (!compoundParts.has(np.head.norm)) return undefined;
  const next = sentence[np.to];
  if (next?.kind !== 'word' || next.start !== np.head.end + 1 || value[np.head.end] !== ' ') return undefined;
  const readings = readingsOf(next) ?? [];
  if (!readings.some((r) => r.pos === 'NOUN' && fitsReading(r, admitted))) return undefined;
  return { end: next.end, phrase: `${np.head.text} ${next.text}`, expected: `${np.head.text}-${next.text}` };
}

/** «Спасибо», or a verb of the first or second person or an imperative in every reading, at `at` or before an object pronoun or an adverb there. */
function personalGovernor(sentence: Sentence, at: number): boolean {
  // An object pronoun or an adverb may stand between («Благодарим вас за…», «Спасибо вам
  // большое за…», «Заранее спасибо за…»).
  let k = at;
  for (let skipped = 0; skipped < 2 && k > 0; skipped++) {
    if (!objectPronounOrAdverb(readingsOf(sentence[k]) ?? [])) break;
    k--;
  }
  const t = sentence[k];
  if (t?.kind !== 'word') return false;
  if (t.norm === 'спасибо') return true;
  // «благодарим», «предлагаем»: not the short participle of the same spelling.
  const rs = finiteReadings(readingsOf(t) ?? []);
  return rs.length > 0 && rs.every(personal);
}

/** Whether token k ends a phrase: the end of the sentence or punctuation. */
const endsPhrase = (sentence: Sentence, k: number): boolean => {
  const t = sentence[k];
  return !t || (t.kind === 'punct' && CLOSING.test(t.text));
};

function spanText(sentence: Sentence, from: number, to: number, value: string): string {
  return value.slice(sentence[from]!.start, sentence[to - 1]!.end);
}

function orderedCases(set: Iterable<Case>): Case[] {
  const s = new Set(set);
  return CASES.filter((c) => s.has(c));
}

const SUBJECT_PRONOUNS = new Set(['я', 'ты', 'он', 'она', 'оно', 'мы', 'вы', 'они', 'который', 'которая', 'которое', 'которые']);

/**
 * Whether the verb at `at` has its subject before it in its clause: a personal pronoun or
 * «который», or a noun with a nominative reading in the verb's number that no preposition
 * governs. A linking verb takes no object, so a noun that may be nominative or accusative is
 * its subject too («товар является…»).
 */
function subjectBefore(sentence: Sentence, at: number): boolean {
  const verb = analyse(sentence[at]!.text).filter((r) => r.pos === 'VERB');
  const numbers = new Set(verb.flatMap((r) => (r.tags.has('plur') ? ['plur'] : r.tags.has('sing') ? ['sing'] : [])));
  for (let b = at - 1; b >= 0 && b >= at - 6; b--) {
    const t = sentence[b]!;
    if (t.kind !== 'word') {
      if (t.text !== '-') return false;
      continue;
    }
    if (['и', 'а', 'но', 'или', 'что', 'если', 'когда', 'чтобы'].includes(t.norm)) return false;
    if (SUBJECT_PRONOUNS.has(t.norm)) return true;
    const rs = analyse(t.text);
    // A preposition, conjunction or particle is none, whatever abbreviation it also spells («с»: also “second”).
    if (rs.some((r) => r.pos === 'PREP' || r.pos === 'CONJ' || r.pos === 'PRCL')) continue;
    const nominative = rs.filter((r) => r.pos === 'NOUN' && caseOf(r) === 'nomn' && [...numbers].some((n) => r.tags.has(n)));
    if (nominative.length === 0) continue;
    // A noun after a preposition (perhaps after its modifiers) is the preposition's.
    let p = b - 1;
    while (p >= 0 && sentence[p]!.kind === 'word' && analyse(sentence[p]!.text).every((r) => r.pos === 'ADJF' || r.pos === 'PRTF')) p--;
    if (p >= 0 && sentence[p]!.kind === 'word' && analyse(sentence[p]!.text).some((r) => r.pos === 'PREP')) continue;
    return true;
  }
  return false;
}

/**
 * A word that takes its phrase only with a preposition (`required`), followed by a bare phrase
 * in an oblique case: «свяжитесь нам» (for «с нами»), «свяжемся вами». Not a nominative (the
 * subject after the verb: «свяжется курьер»), a noun of time or an adverb of manner.
 */
/** Words that may stand between a subject pronoun and its verb («мы искренне желаем»). */
const PRONOUN_VERB_BETWEEN = new Set(['не', 'очень', 'искренне', 'всегда', 'также', 'тоже', 'всем', 'вам', 'вас', 'тебе', 'им', 'ему', 'ей', 'нам']);

/**
 * A personal pronoun in the nominative before the verb at `i`, only words of
 * {@link PRONOUN_VERB_BETWEEN} between them («Мы желаем вам…»): the clause has its subject, so a
 * nominative after the verb is none, whatever verb it is. (A noun before a transitive verb may
 * be its object, put first; a pronoun shows its case.)
 */
function pronounSubjectBefore(sentence: Sentence, i: number): boolean {
  for (let b = i - 1; b >= 0 && b >= i - 4; b--) {
    const t = sentence[b]!;
    if (t.kind !== 'word') return false;
    if (['я', 'ты', 'мы', 'вы', 'он', 'она', 'они'].includes(t.norm)) return true;
    if (!PRONOUN_VERB_BETWEEN.has(t.norm)) return false;
  }
  return false;
}

/**
 * A verb of the lexicon that takes no direct object in any reading («соответствовать»,
 * «гордиться»): with its subject before it, a nominative after it is no second subject («Товар
 * соответствует описания» → «описанию»). A transitive verb may have its object first and its
 * subject after it («Товар заменит продавец»), so it is left out.
 */
function intransitive(sentence: Sentence, i: number, entry: LexiconEntry): boolean {
  if (entry.pos !== 'VERB') return false;
  const verbs = (readingsOf(sentence[i], i === 0) ?? []).filter((r) => r.pos === 'VERB');
  return verbs.length > 0 && verbs.every((r) => r.tags.has('intr') && r.tags.has('indc'));
}

/**
 * A noun of an action on an object (оплата, получение, отправка…: a bare genitive frame) as
 * a subject or an object, not after a preposition: a noun phrase right after it is its
 * object, in the genitive, not a subject of its own («Оплата заказ прошла», «Подтвердите
 * получение посылка»). Unless the phrase is an adjective («Доставка бесплатная»), the noun of
 * the action may be an accusative put first as the object of a transitive verb after the
 * phrase, whose subject the phrase is («Подтверждение курьер получил»), or the noun may be in
 * an oblique case («После оплаты заказ отправят», «В результате проверки…»).
 */
function nounOfObject(sentence: Sentence, i: number, np: NounPhrase, entry: LexiconEntry): boolean {
  if (entry.pos !== 'NOUN' || !entry.cases.includes('gent') || !np.headReadings.every((r) => r.pos === 'NOUN')) return false;
  const governor = readingsOf(sentence[i], i === 0)?.filter((r) => r.pos === 'NOUN') ?? [];
  let b = i - 1;
  while (b >= 0 && (readingsOf(sentence[b], b === 0) ?? []).some((r) => MODIFIER.has(r.pos))) b--;
  const afterPreposition = b >= 0 && (readingsOf(sentence[b], b === 0) ?? []).some((r) => r.pos === 'PREP');
  // The action's noun after a preposition («до получения возврат», «за получение заказ»): the
  // phrase after it may start the clause as its subject («После получения возврат будет
  // оформлен»), unless no verb or short form after it may have it as one («До получения возврат
  // сохраните упаковку»).
  // Nor may it be put first as the object of a transitive verb or infinitive after it that has
  // none of its own («После проверки товар отправят», «Для замены товар нужно вернуть»).
  if (afterPreposition && governor.length > 0) {
    const subjects = np.headReadings.filter((r) => caseOf(r) === 'nomn');
    const object = np.headReadings.some((r) => caseOf(r) === 'accs');
    // A clause's worth of words (a bound keeps a long unpunctuated text linear; past it, nothing is said).
    for (let k = np.to; k < sentence.length && sentence[k]!.kind === 'word'; k++) {
      if (k >= np.to + CLAUSE_WINDOW) return false;
      const rs = readingsOf(sentence[k]) ?? [];
      if (rs.length === 0 || rs.some((v) => (v.pos === 'VERB' || v.pos === 'PRTS' || v.pos === 'ADJS') && subjects.some((n) => subjectFits(v, n)))) return false;
      // …unless the verb has its own object right after it («…сохраните упаковку»).
      const own = (readingsOf(sentence[k + 1]) ?? []).some((r) => (r.pos === 'NOUN' || MODIFIER.has(r.pos)) && caseOf(r) === 'accs');
      if (object && !own && rs.some((v) => (v.pos === 'VERB' || v.pos === 'INFN') && v.tags.has('tran'))) return false;
    }
    return true;
  }
  // Else the action's noun in the nominative or accusative only (not «проверки», also a genitive).
  if (governor.length === 0 || !governor.every((r) => caseOf(r) === 'nomn' || caseOf(r) === 'accs')) return false;
  // An accusative may be the object of a transitive verb whose subject is the phrase after it.
  if (!governor.some((r) => caseOf(r) === 'accs')) return true;
  // A verb there whose subject the phrase may be, and a transitive verb or infinitive
  // («Отмену покупатель может оформить сам»).
  const subjects = np.headReadings.filter((r) => caseOf(r) === 'nomn');
  let fits = false;
  let transitive = false;
  for (let k = np.to; k < sentence.length && sentence[k]!.kind === 'word'; k++) {
    if (k >= np.to + CLAUSE_WINDOW) return false;
    const rs = readingsOf(sentence[k]) ?? [];
    fits ||= rs.some((v) => v.pos === 'VERB' && subjects.some((n) => subjectFits(v, n)));
    transitive ||= rs.some((v) => (v.pos === 'VERB' || v.pos === 'INFN') && v.tags.has('tran'));
  }
  return !(fits && transitive);
}

/** Whether a finite verb or short form may have a noun's nominative reading as its subject (third person, number, gender in the past and short forms). */
function subjectFits(v: Reading, n: Reading): boolean {
  const number = n.tags.has('plur') || n.tags.has('Pltm') ? 'plur' : 'sing';
  if (!v.tags.has(number)) return false;
  if (v.pos === 'VERB' && !v.tags.has('past')) return v.tags.has('3per');
  if (number === 'plur') return true;
  return ['masc', 'femn', 'neut'].some((g) => v.tags.has(g) && (n.tags.has(g) || (g === 'femn' && n.tags.has('anim') && n.tags.has('masc'))));
}

/**
 * The finding of a preposition left out: the governor from token `from` through the word at
 * `to`, the phrase after it, and the phrase with the preposition (`expected`) when known.
 */
function missingFinding(sentence: Sentence, from: number, to: number, np: NounPhrase, entry: LexiconEntry, value: string, inCase: string | undefined): Finding {
  return {
    kind: 'missing',
    start: sentence[from]!.start,
    end: np.head.end,
    governor: spanText(sentence, from, to + 1, value),
    phrase: spanText(sentence, np.from, np.to, value),
    cases: orderedCases(entry.cases),
    found: orderedCases(casesOf(np.headReadings)),
    expected: inCase === undefined ? undefined : `${entry.prep!} ${inCase}`,
    entry,
  };
}

/**
 * An intransitive verb whose one frame of the accusative has a preposition («надеяться на»,
 * «ответить на», «жаловаться на»), and a noun phrase right after it that is its object in the
 * accusative with no preposition: «Мы надеемся ваше понимание» (→ «на ваше понимание»), «Мы
 * ответим ваш вопрос» (→ «на ваш вопрос»). A phrase that may be nominative too is judged only
 * after the verb's subject («Надеется мама» has its subject after the verb). A verb with
 * another frame of the accusative («отвечать за», «отвечать на») is left alone: which
 * preposition is meant is not known.
 */
function missingBeforeAccusative(sentence: Sentence, i: number, entry: LexiconEntry, value: string): Finding | undefined {
  if (entry.pos !== 'VERB' || !entry.prep || !entry.cases.includes('accs')) return undefined;
  if ((lexiconByLemma().get(entry.lemma) ?? []).filter((e) => e.prep && e.cases.includes('accs')).length !== 1) return undefined;
  const verbs = (readingsOf(sentence[i], i === 0) ?? []).filter((r) => r.pos === 'VERB' || r.pos === 'INFN');
  const intransitive = verbs.every((r) => r.tags.has('intr'));
  if (verbs.length === 0 || (!intransitive && !entry.personObject)) return undefined;
  const next = sentence[i + 1];
  if (next?.kind !== 'word' || next.start > sentence[i]!.end + 1) return undefined;
  const np = nounPhraseAt(sentence, i + 1);
  if (!np || np.numeral || !np.headReadings.every((r) => r.pos === 'NOUN' && (caseOf(r) === 'accs' || caseOf(r) === 'nomn'))) return undefined;
  // The object of a verb of a person («благодарим покупателей», «благодари судьбу», «благодарим
  // нашу команду»), unless it is the buyer's thing, with «ваш» and no «за» phrase after it
  // («благодарим вашу поддержку» → «за вашу поддержку»).
  if (!intransitive && (!np.headReadings.every((r) => r.tags.has('inan'))
    || !np.modifiers.some((m) => m.readings.some((r) => r.lemma === 'ваш'))
    || sentence.slice(np.to, np.to + CLAUSE_WINDOW).some((t) => t.kind === 'word' && t.norm === 'за'))) return undefined;
  if (!np.headReadings.some((r) => caseOf(r) === 'accs') || np.headReadings.some((r) => timeNouns.has(r.lemma))) return undefined;
  // Nor a verb of «я», «мы», «вы» (or an infinitive after one): its subject is no noun after it.
  const allPersonal = (rs: readonly Reading[]): boolean => rs.length > 0 && rs.every(personal);
  const ownSubject = allPersonal(verbs) || (verbs.every((r) => r.pos === 'INFN') && i > 0 && allPersonal(finiteReadings(readingsOf(sentence[i - 1]) ?? []).filter((r) => r.pos === 'VERB')));
  // «ответим» is also the inclusive imperative (let us answer), with the same subject.
  if (np.headReadings.some((r) => caseOf(r) === 'nomn') && !ownSubject && !(verbs.every((r) => r.tags.has('indc') || r.tags.has('incl')) && subjectBefore(sentence, i))) return undefined;
  return missingFinding(sentence, i, i, np, entry, value, spanText(sentence, np.from, np.to, value));
}

/**
 * A noun that makes one phrase with a verb and its preposition («обратить внимание на»), right
 * after the verb (a possessive may stand between: «обращаем ваше внимание»), and a noun phrase
 * after it in the nominative or accusative with no preposition: «обратите внимание размер» (→
 * «на размер»). A genitive is the noun's own («внимание покупателей на…»).
 */
function missingAfterPhrase(sentence: Sentence, i: number, entry: LexiconEntry, value: string): Finding | undefined {
  let v = i - 1;
  if (v > 0 && (readingsOf(sentence[v]) ?? []).some((r) => r.pos === 'ADJF' && POSSESSIVES.has(r.lemma))) v--;
  const verb = sentence[v];
  if (verb?.kind !== 'word' || !(readingsOf(verb, v === 0) ?? []).some((r) => (r.pos === 'VERB' || r.pos === 'INFN' || r.pos === 'GRND') && entry.after!.includes(r.lemma))) return undefined;
  const next = sentence[i + 1];
  if (next?.kind !== 'word' || next.start > sentence[i]!.end + 1) return undefined;
  const np = nounPhraseAt(sentence, i + 1);
  if (!np || np.numeral || !np.headReadings.every((r) => r.pos === 'NOUN' && (caseOf(r) === 'nomn' || caseOf(r) === 'accs'))) return undefined;
  return missingFinding(sentence, v, i, np, entry, value, expectedPhrase(np, sentence, entry.cases));
}

function missingPreposition(sentence: Sentence, i: number, entry: LexiconEntry, value: string): Finding | undefined {
  const next = sentence[i + 1];
  if (next?.kind !== 'word' || next.start > sentence[i]!.end + 1) return undefined;
  const np = nounPhraseAt(sentence, i + 1);
  if (!np || np.numeral) return undefined;
  if (np.headReadings.some((r) => caseOf(r) === 'nomn' || caseOf(r) === undefined || timeNouns.has(r.lemma) || mannerNouns.has(r.lemma.replace(/ё/g, 'е')))) return undefined;
  // A person: «нам», «вами», an animate noun; or a dative, which no bare adverbial takes. An
  // inanimate instrumental may say how («свяжитесь письмом»), a third-person pronoun needs its н-.
  const person = np.headReadings.every((r) => (r.pos === 'NPRO' && ['я', 'мы', 'ты', 'вы'].includes(r.lemma)) || (r.pos === 'NOUN' && (r.tags.has('anim') || caseOf(r) === 'datv')));
  if (!person) return undefined;
  return missingFinding(sentence, i, i, np, entry, value, expectedPhrase(np, sentence, entry.cases));
}

/**
 * A preposition put in the place of the word's own (`instead`): «сожалеем за задержку» (for «о
 * задержке»), «извините о задержке», «спасибо для заказа»; or before the bare phrase of a word
 * without one («довольны с покупкой» for «довольны покупкой»). Right after the word (a personal
 * pronoun may stand between: «благодарим вас о…»), before a noun phrase.
 */
function wrongPreposition(sentence: Sentence, i: number, entry: LexiconEntry, value: string): { finding: Finding; from: number } | undefined {
  let at = i + 1;
  if (entry.pos === 'VERB' && isPersonalObject(sentence[at])) at++;
  const p = sentence[at];
  if (p?.kind !== 'word' || p.start > sentence[at - 1]!.end + 1) return undefined;
  const wrong = entry.instead!.find((w) => (PREP_VARIANTS[w] ?? [w]).includes(p.norm));
  if (!wrong || sentence[at + 1]?.kind !== 'word') return undefined;
  const np = nounPhraseAt(sentence, at + 1, true);
  if (!np) return undefined;
  const inCase = expectedPhrase(np, sentence, entry.cases);
  // With no preposition of its own the word takes the bare phrase.
  const right = entry.prep === undefined ? '' : entry.prep === 'о' && inCase !== undefined && VOWEL_START.test(inCase) ? 'об' : entry.prep;
  return {
    from: np.from,
    finding: {
      kind: 'instead',
      start: p.start,
      end: np.head.end,
      governor: spanText(sentence, i, at, value).trim(),
      phrase: `${p.text} ${spanText(sentence, np.from, np.to, value)}`,
      cases: orderedCases(entry.cases),
      found: [],
      expected: inCase === undefined ? undefined : right ? `${sameCapital(right, p.text)} ${inCase}` : inCase,
      entry,
      first: p.text,
    },
  };
}

/** The tokens of a sentence with quoted names and titles taken out (see quotedNames). */
function unquoted(sentence: Sentence): Sentence {
  const quoted = quotedNames(sentence, (i) => analyse(sentence[i]!.text).filter((r) => !r.predicted));
  // Quoted words are replaced by a punctuation mark: nothing governs across or into them.
  return sentence.map((t, i) => (quoted[i] && t.kind !== 'punct' ? { ...t, kind: 'punct', text: '"', norm: '"' } : t));
}

/** Every government error of one sentence. `value` is the text the tokens index. */
export function findGovernmentErrors(input: Sentence, value: string): Finding[] {
  const sentence = unquoted(input);
  const findings: Finding[] = [];
  const claimed = new Set<number>(); // phrase starts already reported
  const report = (f: Finding, phraseFrom: number): void => {
    if (claimed.has(phraseFrom)) return;
    claimed.add(phraseFrom);
    findings.push(f);
  };

  // 1. The lexicon: a verb, noun or adjective with its preposition or bare noun phrase.
  for (let i = 0; i < sentence.length; i++) {
    for (const { entry } of entriesAt(sentence, i)) {
      if (entry.instead) {
        const wrong = wrongPreposition(sentence, i, entry, value);
        if (wrong) report(wrong.finding, wrong.from);
      }
      let at = i + 1;
      // A verb of two bare cases, one the dative: a dative pronoun first, then the other phrase («желаем вам удачи»).
      if (!entry.prep && entry.pos === 'VERB' && entry.cases.includes('datv') && entry.cases.length > 1 && DATIVE_PRONOUNS.has(sentence[at]?.norm ?? '')) at++;
      if (entry.prep) {
        if (entry.required) {
          const missing = missingPreposition(sentence, i, entry, value);
          if (missing) report(missing, i + 1);
        }
        if (entry.after) {
          const missing = missingAfterPhrase(sentence, i, entry, value);
          if (missing) report(missing, i + 1);
        }
        {
          const missing = missingBeforeAccusative(sentence, i, entry, value);
          if (missing) report(missing, i + 1);
        }

        // A personal pronoun may stand between the verb and its preposition: «сообщим вам о…».
        if (entry.pos === 'VERB' && isPersonalObject(sentence[at])) at++;
        const p = sentence[at];
        if (p?.kind !== 'word' || !(PREP_VARIANTS[entry.prep] ?? [entry.prep]).includes(p.norm)) continue;
        const compound = prepositionAt(sentence, at);
        // A compound preposition starts here («в течение»): not the entry's preposition.
        if (!compound || compound.prep.words.length > 1) continue;
        at = compound.after;
      }
      if (sentence[at]?.kind !== 'word' || sentence[at]!.start > sentence[at - 1]!.end + 1) continue;
      const np = nounPhraseAt(sentence, at, Boolean(entry.prep));
      if (!np || np.numeral) continue;
      if (np.headReadings.some((r) => timeNouns.has(r.lemma))) continue;
      // An adverb of manner («таким образом», «ровным счётом»), not an object.
      if (!entry.prep && np.headReadings.some((r) => caseOf(r) === 'ablt' && mannerNouns.has(r.lemma.replace(/ё/g, 'е')))) continue;
      const cases = new Set<Case>(entry.cases);
      const admitted: Admitted = { cases, onlyIf: new Map() };
      if (!entry.prep) {
        // A bare noun phrase may be a subject (nominative), and after a noun the verb's
        // indirect object or instrument; after a negated verb a genitive.
        if (!entry.subjectless && !((entry.copula || intransitive(sentence, i, entry)) && subjectBefore(sentence, i))
          && !(entry.pos === 'VERB' && !entry.cases.includes('accs') && pronounSubjectBefore(sentence, i))
          && !nounOfObject(sentence, i, np, entry)) admitted.cases.add('nomn');
        if (entry.pos === 'NOUN') { admitted.cases.add('datv'); admitted.cases.add('ablt'); }
        if (i > 0 && NEGATION.has(sentence[i - 1]!.norm)) admitted.cases.add('gent');
        // The phrase may be the object of an infinitive after it («рады вас видеть»).
        const after = sentence[np.to];
        if (after?.kind === 'word' && analyse(after.text).some((r) => r.pos === 'INFN')) continue;
        if (entry.pos === 'ADJ' && !entriesAt(sentence, i).some((e) => e.entry === entry && e.reading.pos === 'ADJS')) continue;
        if (entry.pos === 'VERB' && !entriesAt(sentence, i).some((e) => e.entry === entry && e.reading.pos !== 'PRTF')) continue;
      }
      if (!misfit(np, admitted)) {
        // A bare phrase of a verb or adjective: its second conjunct shares its case («довольны
        // качеством и цена»). After a noun's genitive a nominative may be the next of a list of
        // subjects («цена товара, срок доставки и отзывы»).
        if (!entry.prep && entry.pos !== 'NOUN') coordination(sentence, value, np, admitted, spanText(sentence, i, np.from, value).trim(), report, i + 1, entry);
        continue;
      }
      const from = i;
      const governor = spanText(sentence, i, np.from, value).trim();
      const casesOut = orderedCases(entry.cases);
      const headCases = orderedCases(casesOf(np.headReadings));
      report({
        kind: 'lexicon',
        start: sentence[from]!.start,
        end: np.head.end,
        governor,
        phrase: spanText(sentence, np.from, np.to, value),
        cases: casesOut,
        found: headCases,
        expected: expectedPhrase(np, sentence, casesOut),
        entry,
      }, np.from);
    }
  }

  // 2. A personal pronoun in the nominative before «нужно», «надо»…: «вы нужно подождать».
  for (let i = 0; i + 1 < sentence.length; i++) {
    const pronoun = sentence[i]!;
    const dative = pronoun.kind === 'word' ? DATIVE_OF.get(pronoun.norm) : undefined;
    if (!dative) continue;
    let k = i + 1;
    if (sentence[k]?.norm === 'не') k++;
    const predicative = sentence[k];
    if (predicative?.kind !== 'word' || !dativePredicatives.has(predicative.norm)) continue;
    report({
      kind: 'experiencer',
      start: pronoun.start,
      end: predicative.end,
      governor: predicative.text,
      phrase: pronoun.text,
      cases: ['datv'],
      found: ['nomn'],
      expected: sameCapital(dative, pronoun.text),
    }, i);
  }

  // 2a. A nominative phrase before «нет в наличии», «нет на складе»: «этот размер нет в
  // наличии» (→ «этого размера нет»). What is missing is in the genitive wherever it stands:
  // after the place too («нет в наличии этот цвет» → «этого цвета»).
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i]!.norm !== 'нет') continue;
    const place = absencePlaces.find((words) => words.every((w, k) => sentence[i + 1 + k]?.norm === w));
    if (!place) continue;
    const after = i + 1 + place.length;
    const next = sentence[after];
    const thing = next?.kind === 'word' && next.start === sentence[after - 1]!.end + 1 ? nounPhraseAt(sentence, after) : undefined;
    if (thing && !thing.numeral && thing.headReadings.every((r) => r.pos === 'NOUN') && thing.headReadings.every((r) => caseOf(r) === 'nomn' || caseOf(r) === 'accs')
      && thing.headReadings.some((r) => caseOf(r) === 'nomn') && endsPhrase(sentence, thing.to)
      && thing.modifiers.every((m) => m.readings.some((r) => caseOf(r) === 'nomn') && !m.readings.some((r) => caseOf(r) === 'gent'))) {
      const expected = expectedPhrase(thing, sentence, ['gent']);
      report({ kind: 'absent', start: sentence[thing.from]!.start, end: thing.head.end, governor: sentence[i]!.text, phrase: spanText(sentence, thing.from, thing.to, value), cases: ['gent'], found: orderedCases(casesOf(thing.headReadings)), ...(expected ? { expected } : {}) }, thing.from);
      continue;
    }
    if (i === 0) continue;
    // The phrase opens its clause and ends right before «нет», or before an adverb before it
    // («Белая куртка сейчас нет на складе»).
    const adverb = (readingsOf(sentence[i - 1]) ?? []).length > 0 && (readingsOf(sentence[i - 1]) ?? []).every((r) => r.pos === 'ADVB');
    const end = adverb ? i - 1 : i;
    let from = end - 1;
    while (from > 0 && sentence[from - 1]!.kind === 'word' && (readingsOf(sentence[from - 1], from - 1 === 0) ?? []).some((r) => MODIFIER.has(r.pos))) from--;
    const opener = sentence[from - 1];
    if (opener && opener.kind !== 'punct' && !CLAUSE_JOINERS.has(opener.norm)) continue;
    const np = nounPhraseAt(sentence, from);
    if (!np || np.numeral || np.to !== end) continue;
    if (!np.headReadings.every((r) => r.pos === 'NOUN') || np.headReadings.some((r) => caseOf(r) !== 'nomn' && caseOf(r) !== 'accs')) continue;
    if (!np.headReadings.some((r) => caseOf(r) === 'nomn')) continue;
    const expected = expectedPhrase(np, sentence, ['gent']);
    report({
      kind: 'absent',
      start: sentence[from]!.start,
      end: sentence[i]!.end,
      governor: sentence[i]!.text,
      phrase: spanText(sentence, np.from, np.to, value),
      cases: ['gent'],
      found: orderedCases(casesOf(np.headReadings)),
      ...(expected ? { expected } : {}),
    }, from);
  }

  // 2b. «Мы» or «вы» in an oblique case where a verb of their own person needs its subject:
  // «нам отправим заказ» (for «мы»), «вам можете вернуть товар» (for «вы»). The verb's person
  // leaves no other subject; a dative or accusative of that person would be the speaker or the
  // buyer doing something to themselves, which a seller's reply never means. Left alone: a
  // pronoun after a preposition («у нас закажете»), and a sentence that has the nominative too.
  for (let i = 0; i + 1 < sentence.length; i++) {
    const pronoun = sentence[i]!;
    const person = pronoun.kind === 'word' ? OBLIQUE_PERSONAL.get(pronoun.norm) : undefined;
    if (!person) continue;
    const before = sentence[i - 1];
    if (before?.kind === 'word' && analyse(before.text).some((r) => r.pos === 'PREP')) continue;
    if (sentence.some((t) => t.kind === 'word' && t.norm === person.nominative)) continue;
    let k = i + 1;
    while (k < i + 3 && sentence[k]?.kind === 'word' && SUBJECT_VERB_BETWEEN.has(sentence[k]!.norm)) k++;
    const verb = sentence[k];
    if (verb?.kind !== 'word') continue;
    const readings = analyse(verb.text);
    // The verb's person: the indicative, an imperative for «ты»/«вы», the inclusive one («отправим» = "let us send") for «мы».
    const personal = (r: Reading): boolean => r.pos === 'VERB' && (r.tags.has('incl')
      ? person.nominative === 'мы'
      : r.tags.has(person.number) && (r.tags.has('impr') ? person.person === '2per' : r.tags.has('indc') && r.tags.has(person.person)));
    if (readings.length === 0 || !readings.every(personal)) continue;
    report({
      kind: 'subject',
      start: pronoun.start,
      end: verb.end,
      governor: verb.text,
      phrase: pronoun.text,
      cases: ['nomn'],
      found: [],
      expected: sameCapital(person.nominative, pronoun.text),
      // «Вы подождите» is right but familiar; «Подождите» alone may read better, which is the writer's call.
      ...(readings.some((r) => r.tags.has('impr') && !r.tags.has('incl')) ? { suggestionOnly: true } : {}),
    }, i);
  }

  // 3. Prepositions.
  for (let i = 0; i < sentence.length; i++) {
    const hit = prepositionAt(sentence, i);
    if (!hit) continue;
    const { prep, after } = hit;
    const entry = prep.entry;
    const before = sentence[i - 1];
    if (before?.kind === 'word' && entry.notAfter?.includes(before.norm)) continue;
    // A preposition glued to punctuation or standing alone is a letter, a list mark or an abbreviation.
    const next = sentence[after];
    if (next?.kind !== 'word' || next.start > sentence[after - 1]!.end + 1) { i = after - 1; continue; }
    const governor = spanText(sentence, i, after, value);
    if (adverbials.has(`${sentence[after - 1]!.norm} ${next.norm}`)) { i = after - 1; continue; }
    const timeEnd = entry.misspelt && timePhraseEnd(sentence, after, entry.misspelt);
    if (timeEnd) {
      // «в течении дня», «в течении 3 дней»: «в течение» (during); «в течении» is «in the current».
      report({
        kind: 'misspelt',
        start: sentence[i]!.start,
        end: sentence[after - 1]!.end,
        governor,
        phrase: spanText(sentence, after, timeEnd, value),
        cases: orderedCases(entry.cases),
        found: [],
        expected: sameCapital(entry.misspelt!.write, governor),
      }, after);
    }
    const nForm = pronounWithoutN(sentence, after);
    if (nForm && entry.nForm !== false) {
      report({
        kind: 'pronoun',
        start: sentence[i]!.start,
        end: next.end,
        governor,
        phrase: next.text,
        cases: orderedCases(entry.cases),
        found: orderedCases(casesOf(analyse(next.text))),
        expected: sameCapital(nForm, next.text),
      }, after);
      i = after - 1;
      continue;
    }
    const np = nounPhraseAt(sentence, after, true);
    // «о этом заказе»: before a vowel the preposition is «об».
    if (np && prep.words.length === 1 && sentence[i]!.norm === 'о' && VOWEL_START.test(next.text)
      && (readingsOf(next) ?? []).some((r) => caseOf(r) === 'loct' || r.tags.has('Fixd'))) {
      const o = sentence[i]!;
      report({
        kind: 'ob',
        start: o.start,
        end: next.end,
        governor: o.text,
        phrase: next.text,
        cases: ['loct'],
        found: [],
        expected: `${o.text === 'О' ? 'Об' : 'об'}${value.slice(o.end, next.start)}${next.text}`,
      }, after);
      i = after - 1;
      continue;
    }
    // «в вторник», «с склада», «к мне»: the preposition's form with «о».
    const long = prep.words.length === 1 ? longForm(sentence[i]!, next) : undefined;
    if (long) {
      const o = sentence[i]!;
      report({
        kind: 'vo',
        start: o.start,
        end: next.end,
        governor: o.text,
        phrase: next.text,
        cases: [],
        found: [],
        expected: `${long}${value.slice(o.end, next.start)}${next.text}`,
      }, after);
      i = after - 1;
      continue;
    }
    if (np) {
      const admitted = admittedByPreposition(entry, np, sentence, i);
      const wrong = misfit(np, admitted);
      const hyphen = wrong === 'head' ? missingHyphen(sentence, np, admitted, value) : undefined;
      if (hyphen) {
        report({ kind: 'hyphen', start: np.head.start, end: hyphen.end, governor, phrase: hyphen.phrase, cases: [], found: [], expected: hyphen.expected }, np.from);
      } else if (wrong) {
        // The preposition's cases that hold here (only the accusative before «пятница»), or the
        // narrowed ones of a rarer case («по истечении»: the prepositional only).
        const holding = entry.cases.filter((c) => admitted.cases.has(c));
        const cases = orderedCases(holding.length > 0 ? holding : [...admitted.cases]);
        report({
          kind: 'preposition',
          start: sentence[i]!.start,
          end: np.head.end,
          governor,
          phrase: spanText(sentence, np.from, np.to, value),
          cases,
          found: orderedCases(casesOf(wrong === 'head' ? np.headReadings : np.modifiers.find((m) => !wordFits(m.readings, admitted))!.readings)),
          expected: expectedPhrase(np, sentence, cases),
        }, np.from);
      } else if (!claimed.has(np.from)) {
        const joint = jointCases(np, admitted);
        if (joint) {
          report({
            kind: 'phrase',
            start: sentence[i]!.start,
            end: np.head.end,
            governor,
            phrase: spanText(sentence, np.from, np.to, value),
            cases: orderedCases(entry.cases),
            found: joint.found,
            expected: joint.headCases.length === 1 ? expectedPhrase(np, sentence, joint.headCases) : undefined,
          }, np.from);
        } else coordination(sentence, value, np, admitted, governor, report, i);
      }
    }
    i = after - 1;
  }
  return findings.sort((a, b) => a.start - b.start);
}

/**
 * «в колхозный огороде», «о ваших заказе»: each word fits a case the preposition governs, but
 * not the same one (or not in the same number and gender). Only for modifiers that cannot be
 * nouns themselves (possessives, plain adjectives and participles), so that «в столовой повара»
 * stays two phrases. Undefined when some admitted reading of the head has every modifier
 * agreeing with it; else the cases of the head that the preposition admits, and every case
 * the words are in.
 */
function jointCases(np: NounPhrase, admitted: Admitted): { headCases: Case[]; found: Case[] } | undefined {
  if (np.modifiers.length === 0 || np.numeral) return undefined;
  if (!np.headReadings.every((r) => r.pos === 'NOUN')) return undefined;
  for (const m of np.modifiers) {
    if (m.readings.some((r) => r.pos === 'NOUN' || r.pos === 'NPRO' || r.pos === 'NUMR' || (r.tags.has('Apro') && !POSSESSIVES.has(r.lemma)))) return undefined;
  }
  const fitting = np.headReadings.filter((h) => fitsReading(h, admitted));
  if (fitting.some((h) => np.modifiers.every((m) => m.readings.some((r) => agreeing(r, h))))) return undefined;
  const found = new Set<Case>();
  for (const w of [np.headReadings, ...np.modifiers.map((m) => m.readings)]) for (const c of casesOf(w)) found.add(c);
  return { headCases: orderedCases(fitting.map((h) => caseOf(h)!)), found: orderedCases(found) };
}

/**
 * «за ваше терпение и понимания»: the second conjunct after a governed phrase, ending the
 * clause, must be in a case the first one is in. `bare`: the entry of a word of the lexicon
 * whose phrase has no preposition («довольны качеством и цена»).
 */
function coordination(sentence: Sentence, value: string, first: NounPhrase, admitted: Admitted, governor: string, report: (f: Finding, from: number) => void, prepAt: number, bare?: LexiconEntry): void {
  const conj = sentence[first.to];
  if (conj?.kind !== 'word' || !CONJUNCTIONS.has(conj.norm) || first.numeral) return;
  const np = nounPhraseAt(sentence, first.to + 1);
  if (!np || np.numeral || !endsPhrase(sentence, np.to)) return;
  // A nominative may start a clause of its own («…на товары и бесплатная доставка»: a list of
  // offers), unless it ends the sentence after a verb of «я», «мы», «вы» or «спасибо», whose
  // clause has no room for it («Надеемся на ваше понимание и поддержка.»). After a negation a
  // genitive stands alone.
  // After a bare phrase of a word of the lexicon, a nominative that ends the sentence has no verb of its own either.
  if (np.headReadings.some((r) => caseOf(r) === 'nomn') && !(endsSentence(sentence, np.to) && (bare !== undefined || personalGovernor(sentence, prepAt - 1)))) return;
  if (negated(sentence)) return;
  if (np.headReadings.some((r) => timeNouns.has(r.lemma) || wishNouns.has(r.lemma))) return;
  // The cases the first conjunct is in here.
  const shared = new Set<Case>();
  for (const r of first.headReadings) {
    const c = caseOf(r);
    if (c && fitsReading(r, admitted) && first.modifiers.every((m) => m.readings.some((mr) => mr.tags.has('Fixd') || caseOf(mr) === c))) shared.add(c);
  }
  if (shared.size === 0) return;
  const own: Admitted = { cases: shared, onlyIf: new Map() };
  if (!misfit(np, own)) return;
  const cases = orderedCases(shared);
  report({
    kind: 'coordination',
    start: np.from > 0 ? sentence[np.from]!.start : 0,
    end: np.head.end,
    governor,
    phrase: spanText(sentence, np.from, np.to, value),
    cases,
    found: orderedCases(casesOf(np.headReadings)),
    expected: expectedPhrase(np, sentence, cases),
    first: spanText(sentence, first.from, first.to, value),
    ...(bare ? { entry: bare } : {}),
  }, np.from);
}
