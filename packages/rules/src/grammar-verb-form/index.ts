import { defineRule } from '@otvet/core';
import { analyse, finiteReadings, inflect, type Reading } from '@otvet/morph';
import raw from './verb-forms.yaml';
import { normalizeWord, sentencesOfView, type Sentence, type Token } from '../lib/patterns/index.js';
import { quotedNames, writeAdvice } from '../lib/grammar.js';

/** The rule's data (schema: packages/rules/schema/verb-forms.schema.json). */
export interface VerbFormsData {
  description: string;
  pairs: { note: string; entries: { imperative: string; indicative: string; lemma: string; request?: boolean }[] };
  openers: { note: string; phrases: string[] };
  subjectOpeners: { note: string; words: string[] };
  between: { note: string; words: string[] };
  modals: { note: string; lemmas: string[]; future: string[] };
  governors: { note: string; lemmas: string[]; predicatives: string[]; requestPredicatives: string[]; nouns: string[] };
  deverbal: { note: string; entries: { noun: string; verb: string }[] };
  predicates: { note: string; words: string[] };
  futureAdverbs: { note: string; words: string[] };
  prepositions: { note: string; words: string[]; clauses: Record<string, string> };
  patients: { note: string; nouns: string[]; verbs: string[] };
  negatives: { note: string; lemmas: string[] };
  reflexives: { note: string; entries: { verb: string; reflexive: string; prepositions: string[]; imperative?: boolean }[] };
  examples: Record<'imperative' | 'indicative' | 'infinitive' | 'infinitive-subject' | 'reflexive' | 'noun' | 'noun-verbal' | 'verb-after-modal' | 'preposition-infinitive' | 'patient-subject' | 'negative-concord' | 'missing-reflexive', string[]>;
  counterexamples: string[];
}

export const data = raw as VerbFormsData;

const fold = (word: string): string => normalizeWord(word).replace(/ё/g, 'е');

/** The data as lookup tables, built on first use. */
interface Tables {
  /** imperative (folded) → its pair */
  byImperative: Map<string, VerbFormsData['pairs']['entries'][number]>;
  /** indicative (folded) → its pair */
  byIndicative: Map<string, VerbFormsData['pairs']['entries'][number]>;
  /** lemma → imperative */
  imperativeOfLemma: Map<string, string>;
  /** Opener phrases as word lists, longest first. */
  openers: string[][];
  subjectOpeners: Set<string>;
  between: Set<string>;
  modalLemmas: Set<string>;
  governorLemmas: Set<string>;
  governorPredicatives: Set<string>;
  requestPredicatives: Set<string>;
  infinitiveNouns: Set<string>;
  futureForms: Set<string>;
  deverbal: Map<string, string>;
  predicates: Set<string>;
  futureAdverbs: Set<string>;
  prepositions: Set<string>;
  clauseFor: Map<string, string>;
  patientNouns: Set<string>;
  patientVerbs: Set<string>;
  negatives: Set<string>;
  /** verb lemma (folded) → its reflexive entry */
  reflexives: Map<string, VerbFormsData['reflexives']['entries'][number]>;
  /** The prepositions of every reflexive entry (a cheap filter before the analyser). */
  reflexivePrepositions: Set<string>;
}

let tables: Tables | undefined;
function tablesOf(): Tables {
  if (tables) return tables;
  const entries = data.pairs.entries;
  tables = {
    byImperative: new Map(entries.map((e) => [fold(e.imperative), e])),
    byIndicative: new Map(entries.map((e) => [fold(e.indicative), e])),
    imperativeOfLemma: new Map(entries.map((e) => [fold(e.lemma), e.imperative])),
    openers: data.openers.phrases.map((p) => p.split(' ').map(fold)).sort((a, b) => b.length - a.length),
    subjectOpeners: new Set(data.subjectOpeners.words.map(fold)),
    between: new Set(data.between.words.map(fold)),
    modalLemmas: new Set(data.modals.lemmas.map(fold)),
    governorLemmas: new Set(data.governors.lemmas.map(fold)),
    governorPredicatives: new Set(data.governors.predicatives.map(fold)),
    requestPredicatives: new Set(data.governors.requestPredicatives.map(fold)),
    infinitiveNouns: new Set(data.governors.nouns.map(fold)),
    futureForms: new Set(data.modals.future.map(fold)),
    deverbal: new Map(data.deverbal.entries.map((e) => [fold(e.noun), e.verb])),
    predicates: new Set(data.predicates.words.map(fold)),
    futureAdverbs: new Set(data.futureAdverbs.words.map(fold)),
    prepositions: new Set(data.prepositions.words.map(fold)),
    clauseFor: new Map(Object.entries(data.prepositions.clauses).map(([p, c]) => [fold(p), c])),
    patientNouns: new Set(data.patients.nouns.map(fold)),
    patientVerbs: new Set(data.patients.verbs.map(fold)),
    negatives: new Set(data.negatives.lemmas.map(fold)),
    reflexives: new Map(data.reflexives.entries.map((e) => [fold(e.verb), e])),
    reflexivePrepositions: new Set(data.reflexives.entries.flatMap((e) => e.prepositions.map(fold))),
  };
  return tables;
}

// ---------------------------------------------------------------------------
// Readings

/** The readings of a word when the dictionary knows it: none predicted. Otherwise []. */
function known(word: string): readonly Reading[] {
  const readings = analyse(word);
  return readings.length > 0 && readings.every((r) => !r.predicted) ? readings : [];
}

/** A word's known readings, the short participle of its first person plural left out (see `finiteReadings` of @otvet/morph). */
const knownFinite = (word: string): readonly Reading[] => finiteReadings(known(word));

const isIndicative2pl = (r: Reading): boolean => r.pos === 'VERB' && r.has('indc', '2per', 'plur');
const isImperativePl = (r: Reading): boolean => r.pos === 'VERB' && r.has('impr', 'plur');

/** The readings of a word that can only be an imperative plural (вышлите), all of one lexeme. */
function onlyImperative(word: string): readonly Reading[] | undefined {
  const rs = known(word);
  if (rs.length === 0 || !rs.every(isImperativePl)) return undefined;
  return new Set(rs.map((r) => r.lemma)).size === 1 ? rs : undefined;
}

/** A word that can only be a 2nd-person plural indicative (вышлете), with its lemma. */
function onlyIndicative(word: string): string | undefined {
  const rs = known(word);
  if (rs.length === 0 || !rs.every(isIndicative2pl)) return undefined;
  const lemmas = new Set(rs.map((r) => r.lemma));
  return lemmas.size === 1 ? [...lemmas][0] : undefined;
}

/**
 * The «вы» indicative of an imperative-only word, when the two differ (вышлите → вышлете;
 * not выполните, which is both): the lexeme's 2nd-person plural future or present, spelt
 * with ё from the data where it has one (пришлёте).
 */
export function indicativeFor(imperative: string): string | undefined {
  const word = fold(imperative);
  const rs = onlyImperative(word);
  if (!rs) return undefined;
  const lemma = rs[0]!.lemma;
  const forms = new Set(rs.flatMap((r) => inflect(r, ['indc', '2per'])).filter((f) => onlyIndicative(f) === lemma));
  if (forms.size !== 1) return undefined;
  const [form] = forms as unknown as [string];
  const pair = tablesOf().byImperative.get(word);
  return pair && fold(pair.indicative) === form ? pair.indicative : form;
}

/** The imperative of an indicative-only word of a request verb of the data (вышлете → вышлите). */
export function requestImperativeFor(indicative: string): string | undefined {
  const word = fold(indicative);
  const pair = tablesOf().byIndicative.get(word);
  if (!pair?.request) return undefined;
  const lemma = onlyIndicative(word);
  return lemma === fold(pair.lemma) && onlyImperative(pair.imperative)?.[0]?.lemma === lemma ? pair.imperative : undefined;
}

/**
 * The imperative of any «вы» indicative that is nothing else (проверяете → проверяйте, оставите →
 * оставьте): asked for only after «пожалуйста», where a request is certain.
 */
function imperativeOfIndicative(indicative: string): string | undefined {
  const lemma = onlyIndicative(fold(indicative));
  return lemma === undefined ? undefined : imperativeOfInfinitive(lemma);
}

/** The imperative plural of an infinitive (оставить → оставьте), when the dictionary confirms one. */
export function imperativeOfInfinitive(infinitive: string): string | undefined {
  const word = fold(infinitive);
  const listed = tablesOf().imperativeOfLemma.get(word);
  if (listed) return listed;
  const m = /^(.+?)(ть|ти|чь)(ся|сь)?$/.exec(word);
  if (!m) return undefined;
  const stem = m[1]!;
  const refl = m[3] ? 'сь' : '';
  const candidates = [
    `${stem}йте`, // сделать → сделайте, поменять → поменяйте
    `${stem.slice(0, -1)}ьте`, // оставить → оставьте
    `${stem.slice(0, -1)}ите`, // оплатить → оплатите, вернуть → верните
    `${stem.slice(0, -1)}йте`, // открыть → откройте (stem «откры»: no), успокоить → успокойте
  ];
  if (stem.endsWith('ова') || stem.endsWith('ева')) candidates.unshift(`${stem.slice(0, -3)}уйте`); // сфотографировать → сфотографируйте
  for (const c of candidates) {
    const form = c + refl;
    if (known(form).some((r) => isImperativePl(r) && r.lemma === word)) return form;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Sentences

const QUOTES_OPEN = new Set(['«', '„', '“']);
const DASHES = new Set(['—', '–', '-', '−']);
const CLAUSE_END = /^[,;:.!?…()[\]—–−-]+$/;

/** Which tokens of a sentence are punctuation or quoted names and titles (see quotedNames). */
function quoted(sentence: Sentence): boolean[] {
  const names = quotedNames(sentence, (i) => analyse(sentence[i]!.text).filter((r) => !r.predicted));
  return sentence.map((t, i) => t.kind === 'punct' || names[i]!);
}

const CYRILLIC = /[а-яёА-ЯЁ]/;
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word' && CYRILLIC.test(t.text);
const isPunct = (t: Token | undefined, marks: string): boolean => t?.kind === 'punct' && marks.includes(t.text);
const capitalised = (text: string): boolean => /^[А-ЯЁA-Z]/.test(text);
const matchCase = (model: string, word: string): string => (capitalised(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

/**
 * What the checks ask of a whole sentence, found once per sentence: asked anew for each verb, it
 * would cost a long sentence (a pasted list) time growing with the square of its length.
 */
interface SentenceFacts {
  /** For each token, the index of the last token of its clause (before a comma, dash or end mark). */
  clauseEnds: number[];
  /** The first token that is not punctuation (-1: none). */
  firstWord: number;
  /** The first «вы» (-1: none). */
  firstVy: number;
  /** Whether the sentence has «пожалуйста». */
  please: boolean;
  /** The last punctuation before the sentence's last token (-1: none). */
  lastInnerPunct: number;
}

const FACTS = new WeakMap<Sentence, SentenceFacts>();

function factsOf(sentence: Sentence): SentenceFacts {
  let facts = FACTS.get(sentence);
  if (facts) return facts;
  const n = sentence.length;
  const clauseEnds = new Array<number>(n);
  for (let j = n - 1; j >= 0; j--) {
    const next = sentence[j + 1];
    clauseEnds[j] = next === undefined || (next.kind === 'punct' && CLAUSE_END.test(next.text)) ? j : clauseEnds[j + 1]!;
  }
  let lastInnerPunct = -1;
  for (let j = n - 2; j >= 0; j--) {
    if (sentence[j]!.kind === 'punct') {
      lastInnerPunct = j;
      break;
    }
  }
  facts = {
    clauseEnds,
    firstWord: sentence.findIndex((x) => x.kind !== 'punct'),
    firstVy: sentence.findIndex((x) => x.norm === 'вы'),
    please: sentence.some((x) => x.norm === 'пожалуйста'),
    lastInnerPunct,
  };
  FACTS.set(sentence, facts);
  return facts;
}

/** The index of the last token of the clause that token i is in (before a comma, dash or end mark). */
function clauseEnd(sentence: Sentence, i: number): number {
  return factsOf(sentence).clauseEnds[i] ?? i;
}

/** The mark that closes the clause of token i: '?' for a question, or the punctuation there. */
function clauseMark(sentence: Sentence, i: number): string | undefined {
  return sentence[clauseEnd(sentence, i) + 1]?.text;
}

/** The end mark of a sentence (its last token when that is punctuation). */
function sentenceMark(sentence: Sentence): string | undefined {
  const last = sentence[sentence.length - 1];
  return last?.kind === 'punct' ? last.text : undefined;
}

interface Hit {
  messageId: 'imperative' | 'indicative' | 'infinitive' | 'infinitive-plain' | 'infinitive-subject' | 'reflexive' | 'noun' | 'noun-verbal' | 'verb-after-modal' | 'future-perfective' | 'future-conjugated' | 'coordinated-infinitive' | 'coordinated-finite' | 'please-infinitive' | 'please-infinitive-plain' | 'preposition-infinitive' | 'patient-subject' | 'negative-concord' | 'missing-reflexive';
  token: Token;
  /** The last token of the span, when it is longer than `token`. */
  last?: Token;
  data: Record<string, string>;
  expected?: string;
  fix: boolean;
}

/**
 * The context that requires the indicative for the verb at index i, or undefined: an opener
 * (когда, если, как только…) before it, «вы» after a subordinating word, «вы» in a question,
 * or «ли» right after it. Words of the `between` list may stand in between.
 */
function indicativeContext(sentence: Sentence, i: number): string | undefined {
  const t = tablesOf();
  if (sentence[i + 1]?.norm === 'ли') return 'ли';
  let j = i - 1;
  let vy = false;
  let skipped = 0;
  // Adverbs other than the listed ones («просто», «замечательно») only between «вы» and the verb:
  // without «вы», «Если вам удобно напишите…» is a clause of its own after a missing comma.
  let adverbs = 0;
  let negated = false;
  while (j >= 0 && isWord(sentence[j])) {
    const norm = sentence[j]!.norm;
    if (norm === 'вы' && !vy) vy = true;
    else if (t.between.has(norm) && skipped < 3) {
      skipped++;
      if (norm === 'не') negated = true;
    } else if (!vy && adverbs < 2 && known(sentence[j]!.text).some((r) => r.pos === 'ADVB') && known(sentence[j]!.text).every((r) => r.pos === 'ADVB')) adverbs++;
    else break;
    j--;
  }
  if (adverbs > 0 && !vy) return undefined;
  // j is the first token to the left that is not «вы» or a word allowed in between.
  for (const phrase of t.openers) {
    const start = j - phrase.length + 1;
    if (start < 0) continue;
    if (phrase.every((w, k) => isWord(sentence[start + k]) && sentence[start + k]!.norm === w)) {
      return phrase.join(' ') + (vy ? ' вы' : '');
    }
  }
  const before = sentence[j];
  if (vy && isWord(before) && t.subjectOpeners.has(before.norm)) return `${before.norm} вы${negated ? ' не' : ''}`;
  // «Пока не вышлете…»; «Пока подождите» is “for now, wait”.
  if (negated && before?.norm === 'пока') return 'пока не';
  // «Вы вышлите нам фото?», «Вы не подскажите, где…?»: a question about what the buyer will do
  // (not with «пожалуйста»: then a request). Without «вы», only «Не подскажите…?».
  // A question mark further on counts only for a negated perfective («Вы не подскажете, где…?»):
  // «Вы не беспокойтесь, хорошо?» is a request with a question tag.
  const negatedPerfective = sentence[i - 1]?.norm === 'не' && known(sentence[i]!.text).every((r) => r.has('perf'));
  const question = clauseMark(sentence, i) === '?' || (negatedPerfective && sentenceMark(sentence) === '?');
  if (!question || factsOf(sentence).please) return undefined;
  if (vy) return negatedPerfective ? 'вы не … ?' : 'вы … ?';
  const first = factsOf(sentence).firstWord;
  if (negatedPerfective && first === i - 1) return 'не … ?';
  return undefined;
}

/** Whether the indicative at index i stands where a request is meant: next to «пожалуйста», or as a bare sentence start. */
function requestContext(sentence: Sentence, i: number): 'please' | 'start' | undefined {
  if (sentenceMark(sentence) === '?' || clauseMark(sentence, i) === '?') return undefined;
  const prev = (k: number): Token | undefined => {
    let j = k - 1;
    while (j >= 0 && isPunct(sentence[j], ',')) j--;
    return sentence[j];
  };
  const next = (k: number): Token | undefined => {
    let j = k + 1;
    while (j < sentence.length && isPunct(sentence[j], ',')) j++;
    return sentence[j];
  };
  let before = prev(i);
  // «Пожалуйста, не волнуетесь»: «не» right after «пожалуйста» is part of the request.
  if (before?.norm === 'не' && prev(sentence.indexOf(before))?.norm === 'пожалуйста') before = prev(sentence.indexOf(before));
  if (isWord(before) && ['не', 'вы', 'ли'].includes(before.norm)) return undefined;
  if (next(i)?.norm === 'ли') return undefined;
  // No «вы» as the subject anywhere before it in the sentence: «Вы, пожалуйста, напишете…» is a statement.
  const { firstVy } = factsOf(sentence);
  if (firstVy >= 0 && firstVy < i) return undefined;
  if (before?.norm === 'пожалуйста' || next(i)?.norm === 'пожалуйста') return 'please';
  // A bare sentence start: «Вышлете фото товара.» — one clause, a full stop or «!».
  const first = factsOf(sentence).firstWord;
  if (first !== i) return undefined;
  const mark = sentenceMark(sentence);
  if (mark !== '.' && mark !== '!') return undefined;
  if (factsOf(sentence).lastInnerPunct > i) return undefined;
  return 'start';
}

/** A reading that can be the predicate of an infinitive: a verb, a short form, a predicative, an adverb that can be one («поздно»: Prdx). */
const FINITE_OR_PREDICATE = (r: Reading): boolean =>
  (r.pos === 'VERB') || r.pos === 'PRED' || r.pos === 'ADJS' || r.pos === 'PRTS' || r.pos === 'COMP' || (r.pos === 'ADVB' && r.tags.has('Prdx'));

/**
 * A predicate of a clause after a request that may still take its infinitive: a predicative
 * («…, можно в пункте выдачи»), a short adjective («…, будем рады»). A verb there has a clause
 * of its own («Пожалуйста, подождать, мы решим вопрос» asks for «подождите»).
 */
function mayTakeInfinitive(r: Reading): boolean {
  return r.pos === 'PRED' || r.pos === 'ADJS' || (r.pos === 'ADVB' && r.tags.has('Prdx'));
}

/** Conjunctions that open a subordinate clause of time or condition («как только», «после того как» by their first word). */
const SUBORDINATORS = new Set(['когда', 'если', 'как', 'после', 'пока', 'раз']);

/**
 * Whether the words before «пожалуйста» at `p` (after a comma) are one subordinate clause that
 * opens the sentence, with no other comma and not ending with a word that may govern an
 * infinitive (a modal or a verb of the data, a predicative, a short form: «если вы согласны»).
 */
function subordinateBefore(sentence: Sentence, p: number): boolean {
  if (!SUBORDINATORS.has(sentence[0]?.norm ?? '') || p < 3) return false;
  if (sentence.slice(0, p - 1).some((t) => t.kind === 'punct')) return false;
  const last = sentence[p - 2];
  const t = tablesOf();
  return isWord(last) && !t.governorPredicatives.has(last.norm) && !known(last.text).some((r) => r.pos === 'INFN' || (r.pos !== 'VERB' && FINITE_OR_PREDICATE(r))
    || (r.pos === 'VERB' && (t.modalLemmas.has(r.lemma) || t.governorLemmas.has(r.lemma))));
}

/**
 * A sentence that is only an infinitive phrase: «Оставить отзыв о товаре.», or one after
 * «Пожалуйста,» (and «не»), a request that needs the imperative: «Пожалуйста, оставить отзыв.»
 */
function bareInfinitive(sentence: Sentence, text: string): Hit | undefined {
  let at = 0;
  // «Пожалуйста» opens the sentence or, after a comma, its last clause («Заказ в пути, пожалуйста, подождать.»).
  const p = sentence.findIndex((t, k) => t.norm === 'пожалуйста' && (k === 0 || isPunct(sentence[k - 1], ',')));
  // …unless a verb or predicative before it may take the infinitive («Просим, пожалуйста, не
  // волноваться»). A subordinate clause that opens the sentence governs nothing after its comma
  // («Когда получите посылку, пожалуйста, проверить её»), unless it ends with a verb that may
  // («Если вы хотите, пожалуйста, …»).
  // A short passive participle takes none («Заказ уже отправлен, пожалуйста, ждать»), nor a
  // comparative that is mostly an adverb («уже»: also “narrower”; «лучше» may: «Лучше, пожалуйста, подождать»).
  const governs = (rs: readonly Reading[]): boolean => rs.some((r) => FINITE_OR_PREDICATE(r) && r.pos !== 'PRTS' && !(r.pos === 'COMP' && rs.some((a) => a.pos === 'ADVB')));
  if (p > 0 && sentence.slice(0, p).some((t) => isWord(t) && governs(known(t.text))) && !subordinateBefore(sentence, p)) return undefined;
  const please = p >= 0;
  let negated = false;
  if (please) {
    at = isPunct(sentence[p + 1], ',') ? p + 2 : p + 1;
    if (sentence[at]?.norm === 'не') {
      negated = true;
      at++;
    }
    // One adverb may stand before the infinitive («пожалуйста, терпеливо ждать»).
    if (adverbAt(sentence, at) && !INFINITIVE_END.test(sentence[at]!.norm)) at++;
  } else if (sentence.some((t) => t.norm === 'пожалуйста')) return undefined;
  const first = sentence[at];
  if (!isWord(first) || !INFINITIVE_END.test(first.norm)) return undefined;
  const rs = known(first.text);
  if (rs.length === 0 || !rs.every((r) => r.pos === 'INFN')) return undefined;
  const mark = sentenceMark(sentence);
  if (mark !== '.' && mark !== '!') return undefined;
  // A list item («1. Проверить размер.», «- Оставить отзыв.»): the line starts with a marker.
  const lineStart = text.lastIndexOf('\n', sentence[0]!.start - 1) + 1;
  if (/^\s*(?:\d+[.)]|[-–—•*·])\s*$/.test(text.slice(lineStart, sentence[0]!.start))) return undefined;
  const t = tablesOf();
  // After «пожалуйста» and a comma, a clause of its own may follow («Пожалуйста, не беспокоиться,
  // мы всё решим»): there only a predicate that may take an infinitive governs it.
  let afterComma = false;
  for (let k = at + 1; k < sentence.length - 1; k++) {
    const x = sentence[k]!;
    if (x.kind === 'placeholder') return undefined;
    if (x.kind === 'punct') {
      if (DASHES.has(x.text) || x.text === ':' || x.text === '?' || x.text === '"' || QUOTES_OPEN.has(x.text)) return undefined;
      if (x.text === ',') afterComma = please;
      continue;
    }
    if (t.predicates.has(x.norm) || t.governorPredicatives.has(x.norm)) return undefined;
    // An unknown word (guessed, or Cyrillic mixed with Latin letters: «cмогли») may be the verb: say nothing.
    const xs = analyse(x.text);
    if (xs.length === 0 && CYRILLIC.test(x.text)) return undefined;
    if (xs.some((r) => r.predicted)) return undefined;
    if (xs.some((r) => FINITE_OR_PREDICATE(r) && (!afterComma || mayTakeInfinitive(r)))) return undefined;
  }
  // A negated request takes the imperfective: «не беспокойтесь», not a perfective's imperative.
  const expected = negated && rs.some((r) => r.tags.has('perf')) ? undefined : imperativeOfInfinitive(first.text);
  if (please) {
    return expected
      ? { messageId: 'please-infinitive', token: first, data: { actual: first.text, expected: matchCase(first.text, expected) }, expected: matchCase(first.text, expected), fix: false }
      : { messageId: 'please-infinitive-plain', token: first, data: { actual: first.text }, fix: false };
  }
  return expected
    ? { messageId: 'infinitive', token: first, data: { actual: first.text, expected: matchCase(first.text, expected) }, expected: matchCase(first.text, expected), fix: false }
    : { messageId: 'infinitive-plain', token: first, data: { actual: first.text }, fix: false };
}

const PERSONAL = new Set(['я', 'ты', 'он', 'она', 'оно', 'мы', 'вы', 'они', 'никто']);
const CLAUSE_BREAK = /^[,;:.!?…()[\]«»"„“”—–−-]+$/;
/** Words that govern an infinitive in the same clause without a verb: «чтобы», «как», «для того»… */
const GOVERNORS = new Set(['как', 'для', 'вместо', 'кроме', 'помимо', 'прежде', 'ли']);
const NAMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr', 'Init'];

/** A word that may be the predicate of a clause: a finite verb, a short form, a predicative. */
function predicateLike(rs: readonly Reading[]): boolean {
  const adverb = rs.some((r) => r.pos === 'ADVB');
  // An imperative reading counts only when the word is nothing else («три» is also «тереть»).
  const verb = rs.some((r) => r.pos === 'VERB' && !r.has('impr')) || rs.every((r) => r.pos === 'VERB');
  return verb || rs.some((r) => r.pos === 'PRED' || r.pos === 'PRTS' || ((r.pos === 'ADJS' || r.pos === 'COMP') && !adverb));
}

/** A subject in the nominative for certain: a personal pronoun, or an animate noun with no other case («курьер», «покупатель»). */
function isSubject(x: Token, rs: readonly Reading[], first: boolean): boolean {
  const norm = x.norm;
  if (PERSONAL.has(norm)) return rs.every((r) => r.pos === 'NPRO' && r.has('nomn'));
  if (capitalised(x.text) && !first) return false;
  return rs.every((r) => r.pos === 'NOUN' && r.has('anim', 'nomn') && !NAMES.some((g) => r.tags.has(g)));
}

/** A noun that may be the subject of a reflexive verb: a nominative reading (a reflexive verb takes no accusative object). */
function isNounSubject(x: Token, rs: readonly Reading[], first: boolean): boolean {
  if (THIRD_PERSON.has(x.norm)) return rs.every((r) => r.pos === 'NPRO' && r.has('nomn'));
  if ((capitalised(x.text) && !first) || tablesOf().infinitiveNouns.has(rs[0]?.lemma ?? '')) return false;
  return rs.every((r) => r.pos === 'NOUN' && !NAMES.some((g) => r.tags.has(g))) && rs.some((r) => r.has('nomn'));
}

const THIRD_PERSON = new Set(['он', 'она', 'оно', 'они']);

/**
 * The 3rd-person form of a reflexive infinitive written for it («отправиться» for
 * «отправится»: the soft sign), in the number of its subject; undefined when the dictionary
 * does not confirm one form.
 */
export function thirdPersonFor(infinitive: string, subject: readonly Reading[]): string | undefined {
  const word = fold(infinitive);
  if (!word.endsWith('ться')) return undefined;
  const lemma = known(word).find((r) => r.pos === 'INFN')?.lemma;
  if (!lemma) return undefined;
  const candidate = `${word.slice(0, -4)}тся`;
  const rs = known(candidate).filter((r) => r.pos === 'VERB' && r.has('3per', 'sing') && r.lemma === lemma);
  if (rs.length === 0) return undefined;
  const nominative = subject.filter((r) => r.has('nomn'));
  const plural = nominative.every((r) => r.has('plur'));
  const singular = nominative.every((r) => r.has('sing'));
  if (singular) return candidate;
  if (!plural) return undefined;
  const forms = new Set(rs.flatMap((r) => inflect(r, ['plur'])));
  return forms.size === 1 ? [...forms][0] : undefined;
}

/**
 * An infinitive in a clause that has a subject in the nominative and no verb or predicate
 * word at all: «Мы отправить заказ завтра» (for «отправим»), «Курьер доставить заказ завтра».
 * A reflexive one after a 3rd-person subject is the «-ться / -тся» slip: «Заказ отправиться
 * завтра» (for «отправится»).
 */
function infinitivesWithSubject(sentence: Sentence, q: boolean[]): Hit[] {
  const hits: Hit[] = [];
  const t = tablesOf();
  const first = sentence.findIndex((x) => x.kind !== 'punct');
  let start = 0;
  while (start < sentence.length) {
    let end = start;
    while (end < sentence.length && !(sentence[end]!.kind === 'punct' && CLAUSE_BREAK.test(sentence[end]!.text))) end++;
    let subject: Token | undefined;
    let nounSubject: { token: Token; readings: readonly Reading[] } | undefined;
    let infinitive: Token | undefined;
    let blocked = false;
    for (let k = start; k < end; k++) {
      const x = sentence[k]!;
      if (x.kind === 'placeholder' || q[k]) { blocked = true; break; }
      if (!isWord(x)) continue;
      const norm = x.norm;
      if (t.predicates.has(norm) || t.subjectOpeners.has(norm) || GOVERNORS.has(norm)) { blocked = true; break; }
      const rs = analyse(x.text);
      // A word the analyser does not know may be the verb («cмогли» with a Latin «c»).
      if (rs.length === 0 || rs.some((r) => r.predicted) || predicateLike(rs)) { blocked = true; break; }
      const isInfinitive = rs.some((r) => r.pos === 'INFN') && rs.every((r) => r.pos === 'INFN' || r.pos === 'NOUN');
      if (!infinitive && !nounSubject && !isInfinitive && isNounSubject(x, rs, k === first)) nounSubject = { token: x, readings: rs };
      if (!subject && isSubject(x, rs, k === first) && (!infinitive || PERSONAL.has(norm))) subject = x;
      else if (!infinitive && isInfinitive) infinitive = x;
    }
    if (!blocked && infinitive) {
      const third = nounSubject && (!subject || subject === nounSubject.token) ? thirdPersonFor(infinitive.norm, nounSubject.readings) : undefined;
      if (third) {
        const expected = matchCase(infinitive.text, third);
        hits.push({ messageId: 'reflexive', token: infinitive, data: { actual: infinitive.text, subject: nounSubject!.token.text, expected }, expected, fix: true });
      } else if (subject) {
        hits.push({ messageId: 'infinitive-subject', token: infinitive, data: { actual: infinitive.text, subject: subject.text }, fix: false });
      }
    }
    start = end + 1;
  }
  return hits;
}

/** A modal (можем, сможете, должны, будем…) at index i, with what it accepts after it. */
function modalAt(sentence: Sentence, i: number): 'any' | 'nominative-only' | 'action-only' | undefined {
  const tok = sentence[i];
  if (!isWord(tok)) return undefined;
  const t = tablesOf();
  const norm = tok.norm;
  if (t.futureForms.has(norm)) return 'action-only';
  const rs = known(tok.text);
  if (rs.length === 0) return undefined;
  if (rs.every((r) => r.pos === 'VERB' && t.modalLemmas.has(r.lemma))) return 'any';
  if (rs.every((r) => r.pos === 'ADJS' && t.modalLemmas.has(r.lemma))) return 'nominative-only';
  return undefined;
}

/** A noun in the nominative right after a modal: «мы не можем отправка сегодня». */
function nounAfterModal(sentence: Sentence, i: number, q: boolean[]): Hit | undefined {
  const accepts = modalAt(sentence, i);
  if (!accepts) return undefined;
  const noun = sentence[i + 1];
  if (!isWord(noun) || q[i + 1] || capitalised(noun.text)) return undefined;
  const rs = known(noun.text);
  if (rs.length === 0 || !rs.every((r) => r.pos === 'NOUN') || !rs.some((r) => r.has('nomn'))) return undefined;
  if (rs.some((r) => NAMES.some((g) => r.tags.has(g)))) return undefined;
  if (accepts === 'nominative-only' && rs.some((r) => r.has('accs'))) return undefined;
  const t = tablesOf();
  const lemmas = new Set(rs.map((r) => r.lemma));
  const listed = [...lemmas].map((l) => t.deverbal.get(l)).find((v) => v !== undefined);
  const verbal = [...lemmas].every((l) => /(?:ание|ение|ятие|тие)$/.test(l));
  if (!listed && !verbal) return undefined;
  // An object put before its infinitive («Можем заказ отправить завтра»), or a clause with its own verb.
  for (let k = i + 2; k <= clauseEnd(sentence, i + 1); k++) {
    const x = sentence[k]!;
    if (x.kind !== 'word') continue;
    if (known(x.text).some((r) => r.pos === 'INFN' || r.pos === 'VERB')) return undefined;
    if (analyse(x.text).some((r) => r.predicted)) return undefined;
  }
  const modal = sentence[i]!.text;
  return listed
    ? { messageId: 'noun', token: noun, data: { actual: noun.text, modal, expected: listed }, expected: listed, fix: false }
    : { messageId: 'noun-verbal', token: noun, data: { actual: noun.text, modal }, fix: false };
}

const governorMemo = new Map<string, boolean>();

/** A word that requires an infinitive after it: a modal or a verb of the data in the indicative (not an imperative), or a predicative (нужно, нельзя). */
function governsInfinitive(tok: Token): boolean {
  let yes = governorMemo.get(tok.norm);
  if (yes !== undefined) return yes;
  const t = tablesOf();
  const rs = known(tok.text);
  yes = t.governorPredicatives.has(tok.norm)
    || (rs.length > 0 && rs.every((r) => r.pos === 'VERB' && (t.modalLemmas.has(r.lemma) || t.governorLemmas.has(r.lemma)))
      && rs.some((r) => r.has('indc')) && !rs.some((r) => r.has('impr', 'excl')))
    // The short adjectives of the modals: «должен», «должны».
    || (rs.length > 0 && rs.every((r) => r.pos === 'ADJS' && t.modalLemmas.has(r.lemma)));
  if (governorMemo.size >= 10_000) governorMemo.clear();
  governorMemo.set(tok.norm, yes);
  return yes;
}

/**
 * A conjugated verb or an imperative right after «можете», «хотим», «начали», «нужно»…, where
 * the infinitive is required: «Вы можете напишите нам» (for «написать»). Not after a verb that
 * is itself an imperative («Попробуйте закажите» may be two requests in a row), and not «быть»
 * («Нужно было проверить»).
 */
function verbAfterModal(sentence: Sentence, i: number, q: boolean[]): Hit | undefined {
  const modal = sentence[i];
  if (!isWord(modal)) return undefined;
  // «Можно» takes an infinitive, but «Можно уточню?» (a verb of «я» or «мы») is a colloquial request.
  const request = tablesOf().requestPredicatives.has(modal.norm);
  // «может» is also a word of doubt («Может, вернутся»): taken for «мочь» below only where it cannot be one.
  const maybe = !request && !governsInfinitive(modal) && modal.norm === 'может';
  if (!request && !maybe && !governsInfinitive(modal)) return undefined;
  // One adverb may stand between them: «нужно регулярно проверяют».
  const skip = adverbAt(sentence, i + 1) ? 1 : 0;
  const verb = sentence[i + 1 + skip];
  if (!isWord(verb) || q[i + 1 + skip]) return undefined;
  const vs = knownFinite(verb.text);
  if (vs.length === 0 || !vs.every((r) => r.pos === 'VERB' && r.lemma !== 'быть')) return undefined;
  const lemmas = new Set(vs.map((r) => r.lemma));
  if (request && vs.some((r) => r.tags.has('1per'))) return undefined;
  if (lemmas.size !== 1) return undefined;
  // «надо обратится» for «обратиться»: only the soft sign is missing, a fix as safe as вышлите →
  // вышлете. The infinitive so spelt may be of another verb than the form («отличатся», of
  // «отличиться»: «может отличатся» is «отличаться» misspelt).
  const withSign = verb.norm.endsWith('тся') ? `${verb.norm.slice(0, -3)}ться` : undefined;
  const softSign = withSign !== undefined && known(withSign).some((r) => r.pos === 'INFN');
  const lemma = softSign ? withSign! : [...lemmas][0]!;
  // «Цвет может отличатся»: after a singular subject «может» is the verb, and the plural after it
  // the infinitive misspelt; a verb of «он» after it, a verb put for the infinitive («Цвет может
  // отличается»). «Может, вернутся» (a word of doubt) has its comma.
  if (maybe && !(singularBefore(sentence, i) && (softSign || vs.every((r) => r.tags.has('3per') && r.tags.has('sing') && r.tags.has('indc'))))) return undefined;
  // «Хотите покажу?» (a comma left out: «Хотите, покажу?»): the second verb has a person of its
  // own. Not a -тся form one soft sign away from the infinitive («можете вернутся»).
  const personOf = (rs: readonly Reading[]): Set<string> => new Set(rs.flatMap((r) => ['1per', '2per', '3per'].filter((g) => r.tags.has(g))));
  const mine = personOf(known(modal.text));
  const theirs = personOf(vs);
  if (!softSign && mine.size > 0 && theirs.size > 0 && ![...theirs].some((g) => mine.has(g))) return undefined;
  const expected = matchCase(verb.text, lemma);
  return { messageId: 'verb-after-modal', token: verb, data: { actual: verb.text, modal: modal.text, expected }, expected, fix: softSign };
}

/** Conjunctions that join clauses as well as words: what stands before them may be another clause's. */
const COORDINATORS = new Set(['и', 'а', 'но', 'или']);

/**
 * Whether the clause before `i` has a singular subject and no plural one: a noun or pronoun
 * with a singular nominative reading, and none that is nominative only in the plural
 * («Цвет товара может…», not «Товары может…» or «Они может…»).
 */
function singularBefore(sentence: Sentence, i: number): boolean {
  let singular = false;
  for (let b = i - 1; b >= 0; b--) {
    const t: Token = sentence[b]!;
    if (t.kind === 'punct') break;
    if (!isWord(t)) continue;
    if (COORDINATORS.has(t.norm) || CLAUSE_OPENERS.has(t.norm)) break;
    const nominative = known(t.text).filter((r) => (r.pos === 'NOUN' || r.pos === 'NPRO') && r.tags.has('nomn'));
    if (nominative.some((r) => r.tags.has('sing'))) singular = true;
    else if (nominative.some((r) => r.tags.has('plur'))) return false;
  }
  return singular;
}

/** An adverb in every reading (or a short neuter adjective or a quantity word of the same spelling: «быстро», «немного»). */
function adverbAt(sentence: Sentence, i: number): boolean {
  const t = sentence[i];
  if (!isWord(t)) return false;
  const rs = known(t.text);
  return rs.some((r) => r.pos === 'ADVB') && rs.every((r) => r.pos === 'ADVB' || r.pos === 'NUMR' || (r.pos === 'ADJS' && r.tags.has('neut')));
}

/** The forms of «быть» that make the compound future, with their person and number. */
const FUTURE_AUXILIARY = new Map<string, readonly [string, string]>([
  ['буду', ['1per', 'sing']], ['будешь', ['2per', 'sing']], ['будет', ['3per', 'sing']],
  ['будем', ['1per', 'plur']], ['будете', ['2per', 'plur']], ['будут', ['3per', 'plur']],
]);

/**
 * «Будем» + a perfective infinitive: «мы будем отправить» for «отправим» (or «будем
 * отправлять»). The compound future is made only of imperfective verbs; a perfective verb's
 * own conjugated form is its future. The infinitive must be perfective in every reading (not
 * «использовать», of both aspects), and the suggestion its one form of that person and number.
 */
function perfectiveAfterFuture(sentence: Sentence, i: number, q: boolean[]): Hit | undefined {
  const aux = sentence[i];
  const verb = sentence[i + 1];
  if (!isWord(aux) || !isWord(verb) || q[i + 1]) return undefined;
  const grammemes = FUTURE_AUXILIARY.get(aux.norm);
  if (!grammemes || !INFINITIVE_END.test(verb.norm)) return undefined;
  const rs = known(verb.text);
  if (rs.length === 0 || !rs.every((r) => r.pos === 'INFN' && r.tags.has('perf') && !r.tags.has('impf'))) return undefined;
  // «Нужно будет обновить», «должен будет прислать»: the infinitive is the predicative's
  // (not an adverb of time or certainty's, `futureAdverbs`: «скоро будет прибыть»).
  let p = i - 1;
  if (sentence[p]?.norm === 'не') p--;
  const before = sentence[p];
  if (isWord(before) && !tablesOf().futureAdverbs.has(fold(before.text))
    && (tablesOf().governorPredicatives.has(before.norm) || known(before.text).some((r) => r.pos === 'PRED' || r.pos === 'ADJS'))) return undefined;
  const forms = new Set(rs.flatMap((r) => inflect(r, ['VERB', 'indc', ...grammemes])));
  if (forms.size !== 1) return undefined;
  const expected = matchCase(aux.text, [...forms][0]!);
  return { messageId: 'future-perfective', token: aux, last: verb, data: { aux: aux.text, infinitive: verb.text, expected }, expected, fix: false };
}

/**
 * «Будем» + a conjugated verb: «мы будем отправим» (for «отправим»), «будем отправляем» (for
 * «будем отправлять»). The compound future takes an infinitive; two conjugated verbs in a row
 * are a word-for-word “will send”. The verb must be a present or future indicative in every
 * reading (not «есть», also an infinitive). The suggestion: a perfective verb's own form of the
 * auxiliary's person and number, which is already the future; an imperfective verb's
 * infinitive after the auxiliary.
 */
function conjugatedAfterFuture(sentence: Sentence, i: number, q: boolean[]): Hit | undefined {
  const aux = sentence[i];
  const skip = adverbAt(sentence, i + 1) ? 1 : 0;
  const verb = sentence[i + 1 + skip];
  if (!isWord(aux) || !isWord(verb) || q[i + 1 + skip]) return undefined;
  const grammemes = FUTURE_AUXILIARY.get(aux.norm);
  if (!grammemes) return undefined;
  // A short participle of the same spelling fits only in the auxiliary's number («будем отправляем»: «отправляем» is singular).
  const rs = known(verb.text).filter((r) => r.pos !== 'PRTS' || r.tags.has(grammemes[1]));
  const conjugated = (r: Reading): boolean => r.pos === 'VERB' && r.lemma !== 'быть'
    && ((r.tags.has('indc') && (r.tags.has('pres') || r.tags.has('futr'))) || r.tags.has('incl'));
  if (rs.length === 0 || !rs.every(conjugated)) return undefined;
  const perfective = rs.every((r) => r.tags.has('perf') && !r.tags.has('impf'));
  const imperfective = rs.every((r) => r.tags.has('impf') && !r.tags.has('perf'));
  const forms = new Set(perfective ? rs.flatMap((r) => inflect(r, ['VERB', 'indc', ...grammemes])) : imperfective ? rs.map((r) => r.lemma) : []);
  const adverb = skip ? `${sentence[i + 1]!.text} ` : '';
  const expected = forms.size !== 1 ? undefined : perfective ? matchCase(aux.text, `${adverb}${[...forms][0]!}`) : `${aux.text} ${adverb}${[...forms][0]!}`;
  return {
    messageId: 'future-conjugated',
    token: aux,
    last: verb,
    data: { aux: aux.text, verb: verb.text, ...writeAdvice(expected) },
    ...(expected ? { expected } : {}),
    fix: false,
  };
}

/** Words that start a clause of their own: a verb before one is not joined by «и» to a verb after it. */
const CLAUSE_OPENERS = new Set(['что', 'чтобы', 'если', 'когда', 'как', 'где', 'куда', 'который', 'которая', 'которое', 'которые', 'пока', 'потому', 'поэтому', 'хотя', 'ли']);

/**
 * An infinitive joined by «и» to a request: «Проверьте почту и подтвердить заказ» (for
 * «подтвердите»). The verbs joined by «и» share their form, so the second is a request too. The
 * nearest verb before «и» decides: an infinitive there («Не забудьте подтвердить заказ и
 * оставить отзыв») takes the second infinitive along, and so does any other form; only an
 * imperative in every reading makes the infinitive wrong. A clause opener before «и» («…,
 * чтобы…») ends the search.
 */
function infinitiveAfterRequest(sentence: Sentence, j: number, q: boolean[]): Hit | undefined {
  if (sentence[j]?.norm !== 'и') return undefined;
  let k = j + 1;
  if (sentence[k]?.norm === 'не') k++;
  // One adverb may stand before it («и скоро ответить»).
  if (adverbAt(sentence, k) && !INFINITIVE_END.test(sentence[k]!.norm)) k++;
  const infinitive = sentence[k];
  if (!isWord(infinitive) || q[k] || !INFINITIVE_END.test(infinitive.norm)) return undefined;
  const rs = known(infinitive.text).filter((r) => !r.tags.has('Arch'));
  if (rs.length === 0 || !rs.every((r) => r.pos === 'INFN')) return undefined;
  // A predicative after it governs it («…, и вернуть деньги можно сразу»), perhaps past a clause
  // between («…и оформить возврат, если размер не подошёл, можно в приложении»): two dozen tokens on.
  const tables = tablesOf();
  for (let a = k + 1; a < sentence.length && a <= k + 24; a++) {
    const x = sentence[a]!;
    // «как можно скорее» governs nothing.
    if (sentence[a - 1]?.norm === 'как') continue;
    if (isWord(x) && (tables.governorPredicatives.has(x.norm) || tables.requestPredicatives.has(x.norm) || known(x.text).some(mayTakeInfinitive))) return undefined;
  }
  // At most a dozen tokens back: the request and its object («проверьте ваш почтовый ящик»), and
  // a look-up per «и» that stays short in a long list.
  let punctuated = false;
  for (let b = j - 1; b >= 0 && b >= j - 12; b--) {
    const t = sentence[b]!;
    if (t.kind !== 'word') {
      if ([';', ':', '—', '–', '(', ')'].includes(t.text)) return undefined;
      punctuated ||= t.kind === 'punct';
      continue;
    }
    if (CLAUSE_OPENERS.has(t.norm)) return undefined;
    if (!isWord(t)) continue;
    const vs = known(t.text);
    // A noun that takes an infinitive may be what it is joined to («есть возможность и обменять товар»).
    if (vs.some((r) => r.pos === 'NOUN' && tables.infinitiveNouns.has(r.lemma))) return undefined;
    // A noun of the same spelling as a verb form is read as the noun («проверьте почту»: also “I shall honour”).
    if (!vs.some((r) => r.pos === 'VERB' || r.pos === 'INFN' || r.pos === 'PRTS' || r.pos === 'GRND' || r.pos === 'PRED') || vs.some((r) => r.pos === 'NOUN')) continue;
    if (q[b]) return undefined;
    const finite = finiteVerbJoined(vs, rs, punctuated);
    if (finite) return { messageId: 'coordinated-finite', token: infinitive, data: { actual: infinitive.text, verb: t.text, ...writeAdvice(finite.expected && matchCase(infinitive.text, finite.expected)) }, ...(finite.expected ? { expected: matchCase(infinitive.text, finite.expected) } : {}), fix: false };
    // A perfective's «-ите» is also its future of «вы» («подтвердите»): a request all the same,
    // and an infinitive joined to either is wrong.
    if (!vs.some((r) => r.tags.has('impr')) || !vs.every((r) => r.pos === 'VERB' && ((r.tags.has('impr') && r.tags.has('excl')) || (r.tags.has('indc') && r.tags.has('2per'))))) return undefined;
    const number = vs.every((r) => r.tags.has('plur')) ? 'plur' : vs.every((r) => r.tags.has('sing')) ? 'sing' : undefined;
    const forms = number ? new Set(rs.flatMap((r) => inflect(r, ['VERB', 'impr', 'excl', number]))) : new Set<string>();
    const expected = forms.size === 1 ? matchCase(infinitive.text, [...forms][0]!) : undefined;
    return {
      messageId: 'coordinated-infinitive',
      token: infinitive,
      data: { actual: infinitive.text, request: t.text, ...writeAdvice(expected) },
      ...(expected ? { expected } : {}),
      fix: false,
    };
  }
  return undefined;
}

/**
 * The verb before «и» is an indicative of a verb that takes no infinitive («Мы проверим товар и
 * отправить замену»), with no punctuation between it and «и»: the infinitive after «и» shares
 * its form. The form is offered where it is one: the same tense, person and number, of the same
 * aspect's tense (a perfective's future after a perfective's future), and not after a past form.
 */
function finiteVerbJoined(vs: readonly Reading[], infinitive: readonly Reading[], punctuated: boolean): { expected?: string } | undefined {
  const t = tablesOf();
  const verbs = finiteReadings(vs);
  // «проверим» is also the imperative of «давайте»: joined to it, an infinitive is as wrong.
  if (punctuated || verbs.length === 0 || !verbs.every((r) => r.pos === 'VERB' && (r.tags.has('indc') || r.tags.has('incl')) && r.lemma !== 'быть' && !t.modalLemmas.has(r.lemma) && !t.governorLemmas.has(r.lemma))) return undefined;
  const forms = new Set<string>();
  for (const v of verbs.filter((r) => r.tags.has('indc'))) {
    // After a past form the second verb often tells what comes next («Мы получили сообщение и
    // скоро ответить»: «ответим»): no form is offered.
    const tense = ['pres', 'futr'].find((g) => v.tags.has(g));
    if (!tense) return {};
    const grammemes = ['VERB', 'indc', tense, ...['1per', '2per', '3per'].filter((g) => v.tags.has(g)), ...['sing', 'plur'].filter((g) => v.tags.has(g))];
    // A perfective has no present, an imperfective no simple future: other aspects get no form.
    for (const r of infinitive) {
      if (tense === 'futr' ? r.tags.has('perf') : r.tags.has('impf')) for (const f of inflect(r, grammemes)) forms.add(f);
    }
  }
  return forms.size === 1 ? { expected: [...forms][0]! } : {};
}

/**
 * A preposition right before an infinitive: «свяжитесь с нами перед оставить отзыв», «для
 * получить скидку» (before leaving, to get: an English or Chinese preposition with a verb). A
 * preposition takes a noun («для получения скидки», «перед тем как оставить отзыв»).
 * The prepositions, and the clause that says the same where there is one, are data
 * (`prepositions` in verb-forms.yaml).
 */
function prepositionInfinitive(sentence: Sentence, i: number, q: boolean[]): Hit | undefined {
  const prep = sentence[i]!;
  const t = tablesOf();
  if (!t.prepositions.has(prep.norm)) return undefined;
  const verb = sentence[i + 1];
  if (!isWord(verb) || q[i + 1] || !INFINITIVE_END.test(verb.norm)) return undefined;
  const rs = known(verb.text);
  if (rs.length === 0 || !rs.every((r) => r.pos === 'INFN')) return undefined;
  const clause = t.clauseFor.get(prep.norm);
  const expected = clause ? `${matchCase(prep.text, clause)} ${verb.text}` : undefined;
  return { messageId: 'preposition-infinitive', token: prep, last: verb, data: { actual: `${prep.text} ${verb.text}`, preposition: prep.text, verb: verb.text, ...writeAdvice(expected) }, ...(expected ? { expected } : {}), fix: false };
}

/** A verb form with the reflexive particle: «-сь» after a vowel («свяжите» → «свяжитесь»), else «-ся». */
const withReflexive = (verb: Token): string => (/[аеёиоуыэюя]$/.test(verb.norm) ? `${verb.text}сь` : `${verb.text}ся`);

/**
 * A verb whose meaning with a preposition after it belongs to its reflexive («связаться с»,
 * «подписаться на», «извиняться за»), written without «-ся»: «Мы свяжем с вами» (→
 * «свяжемся»), «Подпишите на наш магазин» (→ «Подпишитесь»). The verb itself needs an object
 * and has none: the preposition follows it at once, and no accusative follows the phrase it
 * governs («свяжем с вами менеджера» has one). The verbs are data (`reflexives` in
 * verb-forms.yaml); some are right as imperatives («Извините за задержку»).
 */
function missingReflexive(sentence: Sentence, i: number, q: boolean[]): Hit | undefined {
  const verb = sentence[i]!;
  const prep = sentence[i + 1];
  if (!isWord(prep) || q[i] || !tablesOf().reflexivePrepositions.has(prep.norm)) return undefined;
  const vs = knownFinite(verb.text);
  if (vs.length === 0 || !vs.every((r) => r.pos === 'VERB' || r.pos === 'INFN')) return undefined;
  const entries = new Set(vs.map((r) => tablesOf().reflexives.get(fold(r.lemma))));
  if (entries.size !== 1) return undefined;
  const entry = [...entries][0];
  if (!entry || !entry.prepositions.includes(prep.norm)) return undefined;
  if (entry.imperative === false && vs.some((r) => r.tags.has('impr'))) return undefined;
  // The phrase the preposition governs (a noun's genitive attributes with it), then no
  // accusative: an object put after it («свяжем с вами менеджера»).
  let k = i + 2;
  const readingsAt = (j: number): readonly Reading[] => (isWord(sentence[j]) ? known(sentence[j]!.text) : []);
  while (k < sentence.length && readingsAt(k).some((r) => r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR')) k++;
  const governed = readingsAt(k);
  if (governed.some((r) => r.pos === 'NOUN' || r.pos === 'NPRO')) {
    k++;
    if (!governed.some((r) => r.pos === 'NPRO')) while (k < sentence.length && readingsAt(k).some((r) => r.tags.has('gent') && (r.pos === 'NOUN' || r.pos === 'ADJF'))) k++;
  }
  for (let j = k; j < k + 2 && j < sentence.length && isWord(sentence[j]); j++) {
    const rs = readingsAt(j);
    if (rs.some((r) => r.pos === 'PREP')) break;
    if (rs.some((r) => (r.pos === 'NOUN' || r.pos === 'NPRO') && r.tags.has('accs'))) return undefined;
  }
  const form = withReflexive(verb);
  const rs = known(form);
  if (!rs.some((r) => r.pos === 'VERB' || r.pos === 'INFN') || !rs.every((r) => fold(r.lemma) === fold(entry.reflexive))) return undefined;
  return { messageId: 'missing-reflexive', token: verb, data: { actual: verb.text, expected: form, prep: prep.text, lemma: entry.reflexive }, expected: form, fix: true };
}

/** Words that carry the negation a negative pronoun needs («не», «нет», «ни»). */
const NEGATORS = new Set(['не', 'нет', 'ни']);
/** A negative pronoun or adverb by its spelling (a cheap filter): никто, ничего, никогда, нигде, никакой… */
const NEGATIVE_START = /^ни(?:к|ч|г)/;

/**
 * A negative pronoun or adverb with no «не» at its verb: «Мы никогда отправляем подделки» (→
 * «никогда не отправляем»), «Никто ответил» (→ «никто не ответил»). Russian negates twice:
 * «никогда», «никто», «ничего», «нигде», «никакой»… (`negatives` in verb-forms.yaml) need «не»
 * before the verb of their clause. The first verb after the word in its clause is judged, and
 * only when no «не», «нет» or «ни» stands anywhere in the clause. «Ничего» is also “all right” («Ничего,
 * подождём»), so it counts only right before the verb.
 */
function negativeWithoutNe(sentence: Sentence, i: number, q: boolean[]): Hit | undefined {
  const word = sentence[i]!;
  const t = tablesOf();
  const ws = known(word.text);
  if (ws.length === 0 || !ws.some((r) => t.negatives.has(fold(r.lemma)))) return undefined;
  const end = clauseEnd(sentence, i);
  // «не» anywhere in the clause negates it: before the word («не может никак понять»), or at a
  // verb after the infinitive («никакого быть не может», «отправлять не будем»).
  let start = i;
  while (start > 0 && sentence[start - 1]!.kind !== 'punct') start--;
  for (let k = start; k <= end; k++) if (NEGATORS.has(sentence[k]!.norm)) return undefined;
  for (let k = i + 1; k <= end; k++) {
    const x = sentence[k]!;
    if (!isWord(x)) return undefined;
    const xs = knownFinite(x.text);
    if (xs.length === 0) return undefined;
    if (!xs.every((r) => r.pos === 'VERB' || r.pos === 'INFN')) {
      if (word.norm === 'ничего' || xs.some((r) => r.pos === 'VERB' || r.pos === 'INFN' || r.pos === 'PRED' || r.pos === 'PRTS' || r.pos === 'ADJS')) return undefined;
      continue;
    }
    if (q[k]) return undefined;
    const expected = `не ${x.text}`;
    return { messageId: 'negative-concord', token: x, data: { actual: x.text, negative: word.text, expected }, expected, fix: false };
  }
  return undefined;
}

/** Words that may stand between a subject and its verb without changing what the verb is. */
const SUBJECT_ADVERBS = new Set(['не', 'уже', 'скоро', 'завтра', 'сегодня', 'вчера', 'обязательно', 'точно', 'быстро', 'сразу', 'успешно', 'тоже', 'также']);

/**
 * A thing that is sent, delivered, paid as the subject of the active verb of that action, with
 * no object: «Ваша посылка доставит завтра», «Оплата вернёт в течение трёх дней» (Chinese marks
 * no passive: 包裹明天送到). The thing cannot act: Russian says «посылка будет доставлена»,
 * «посылку доставят» or «посылка доставится». Only a noun that is nominative in every reading
 * and opens its clause (`patients` in verb-forms.yaml, with the verbs), a verb of the data that
 * agrees with it, and nothing after the verb in its clause that may be its object or another
 * subject.
 */
function patientSubject(sentence: Sentence, i: number, q: boolean[]): Hit | undefined {
  const t = tablesOf();
  const noun = sentence[i]!;
  const ns = known(noun.text);
  if (ns.length === 0 || !ns.every((r) => r.pos === 'NOUN' && r.tags.has('nomn') && r.tags.has('inan') && t.patientNouns.has(fold(r.lemma)))) return undefined;
  let b = i - 1;
  while (b >= 0 && isWord(sentence[b]) && known(sentence[b]!.text).some((r) => r.pos === 'ADJF') && known(sentence[b]!.text).every((r) => r.pos === 'ADJF' || r.pos === 'PRTF')) b--;
  const before = sentence[b];
  if (before && !(before.kind === 'punct' && CLAUSE_BREAK.test(before.text)) && !(isWord(before) && ['и', 'а', 'но', 'что', 'когда', 'если'].includes(before.norm))) return undefined;
  let v = i + 1;
  while (v < sentence.length && v <= i + 2 && isWord(sentence[v]) && SUBJECT_ADVERBS.has(sentence[v]!.norm)) v++;
  const verb = sentence[v];
  if (!isWord(verb) || q[v]) return undefined;
  const vs = known(verb.text);
  const agrees = (r: Reading): boolean => ns.some((n) => r.tags.has('sing') === n.tags.has('sing')
    && (r.tags.has('past') ? !r.tags.has('sing') || ['masc', 'femn', 'neut'].some((g) => r.tags.has(g) && n.tags.has(g)) : r.tags.has('3per')));
  if (vs.length === 0 || !vs.every((r) => r.pos === 'VERB' && r.tags.has('indc') && r.tags.has('tran') && t.patientVerbs.has(fold(r.lemma)) && agrees(r))) return undefined;
  // Nothing after the verb in its clause that may be its object or a subject: a noun or
  // pronoun that is not inside a prepositional phrase, or a word the analyser does not know.
  const end = clauseEnd(sentence, v);
  let governed = false;
  for (let k = v + 1; k <= end; k++) {
    const x = sentence[k]!;
    if (x.kind !== 'word') return undefined;
    const xs = known(x.text);
    if (xs.length === 0) return undefined;
    if (xs.some((r) => r.pos === 'PREP')) {
      governed = true;
      continue;
    }
    // A preposition governs the nominal words after it, with their attributes («в течение трёх дней»).
    const nominal = xs.some((r) => r.pos === 'NOUN' || r.pos === 'NPRO' || r.pos === 'NUMR' || r.pos === 'ADJF' || r.pos === 'PRTF');
    if (nominal && !governed && xs.some((r) => r.tags.has('accs') || r.tags.has('nomn') || r.tags.has('gent'))) return undefined;
    if (!nominal) governed = false;
  }
  // The reflexive form, where the dictionary has it («доставит» → «доставится»).
  const reflexive = withReflexive(verb);
  const words = sentence.slice(i, v + 1);
  const spaced = words.every((x, k) => k === 0 || x.start === words[k - 1]!.end + 1);
  const expected = spaced && known(reflexive).some((r) => r.pos === 'VERB') ? [...words.slice(0, -1).map((x) => x.text), reflexive].join(' ') : undefined;
  return {
    messageId: 'patient-subject',
    token: noun,
    last: verb,
    data: { actual: sentence.slice(i, v + 1).map((x) => x.text).join(' '), subject: noun.text, verb: verb.text, ...writeAdvice(expected) },
    ...(expected ? { expected } : {}),
    fix: false,
  };
}

/** Cheap filters before the analyser is asked: an infinitive, a «вы» form (…те, …тесь), a modal. */
const INFINITIVE_END = /(?:ть|ти|чь)(?:ся|сь)?$/;
const PLURAL_2_END = /те(?:сь)?$/;
const MODAL_START = /^(?:мо|смо|сум|постара|попроб|пыта|попыта|долж|буд)/;

/** Every finding of the rule in one text. */
export function findVerbForms(sentences: readonly Sentence[], text: string, options: { infinitive: boolean } = { infinitive: true }): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of sentences) {
    const q = quoted(sentence);
    if (!q[0]) {
      // A bare infinitive is a matter of style (the option); after «пожалуйста» it is an error.
      const hit = bareInfinitive(sentence, text);
      if (hit && (options.infinitive || hit.messageId.startsWith('please'))) hits.push(hit);
    }
    if (sentence.some((x) => INFINITIVE_END.test(x.norm))) hits.push(...infinitivesWithSubject(sentence, q));
    for (let i = 0; i < sentence.length; i++) {
      const tok = sentence[i]!;
      if (!isWord(tok) || q[i]) continue;
      // The context first: it is cheap, and most «…те» forms stand where a request is meant;
      // the indicative is looked for (inflecting the verb, analysing its forms) only where it is wanted.
      const context = PLURAL_2_END.test(tok.norm) ? indicativeContext(sentence, i) : undefined;
      const indicative = context ? indicativeFor(tok.norm) : undefined;
      if (context && indicative) {
        const expected = matchCase(tok.text, indicative);
        hits.push({ messageId: 'imperative', token: tok, data: { actual: tok.text, expected, context }, expected, fix: true });
        continue;
      }
      // A request verb of the data anywhere a request is meant («Вышлете фото.»); any verb after «пожалуйста».
      const listed = requestImperativeFor(tok.norm);
      const imperative = listed ?? (PLURAL_2_END.test(tok.norm) ? imperativeOfIndicative(tok.norm) : undefined);
      if (imperative) {
        const context = requestContext(sentence, i);
        if (context === 'please' || (context && listed)) {
          const expected = matchCase(tok.text, imperative);
          hits.push({ messageId: 'indicative', token: tok, data: { actual: tok.text, expected }, expected, fix: context === 'please' && listed !== undefined });
          continue;
        }
      }
      {
        const hit = missingReflexive(sentence, i, q);
        if (hit) {
          hits.push(hit);
          continue;
        }
      }
      if (NEGATIVE_START.test(tok.norm)) {
        const hit = negativeWithoutNe(sentence, i, q);
        if (hit) hits.push(hit);
      }
      // A patient noun is judged in its nominative singular, which is its lemma (a cheap filter).
      if (tablesOf().patientNouns.has(fold(tok.norm))) {
        const hit = patientSubject(sentence, i, q);
        if (hit) {
          hits.push(hit);
          continue;
        }
      }
      if (tok.norm.length > 1 && tablesOf().prepositions.has(tok.norm)) {
        const hit = prepositionInfinitive(sentence, i, q);
        if (hit) {
          hits.push(hit);
          continue;
        }
      }
      if (tok.norm === 'и') {
        const hit = infinitiveAfterRequest(sentence, i, q);
        if (hit) hits.push(hit);
        continue;
      }
      if (i + 1 < sentence.length) {
        const hit = (MODAL_START.test(tok.norm) ? nounAfterModal(sentence, i, q) ?? perfectiveAfterFuture(sentence, i, q) ?? conjugatedAfterFuture(sentence, i, q) : undefined) ?? verbAfterModal(sentence, i, q);
        if (hit) hits.push(hit);
      }
    }
  }
  return hits;
}

interface Options {
  infinitive: boolean;
}

/**
 * Verb forms a machine translation gets wrong: the imperative where the buyer's future action
 * is meant («Когда вы вышлите фото» for «вышлете») and the reverse in a request; a sentence
 * that is only an infinitive («Оставить отзыв о товаре.»); an infinitive with a subject and no
 * verb («Мы отправить заказ завтра»); a noun where a modal needs an infinitive («мы не можем
 * отправка»). Reports only on words the dictionary knows, where
 * every reading is wrong. Data: verb-forms.yaml.
 */
export default defineRule<Options>(
  {
    id: 'grammar-verb-form',
    category: 'grammar',
    description: {
      en: 'Verb forms: the imperative where the buyer’s future action is meant («когда вы вышлите» → «вышлете») and the reverse, a bare infinitive as a sentence, an infinitive with a subject («мы отправить»), a noun where a verb is needed («можем отправка»), a verb after a preposition («перед оставить»), a thing as the doer («посылка доставит»), a missing «не» («никогда отправляем») or «-ся» («свяжем с вами»).',
      zh: '动词形式：该用陈述式将来时却用了命令式（«когда вы вышлите» → «вышлете»）或反之；整句只有一个不定式；有主语却用不定式（«мы отправить»）；该用动词的地方用了名词（«можем отправка»）；介词后接动词（«перед оставить»）；物品作主动动词的主语（«посылка доставит»）；缺少 «не»（«никогда отправляем»）或 «-ся»（«свяжем с вами»）。',
      ru: 'Формы глагола: повелительное наклонение вместо будущего времени («когда вы вышлите» → «вышлете») и наоборот, предложение из одного инфинитива, инфинитив при подлежащем («мы отправить»), существительное вместо глагола («можем отправка»), глагол после предлога («перед оставить»), предмет как деятель («посылка доставит»), пропущенные «не» («никогда отправляем») и «-ся» («свяжем с вами»).',
    },
    fixable: true,
    recommended: 'error',
    scope: 'target',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        infinitive: { type: 'boolean', description: 'Report sentences that are a bare infinitive («Оставить отзыв о товаре.»), a matter of style. Default true.' },
      },
    },
    defaults: { infinitive: true },
    messages: {
      imperative: {
        en: '“{actual}” is the imperative, a request (“do it!”). After «{context}» the sentence says what the buyer does or will do, and Russian needs “{expected}” (“you will do it”). As written the buyer reads an order in the middle of the sentence, a mistake every Russian reader notices.',
        zh: '“{actual}”是命令式，表示请求（“请您做……！”）。在“{context}”之后，句子说的是买家正在做或将要做的事，俄语必须用陈述式“{expected}”（“您会做……”）。现在的写法相当于在句子中间突然下命令，俄罗斯买家一眼就能看出这是语法错误。请改为“{expected}”。',
        ru: '«{actual}» — повелительное наклонение (просьба «сделайте!»). После «{context}» речь о том, что покупатель делает или сделает, и нужна форма «{expected}». Такую ошибку замечает любой читатель.',
      },
      indicative: {
        en: '“{actual}” says what the buyer will do (“you will do it”), but the sentence asks them to do it. The buyer reads a statement about themselves, or a broken question, instead of a polite request. Write the imperative “{expected}”.',
        zh: '“{actual}”是陈述式将来时（“您将会做……”），但这句话是在请求买家做某事。买家读到的是在断言他会做什么，或者一个残缺的问句，而不是礼貌的请求。请改为命令式“{expected}”（“请您做……”）。',
        ru: '«{actual}» — будущее время («вы вышлете»), а фраза — просьба. Покупатель читает утверждение о себе вместо вежливой просьбы. Нужно повелительное наклонение: «{expected}».',
      },
      infinitive: {
        en: 'The sentence is a bare infinitive, “{actual} …” (“To leave a review.”). To a buyer it reads like a curt order, or a note the seller wrote to themselves. Ask politely with the imperative: “{expected} …”, or say who does it.',
        zh: '这句话只有一个不定式“{actual} …”，没有主语和谓语（相当于“留下评价。”）。俄罗斯买家读起来像生硬的命令，或者卖家给自己记的备忘。请用礼貌的命令式：“{expected} …”（可加 «Пожалуйста»），或者写清楚由谁来做。',
        ru: 'Предложение из одного инфинитива («{actual} …») звучит как приказ или заметка для себя. Попросите покупателя: «{expected} …» или скажите, кто это сделает.',
      },
      'please-infinitive': {
        en: '“Пожалуйста” asks the buyer to do something, and a request takes the imperative: “{expected}”, not the infinitive “{actual}”. As written it reads like a line from an instruction sheet.',
        zh: '“Пожалуйста”（请）是在请买家做某事，请求要用命令式：“{expected}”，而不是不定式“{actual}”。现在的写法读起来像说明书里的一行字。',
        ru: '«Пожалуйста» — это просьба, а просьба требует повелительного наклонения: «{expected}», а не инфинитив «{actual}». Сейчас фраза читается как строка из инструкции.',
      },
      'please-infinitive-plain': {
        en: '“Пожалуйста” asks the buyer to do something, and a request takes the imperative (the «вы» form ending in «-те»), not the infinitive “{actual}”. As written it reads like a line from an instruction sheet.',
        zh: '“Пожалуйста”（请）是在请买家做某事，请求要用命令式（以 «-те» 结尾的“您”形式），而不是不定式“{actual}”。现在的写法读起来像说明书里的一行字。',
        ru: '«Пожалуйста» — это просьба, а просьба требует повелительного наклонения (формы на «-те»), а не инфинитива «{actual}». Сейчас фраза читается как строка из инструкции.',
      },
      'infinitive-plain': {
        en: 'The sentence is a bare infinitive, “{actual} …” (“To leave a review.”). To a buyer it reads like a curt order, or a note the seller wrote to themselves. Ask politely with the imperative (the «вы» form ending in «-те»), or say who does it.',
        zh: '这句话只有一个不定式“{actual} …”，没有主语和谓语（相当于“留下评价。”）。俄罗斯买家读起来像生硬的命令，或者卖家给自己记的备忘。请改用礼貌的命令式（以 «-те» 结尾的“您”形式，可加 «Пожалуйста»），或者写清楚由谁来做。',
        ru: 'Предложение из одного инфинитива («{actual} …») звучит как приказ или заметка для себя. Попросите покупателя (повелительное наклонение на «-те») или скажите, кто это сделает.',
      },
      'infinitive-subject': {
        en: '“{actual}” is the infinitive (“to send”), but the clause has a subject, “{subject}”, and no other verb: Russian needs the verb in the person and tense of its subject («мы отправим», «мы отправили»). As written the buyer reads broken Russian (“we to send the order tomorrow”).',
        zh: '“{actual}”是动词不定式（原形，相当于“去寄”），但这个分句有主语“{subject}”却没有其他动词：俄语必须把动词变成与主语一致的人称和时态（如 «мы отправим»“我们将寄出”、«мы отправили»“我们已寄出”）。现在的写法买家读到的是病句（类似“我们 寄 订单 明天”）。',
        ru: '«{actual}» — инфинитив, а у предложения есть подлежащее «{subject}» и нет другого глагола: нужна личная форма («мы отправим», «мы отправили»). Покупатель видит ломаный русский.',
      },
      reflexive: {
        en: '“{actual}” with «-ться» is the infinitive, but its subject “{subject}” needs the verb itself: “{expected}” with «-тся», no soft sign. Russians check this spelling by asking «что делает?» (-тся) or «что делать?» (-ться); a buyer sees a broken sentence.',
        zh: '“{actual}”（以 «-ться» 结尾）是动词不定式，但主语“{subject}”需要变位形式“{expected}”（以 «-тся» 结尾，没有软音符号 ь）。这是俄语中最常见的拼写错误之一：问“что делает?”（做什么？）用 -тся，问“что делать?”（要做什么？）用 -ться。买家看到的是病句。',
        ru: '«{actual}» — инфинитив, а при подлежащем «{subject}» нужна личная форма «{expected}» (что делает? — «-тся», без мягкого знака).',
      },
      noun: {
        en: '“{actual}” is a noun, but after “{modal}” Russian needs a verb: “{modal} {expected}”. As written the buyer reads a broken sentence (“we cannot shipment today”).',
        zh: '“{actual}”是名词，但在“{modal}”（能、会、将要、应该）之后俄语必须接动词不定式：“{modal} {expected}”。现在的写法买家读到的是病句（类似“我们今天不能发货物”）。注意改成动词后，后面的名词也要改格（如 «вернуть товар»）。',
        ru: '«{actual}» — существительное, а после «{modal}» нужен глагол: «{modal} {expected}». Покупатель видит сломанную фразу.',
      },
      'verb-after-modal': {
        en: '“{actual}” is a conjugated verb (or an imperative), but after “{modal}” Russian needs the infinitive: “{modal} {expected}”. As written the buyer reads two conjugated verbs in a row, broken Russian (“you can write us!”).',
        zh: '“{actual}”是变位动词（或命令式），但在“{modal}”（能、可以、会）之后俄语必须接动词不定式：“{modal} {expected}”。现在的写法是两个变位动词连用，买家读到的是病句（类似“您可以请写给我们”）。',
        ru: 'После «{modal}» нужен инфинитив: «{modal} {expected}», а не «{actual}». Два спрягаемых глагола подряд покупатель читает как ломаный русский.',
      },
      'future-perfective': {
        en: '“{actual}”: the future with “{aux}” is made only of an imperfective verb («будем отправлять»); “{infinitive}” is perfective, and its own conjugated form is already the future: “{expected}”. A buyer reads “{actual}” as broken Russian.',
        zh: '“{actual}”：用“{aux}”构成的将来时只能接未完成体动词（如 «будем отправлять»）；“{infinitive}”是完成体，它自己的变位形式就已经表示将来：“{expected}”。买家读到“{actual}”会觉得是错误的俄语。',
        ru: '«{actual}»: будущее время с «{aux}» образуется только от глагола несовершенного вида («будем отправлять»); «{infinitive}» — совершенного вида, и его личная форма уже означает будущее: «{expected}». Покупатель увидит ошибку.',
      },
      'preposition-infinitive': {
        en: '“{actual}”: a preposition takes a noun, never a verb, so “{preposition}” cannot stand before the infinitive “{verb}” (it reads like “before to leave”). Use the noun («для получения скидки», «перед отправкой») or a clause («чтобы получить скидку», «перед тем как оставить отзыв», «после того как вы получите товар»).{advice_en}',
        zh: '“{actual}”：俄语介词后面只能接名词，不能接动词，所以 “{preposition}” 不能放在不定式 “{verb}” 前面（类似中文“在……之前”直接套动词）。请改用名词（«для получения скидки»、«перед отправкой»）或从句（«чтобы получить скидку»、«перед тем как оставить отзыв»、«после того как вы получите товар»）。{advice_zh}',
        ru: '«{actual}»: предлог требует существительного, а не глагола, поэтому «{preposition}» не может стоять перед инфинитивом «{verb}». Используйте существительное («для получения скидки», «перед отправкой») или придаточное («чтобы получить скидку», «перед тем как оставить отзыв», «после того как вы получите товар»).{advice_ru}',
      },
      'missing-reflexive': {
        en: '“{actual}” without «-ся» is another verb, one that needs an object; «{prep}» after it belongs to «{lemma}»: “{expected}”. As written the sentence is broken (“we will tie with you”), and a buyer sees it at once.',
        zh: '“{actual}” 没有 «-ся» 就是另一个需要宾语的动词；后面的 «{prep}» 要与带 «-ся» 的 «{lemma}» 搭配：请改为 “{expected}”。现在的写法是病句，买家一眼就能看出来。',
        ru: '«{actual}» без «-ся» — другой глагол, которому нужно дополнение; «{prep}» после него относится к возвратному «{lemma}»: «{expected}». Сейчас фраза неграмотна.',
      },
      'negative-concord': {
        en: '“{actual}”: with “{negative}” the verb is negated too, «не» before it: “{expected}”. Russian negates twice (“we never don’t send”); without «не» the buyer reads broken Russian.',
        zh: '“{actual}”：有 “{negative}”（“从不／没有人／什么也”）时，动词前面还必须加 «не»：“{expected}”。俄语要双重否定；缺了 «не»，买家读到的是病句。',
        ru: '«{actual}»: при «{negative}» глагол тоже стоит с отрицанием: «{expected}». Без «не» фраза неграмотна.',
      },
      'patient-subject': {
        en: '“{actual}”: “{subject}” is what is acted on, yet it is the subject of the active verb “{verb}”, so the sentence says the {subject} does it itself (“the parcel will deliver”). Make it passive («посылка будет доставлена»), make the seller the subject («мы доставим посылку»), or use the form in «-ся».{advice_en}',
        zh: '“{actual}”：“{subject}” 是被处理的对象，却成了主动动词 “{verb}” 的主语，句子的意思变成了“{subject}自己去做”（类似“包裹将会送”）。中文不标被动，俄语必须标：请改为被动（«посылка будет доставлена»），或以卖家为主语（«мы доставим посылку»），或用带 «-ся» 的形式。{advice_zh}',
        ru: '«{actual}»: «{subject}» — то, над чем совершают действие, а стоит подлежащим при действительном глаголе «{verb}»: получается, что «{subject}» делает это сама. Используйте страдательный оборот («посылка будет доставлена»), сделайте подлежащим продавца («мы доставим посылку») или форму на «-ся».{advice_ru}',
      },
      'coordinated-finite': {
        en: '“{actual}” is joined by «и» to the verb “{verb}”, so it takes the same form. An infinitive there reads as a sentence left unfinished.{advice_en}',
        zh: '“{actual}”用 «и» 与动词 “{verb}” 并列，要用同样的形式（人称、数、时态）。这里用不定式，买家读起来像是一句没说完的话。{advice_zh}',
        ru: '«{actual}» соединено союзом «и» с глаголом «{verb}» и должно стоять в той же форме; инфинитив здесь читается как оборванная фраза.{advice_ru}',
      },
      'coordinated-infinitive': {
        en: '“{actual}” is joined by «и» to the request “{request}”, so it is a request too, in the same form. An infinitive there reads as a sentence left unfinished.{advice_en}',
        zh: '“{actual}”用 «и» 与请求 “{request}” 并列，所以它也是请求，要用同样的形式（命令式）。这里用不定式，买家读起来像是一句没说完的话。{advice_zh}',
        ru: '«{actual}» соединено союзом «и» с просьбой «{request}» и тоже должно быть просьбой в той же форме; инфинитив здесь читается как оборванная фраза.{advice_ru}',
      },
      'future-conjugated': {
        en: '“{actual}”: the future with “{aux}” takes an infinitive, and “{verb}” is already conjugated: two conjugated verbs in a row are a word-for-word “will send”. A perfective verb’s own form is the future («отправим»), an imperfective one follows “{aux}” as an infinitive («будем отправлять»). A buyer reads “{actual}” as broken Russian.{advice_en}',
        zh: '“{actual}”：用“{aux}”构成的将来时要接动词不定式，而“{verb}”已经是变位形式：两个变位动词连用是把“will send”逐字翻译过来。完成体动词自己的变位形式就表示将来（«отправим»），未完成体动词则以不定式跟在“{aux}”后面（«будем отправлять»）。买家读到“{actual}”会觉得是错误的俄语。{advice_zh}',
        ru: '«{actual}»: будущее время с «{aux}» образуется с инфинитивом, а «{verb}» — уже личная форма; два спрягаемых глагола подряд — дословный перевод «will send». У глагола совершенного вида будущее — его личная форма («отправим»), глагол несовершенного вида ставится после «{aux}» в инфинитиве («будем отправлять»). Покупатель увидит ошибку.{advice_ru}',
      },
      'noun-verbal': {
        en: '“{actual}” is a noun, but after “{modal}” Russian needs a verb (an infinitive: the verb “{actual}” comes from). As written the buyer reads a broken sentence (“we cannot shipment today”).',
        zh: '“{actual}”是名词，但在“{modal}”（能、会、将要、应该）之后俄语必须接动词不定式（即“{actual}”所对应的动词）。现在的写法买家读到的是病句（类似“我们今天不能发货物”）。',
        ru: '«{actual}» — существительное, а после «{modal}» нужен глагол в неопределённой форме (тот, от которого образовано «{actual}»). Покупатель видит сломанную фразу.',
      },
    },
  },
  (context) => {
    const { value } = context.target;
    for (const hit of findVerbForms(sentencesOfView(context.target), value, context.options)) {
      const end = (hit.last ?? hit.token).end;
      const actual = value.slice(hit.token.start, end);
      context.report({
        messageId: hit.messageId,
        data: { ...hit.data, actual },
        start: hit.token.start,
        end,
        actual,
        ...(hit.expected ? { expected: [hit.expected] } : {}),
        ...(hit.fix ? {} : { fix: false as const }),
      });
    }
  },
);
