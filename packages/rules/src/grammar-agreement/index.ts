import { defineRule } from '@otvet/core';
import { agrees, allPos, analyse, clauses, type Clause, finiteReadings, somePos, inflect, isModifier, isNoun, isPlainWord, isPreposition, nounPhrases, type NounPhrase, type Reading, type SyntaxToken } from '@otvet/morph';
import { caseOf, genderOf, grammarSentencesOfView, numberOf, objectPronounOrAdverb, spanText, SUBSTANTIVIZED } from '../lib/grammar.js';
import data from './agreement.yaml';

/** The rule's word lists (schema: packages/rules/schema/agreement.schema.json). */
export interface AgreementData {
  description?: string;
  /** Cardinal numerals after which a noun takes the genitive singular (два товара). */
  twoToFour: string[];
  /** Cardinal numerals after which a noun takes the genitive plural (пять товаров). */
  fivePlus: string[];
  /** Words of indefinite quantity after which a noun takes the genitive (много товаров, немного времени). */
  indefiniteQuantity: string[];
  /** Nouns a number often stands before as a label, not a count (2025 год, 5 этаж, глава 3). */
  labelNouns: string[];
  /** Nouns of time that stand in the accusative without a preposition (всю неделю шли дожди). */
  timeNouns: string[];
  /** Words before a subject that make its predicate plural or leave it free (много, часть…). */
  quantityWords: string[];
  /** Verbs that take a genitive object: a genitive plural after 2–4 in digits may be right after them. */
  genitiveVerbs: string[];
  /** Nouns of measure that stand in the accusative after verbs like «весить», «стоить» (килограмм, рубль, метр). */
  measures: string[];
  /** Verbs used only impersonally with an infinitive or a «что» clause (удаться, прийтись, выясниться…). */
  impersonal: string[];
  /** Nouns a numeral before them tells the time or date with, not a count (десять вечера, 11 февраля). */
  timeOfDay: string[];
  /** Possessive pronouns: they never govern the noun after them. */
  possessives: string[];
  /** Pronouns that stand as nouns or start a clause, never checked as modifiers (который, такой, сам). */
  notAttributive: string[];
  /** Preposition + adjective idioms with no noun after them (в основном, в целом). */
  adverbial: string[];
  /** Adjectives that often stand as nouns after a preposition («перед другими», «для всех»). */
  standalone: string[];
  /** Adjectives that take a noun in an oblique case after them (довольный покупкой, понятный каждому). */
  governing: string[];
  /** Adverbs of degree that may stand between a subject and its adjective predicate («доставка очень быстрая»). */
  degreeAdverbs: string[];
  /** Verbs of a state or property, rarely the focus of «это» («это товар имеет…» is «этот товар имеет…»). */
  statives: string[];
  /** Neuter nouns that do not decline (фото, пальто, видео): a modifier before one is neuter or plural. */
  indeclinableNeuter: string[];
  /** Cases each preposition governs (for the modifier-against-noun evidence and numbers in digits); a compound one by its words. */
  prepositions: Record<string, string[]>;
  examples: string[];
  counterexamples: string[];
}

const lists = data as AgreementData;
const TWO_FOUR = new Set(lists.twoToFour);
const FIVE_PLUS = new Set(lists.fivePlus);
const INDEFINITE_QUANTITY = new Set(lists.indefiniteQuantity);
const LABEL_NOUNS = new Set(lists.labelNouns);
const TIME_NOUNS = new Set(lists.timeNouns);
const QUANTITY = new Set(lists.quantityWords);
const IMPERSONAL = new Set(lists.impersonal);
const GENITIVE_VERBS = new Set(lists.genitiveVerbs);
const MEASURES = new Set(lists.measures);
const TIME_OF_DAY = new Set(lists.timeOfDay);
const POSSESSIVES = new Set(lists.possessives);
const NOT_ATTRIBUTIVE = new Set(lists.notAttributive);
const ADVERBIAL = new Set(lists.adverbial);
const PREPOSITION_CASES = lists.prepositions;
const STANDALONE = new Set(lists.standalone);
const GOVERNING = new Set(lists.governing);
const DEGREE_ADVERBS = new Set(lists.degreeAdverbs);
const STATIVES = new Set(lists.statives);
const INDECLINABLE_NEUTER = new Set(lists.indeclinableNeuter);
const DEMONSTRATIVES = new Set(['этот', 'тот']);
/** Pronouns of `notAttributive` that are a noun's modifier when they stand alone right before it. */
const ATTRIBUTIVE_BEFORE_NOUN = new Set(['такой', 'какой']);
const MONTHS = new Set(['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']);

const OBLIQUE = new Set(['gent', 'datv', 'ablt', 'loct']);

const nouns = (t: SyntaxToken): Reading[] => t.readings.filter((r) => r.pos === 'NOUN');
const modifierReadings = (t: SyntaxToken): Reading[] => t.readings.filter((r) => r.pos === 'ADJF' || r.pos === 'PRTF');

/** Whether the modifiers can all agree with one reading of the head (and so with each other). */
function chainAgrees(tokens: readonly SyntaxToken[], modifiers: readonly number[], head: number): boolean {
  return nouns(tokens[head]!).some((n) => modifiers.every((m) => modifierReadings(tokens[m]!).some((r) => agrees(r, n))));
}

/** Whether two modifiers in a row can agree with each other (some case, number and gender in common). */
function modifiersAgree(a: SyntaxToken, b: SyntaxToken): boolean {
  return modifierReadings(a).some((x) => modifierReadings(b).some((y) => caseOf(x) === caseOf(y) && numberOf(x) === numberOf(y)
    && (numberOf(x) === 'plur' || genderOf(x) === genderOf(y))));
}

interface Problem {
  messageId: 'modifier' | 'counted' | 'numeral' | 'subject' | 'relative' | 'date' | 'impersonal' | 'participle' | 'quantity' | 'auxiliary' | 'predicate';
  from: number;
  to: number;
  data: Record<string, string>;
  expected?: string[];
  /** The form the last word of the span should take (the rest of the span stays as written). */
  lastAs?: string;
}

/**
 * What to write, in every language (the `advice_*` slots): the form when the rule knows it
 * («Write “ваш заказ”.»), else which word to put in which form.
 */
function adviceOf(p: Problem, expected: readonly string[] | undefined): Record<string, string> {
  if (expected?.length) {
    const q = { en: expected.map((e) => `“${e}”`), zh: expected.map((e) => `“${e}”`), ru: expected.map((e) => `«${e}»`) };
    return { advice_en: `Write ${q.en.join(' or ')}.`, advice_zh: `请改为${q.zh.join('或')}。`, advice_ru: `Напишите ${q.ru.join(' или ')}.` };
  }
  const d = p.data;
  const generic: Record<string, { en: string; zh: string; ru: string }> = {
    modifier: { en: `Put “${d.modifier}” in the case, number and gender of “${d.noun}”.`, zh: `请把“${d.modifier}”改成与“${d.noun}”一致的格、数和性。`, ru: `Поставьте «${d.modifier}» в падеж, число и род слова «${d.noun}».` },
    counted: { en: `Put “${d.modifier}” in the plural.`, zh: `请把“${d.modifier}”改成复数。`, ru: `Поставьте «${d.modifier}» во множественное число.` },
    numeral: { en: `Put “${d.noun}” in the form that “${d.numeral}” needs.`, zh: `请把“${d.noun}”改成“${d.numeral}”后面要求的形式。`, ru: `Поставьте «${d.noun}» в форму, которой требует «${d.numeral}».` },
    subject: { en: `Put “${d.predicate}” in the number, person and gender of “${d.subject}”.`, zh: `请把“${d.predicate}”改成与“${d.subject}”一致的数、人称和性。`, ru: `Поставьте «${d.predicate}» в число, лицо и род подлежащего «${d.subject}».` },
    date: { en: 'Put the month and «год» in these forms.', zh: '请把月份和 «год» 改成上述形式。', ru: 'Поставьте месяц и «год» в эти формы.' },
    quantity: { en: `Put “${d.verb}” in the neuter singular.`, zh: `请把“${d.verb}”改成中性单数。`, ru: `Поставьте «${d.verb}» в средний род единственного числа.` },
    impersonal: { en: `Put “${d.verb}” in that form.`, zh: `请把“${d.verb}”改成这种形式。`, ru: `Поставьте «${d.verb}» в эту форму.` },
    predicate: { en: `Put “${d.predicate}” in the number and gender of “${d.subject}”.`, zh: `请把“${d.predicate}”改成与“${d.subject}”一致的数和性。`, ru: `Поставьте «${d.predicate}» в число и род подлежащего «${d.subject}».` },
    auxiliary: { en: 'Put both in the number and gender of the subject.', zh: '请把两者都改成与主语一致的数和性。', ru: 'Поставьте оба слова в число и род подлежащего.' },
  };
  const g = generic[p.messageId];
  return g ? { advice_en: g.en, advice_zh: g.zh, advice_ru: g.ru } : {};
}

/** The readings of a generated form with its lemma and the wanted grammemes. */
function analyseForm(form: string, lemma: string, want: readonly string[]): Reading[] {
  return analyse(form).filter((r) => r.lemma === lemma && want.every((g) => r.tags.has(g)));
}

/** A suggested word written with the capital of the word it replaces. */
function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Every reading in an oblique case: a word an adjective before it may govern. */
const governed = (t: SyntaxToken): boolean => modifierReadings(t).every((r) => OBLIQUE.has(caseOf(r) ?? ''));

/**
 * A preposition right before the phrase governs a case one of the two words has and the
 * other lacks: the phrase is one, and the word that lacks it is wrong («в нашем новом
 * магазином», «перед каждом домом»).
 */
function prepositionSides(tokens: readonly SyntaxToken[], np: NounPhrase, modifier: SyntaxToken): boolean {
  if (np.prep === undefined) return false;
  const prep = tokens[np.prep]!;
  if (ADVERBIAL.has(`${prep.norm} ${tokens[np.modifiers[0]!]!.norm}`)) return false;
  const governs = PREPOSITION_CASES[prep.norm];
  if (!governs) return false;
  const fit = (readings: Reading[]): boolean => readings.some((r) => governs.includes(caseOf(r) ?? ''));
  const modifierFits = fit(modifierReadings(modifier));
  const nounFits = fit(nouns(tokens[np.head]!));
  // The modifier does not fit: it is wrong («перед каждом домом»).
  if (!modifierFits) return nounFits;
  // Both fit, in cases that differ («в колхозном огород», «в любом время»): the phrase is one.
  if (nounFits) return true;
  // Only the modifier fits: a pronoun-like adjective may be the whole phrase («перед другими
  // ошибку не признают»), the noun the start of the next one; any other adjective is not.
  return !standalone(modifier);
}

/** An adjective that often stands for a noun: a pronoun («другими», «всех»), a listed one, one with a noun reading. */
const standalone = (t: SyntaxToken): boolean => t.readings.some((r) => r.tags.has('Apro') || STANDALONE.has(r.lemma) || r.pos === 'NOUN');

/** An adjective or participle that may take a noun in an oblique case after it («довольный покупкой»). */
const mayGovern = (t: SyntaxToken): boolean => t.readings.some((r) => r.pos === 'PRTF' || r.pos === 'NOUN' || GOVERNING.has(r.lemma));

/**
 * «один» ("alone" too: «он один дома») right before a singular noun in its own case but of
 * another gender is the number, in the wrong gender: «один штука» → «одна штука».
 */
function oneOfAnotherGender(word: SyntaxToken, noun: SyntaxToken): boolean {
  const ones = word.readings.filter((r) => r.lemma === 'один' && r.pos === 'ADJF' && numberOf(r) === 'sing');
  if (ones.length === 0 || ones.length !== word.readings.length) return false;
  const heads = nouns(noun);
  return heads.length > 0 && heads.every((n) => numberOf(n) === 'sing' && genderOf(n) !== undefined && genderOf(n) !== 'Ms-f' && !n.tags.has('Ms-f'))
    && heads.some((n) => ones.some((r) => caseOf(r) === caseOf(n)))
    && !heads.some((n) => ones.some((r) => agrees(r, n)));
}

/** Modifier + noun: every modifier must agree with the noun. */
function checkModifiers(tokens: readonly SyntaxToken[], np: NounPhrase): Problem | undefined {
  if (np.modifiers.length === 0 || np.numeral !== undefined) return undefined;
  // «друг с другом»: a reciprocal pronoun, not an adjective.
  if (np.prep !== undefined && tokens[np.prep - 1]?.norm === 'друг') return undefined;
  // «в дальнейшем», «в основном»: an adverb, not the start of a noun phrase.
  if (np.prep !== undefined && ADVERBIAL.has(`${tokens[np.prep]!.norm} ${tokens[np.modifiers[0]!]!.norm}`)) return undefined;
  if (np.modifiers.some((m, k) => tokens[m]!.readings.some((r) => NOT_ATTRIBUTIVE.has(r.lemma) && !r.tags.has('Anum')
    // «в такой погоде», «какой размер»: right before the noun they are its modifiers, but in «что такое любовь».
    && !(k === 0 && np.modifiers.length === 1 && ATTRIBUTIVE_BEFORE_NOUN.has(r.lemma) && !['что', 'кто'].includes(tokens[m - 1]?.norm ?? ''))
    && !(np.modifiers.length === 1 && oneOfAnotherGender(tokens[m]!, tokens[np.head]!))))) return undefined;
  if (chainAgrees(tokens, np.modifiers, np.head)) return undefined;
  const head = tokens[np.head]!;
  const heads = nouns(head);
  // An adjective used as a noun heads a phrase with a genitive after it («переменная окружения», «управляющий магазина»).
  const lastModifier = tokens[np.modifiers[np.modifiers.length - 1]!]!;
  if (modifierReadings(lastModifier).some((r) => SUBSTANTIVIZED.has(r.lemma)) && heads.some((n) => caseOf(n) === 'gent')) return undefined;
  // Coordinated nouns take a plural modifier: «новые куртка и шапка», «новые куртка, шапка…»
  // (not before a comma that ends the phrase: «если есть любые вопрос, пишите»).
  const next = tokens[np.head + 1];
  const listed = next?.kind === 'punct' && next.text === ',' && tokens[np.head + 2] !== undefined && (isNoun(tokens[np.head + 2]!) || isModifier(tokens[np.head + 2]!));
  if (next && ((next.kind === 'word' && (next.norm === 'и' || next.norm === 'или')) || listed)) {
    if (np.modifiers.some((m) => modifierReadings(tokens[m]!).some((r) => numberOf(r) === 'plur'))) return undefined;
  }
  // Singular modifiers joined by «и» share a plural noun: «греческой и римской литератур».
  const joined = tokens[np.modifiers[0]! - 1];
  if (joined && ((joined.kind === 'word' && (joined.norm === 'и' || joined.norm === 'или')) || (joined.kind === 'punct' && joined.text === ','))
    && tokens[np.modifiers[0]! - 2] && isModifier(tokens[np.modifiers[0]! - 2]!)
    && heads.some((n) => numberOf(n) === 'plur' && np.modifiers.every((m) => modifierReadings(tokens[m]!).some((r) => caseOf(r) === caseOf(n) && numberOf(r) === 'sing')))) return undefined;
  const alone = np.modifiers.map((m) => modifierReadings(tokens[m]!).some((r) => heads.some((n) => agrees(r, n))));
  const lastAt = np.modifiers.length - 1;
  const last = tokens[np.modifiers[lastAt]!]!;
  const substantive = (t: SyntaxToken): boolean => t.readings.some((r) => r.pos === 'NOUN');
  if (alone[lastAt]) {
    // The modifier next to the noun agrees with it and an earlier one does not. Both agree
    // alone but not together: one of them is wrong («этой свои человечности»). An earlier one
    // that agrees with nothing belongs elsewhere: a participle or adjective governing the rest
    // («занятых какой-то игрой»), or a word of the phrase before.
    if (!alone.every(Boolean)) {
      // A possessive or demonstrative never stands alone or governs: it is wrong («волей свой несчастной истории»).
      const first = tokens[np.modifiers[alone.indexOf(false)]!]!;
      if (first.readings.every((r) => POSSESSIVES.has(r.lemma) || DEMONSTRATIVES.has(r.lemma))) return mismatch(tokens, np, heads, alone.indexOf(false));
      // So does a plain adjective (no participle, no noun reading, none that governs a case), in
      // the same case as the noun: only its number or gender is wrong («новый кожаная куртка»).
      if (!mayGovern(first) && !standalone(first) && modifierReadings(first).some((r) => heads.some((n) => caseOf(r) === caseOf(n)))) return mismatch(tokens, np, heads, alone.indexOf(false));
      // …unless a preposition before them shows that the earlier one is wrong («под моем положительным примером»).
      const wrong = tokens[np.modifiers[alone.indexOf(false)]!]!;
      if (!prepositionSides(tokens, { ...np, modifiers: [np.modifiers[alone.indexOf(false)]!] }, wrong) || alone.indexOf(false) !== 0) return undefined;
    }
    // …but a participle or a noun-like adjective first may govern the rest («олицетворяющая
    // безупречную элегантность»).
    if (np.modifiers.slice(0, lastAt).some((m) => tokens[m]!.readings.some((r) => r.pos === 'PRTF' || r.pos === 'NOUN'))) return undefined;
    // The one to name is the modifier that agrees with nothing (none such: they clash only together).
    if (!alone.every(Boolean)) return mismatch(tokens, np, heads, alone.indexOf(false));
  } else {
    if (lastAt > 0 && alone.slice(0, lastAt).some(Boolean) && governed(last) && np.modifiers.slice(0, lastAt).some((m) => mayGovern(tokens[m]!))) return undefined;
    // The modifier next to the noun does not agree. It may govern the noun instead: a
    // participle takes objects and agents («оплаченный картой», «касающаяся отношения»), an
    // adjective used as a noun takes a genitive («содержимое трубы»), an adjective a dative
    // or an instrumental («понятная каждому»). Reported when the phrase shows it is one: the
    // modifier before agrees with it, a preposition wants the modifier's case, a possessive
    // («вашего заказом»), or the same case in another number or gender.
    const pairAgrees = lastAt >= 1 && modifiersAgree(tokens[np.modifiers[lastAt - 1]!]!, last);
    const nounCases = new Set(heads.map(caseOf));
    // An adjective used as a noun with a genitive after it («по данным службы», «содержимое коробки»).
    if (substantive(last) && nounCases.has('gent')) return undefined;
    if (!pairAgrees && !prepositionSides(tokens, np, last)) {
      // A participle may govern the noun: an active one its object («закрывшая окно»), any one an
      // oblique case («закрытая ветром»). A passive one takes no object in the accusative: «закрытая
      // окно» is a wrong form, unless the noun tells a time («купленная неделю назад»).
      // Nor a genitive, but a few that govern one («лишённый смысла»): «повреждённой товара» is a wrong form.
      const passiveGenitive = last.readings.some((r) => r.pos === 'PRTF' && r.tags.has('pssv') && GOVERNING.has(r.lemma));
      const objectCases = last.readings.some((r) => r.pos === 'PRTF' && !r.tags.has('pssv')) ? nounCases
        : new Set([...nounCases].filter((c) => c !== 'accs' && (c !== 'gent' || passiveGenitive || !last.readings.every((r) => r.pos === 'PRTF'))));
      // Not a noun that cannot be an accusative, nor one with a genitive of its own after it
      // («ожидаемая время доставки» → «ожидаемое время»).
      const next = tokens[np.head + 1];
      const ownGenitive = next !== undefined && isNoun(next) && next.readings.every((r) => r.pos === 'NOUN') && next.readings.some((r) => caseOf(r) === 'gent');
      const timeNoun = !ownGenitive && heads.some((n) => (TIME_NOUNS.has(n.lemma) || MEASURES.has(n.lemma)) && caseOf(n) === 'accs');
      if (last.readings.some((r) => r.pos === 'PRTF') && ([...objectCases].some((c) => c !== 'nomn') || timeNoun)) return undefined;
      const sameCase = modifierReadings(last).some((r) => heads.some((n) => caseOf(r) === caseOf(n)));
      const possessive = last.readings.every((r) => POSSESSIVES.has(r.lemma));
      // A plain adjective governs nothing: a noun after it in another case is its noun, wrong.
      const plain = !mayGovern(last) && !standalone(last);
      if (!sameCase && !possessive && !plain) return undefined;
    }
  }
  return mismatch(tokens, np, heads);
}

/**
 * The report of a modifier that does not agree, with the agreeing form where only one fits.
 * `wrongAt`: the modifier the message names (an index into `np.modifiers`), by default the one
 * next to the noun.
 */
function mismatch(tokens: readonly SyntaxToken[], np: NounPhrase, heads: Reading[], wrongAt = np.modifiers.length - 1): Problem {
  const head = tokens[np.head]!;
  const wrong = tokens[np.modifiers[wrongAt]!]!;
  const from = np.modifiers[0]!;
  // The modifier in the noun's form, when every reading of the noun asks for the same one.
  let expected: string[] | undefined;
  if (np.modifiers.length === 1) {
    const forms = new Set(heads.flatMap((n) => {
      const want = [caseOf(n)!, numberOf(n) ?? 'plur'];
      const g = genderOf(n);
      if (numberOf(n) === 'sing' && g && g !== 'Ms-f') want.push(g);
      return modifierReadings(tokens[from]!).flatMap((r) => inflect(r, want).filter((f) => {
        // In the accusative the modifier's form follows the noun's animacy.
        const [form] = analyseForm(f, r.lemma, want);
        return !form || agrees(form, n);
      }));
    }));
    if (forms.size === 1) expected = [`${matchCase([...forms][0]!, tokens[from]!.text)} ${head.text}`];
  }
  return { messageId: 'modifier', from, to: np.head, data: { modifier: wrong.text, noun: head.text }, expected };
}

/** The numbers a digit string needs its noun in: 1 → singular; 2–4 → genitive singular; else genitive plural. */
function digitKind(text: string): 'one' | 'few' | 'many' {
  const n = Number(lastNumber(text).slice(-2));
  if (n % 10 === 1 && n !== 11) return 'one';
  if (n % 10 >= 2 && n % 10 <= 4 && (n < 12 || n > 14)) return 'few';
  return 'many';
}

/** The last number of a numeral in digits: the number, or the end of a range («5-7» → «7»). */
function lastNumber(text: string): string {
  return /\d+$/.exec(text)?.[0] ?? text;
}

/** Whether a numeral in digits is a number, or a range that runs upwards («5-7», not «8-800» of a phone). */
function countable(text: string): boolean {
  const [first, last] = text.split(/\D/);
  return last === undefined || Number(first) < Number(last);
}

/**
 * Whether the token at `at` is a verb or an infinitive in every reading, or stands before one or
 * two object pronouns or adverbs that are («вернём вам», «осталось всего»).
 */
function verbBefore(tokens: readonly SyntaxToken[], at: number): boolean {
  for (let k = at; k >= 0 && k >= at - 2; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    // «компенсируем», «вернём»: not the short participle of the same spelling.
    const finite = finiteReadings(t.readings);
    if (finite.length > 0 && finite.every((r) => r.pos === 'VERB' || r.pos === 'INFN')) return true;
    if (!objectPronounOrAdverb(t.readings)) return false;
  }
  return false;
}

/** Dashes that join two numbers into a range («5-7 дней», «2–3 дня»). */
const RANGE_DASHES = new Set(['-', '‐', '‑', '–', '—']);

/**
 * The first number of a range in digits that ends with the number at `at` («5-7», «5–7», «5 – 7»),
 * else `at`. A noun after a range agrees with its last number: «5–7 дней», «2–3 дня».
 */
function rangeStart(tokens: readonly SyntaxToken[], at: number): number {
  const dash = tokens[at - 1];
  const first = tokens[at - 2];
  if (dash?.kind !== 'punct' || !RANGE_DASHES.has(dash.text) || first?.kind !== 'number' || !/^\d+$/.test(first.text) || !/^\d+$/.test(tokens[at]!.text)) return at;
  // Written tight, or spaced on both sides alike.
  const tight = first.end === dash.start && dash.end === tokens[at]!.start;
  const spaced = first.end < dash.start && dash.end < tokens[at]!.start;
  if (!tight && !spaced) return at;
  // Ranges run upwards («5–7»): «8-800» is a phone number, «2025-12» a date.
  return Number(first.text) < Number(tokens[at]!.text) && first.text.length <= 3 ? at - 2 : at;
}

/** The numeral of a noun phrase as written: the number, or the whole range that ends with it. */
function numeralText(tokens: readonly SyntaxToken[], from: number, at: number): string {
  return tokens.slice(from, at + 1).map((t, k) => (k > 0 && tokens[from + k - 1]!.end < t.start ? ' ' : '') + t.text).join('');
}

/**
 * A number in digits after a preposition of the accusative alone («через», «про»), or «за» before
 * a noun with no instrumental reading: the phrase is an accusative, so the noun takes the form of
 * counting: «через 24 часа», «за 5 дней», never «через 24 часов» (an inanimate noun after 2–4 is
 * singular) or «за 3 день».
 */
function accusativeCount(tokens: readonly SyntaxToken[], np: NounPhrase, from = np.numeral!): Problem | undefined {
  const numeral = tokens[np.numeral!]!;
  const head = tokens[np.head]!;
  const heads = nouns(head);
  const prep = tokens[np.prep!]!.norm;
  const cases = PREPOSITION_CASES[prep];
  // «за» also takes the instrumental («за 2 товарами»): a noun with no instrumental reading is counted in the accusative.
  const accusative = cases?.length === 1 && cases[0] === 'accs' || (prep === 'за' && !heads.some((n) => caseOf(n) === 'ablt'));
  // «в», «на» take the prepositional too: a plural in it («на 5 складах») or the accusative count («на 5 звёзд»).
  const orLocative = cases?.length === 2 && cases.includes('accs') && cases.includes('loct');
  if ((!accusative && !orLocative) || heads.length === 0) return undefined;
  const kind = digitKind(numeral.text);
  if (kind === 'one') return undefined;
  // A prepositional singular is of an ordinal («на 11 – 12 секунде», «на 5 этаже»).
  if (orLocative && heads.some((n) => caseOf(n) === 'loct')) return undefined;
  const wrong = kind === 'few'
    ? (orLocative ? !heads.some((n) => (numberOf(n) === 'sing' && caseOf(n) === 'gent') || (n.tags.has('anim') && numberOf(n) === 'plur' && caseOf(n) === 'gent'))
      : heads.every((n) => n.tags.has('inan') && numberOf(n) === 'plur') || heads.every((n) => numberOf(n) === 'sing' && caseOf(n) !== 'gent'))
    : !heads.some((n) => numberOf(n) === 'plur' && caseOf(n) === 'gent');
  if (!wrong) return undefined;
  const forms = new Set(heads.flatMap((n) => inflect(n, kind === 'few' ? ['sing', 'gent'] : ['plur', 'gent'])));
  const written = numeralText(tokens, from, np.numeral!);
  const expected = forms.size === 1 ? [`${written} ${[...forms][0]}`] : undefined;
  return { messageId: 'numeral', from, to: np.head, data: { numeral: written, noun: head.text }, expected };
}

/**
 * A number in digits after a preposition of oblique cases only («около», «до», «для», «к»,
 * «при»): the phrase is in one of them, and so is its noun, whatever the number («около 10
 * дней», «к 5 числу», «до 20 числа»). A noun in none of them is wrong («около 10 день», «до 20
 * число»). No form is offered: the number may be a count or a date.
 */
/** Compound prepositions of a stretch of time, after which a number counts. */
const DURATIONS = new Set(['в течение', 'на протяжении', 'в продолжение']);

function obliqueCount(tokens: readonly SyntaxToken[], np: NounPhrase, from: number, cases: readonly string[] | undefined): Problem | undefined {
  const head = tokens[np.head]!;
  const heads = nouns(head);
  if (!cases || cases.includes('accs') || cases.includes('nomn') || heads.length === 0) return undefined;
  const written = numeralText(tokens, from, np.numeral!);
  const inCase = heads.filter((n) => cases.includes(caseOf(n)!));
  if (inCase.length === 0) return { messageId: 'numeral', from, to: np.head, data: { numeral: written, noun: head.text } };
  // A number in one of those cases is one too, and the noun after it (but after one) plural: «около 3
  // дней», «к 5 покупателям», not «около 3 дня», «в течение 2 часа» (not the time of day: «к 3 дня»).
  const numeral = tokens[np.numeral!]!;
  if (numeral.kind !== 'number' || digitKind(numeral.text) === 'one' || inCase.some((n) => numberOf(n) === 'plur' || n.tags.has('Pltm'))) return undefined;
  // A number before a noun of time or a date may be an ordinal («к 5 числу», «до 2 часа», «после
  // 2 недели») or the time of day («до 5 дня»), but not in a stretch of time («в течение 2 часа»
  // → «2 часов», «в течение 5 дня» → «5 дней»).
  const duration = DURATIONS.has(`${tokens[from - 2]?.norm} ${tokens[from - 1]?.norm}`);
  if (!duration && inCase.some((n) => TIME_OF_DAY.has(n.lemma) && caseOf(n) === 'gent')) return undefined;
  if (!duration && inCase.some((n) => TIME_NOUNS.has(n.lemma) || n.lemma === 'число')) return undefined;
  const forms = new Set(inCase.flatMap((n) => inflect(n, ['plur', caseOf(n)!])));
  const expected = forms.size === 1 ? [`${written} ${[...forms][0]}`] : undefined;
  return { messageId: 'numeral', from, to: np.head, data: { numeral: written, noun: head.text }, ...(expected ? { expected } : {}) };
}

/** The cases of a compound preposition of two words right before `at` («в течение», «во время»), if there is one. */
function compoundCases(tokens: readonly SyntaxToken[], at: number): readonly string[] | undefined {
  const a = tokens[at - 2];
  const b = tokens[at - 1];
  return a?.kind === 'word' && b?.kind === 'word' ? PREPOSITION_CASES[`${a.norm} ${b.norm}`] : undefined;
}

/** Numeral + noun: «два товара», «пять товаров», «двум покупателям»; digits: «2 товара», «5 товаров». */
function checkNumeral(tokens: readonly SyntaxToken[], np: NounPhrase): Problem | undefined {
  if (np.numeral === undefined) return undefined;
  const numeral = tokens[np.numeral]!;
  const head = tokens[np.head]!;
  const heads = nouns(head);
  /** Where the numeral starts: a range of numbers in digits («5-7 дней») at its first. */
  const from = rangeStart(tokens, np.numeral);
  // Fractions («шесть десятых процента»).
  if (np.modifiers.some((m) => tokens[m]!.readings.some((r) => r.tags.has('Anum')))) return undefined;
  // An adjective between a number (not one) and its noun is plural: «12 главных богов».
  if (numeral.kind === 'number' && !countable(numeral.text)) return undefined;
  const counted = numeral.kind === 'number' ? digitKind(numeral.text) !== 'one' && lastNumber(numeral.text).length < 4
    : numeral.readings.some((r) => r.pos === 'NUMR' && (TWO_FOUR.has(r.lemma) || FIVE_PLUS.has(r.lemma)));
  const single = np.modifiers.find((m) => !modifierReadings(tokens[m]!).some((r) => numberOf(r) === 'plur'));
  if (counted && single !== undefined && np.prep === undefined) {
    return { messageId: 'modifier', from: np.numeral, to: np.head, data: { modifier: tokens[single]!.text, noun: head.text } };
  }
  // So is one before the number, after a preposition: «за последние три дня», «на первые 2
  // недели», never «за последний три дня».
  const before = tokens[np.numeral - 1];
  const prep = tokens[np.numeral - 2];
  if (counted && np.prep === undefined && before && prep && isModifier(before) && isPreposition(prep) && !before.readings.some((r) => NOT_ATTRIBUTIVE.has(r.lemma) && !r.tags.has('Anum'))
    && modifierReadings(before).length > 0 && !modifierReadings(before).some((r) => numberOf(r) === 'plur')) {
    // The plural in the case the preposition, the numeral and the noun allow, when one form
    // fits. Before the form of counting («24 часа», «три дня», «5 дней») the phrase is a
    // nominative or an accusative, else the noun shows its case; the accusative takes the
    // noun's animacy.
    const few = numeral.kind === 'number' ? digitKind(numeral.text) === 'few' : numeral.readings.some((r) => TWO_FOUR.has(r.lemma));
    const counting = heads.length > 0 && heads.every((n) => caseOf(n) === 'gent' && numberOf(n) === (few ? 'sing' : 'plur'));
    const nounCases = counting ? new Set(['nomn', 'accs']) : new Set(heads.map(caseOf));
    const numeralCases = numeral.kind === 'number' ? nounCases : new Set(numeral.readings.map(caseOf));
    const cases = (PREPOSITION_CASES[prep.norm] ?? []).filter((c) => numeralCases.has(c) && nounCases.has(c));
    const animacy = heads.every((n) => n.tags.has('anim')) ? 'anim' : heads.every((n) => n.tags.has('inan')) ? 'inan' : undefined;
    const forms = new Set(modifierReadings(before).flatMap((r) => cases.flatMap((c) => {
      if (c !== 'accs') return inflect(r, ['plur', c]);
      return animacy ? inflect(r, ['plur', c, animacy]) : [];
    })));
    const spaced = before.end + 1 === numeral.start && numeral.end + 1 === head.start;
    const expected = forms.size === 1 && spaced ? [`${matchCase([...forms][0]!, before.text)} ${numeral.text} ${head.text}`] : undefined;
    return { messageId: 'counted', from: np.numeral - 1, to: np.head, data: { modifier: before.text }, expected };
  }
  // The time of day («десять вечера», «в два часа дня», «до 7 вечера»): a genitive singular.
  // Not after a verb, after a preposition of the accusative alone or with an adjective between,
  // where the number counts days («займёт 5 дня», «через 5-7 дня», «10 рабочих дня»).
  const opener = tokens[from - 1];
  const counts = np.modifiers.length > 0 || compoundCases(tokens, from) !== undefined || (opener !== undefined && (allPos(opener, 'VERB', 'INFN')
    || (isPreposition(opener) && (PREPOSITION_CASES[opener.norm] ?? []).join() === 'accs')));
  // «несколько» never tells the time («ещё несколько дня» → «дней»).
  const indefinite = numeral.readings.some((r) => r.lemma === 'несколько');
  if (!counts && !indefinite && heads.some((n) => TIME_OF_DAY.has(n.lemma) && caseOf(n) === 'gent' && numberOf(n) === 'sing')) return undefined;
  const fits = (number: string, cases: readonly string[], anim = false): boolean =>
    heads.some((n) => (numberOf(n) ?? (n.tags.has('Pltm') ? 'plur' : undefined)) === number && cases.includes(caseOf(n)!) && (!anim || n.tags.has('anim')));
  let ok: boolean;
  let want: string[] | undefined;
  if (numeral.kind === 'number') {
    // A digit hides its case («из 2 товаров», «к 5 заказам»): only a form that no case allows
    // after it is reported. A number after a label noun or a sign is a label («пункт 5
    // договора»); a four-digit one is mostly a year; a date names a month.
    // A range («5-7 дней») is judged by its last number, in the place of the whole range.
    const before = tokens[from - 1];
    if (lastNumber(numeral.text).length >= 4 || heads.some((n) => LABEL_NOUNS.has(n.lemma))) return undefined;
    if (np.prep !== undefined) return accusativeCount(tokens, np) ?? obliqueCount(tokens, np, from, PREPOSITION_CASES[tokens[np.prep]!.norm]);
    if (from !== np.numeral && before && isPreposition(before)) {
      const ranged = { ...np, prep: from - 1 };
      return accusativeCount(tokens, ranged, from) ?? obliqueCount(tokens, ranged, from, PREPOSITION_CASES[before.norm]);
    }
    // A compound preposition of oblique cases («в течение 15 день» → «дней»).
    const compound = compoundCases(tokens, from);
    if (compound) return obliqueCount(tokens, np, from, compound);
    if (before && (before.kind !== 'word' || !isPlainWord(before)
      || before.readings.some((r) => (r.pos === 'NOUN' && LABEL_NOUNS.has(r.lemma)) || r.pos === 'PREP' || r.pos === 'NUMR'))) return undefined;
    const kind = digitKind(numeral.text);
    const only = (number: string, cases: readonly string[]): boolean => heads.length > 0 && heads.every((n) => numberOf(n) === number && cases.includes(caseOf(n)!));
    if (kind === 'one') {
      ok = !only('plur', ['gent']);
      want = ['sing', 'nomn'];
    } else if (kind === 'few') {
      ok = !(only('plur', ['nomn', 'accs']) && heads.every((n) => n.tags.has('inan')));
      want = ['sing', 'gent'];
    } else {
      ok = !only('sing', ['gent']);
      want = ['plur', 'gent'];
    }
    // After a verb, the number is its subject or object, a nominative or an accusative, so a
    // singular noun in those cases is wrong after it: «у нас есть 5 цвет», «займёт 3 день».
    // An object pronoun or an adverb may stand between («вернём вам 100 рубль», «осталось всего 5 штука»).
    if (kind !== 'one' && verbBefore(tokens, from - 1) && only('sing', ['nomn', 'accs'])) ok = false;
    // So is a plural that is no genitive after five and up («дайте нам 5 звезды» → «5 звёзд»),
    // where the noun can only be that or a genitive singular (not «помогли 5 покупателям»).
    if (kind === 'many' && verbBefore(tokens, from - 1) && heads.length > 0 && heads.some((n) => numberOf(n) === 'plur')
      && heads.every((n) => (numberOf(n) === 'plur' && (caseOf(n) === 'nomn' || caseOf(n) === 'accs')) || (numberOf(n) === 'sing' && caseOf(n) === 'gent'))) ok = false;
    // So is a genitive plural after 2, 3 or 4 («осталось 3 штук», «займёт 2 дней»), unless «не»
    // or a verb of the genitive lets the number stand for one («не хватает 3 штук»).
    if (kind === 'few' && before && allPos(before, 'VERB', 'INFN') && only('plur', ['gent'])
      && !before.readings.some((r) => GENITIVE_VERBS.has(r.lemma)) && tokens[from - 2]?.norm !== 'не') ok = false;
  } else if (numeral.readings.some((r) => r.pos === 'NUMR' && INDEFINITE_QUANTITY.has(r.lemma))) {
    return indefiniteCount(tokens, np);
  } else {
    // «несколько» counts as «пять» does («несколько дней»); its informal animate accusative
    // («вижу несколько человек») is left out, so that only the genitive plural fits it.
    const readings = numeral.readings.filter((r) => r.pos === 'NUMR' && !(r.lemma === 'несколько' && r.tags.has('Infr')));
    if (readings.length === 0 || !readings.every((r) => TWO_FOUR.has(r.lemma) || FIVE_PLUS.has(r.lemma))) return undefined;
    ok = readings.some((r) => {
      const c = caseOf(r);
      if (c === undefined) return false;
      const direct = c === 'nomn' || (c === 'accs' && !r.tags.has('anim'));
      if (!direct) return fits('plur', [c]) || (c === 'accs' && fits('plur', ['gent', 'accs'], true));
      return TWO_FOUR.has(r.lemma) ? fits('sing', ['gent']) : fits('plur', ['gent']);
    });
    const direct = readings.every((r) => caseOf(r) === 'nomn' || caseOf(r) === 'accs');
    if (direct) want = TWO_FOUR.has(readings[0]!.lemma) ? ['sing', 'gent'] : ['plur', 'gent'];
    // «два», «оба», «полтора» take the noun's gender in the nominative and accusative: «две
    // посылки», «обе стороны», not «два посылки». A noun of common gender takes either.
    if (ok && direct && np.modifiers.length === 0) {
      const gendered = readings.filter((r) => genderOf(r) !== undefined);
      const counted = heads.filter((n) => caseOf(n) === 'gent' && numberOf(n) === 'sing');
      const genders = new Set(counted.map(genderOf));
      if (gendered.length === readings.length && counted.length > 0 && !genders.has(undefined) && !genders.has('Ms-f')
        && !counted.some((n) => n.tags.has('Ms-f')) && !gendered.some((r) => genders.has(genderOf(r)))) {
        const animacy = counted.every((n) => n.tags.has('anim')) ? 'anim' : 'inan';
        const forms = new Set(gendered.flatMap((r) => [...genders].flatMap((g) => inflect(r, caseOf(r) === 'accs' ? [g!, 'accs', animacy] : [g!, caseOf(r)!]))));
        const expected = forms.size === 1 ? [`${matchCase([...forms][0]!, numeral.text)} ${head.text}`] : undefined;
        return { messageId: 'numeral', from: np.numeral, to: np.head, data: { numeral: numeral.text, noun: head.text }, ...(expected ? { expected } : {}) };
      }
    }
  }
  if (ok) return undefined;
  const written = numeralText(tokens, from, np.numeral);
  let expected: string[] | undefined;
  if (want && heads.length > 0) {
    const forms = new Set(heads.flatMap((n) => inflect(n, want!)));
    if (forms.size === 1) expected = [`${written} ${[...forms][0]}`];
  }
  return { messageId: 'numeral', from, to: np.head, data: { numeral: written, noun: head.text }, expected };
}

/**
 * «много», «немного», «мало», «немало» before a noun phrase: the genitive («много товаров»,
 * «немного времени»), never a nominative plural («у нас много хорошие товары»). These words are
 * adverbs too, so only a phrase with no verb after it in its clause, and with no preposition
 * before the word («на много товаров» is another phrase), is judged; a noun with a genitive
 * reading passes.
 */
function indefiniteCount(tokens: readonly SyntaxToken[], np: NounPhrase): Problem | undefined {
  const at = np.numeral!;
  const numeral = tokens[at]!;
  const head = tokens[np.head]!;
  const heads = nouns(head);
  const before = tokens[at - 1];
  if (np.prep !== undefined || (before && isPreposition(before)) || heads.length === 0) return undefined;
  if (!numeral.readings.every((r) => (r.pos === 'NUMR' && INDEFINITE_QUANTITY.has(r.lemma)) || r.pos === 'ADVB' || r.pos === 'ADJS')) return undefined;
  // A nominative plural noun, or one that may also be another case («модели», «места») after a
  // nominative plural modifier that is no genitive («много новые модели»).
  const direct = (r: Reading): boolean => caseOf(r) === 'nomn' || caseOf(r) === 'accs';
  if (!heads.some((n) => numberOf(n) === 'plur' && caseOf(n) === 'nomn')) return undefined;
  if (!heads.every((n) => numberOf(n) === 'plur' && direct(n)) && np.modifiers.length === 0) return undefined;
  if (np.modifiers.some((m) => !modifierReadings(tokens[m]!).some((r) => caseOf(r) === 'nomn' && numberOf(r) === 'plur')
    || modifierReadings(tokens[m]!).some((r) => caseOf(r) === 'gent'))) return undefined;
  // The rest of the clause: no verb or predicate the word may be the adverb of («много эти
  // товары не стоят»), no unknown word that may be one.
  for (let k = np.head + 1; k < tokens.length && tokens[k]!.kind !== 'punct'; k++) {
    // A clause's worth of words: past it (a long unpunctuated text), nothing is said.
    if (k > np.head + 16) return undefined;
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.unknown || somePos(t, 'VERB', 'PRTS', 'ADJS', 'PRED')) return undefined;
  }
  // The genitive plural of each word, where it is one form and the words are spaced plainly.
  const words = [...np.modifiers, np.head];
  const forms = words.map((k) => {
    const t = tokens[k]!;
    const readings = k === np.head ? heads : modifierReadings(t).filter((r) => caseOf(r) === 'nomn');
    const set = new Set(readings.flatMap((r) => inflect(r, ['plur', 'gent'])));
    return set.size === 1 ? matchCase([...set][0]!, t.text) : undefined;
  });
  const spaced = [at, ...words].every((k, i, all) => i === 0 || tokens[all[i - 1]!]!.end + 1 === tokens[k]!.start);
  const phrase = words.map((k) => tokens[k]!.text).join(' ');
  const expected = spaced && forms.every((f) => f !== undefined) ? [`${numeral.text} ${forms.join(' ')}`] : undefined;
  return { messageId: 'numeral', from: at, to: np.head, data: { numeral: numeral.text, noun: phrase }, ...(expected ? { expected } : {}) };
}

/** Personal pronouns by lemma: person and number. */
const PRONOUNS: Record<string, { person: string; number: string; gender?: string }> = {
  я: { person: '1per', number: 'sing' },
  ты: { person: '2per', number: 'sing' },
  он: { person: '3per', number: 'sing', gender: 'masc' },
  она: { person: '3per', number: 'sing', gender: 'femn' },
  оно: { person: '3per', number: 'sing', gender: 'neut' },
  мы: { person: '1per', number: 'plur' },
  вы: { person: '2per', number: 'plur' },
  они: { person: '3per', number: 'plur' },
  // «Никто не ответил», «ничто не помогло»: third person singular (gender free for «никто»).
  никто: { person: '3per', number: 'sing' },
  ничто: { person: '3per', number: 'sing', gender: 'neut' },
};

interface Subject {
  person: string;
  number: string;
  gender?: string;
  /** A person named by a masculine noun («менеджер», «врач»): a feminine predicate fits it by sense. */
  personNoun?: boolean;
}

/**
 * The subject a noun's nominative reading makes: third person, its number (plural for a
 * plurale tantum), its gender, and whether it names a person by a masculine noun.
 */
function nounSubject(r: Reading): Subject {
  return {
    person: '3per',
    number: numberOf(r) ?? (r.tags.has('Pltm') ? 'plur' : 'sing'),
    gender: genderOf(r),
    ...(r.tags.has('anim') && genderOf(r) === 'masc' ? { personNoun: true } : {}),
  };
}

/** The subject a nominative reading makes: a personal pronoun's person, else the third person. */
function subjectOf(r: Reading): Subject {
  return PRONOUNS[r.lemma] ?? { person: '3per', number: numberOf(r) ?? 'sing', gender: genderOf(r) };
}

/** A singular past or short form's gender against the subject's: a noun of common gender takes masculine or feminine. */
function genderFits(p: Reading, s: Subject): boolean {
  if (s.number === 'plur' || s.gender === undefined) return true;
  const g = genderOf(p);
  return s.gender === 'Ms-f' ? g !== 'neut' : g === s.gender || (s.personNoun === true && g === 'femn');
}

/** Whether a predicate reading fits a subject: number; person in the present and future; gender in the singular past and short forms. */
function fitsSubject(p: Reading, s: Subject): boolean {
  if (p.pos === 'VERB') {
    // «Ты смотри», «вы проверьте»: an imperative goes with «ты» or «вы» of its number.
    if (p.tags.has('impr')) return s.person === '2per' && numberOf(p) === s.number;
    if (p.tags.has('past')) {
      if (numberOf(p) !== s.number) return false;
      // «я», «ты» are a man or a woman: never neuter («ты осталось» for «осталась»).
      if ((s.person === '1per' || s.person === '2per') && genderOf(p) === 'neut') return false;
      return genderFits(p, s);
    }
    return numberOf(p) === s.number && p.tags.has(s.person);
  }
  // Short adjective or participle.
  if (numberOf(p) !== s.number) return false;
  return genderFits(p, s);
}

/** The form of a finite verb that fits a subject, when only one does. */
function verbFormFor(verb: SyntaxToken, s: Subject): string | undefined {
  const forms = new Set(verb.readings.flatMap((r) => {
    if (r.pos === 'VERB' && r.tags.has('past')) return inflect(r, s.number === 'sing' && s.gender && s.gender !== 'Ms-f' ? ['sing', s.gender] : [s.number]);
    if (r.pos === 'VERB') return inflect(r, [s.number, s.person]);
    return inflect(r, s.number === 'sing' && s.gender && s.gender !== 'Ms-f' ? ['sing', s.gender] : [s.number]);
  }));
  return forms.size === 1 ? [...forms][0] : undefined;
}

/**
 * A second verb of the same subject, joined by «и» with no comma («курьер забрал посылку и
 * отвезли её»): it fits the subject too. Between the two verbs only their objects and
 * adverbs may stand (no nominative-only noun or pronoun, no punctuation).
 */
function coordinatedVerb(tokens: readonly SyntaxToken[], subjectAt: number, verbAt: number, subjects: readonly Subject[]): Problem | undefined {
  const first = tokens[verbAt]!;
  if (!allPos(first, 'VERB') || subjects.length === 0) return undefined;
  for (let k = verbAt + 1; k < tokens.length && k <= verbAt + 6; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.unknown) return undefined;
    if (t.norm !== 'и') {
      if (t.readings.some((r) => r.pos === 'VERB' || r.pos === 'CONJ' || r.lemma === 'который')) return undefined;
      if (t.readings.every((r) => (r.pos === 'NOUN' || r.pos === 'NPRO') && caseOf(r) === 'nomn')) return undefined;
      continue;
    }
    let v = k + 1;
    if (tokens[v]?.norm === 'не') v++;
    const verb = tokens[v];
    if (!verb || !isPlainWord(verb) || !allPos(verb, 'VERB') || !verb.readings.every((r) => r.tags.has('indc'))) return undefined;
    // The same tense as the first verb: a change of tense may start a clause with a subject of its own.
    if (!verb.readings.some((r) => first.readings.some((f) => f.tags.has('past') === r.tags.has('past')))) return undefined;
    // A subject of its own right after it («…и пришли курьеры»). Not a preposition («…и
    // позвонили в дверь»: «в» is also a letter's name), nor, after a transitive verb, a noun that
    // may be its object («…и вернули деньги»).
    const after = tokens[v + 1];
    const transitive = verb.readings.every((r) => r.tags.has('tran'));
    if (after && !isPreposition(after) && after.readings.some((r) => (r.pos === 'NOUN' || r.pos === 'NPRO') && caseOf(r) === 'nomn')
      && !(transitive && after.readings.some((r) => caseOf(r) === 'accs'))) return undefined;
    if (subjects.some((s) => verb.readings.some((r) => fitsSubject(r, s)))) return undefined;
    const form = subjects.length === 1 ? verbFormFor(verb, subjects[0]!) : undefined;
    return { messageId: 'subject', from: v, to: v, data: { subject: tokens[subjectAt]!.text, predicate: verb.text }, lastAs: form };
  }
  return undefined;
}

/**
 * A predicate that takes no direct object: a short form, or an intransitive verb (a short
 * adjective of the same spelling, «пришла» of «пришлый», needs a subject too).
 */
const objectless = (p: SyntaxToken): boolean => allPos(p, 'PRTS', 'ADJS')
  || (somePos(p, 'VERB') && p.readings.every((r) => (r.pos === 'VERB' && r.tags.has('intr')) || r.pos === 'ADJS'));

/**
 * Whether the rest of the clause after a predicate may hold its subject: a word with a
 * nominative reading that fits the verb, or a word the dictionary does not know. «…,
 * которые покупает каждый второй» has one; «…, которые с каждым годом удивляет своими
 * красками» has none, so «которые» is the subject.
 */
function subjectAfter(tokens: readonly SyntaxToken[], predicateAt: number): boolean {
  const verb = tokens[predicateAt]!;
  for (let k = predicateAt + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (t.text === '-' || t.text === '‑') continue;
      return false;
    }
    if (t.kind !== 'word' || t.unknown || !t.plain) return true;
    // A preposition is none, whatever noun of the same spelling it also is («перед», «при»).
    if (isPreposition(t)) continue;
    for (const r of t.readings) {
      if (caseOf(r) !== 'nomn') continue;
      const s = subjectOf(r);
      if (verb.readings.some((p) => fitsSubject(p, s))) return true;
    }
  }
  return false;
}

/**
 * A noun right before a subject that is nominative in every reading, and itself never
 * nominative: an object or a complement ahead of the subject («своё мнение граждане
 * высказали», «на остановке автобус остановился»), not the first of two subjects.
 */
function nounBeforeSubject(before: SyntaxToken, subject: SyntaxToken, objectlessPredicate: boolean): boolean {
  // With a predicate that takes no object, an inanimate noun that may be accusative is nominative too («…остановке автобус остановились»).
  const nominative = (r: Reading): boolean => caseOf(r) === 'nomn' || (objectlessPredicate && caseOf(r) === 'accs' && r.tags.has('inan'));
  if (!isPlainWord(before) || !allPos(subject, 'NOUN', 'NPRO') || !subject.readings.every(nominative)) return false;
  if (before.readings.every((r) => r.pos === 'NOUN' && caseOf(r) !== 'nomn')) return true;
  // A thing that may be an accusative before a person («своё мнение граждане высказали»).
  return subject.readings.every((r) => r.tags.has('anim'))
    && before.readings.every((r) => r.pos === 'NOUN' && r.tags.has('inan') && (caseOf(r) === 'nomn' || caseOf(r) === 'accs'))
    && before.readings.some((r) => caseOf(r) === 'accs');
}

/** Subject + predicate in short clauses: «посылка будут доставлены», «мы отправит», «вы был». */
function checkSubject(tokens: readonly SyntaxToken[], { subject: subjectAt, predicate, attributes }: Clause, coordinated: Problem[]): Problem | undefined {
  const subject = tokens[subjectAt]!;
  // A noun between them that may be a genitive attribute or a nominative («срок доставки
  // составляют»): if it fits the predicate as its subject, it may be the subject, with the
  // first noun an object before it or a name («поле Пароль значения не совпадают»). Left
  // alone then, unless the first noun is nominative in every reading: two nominatives side by
  // side are no clause («цена доставки составляют»).
  if (subject.readings.some((r) => caseOf(r) !== 'nomn')) {
    for (const a of attributes) {
      const asSubject = nouns(tokens[a]!).filter((r) => caseOf(r) === 'nomn').map(subjectOf);
      if (asSubject.some((s) => predicate.every((i) => tokens[i]!.readings.some((r) => fitsSubject(r, s))))) return undefined;
    }
  }
  // The word before the subject's modifiers: a preposition makes it no subject («за эти огурцы
  // отвечает»); a modifier with no nominative shows the noun is no subject («эту закономерность удалось…»).
  let b = subjectAt - 1;
  while (b >= 0 && isModifier(tokens[b]!)) {
    if (!tokens[b]!.readings.some((r) => caseOf(r) === 'nomn')) return undefined;
    b--;
  }
  const before = tokens[b];
  // A conjunction that starts the sentence or follows a comma joins clauses, not subjects («А я отправил…», «…, но мы…»).
  const joinsClauses = before?.kind === 'word' && ['и', 'а', 'но', 'да'].includes(before.norm) && (b === 0 || tokens[b - 1]!.kind === 'punct');
  // Coordinated subjects, counted subjects, a subject inside a prepositional phrase or after a quantity word: left alone.
  if (before && !joinsClauses && (before.kind === 'number' || before.kind === 'placeholder' || (before.kind === 'word' && (['и', 'или', 'а', 'да', 'с', 'со'].includes(before.norm) || QUANTITY.has(before.norm)
    || before.readings.some((r) => r.pos === 'NUMR' || r.pos === 'PREP' || (r.pos === 'NOUN' && !nounBeforeSubject(before, subject, objectless(tokens[predicate[predicate.length - 1]!]!)))))))) return undefined;
  // A noun that may be accusative right after a transitive verb or infinitive is its object
  // («…попытки создать новый инструмент… относятся»).
  if (before?.kind === 'word' && before.readings.some((r) => (r.pos === 'VERB' || r.pos === 'INFN') && r.tags.has('tran'))
    && subject.readings.some((r) => caseOf(r) === 'accs')) return undefined;
  const after = tokens[predicate[predicate.length - 1]! + 1];
  // Nouns listed with commas («куртка, шапка и шарф будут…»).
  if (before?.kind === 'punct' && before.text === ',' && allPos(subject, 'NOUN') && tokens[b - 1]?.readings.some((r) => r.pos === 'NOUN' || r.pos === 'NPRO')) return undefined;
  const preds = predicate.map((i) => tokens[i]!);
  const main = preds[preds.length - 1]!;
  const shortForm = allPos(main, 'PRTS', 'ADJS');
  const intransitive = !shortForm && objectless(main);
  let subjects: Subject[];
  let nominative = true;
  if (subject.readings.every((r) => r.lemma === 'который')) {
    // «который» as the subject of its clause: its number and gender are its antecedent's.
    const readings = subject.readings.filter((r) => caseOf(r) === 'nomn');
    nominative = subject.readings.every((r) => caseOf(r) === 'nomn');
    if (readings.length === 0 || (!nominative && !(shortForm || intransitive) && subjectAfter(tokens, predicate[predicate.length - 1]!))) return undefined;
    subjects = readings.map(subjectOf);
  } else if (allPos(subject, 'NPRO')) {
    const known = subject.readings.map((r) => PRONOUNS[r.lemma] && r.tags.has('nomn') ? PRONOUNS[r.lemma]! : undefined);
    if (known.some((k) => k === undefined)) return undefined;
    subjects = known as Subject[];
  } else {
    const readings = nouns(subject);
    // «Большинство покупателей довольны» and «…довольно»: a quantity takes either number.
    if (readings.some((r) => TIME_NOUNS.has(r.lemma) || QUANTITY.has(r.lemma))) return undefined;
    nominative = readings.every((r) => caseOf(r) === 'nomn');
    // A nominative-or-accusative noun is the subject only where the predicate needs one:
    // a short form («заказ отправлены») or an intransitive verb («заказ пришли»).
    const nomOrAcc = readings.every((r) => caseOf(r) === 'nomn' || caseOf(r) === 'accs');
    // Or a plural that opens the sentence before a transitive verb of «он» in the present or
    // future with no nominative after it («Товары имеет гарантию»): an object put first would
    // need a subject after the verb («Товары проверяет курьер»). Not a verb of «они» («Товары
    // отправят завтра», they will send) or of «мы» («Товары отправляем завтра»).
    const pluralFirst = nomOrAcc && (b < 0 || joinsClauses || (b === 0 && before?.norm === 'все')) && readings.every((r) => numberOf(r) === 'plur')
      && main.readings.every((r) => r.pos === 'VERB' && r.tags.has('3per') && r.tags.has('sing') && r.tags.has('indc'))
      && !subjectAfter(tokens, predicate[predicate.length - 1]!);
    if (!nominative && !(nomOrAcc && (shortForm || intransitive)) && !pluralFirst) return undefined;
    // A person named by a masculine noun may be a woman: «менеджер ответила», «врач пришла»
    // agree by sense, as Russian allows (a suggestion keeps the masculine).
    subjects = readings.filter((r) => caseOf(r) === 'nomn').map(nounSubject);
    if (subjects.length === 0) return undefined;
  }
  // «ли» makes a question; an infinitive after the predicate may have the noun as its object
  // («…удалось показать»), unless it is a nominative in every reading («Вы должен оплатить»).
  if (after?.kind === 'word' && (after.norm === 'ли' || (!nominative && after.readings.some((r) => r.pos === 'INFN')))) return undefined;
  // A subject that may be an object may also be one of a predicate whose subject follows it
  // («…холодный туман видны леса»): a nominative after the predicate that fits is enough. A
  // noun that a preposition governs is none («…будет доставлено в течение трёх дней»).
  const end = predicate[predicate.length - 1]!;
  let governed = false;
  for (let k = nominative ? tokens.length : end + 1; k < tokens.length && k <= end + 3; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (isPreposition(t)) {
      governed = true;
      continue;
    }
    if (governed) {
      if (!isModifier(t)) governed = false;
      continue;
    }
    if (isPlainWord(t) && allPos(t, 'NOUN', 'NPRO') && t.readings.some((r) => caseOf(r) === 'nomn')) {
      const later = t.readings.filter((r) => caseOf(r) === 'nomn').map(subjectOf);
      if (later.some((s) => preds.every((p) => p.readings.some((r) => fitsSubject(r, s))))) return undefined;
    }
  }
  // Only a predicate's verb and short-form readings count (not «рад» as a form of the noun «рада»).
  const ok = subjects.some((s) => preds.every((p) => p.readings.some((r) => {
    if (r.pos === 'NOUN' || r.pos === 'PRCL') return false;
    // «быть» before a short form: its own number and gender must fit too.
    if (r.lemma === 'быть' && preds.length > 1) return r.pos === 'VERB' && fitsSubject(r, s);
    return fitsSubject(r, s);
  })));
  const second = coordinatedVerb(tokens, subjectAt, predicate[predicate.length - 1]!, subjects);
  if (second) coordinated.push(second);
  if (ok) return undefined;
  // Before an infinitive a noun may be meant as its object («Посылка должны доставить»: «Посылку
  // должны доставить»): no suggestion then.
  const infinitiveAfter = after?.kind === 'word' && after.readings.some((r) => r.pos === 'INFN') && !allPos(subject, 'NPRO');
  const lastAs = subjects.length === 1 && preds.length === 1 && !infinitiveAfter ? verbFormFor(main, subjects[0]!) : undefined;
  return { messageId: 'subject', from: subjectAt, to: predicate[predicate.length - 1]!, data: { subject: subject.text, predicate: preds.map((p) => p.text).join(' ') }, lastAs };
}

/**
 * An intransitive verb before its subject at the start of a clause («вчера пришли посылка»):
 * the noun right after it (after its modifiers), nominative in every reading, with no
 * nominative before the verb in the clause.
 */
function checkInverted(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const verb = tokens[at]!;
  if (!isPlainWord(verb) || !allPos(verb, 'VERB') || !verb.readings.every((r) => r.tags.has('intr') && r.tags.has('indc'))) return undefined;
  // A verb of «я», «мы», «вы» has its subject in itself: a noun after it is no subject that
  // fails to agree, but a phrase that misses its preposition («Надеемся ваше понимание»).
  if (verb.readings.every((r) => r.tags.has('1per') || r.tags.has('2per'))) return undefined;
  // Nothing before the verb in its clause may be its subject.
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && [',', ';', ':', '—', '–', '-'].includes(t.text)) break;
    if (t.kind === 'word' && ['и', 'а', 'но', 'что', 'когда', 'если', 'как', 'где'].includes(t.norm)) break;
    // A preposition is none, whatever letter's name it also spells («у вас»).
    if (isPreposition(t)) continue;
    if (t.kind !== 'word' || t.unknown || t.readings.some((r) => (r.pos === 'NOUN' || r.pos === 'NPRO' || r.lemma === 'который') && (caseOf(r) === 'nomn' || caseOf(r) === undefined))) return undefined;
  }
  let j = at + 1;
  while (j < tokens.length && isModifier(tokens[j]!)) j++;
  const subject = tokens[j];
  // «то, что…» after the verb is its subject, neuter singular («стало известно то, что…»).
  if (j === at + 1 && subject?.norm === 'то' && tokens[j + 1]?.text === ',' && tokens[j + 2]?.norm === 'что') {
    if (verb.readings.some((r) => fitsSubject(r, { person: '3per', number: 'sing', gender: 'neut' }))) return undefined;
    return { messageId: 'subject', from: at, to: j, data: { subject: subject.text, predicate: verb.text } };
  }
  // An intransitive verb takes no direct object: a noun that may be accusative is its subject
  // too («произошла сбой»), but for nouns of time and measure («прошла неделю», «весил килограмм»).
  if (!subject || !isNoun(subject) || !nouns(subject).every((r) => caseOf(r) === 'nomn' || (caseOf(r) === 'accs' && r.tags.has('inan')))) return undefined;
  if (!nouns(subject).some((r) => caseOf(r) === 'nomn') || nouns(subject).some((r) => TIME_NOUNS.has(r.lemma) || MEASURES.has(r.lemma))) return undefined;
  // Subjects joined by «и» or a comma take a plural verb («учитывались цена товара, срок…»).
  let e = j + 1;
  while (e < tokens.length && isNoun(tokens[e]!) && nouns(tokens[e]!).some((r) => caseOf(r) === 'gent')) e++;
  const next = tokens[e];
  // A comma before a word that cannot be a nominative ends the clause («…возникли проблема, напишите нам»).
  const listed = (t: SyntaxToken | undefined): boolean => t === undefined || t.kind !== 'word' || t.unknown || t.readings.some((r) => caseOf(r) === 'nomn' || r.pos === 'ADJF' || r.pos === 'PRTF');
  if (next && ((next.kind === 'word' && ['и', 'или'].includes(next.norm)) || (next.kind === 'punct' && next.text === ',' && listed(tokens[e + 1])))) return undefined;
  // A noun before an infinitive may be its object («стал письмо писать»).
  for (let k = j + 1; k < tokens.length && tokens[k]!.kind === 'word'; k++) if (somePos(tokens[k]!, 'INFN')) return undefined;
  const subjects: Subject[] = nouns(subject).filter((r) => caseOf(r) === 'nomn').map((r) => ({ person: '3per', number: numberOf(r) ?? (r.tags.has('Pltm') ? 'plur' : 'sing'), gender: genderOf(r) }));
  if (subjects.some((s) => verb.readings.some((r) => fitsSubject(r, s)))) return undefined;
  return { messageId: 'subject', from: at, to: j, data: { subject: subject.text, predicate: verb.text } };
}

/** A reading of an impersonal verb in its impersonal form: neuter singular past, or third person singular. */
const impersonalForm = (r: Reading): boolean => r.tags.has('sing') && (r.tags.has('past') ? r.tags.has('neut') : r.tags.has('3per') || r.tags.has('Impe'));

/**
 * A verb used only impersonally with an infinitive or a «что» clause, in a personal form
 * («нам удались найти» for «удалось», «вам придутся подождать», «выяснились, что…»): the
 * infinitive or the clause is its subject, so it is neuter singular or third person singular.
 */
function checkImpersonal(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const verb = tokens[at]!;
  if (!isPlainWord(verb) || !allPos(verb, 'VERB')) return undefined;
  // An imperative of the same spelling («удались» of «удалиться») is ruled out by a dative before the verb («нам удались»).
  const dative = tokens[at - 1]?.readings.some((r) => (r.pos === 'NPRO' || r.pos === 'NOUN') && caseOf(r) === 'datv') ?? false;
  const readings = verb.readings.filter((r) => !(dative && r.tags.has('impr')));
  if (!readings.every((r) => IMPERSONAL.has(r.lemma) && r.tags.has('indc'))) return undefined;
  if (readings.some(impersonalForm)) return undefined;
  let k = at + 1;
  if (tokens[k]?.kind === 'word' && ['не', 'бы'].includes(tokens[k]!.norm)) k++;
  const next = tokens[k];
  if (!next) return undefined;
  const infinitive = isPlainWord(next) && allPos(next, 'INFN');
  if (!infinitive && !thatClause(tokens, at + 1)) return undefined;
  const forms = new Set(readings.flatMap((r) => inflect(r, r.tags.has('past') ? ['neut', 'sing'] : ['sing', '3per'])));
  return { messageId: 'impersonal', from: at, to: at, data: { verb: verb.text }, lastAs: forms.size === 1 ? [...forms][0] : undefined };
}

/** The past and future forms of «быть» (a cheap test before the readings are looked at). */
const AUXILIARY_FORMS = new Set(['был', 'была', 'было', 'были', 'буду', 'будешь', 'будет', 'будем', 'будете', 'будут']);
/** Readings a word may have besides a short form and still be one after «быть» («рад»: also a genitive of «рада»). */
const besideShortForm = (r: Reading): boolean => r.pos === 'ADVB' || (r.pos === 'NOUN' && caseOf(r) === 'gent');
/** Parts of speech an adverb may stand before: an adverb before one of them is not the predicate («был быстро отправлен»). */
const MODIFIED_BY_ADVERB = new Set(['PRTS', 'ADJS', 'ADJF', 'PRTF', 'VERB', 'ADVB', 'GRND', 'COMP', 'PRED', 'NUMR']);

/** Whether a short form (or an impersonal predicative, as neuter singular) fits a past or future form of «быть». */
function fitsAuxiliary(aux: Reading, form: Reading): boolean {
  const plural = aux.tags.has('plur');
  if (form.pos === 'PRED') return !plural && (aux.tags.has('futr') || aux.tags.has('neut'));
  if (numberOf(form) !== (plural ? 'plur' : 'sing')) return false;
  return plural || aux.tags.has('futr') || genderOf(form) === genderOf(aux);
}

/**
 * A past or future form of «быть» and the short form or predicative after it, which name the
 * same subject, disagreeing with each other in number or gender, whatever the subject is and
 * wherever it stands: «вчера был отправлены заказы», «документы будут готово», «вам был нужно».
 * A word that may also be an adverb is judged only before an infinitive, where it is the
 * predicative of an impersonal sentence («нам был приятно помочь» for «было», «вам будут удобно
 * забрать» for «будет»); before another word it may describe that word («был быстро
 * отправлен»), and alone it may be the predicate of a subject («склад был далеко»). A future
 * before an imperfective infinitive is a compound future («будем быстро отправлять»).
 */
function checkAuxiliary(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const verb = tokens[at]!;
  if (!AUXILIARY_FORMS.has(verb.norm) || !isPlainWord(verb)) return undefined;
  const aux = verb.readings.filter((r) => r.pos === 'VERB' && r.lemma === 'быть' && (r.tags.has('past') || r.tags.has('futr')));
  if (aux.length === 0 || !verb.readings.every((r) => aux.includes(r) || r.pos === 'NOUN' || r.pos === 'PRCL')) return undefined;
  const future = aux.every((r) => r.tags.has('futr'));
  // Adverbs and particles between («был уже отправлен», «было бы удобно»), at most two.
  let k = at + 1;
  while (k <= at + 2 && tokens[k] !== undefined && isPlainWord(tokens[k]!) && tokens[k]!.readings.length > 0 && tokens[k]!.readings.every((r) => r.pos === 'ADVB' || r.pos === 'PRCL')) k++;
  for (; k <= at + 3; k++) {
    const w = tokens[k];
    if (!w || !isPlainWord(w)) return undefined;
    const forms = w.readings.filter((r) => r.pos === 'PRTS' || r.pos === 'ADJS' || r.pos === 'PRED');
    if (forms.length === 0 || !w.readings.every((r) => forms.includes(r) || besideShortForm(r))) return undefined;
    const next = tokens[k + 1];
    // The word after, archaic readings aside («помочь»: also an old noun).
    const after = next?.kind === 'word' ? next.readings.filter((r) => !r.tags.has('Arch')) : [];
    const infinitive = after.length > 0 && after.every((r) => r.pos === 'INFN');
    // Neuter singular or a predicative before an infinitive: an impersonal sentence («вам было нужно подождать»).
    let impersonal = forms.every((r) => r.pos === 'PRED') || (infinitive && forms.every((r) => r.pos === 'PRED' || (numberOf(r) === 'sing' && genderOf(r) === 'neut')));
    if (w.readings.some((r) => r.pos === 'ADVB')) {
      if (after.length === 0) return undefined;
      if (after.some((r) => MODIFIED_BY_ADVERB.has(r.pos))) continue;
      if (!infinitive || (future && after.some((r) => r.tags.has('impf')))) return undefined;
      impersonal = true;
    }
    const candidates = impersonal ? forms.filter((r) => r.pos === 'PRED' || (numberOf(r) === 'sing' && genderOf(r) === 'neut')) : forms;
    if (candidates.length === 0 || aux.some((a) => candidates.some((f) => fitsAuxiliary(a, f)))) return undefined;
    // A predicative takes the neuter singular «было» or «будет»; otherwise the subject decides which word to change.
    const neuter = impersonal ? [...new Set(aux.flatMap((r) => inflect(r, r.tags.has('past') ? ['neut', 'sing'] : ['sing', '3per'])))] : [];
    const expected = neuter.length === 1 ? [[neuter[0]!, ...tokens.slice(at + 1, k + 1).map((t) => t.text)].join(' ')] : undefined;
    return { messageId: 'auxiliary', from: at, to: k, data: { aux: verb.text, form: w.text }, ...(expected ? { expected } : {}) };
  }
  return undefined;
}

/** Findings whose expected text is written in by `--fix`: an impersonal verb, «было» with a quantity or a predicative. */
const FIXED = new Set<Problem['messageId']>(['impersonal', 'quantity', 'auxiliary']);

/** Quantity words that, as the subject, take a neuter singular verb («было много заказов»). */
const QUANTITY_SUBJECT = new Set(['много', 'мало', 'немало', 'немного', 'столько', 'сколько']);

/**
 * «быть» or «остаться» in the past before a quantity word and its genitive noun: the quantity
 * is the subject, so the verb is neuter singular («у нас была много заказов» for «было»,
 * «остались мало размеров» for «осталось»). Nouns of time and measure are left alone («были
 * много раз»).
 */
function checkQuantity(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const verb = tokens[at]!;
  if (!isPlainWord(verb) || !allPos(verb, 'VERB') || !verb.readings.every((r) => (r.lemma === 'быть' || r.lemma === 'остаться') && r.tags.has('past'))) return undefined;
  if (verb.readings.some(impersonalForm)) return undefined;
  const quantity = tokens[at + 1];
  const noun = tokens[at + 2];
  // A noun, or a noun with a verb of the same spelling after a quantity word («много дел»).
  if (!quantity || !QUANTITY_SUBJECT.has(quantity.norm) || !noun || !isPlainWord(noun) || !somePos(noun, 'NOUN') || !allPos(noun, 'NOUN', 'VERB')) return undefined;
  const heads = nouns(noun);
  if (!heads.every((n) => caseOf(n) === 'gent') || heads.some((n) => TIME_NOUNS.has(n.lemma) || MEASURES.has(n.lemma))) return undefined;
  const forms = new Set(verb.readings.flatMap((r) => inflect(r, ['neut', 'sing'])));
  return { messageId: 'quantity', from: at, to: at + 2, data: { verb: verb.text, quantity: quantity.text }, expected: forms.size === 1 ? [`${[...forms][0]} ${quantity.text} ${noun.text}`] : undefined };
}

/** A «что» clause right after a comma at `i`, perhaps after a parenthesis in commas («…, к примеру, что»). */
function thatClause(tokens: readonly SyntaxToken[], i: number): boolean {
  const comma = (t: SyntaxToken | undefined): boolean => t?.kind === 'punct' && t.text === ',';
  if (!comma(tokens[i])) return false;
  if (tokens[i + 1]?.norm === 'что') return true;
  for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) {
    if (comma(tokens[k])) return tokens[k + 1]?.norm === 'что';
    if (tokens[k - 1]!.kind !== 'word') return false;
  }
  return false;
}

/** The case a preposition gives a year: «в 2025 году», «с 2025 года», «к 2025 году», «за 2025 год». */
const YEAR_CASES: Record<string, string[]> = {
  в: ['loct', 'accs'], во: ['loct', 'accs'], с: ['gent'], со: ['gent'], до: ['gent'], от: ['gent'], после: ['gent'],
  около: ['gent'], к: ['datv'], ко: ['datv'], за: ['accs'], на: ['accs'], по: ['accs'],
};

/**
 * Dates: a day of the month takes the month in the genitive («25 декабря», not «25 декабрь»),
 * and a year after a preposition takes «год» in the case the preposition gives («в 2025
 * году», not «в 2025 года»).
 */
function checkDate(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const n = tokens[at]!;
  const noun = tokens[at + 1];
  if (n.kind !== 'number' || !noun || !isNoun(noun)) return undefined;
  const readings = nouns(noun);
  const value = Number(n.text);
  if (n.text.length <= 2 && value >= 1 && value <= 31 && readings.every((r) => MONTHS.has(r.lemma))) {
    if (readings.some((r) => caseOf(r) === 'gent' && numberOf(r) === 'sing')) return undefined;
    const forms = new Set(readings.flatMap((r) => inflect(r, ['sing', 'gent'])));
    return { messageId: 'date', from: at, to: at + 1, data: { date: `${n.text} ${noun.text}` }, expected: forms.size === 1 ? [`${n.text} ${[...forms][0]}`] : undefined };
  }
  const prep = tokens[at - 1];
  const cases = prep && isPreposition(prep) ? YEAR_CASES[prep.norm] : undefined;
  if (n.text.length === 4 && cases && readings.every((r) => r.lemma === 'год')) {
    if (readings.some((r) => numberOf(r) === 'sing' && cases.includes(caseOf(r)!))) return undefined;
    // A range of years takes the plural («с 1990 по 1995 годы»): a form that can only be plural is left alone, but «лет».
    if (!readings.some((r) => numberOf(r) === 'sing') && readings.some((r) => caseOf(r) !== 'gent')) return undefined;
    const want = cases[0]!;
    const forms = new Set(readings.flatMap((r) => inflect(r, ['sing', want === 'loct' ? 'loc2' : want])));
    return { messageId: 'date', from: at - 1, to: at + 1, data: { date: `${prep!.text} ${n.text} ${noun.text}` }, expected: forms.size === 1 ? [`${prep!.text} ${n.text} ${[...forms][0]}`] : undefined };
  }
  return undefined;
}

/**
 * A place, a name or an organisation the dictionary knows («в южной Греции», «в древнем
 * Египте») has a gender and a case like any noun: the modifiers before it agree with it.
 * The syntax layer leaves capitalised words out of noun phrases; this adds these.
 */
function checkProperNoun(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const t = tokens[at]!;
  if (t.kind !== 'word' || t.unknown || !t.capital || t.first || t.text === t.text.toUpperCase()) return undefined;
  if (!t.readings.every((r) => r.pos === 'NOUN' && !r.tags.has('Abbr') && !r.tags.has('Fixd') && !r.tags.has('Init'))) return undefined;
  if (!t.readings.some((r) => r.tags.has('Geox') || r.tags.has('Name') || r.tags.has('Orgn') || r.tags.has('Surn'))) return undefined;
  let i = at - 1;
  const modifiers: number[] = [];
  while (i >= 0 && isModifier(tokens[i]!)) modifiers.unshift(i--);
  if (modifiers.length === 0) return undefined;
  const prep = i >= 0 && isPreposition(tokens[i]!) ? i : undefined;
  return checkModifiers(tokens, { prep, modifiers, head: at, from: prep ?? modifiers[0]!, to: at });
}

/**
 * «этого», «этой», «тех»… are also pronouns («после этого посылки задерживаются»), so they are
 * no modifiers of the syntax layer. Right before a noun, with no preposition before them, in
 * the same case as the noun but another number or gender, they are wrong («для появления
 * этого игры»); after a preposition, only before a noun in the prepositional case («на этом
 * неделе»).
 */
function checkDemonstrative(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const word = tokens[at]!;
  const noun = tokens[at + 1];
  if (!noun || !isNoun(noun) || !word.plain || isModifier(word)) return undefined;
  const adjectives = word.readings.filter((r) => r.pos === 'ADJF' && DEMONSTRATIVES.has(r.lemma));
  if (adjectives.length === 0 || !word.readings.every((r) => r.pos === 'NPRO' || adjectives.includes(r))) return undefined;
  const before = tokens[at - 1];
  if (before?.kind === 'number') return undefined;
  const heads = nouns(noun);
  if (heads.some((n) => adjectives.some((r) => agrees(r, n)))) return undefined;
  if (before && isPreposition(before)) {
    // After a preposition «этого», «этом» may be the whole phrase («после этого посылки…»), but
    // a noun in the prepositional case, which stands after a preposition only, is in the same
    // phrase: «на этом неделе», «в этом коробке».
    if (!(PREPOSITION_CASES[before.norm] ?? []).includes('loct') || heads.some((n) => caseOf(n) === 'nomn' || caseOf(n) === 'accs')) return undefined;
    if (!heads.some((n) => caseOf(n) === 'loct') || !adjectives.some((r) => caseOf(r) === 'loct')) return undefined;
    return { messageId: 'modifier', from: at, to: at + 1, data: { modifier: word.text, noun: noun.text } };
  }
  if (!heads.some((n) => adjectives.some((r) => caseOf(r) === caseOf(n)))) return undefined;
  return { messageId: 'modifier', from: at, to: at + 1, data: { modifier: word.text, noun: noun.text } };
}

/**
 * «Это» for «этот», «эта», «эти» before the subject of a verb of state or a short form: «Это
 * товар имеет высокое качество» (→ «Этот товар»), «Это куртка сделана из хлопка» (→ «Эта»).
 * «Это товар высокого качества» (“this is a product…”) has no verb after the noun and is right;
 * «Это курьер звонит» (“it is the courier calling”) puts an event in focus, so only verbs of
 * state (`statives` in agreement.yaml) and short forms count, after an inanimate noun that is
 * not neuter singular, and «это» opening its clause.
 */
function checkEtoDeterminer(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const word = tokens[at]!;
  if (word.norm !== 'это' || !isPlainWord(word)) return undefined;
  const before = tokens[at - 1];
  if (before && before.kind !== 'punct' && !(before.kind === 'word' && CLAUSE_OPENERS.has(before.norm))) return undefined;
  let k = at + 1;
  while (k < tokens.length && isModifier(tokens[k]!)) k++;
  const noun = tokens[k];
  if (!noun || !isPlainWord(noun) || !allPos(noun, 'NOUN')) return undefined;
  const heads = nouns(noun).filter((r) => caseOf(r) === 'nomn' && r.tags.has('inan') && !(numberOf(r) === 'sing' && genderOf(r) === 'neut'));
  if (heads.length === 0 || heads.length !== nouns(noun).filter((r) => caseOf(r) === 'nomn').length) return undefined;
  if (k > at + 1 && !chainAgrees(tokens, range(at + 1, k), k)) return undefined;
  const verb = tokens[k + 1]?.norm === 'не' ? tokens[k + 2] : tokens[k + 1];
  if (!verb || !isPlainWord(verb)) return undefined;
  const subjects = heads.map(nounSubject);
  const stative = verb.readings.every((r) => (r.pos === 'VERB' && r.tags.has('indc') && STATIVES.has(r.lemma)) || r.pos === 'PRTS' || r.pos === 'ADJS');
  if (!stative || !verb.readings.some((r) => subjects.some((s) => fitsSubject(r, s)))) return undefined;
  const forms = new Set(heads.flatMap((n) => inflect(analyse('этот').find((r) => r.pos === 'ADJF' && r.lemma === 'этот')!, numberOf(n) === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', genderOf(n)!])));
  const expected = forms.size === 1 ? [matchCase([...forms][0]!, word.text)] : undefined;
  return { messageId: 'modifier', from: at, to: k, data: { modifier: word.text, noun: noun.text }, ...(expected ? { expected: [`${expected[0]}${tokens.slice(at + 1, k + 1).map((t) => ` ${t.text}`).join('')}`] } : {}) };
}

/**
 * A modifier before a neuter noun that does not decline (`indeclinableNeuter`: фото, видео,
 * пальто…): in the singular it is neuter, whatever the case («ваше фото», «с вашим фото»), or
 * plural («ваши фото»). «Ваш фото», «новый пальто» are reported. The dictionary marks such
 * nouns as words to leave alone (with names and abbreviations), so they are looked up here by
 * their spelling.
 */
function checkIndeclinable(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const noun = tokens[at]!;
  if (noun.kind !== 'word' || !INDECLINABLE_NEUTER.has(noun.norm) || (noun.capital && !noun.first)) return undefined;
  const modifier = tokens[at - 1];
  if (!modifier || !isPlainWord(modifier) || !isModifier(modifier) || modifier.end + 1 !== noun.start) return undefined;
  if (tokens[at - 2]?.kind === 'number') return undefined;
  const rs = modifierReadings(modifier);
  if (rs.length === 0 || rs.some((r) => numberOf(r) === 'plur' || genderOf(r) === 'neut' || genderOf(r) === undefined)) return undefined;
  const forms = new Set(rs.flatMap((r) => inflect(r, ['neut', 'sing', caseOf(r)!])));
  const expected = forms.size === 1 ? [`${matchCase([...forms][0]!, modifier.text)} ${noun.text}`] : undefined;
  return { messageId: 'modifier', from: at - 1, to: at, data: { modifier: modifier.text, noun: noun.text }, ...(expected ? { expected } : {}) };
}

/**
 * «Будьте» and an adverb in «-о» that is also a neuter short adjective, where the plural short
 * form is meant: «Пожалуйста, будьте терпеливо» → «будьте терпеливы», «будьте внимательно»
 * → «внимательны» (请耐心: an adverb, “patiently”, in a word-for-word rendering). An imperative
 * of «вы» takes the plural, and no adverb of manner stands alone after «будьте».
 */
function checkBeImperative(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const verb = tokens[at]!;
  if (verb.norm !== 'будьте' || !isPlainWord(verb)) return undefined;
  const w = tokens[at + 1];
  if (!w || !isPlainWord(w)) return undefined;
  const short = w.readings.filter((r) => r.pos === 'ADJS');
  if (short.length === 0 || !w.readings.every((r) => r.pos === 'ADVB' || (r.pos === 'ADJS' && numberOf(r) === 'sing' && genderOf(r) === 'neut'))) return undefined;
  // The adverb may describe what follows it: «будьте очень внимательны», «будьте так добры».
  const next = tokens[at + 2];
  if (next?.kind === 'word' && !isPreposition(next) && next.readings.some((r) => MODIFIED_BY_ADVERB.has(r.pos))) return undefined;
  const forms = new Set(short.flatMap((r) => inflect(r, ['plur'])));
  const expected = forms.size === 1 ? [`${verb.text} ${matchCase([...forms][0]!, w.text)}`] : undefined;
  return { messageId: 'auxiliary', from: at, to: at + 1, data: { aux: verb.text, form: w.text }, ...(expected ? { expected } : {}) };
}

/** Words after which «это» starts its clause («…, и это была ошибка»). */
const CLAUSE_OPENERS = new Set(['и', 'а', 'но', 'что', 'ведь', 'да', 'потому']);

/**
 * «Это» + a past form of «быть» + a noun in the nominative: the verb agrees with the noun, not
 * with «это» («это была ошибка», «это были подарки»), so «это было ошибка» and «это был
 * посылка» are wrong. Modifiers that agree with the noun may stand before it; a noun in
 * another case («это было ошибкой»), a number, «не» or anything else after the verb is left alone.
 */
function checkCopula(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const pronoun = tokens[at]!;
  if (pronoun.norm !== 'это' || !isPlainWord(pronoun)) return undefined;
  const before = tokens[at - 1];
  if (before && before.kind !== 'punct' && !(before.kind === 'word' && CLAUSE_OPENERS.has(before.norm))) return undefined;
  const verb = tokens[at + 1];
  if (!verb || !isPlainWord(verb) || !AUXILIARY_FORMS.has(verb.norm)) return undefined;
  const aux = verb.readings.filter((r) => r.pos === 'VERB' && r.lemma === 'быть' && r.tags.has('past'));
  if (aux.length === 0) return undefined;
  const modifiers: number[] = [];
  let k = at + 2;
  while (k < tokens.length && isModifier(tokens[k]!)) modifiers.push(k++);
  const noun = tokens[k];
  if (!noun || !isNoun(noun)) return undefined;
  // «быть» takes no object: a noun that may be nominative or an inanimate accusative is nominative here.
  const heads = nouns(noun);
  if (!heads.every((n) => caseOf(n) === 'nomn' || (caseOf(n) === 'accs' && n.tags.has('inan')))) return undefined;
  if (heads.some((n) => TIME_NOUNS.has(n.lemma) || QUANTITY.has(n.lemma))) return undefined;
  if (modifiers.length > 0 && !chainAgrees(tokens, modifiers, k)) return undefined;
  const subjects = heads.filter((n) => caseOf(n) === 'nomn').map(nounSubject);
  if (subjects.length === 0 || subjects.some((subject) => aux.some((r) => fitsSubject(r, subject)))) return undefined;
  // The agreeing form, when the words are written with single spaces.
  const form = subjects.length === 1 ? verbFormFor(verb, subjects[0]!) : undefined;
  const spaced = tokens.slice(at + 2, k + 1).every((t, j) => t.start === tokens[at + 1 + j]!.end + 1);
  const expected = form && spaced ? [[matchCase(form, verb.text), ...tokens.slice(at + 2, k + 1).map((t) => t.text)].join(' ')] : undefined;
  return { messageId: 'subject', from: at + 1, to: k, data: { subject: noun.text, predicate: verb.text }, ...(expected ? { expected } : {}) };
}

/** Dashes that may stand between a subject and its predicate («Доставка — бесплатная»). */
const DASHES = new Set(['—', '–', '-']);
/** Conjunctions after which another predicate or clause may follow. */
const COORDINATORS = new Set(['и', 'а', 'но', 'или']);

/** Tokens that end a clause of a subject and its adjective predicate. */
const PREDICATE_ENDS = new Set([',', '.', '!', '?', ';', ':', ')', '…']);

/**
 * A full adjective as the predicate of a clause with no verb: «Доставка бесплатный», «Качество
 * товара очень хороший», «Этот цвет очень популярная». The clause is a noun phrase that opens the
 * sentence (or follows a comma or «и», «а», «но», «что»…), genitive nouns after it, adverbs of
 * degree and a dash, then the adjective and the clause's end; the adjective agrees with the noun
 * in number and, in the singular, gender. A person named by a masculine noun takes a feminine
 * adjective by sense («Менеджер очень вежливая»); a noun of common gender either; a plural after
 * a list of nouns («Куртка и шапка синие») or after a noun of quantity («Большинство товаров
 * новые») is left alone, and so are singular adjectives listed after a plural («Цвета красный,
 * синий и белый»).
 */
function checkPredicateAdjective(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const adjective = tokens[at]!;
  if (!isPlainWord(adjective) || !adjective.readings.every((r) => r.pos === 'ADJF' && !r.tags.has('Apro'))) return undefined;
  const nominative = adjective.readings.filter((r) => caseOf(r) === 'nomn');
  if (nominative.length === 0) return undefined;
  const after = tokens[at + 1];
  if (after && !(after.kind === 'punct' && PREDICATE_ENDS.has(after.text)) && !(after.kind === 'word' && COORDINATORS.has(after.norm)) && !shortComplement(tokens, at + 1)) return undefined;
  // Back over adverbs of degree, «не» and a dash, then genitive nouns and their modifiers.
  let k = at - 1;
  while (k >= 0 && ((tokens[k]!.kind === 'word' && (DEGREE_ADVERBS.has(tokens[k]!.norm) || tokens[k]!.norm === 'не')) || (tokens[k]!.kind === 'punct' && DASHES.has(tokens[k]!.text)))) k--;
  if (k === at - 1 && tokens[k]?.kind !== 'word') return undefined;
  let subjectAt = -1;
  for (let j = k; j >= 0; j--) {
    const t = tokens[j]!;
    if (!isPlainWord(t)) return undefined;
    if (isNoun(t) && nouns(t).some((r) => caseOf(r) === 'nomn')) { subjectAt = j; break; }
    // A genitive phrase after the subject («качество товара», «цвет этой куртки»).
    if (!(isNoun(t) || isModifier(t)) || !t.readings.some((r) => caseOf(r) === 'gent')) return undefined;
  }
  if (subjectAt < 0) return undefined;
  const subject = tokens[subjectAt]!;
  if (!allPos(subject, 'NOUN') || nouns(subject).some((r) => QUANTITY.has(r.lemma) || r.tags.has('Ms-f'))) return undefined;
  // Its modifiers, then the clause's start.
  let m = subjectAt - 1;
  // «все» is also an adverb («всё ещё»), so no modifier of the syntax layer, but before a plural noun it is one.
  while (m >= 0 && (isModifier(tokens[m]!) || tokens[m]!.norm === 'все')) m--;
  const opener = tokens[m];
  if (opener && !(opener.kind === 'punct' && (opener.text === ',' || PREDICATE_ENDS.has(opener.text) || DASHES.has(opener.text))) && !(opener.kind === 'word' && CLAUSE_OPENERS.has(opener.norm))) return undefined;
  const modifiers = range(m + 1, subjectAt).filter((i) => isModifier(tokens[i]!));
  if (modifiers.length > 0 && !chainAgrees(tokens, modifiers, subjectAt)) return undefined;
  const subjects = nouns(subject).filter((r) => caseOf(r) === 'nomn' && modifiers.every((i) => modifierReadings(tokens[i]!).some((x) => agrees(x, r)))).map(nounSubject);
  if (subjects.length === 0) return undefined;
  // A plural may be of subjects joined before this one («Куртка, шапка и шарф синие»).
  const listed = tokens.slice(0, m + 1).some((t) => (t.kind === 'word' && (t.norm === 'и' || t.norm === 'или' || t.norm === 'с')) || (t.kind === 'punct' && t.text === ','));
  const fits = (r: Reading, s: Subject): boolean => numberOf(r) === s.number ? genderFits(r, s) : listed && numberOf(r) === 'plur';
  if (subjects.some((s) => nominative.some((r) => fits(r, s)))) return undefined;
  // Singular adjectives in a list after a plural noun name its kinds («Цвета красный, синий и белый»).
  const listedNext = tokens[at + 2];
  if (subjects.every((s) => s.number === 'plur') && (after?.text === ',' || after?.norm === 'и' || after?.norm === 'или') && listedNext !== undefined && somePos(listedNext, 'ADJF')) return undefined;
  const forms = new Set(subjects.flatMap((s) => nominative.flatMap((r) => inflect(r, s.number === 'sing' && s.gender && s.gender !== 'Ms-f' ? ['nomn', 'sing', s.gender] : ['nomn', s.number]))));
  const expected = forms.size === 1 ? [matchCase([...forms][0]!, adjective.text)] : undefined;
  return { messageId: 'predicate', from: at, to: at, data: { subject: subject.text, predicate: adjective.text }, ...(expected ? { expected } : {}) };
}

/**
 * A prepositional phrase of at most three words that ends the clause («готовый к отправке»,
 * «удобный для вас»): a complement of the adjective before it, which then ends its clause too.
 */
function shortComplement(tokens: readonly SyntaxToken[], at: number): boolean {
  const prep = tokens[at];
  if (!prep || !isPreposition(prep)) return false;
  for (let k = at + 1; k <= at + 4; k++) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && PREDICATE_ENDS.has(t.text))) return k > at + 1;
    if (t.kind !== 'word' || isPreposition(t)) return false;
  }
  return false;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/** «который» after a comma agrees in number and gender with a noun right before the comma. */
function checkRelative(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const word = tokens[at]!;
  if (!isPlainWord(word) || !word.readings.every((r) => r.lemma === 'который')) return undefined;
  let comma = at - 1;
  if (tokens[comma]?.kind === 'word' && tokens[comma]!.readings.some((r) => r.pos === 'PREP')) comma--;
  if (tokens[comma]?.kind !== 'punct' || tokens[comma]!.text !== ',') return undefined;
  const candidates: SyntaxToken[] = [];
  for (let i = comma - 1; i >= 0 && i >= comma - 8 && tokens[i]!.kind === 'word'; i--) {
    const t = tokens[i]!;
    if (isModifier(t)) continue;
    if (t.readings.some((r) => r.pos === 'NOUN')) {
      if (!isPlainWord(t) || !allPos(t, 'NOUN')) return undefined;
      candidates.push(t);
    } else if (!t.readings.some((r) => r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR' || r.pos === 'PREP')) break;
  }
  if (candidates.length === 0) return undefined;
  const ok = candidates.some((c) => nouns(c).some((n) => word.readings.some((r) => {
    const num = numberOf(n) ?? (n.tags.has('Pltm') ? 'plur' : undefined);
    if (numberOf(r) !== num) return false;
    const g = genderOf(n);
    return num === 'plur' || g === undefined || g === 'Ms-f' || genderOf(r) === g;
  })));
  if (ok) return undefined;
  const noun = candidates[0]!;
  return { messageId: 'relative', from: at, to: at, data: { relative: word.text, noun: noun.text } };
}

/**
 * A participle right after a comma starts a participial phrase that describes a noun before
 * the comma («дополнения, добавляющие новые уровни»): it agrees with that noun in case, number
 * and gender. Reported when it agrees with no noun of the phrase before the comma and is not
 * itself the modifier of a noun after it or a participle used as a noun with its own verb.
 */
function checkParticiple(tokens: readonly SyntaxToken[], at: number): Problem | undefined {
  const word = tokens[at]!;
  if (!isPlainWord(word) || !allPos(word, 'PRTF')) return undefined;
  const comma = tokens[at - 1];
  if (comma?.kind !== 'punct' || comma.text !== ',') return undefined;
  // The modifier of the next noun («…, оплаченный заказ отправим»).
  let k = at + 1;
  while (k < tokens.length && isModifier(tokens[k]!)) k++;
  if (tokens[k] && isNoun(tokens[k]!) && nouns(tokens[k]!).some((n) => modifierReadings(word).some((r) => agrees(r, n)))) return undefined;
  // A participle used as a noun, the subject of a verb of its own before the next comma («…, пострадавшие получат…»).
  for (let j = at + 1; j < tokens.length && !(tokens[j]!.kind === 'punct' && tokens[j]!.text !== '-'); j++) {
    if (somePos(tokens[j]!, 'VERB')) return undefined;
  }
  const candidates: SyntaxToken[] = [];
  for (let i = at - 2; i >= 0 && i >= at - 10 && tokens[i]!.kind === 'word'; i--) {
    const t = tokens[i]!;
    if (isModifier(t)) continue;
    if (t.readings.some((r) => r.pos === 'NOUN' || r.pos === 'NPRO')) {
      if (!isPlainWord(t)) return undefined;
      candidates.push(t);
    } else if (!t.readings.some((r) => r.pos === 'PREP' || r.pos === 'NUMR' || r.pos === 'CONJ')) break;
  }
  if (candidates.length === 0) return undefined;
  const agreesWith = (c: SyntaxToken): boolean => c.readings.some((n) => modifierReadings(word).some((r) => {
    if (n.pos === 'NPRO') return caseOf(r) === caseOf(n) && (numberOf(n) === undefined || numberOf(r) === numberOf(n));
    return n.pos === 'NOUN' && agrees(r, n);
  }));
  if (candidates.some(agreesWith)) return undefined;
  return { messageId: 'participle', from: at, to: at, data: { participle: word.text, noun: candidates[0]!.text } };
}

/**
 * Agreement in Russian noun phrases and clauses, from the morphological analyser's readings:
 * an adjective, participle, pronoun or ordinal with its noun; a numeral with its noun; a
 * subject with its verb or short form; «который» with its noun. A phrase is reported only
 * when no reading of its words agrees.
 */
export default defineRule(
  {
    id: 'grammar-agreement',
    category: 'grammar',
    description: {
      en: 'Words that must agree do: adjective and noun («в новом магазине»), numeral and noun («5 товаров»), subject and verb («посылка будет доставлена»), «который» and its noun.',
      zh: '需要一致的词必须一致：形容词与名词（«в новом магазине»）、数词与名词（«5 товаров»）、主语与谓语（«посылка будет доставлена»）、«который» 与其所指名词。',
      ru: 'Согласование: прилагательное с существительным («в новом магазине»), числительное с существительным («5 товаров»), подлежащее со сказуемым («посылка будет доставлена»), «который» со своим существительным.',
    },
    fixable: true,
    recommended: 'error',
    scope: 'target',
    defaults: {},
    messages: {
      counted: {
        en: '“{actual}”: an adjective before a number of two or more is plural («последние три дня», «первые 2 недели»), and “{modifier}” is singular. A buyer reads it as broken Russian. {advice_en}',
        zh: '“{actual}”：二及以上的数词前面的形容词要用复数（«последние три дня»、«первые 2 недели»），而 “{modifier}” 是单数。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{actual}»: прилагательное перед числом от двух стоит во множественном числе («последние три дня», «первые 2 недели»), а «{modifier}» — в единственном. Покупатель увидит ошибку. {advice_ru}',
      },
      modifier: {
        en: '“{actual}”: “{modifier}” does not agree with “{noun}” in case, number or gender. A buyer reads it as broken Russian. {advice_en}',
        zh: '“{actual}”：“{modifier}” 与 “{noun}” 的格、数或性不一致。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{actual}»: «{modifier}» не согласовано с «{noun}» в падеже, числе или роде. Покупатель увидит ошибку. {advice_ru}',
      },
      numeral: {
        en: '“{actual}”: after “{numeral}” the noun takes another form (1 товар, 2 товара, 5 товаров). A buyer reads it as broken Russian. {advice_en}',
        zh: '“{actual}”：“{numeral}” 后面的名词形式不对（1 товар、2 товара、5 товаров）。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{actual}»: после «{numeral}» существительное стоит в другой форме (1 товар, 2 товара, 5 товаров). {advice_ru}',
      },
      subject: {
        en: '“{actual}”: the verb “{predicate}” does not agree with “{subject}” in number, person or gender. A buyer reads it as broken Russian. {advice_en}',
        zh: '“{actual}”：谓语 “{predicate}” 与主语 “{subject}” 的数、人称或性不一致。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{actual}»: сказуемое «{predicate}» не согласовано с подлежащим «{subject}» в числе, лице или роде. {advice_ru}',
      },
      date: {
        en: '“{date}”: in a date the month is genitive («25 декабря») and a year after a preposition takes «год» in its case («в 2025 году», «с 2025 года»). A buyer reads it as broken Russian. {advice_en}',
        zh: '“{date}”：日期中月份要用属格（«25 декабря»），介词后的年份中 «год» 要随介词变格（«в 2025 году»、«с 2025 года»）。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{date}»: в дате месяц стоит в родительном падеже («25 декабря»), а «год» после предлога — в нужном падеже («в 2025 году», «с 2025 года»). {advice_ru}',
      },
      quantity: {
        en: '“{actual}”: with «{quantity}» as the subject the verb is neuter singular («было много заказов», «осталось мало размеров»). A buyer reads it as broken Russian. {advice_en}',
        zh: '“{actual}”：以 «{quantity}» 作主语时，动词要用中性单数（«было много заказов»、«осталось мало размеров»）。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{actual}»: когда подлежащее — «{quantity}», глагол стоит в среднем роде единственного числа («было много заказов», «осталось мало размеров»). {advice_ru}',
      },
      participle: {
        en: '“{participle}” after the comma does not agree with “{noun}” or any noun before it in case, number or gender, so a buyer cannot tell what it describes. Put it in the form of its noun («товары, добавленные в корзину»).',
        zh: '逗号后的 “{participle}” 与前面的 “{noun}” 等名词在格、数或性上都不一致，买家看不出它修饰什么。请改成与所修饰名词一致的形式（«товары, добавленные в корзину»）。',
        ru: '«{participle}» после запятой не согласовано в падеже, числе или роде ни с «{noun}», ни с другим существительным перед ним: непонятно, к чему оно относится. Поставьте причастие в форму своего существительного («товары, добавленные в корзину»).',
      },
      impersonal: {
        en: '“{actual}”: with an infinitive or a «что» clause “{verb}” is impersonal: neuter singular in the past, third person singular otherwise («нам удалось найти», «вам придётся подождать», «выяснилось, что…»). A buyer reads it as broken Russian. {advice_en}',
        zh: '“{actual}”：“{verb}” 后接不定式或 «что» 从句时是无人称用法，过去时用中性单数，其他时态用第三人称单数（«нам удалось найти»、«вам придётся подождать»、«выяснилось, что…»）。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{actual}»: с инфинитивом или придаточным с «что» глагол «{verb}» безличный: в прошедшем времени — средний род единственного числа, иначе — 3-е лицо единственного числа («нам удалось найти», «вам придётся подождать», «выяснилось, что…»). {advice_ru}',
      },
      auxiliary: {
        en: '“{actual}”: “{aux}” and “{form}” do not agree in number or gender. The form of «быть» and the short form after it belong to the same subject («заказ был отправлен», «заказы были отправлены», «было удобно»). A buyer reads it as broken Russian. {advice_en}',
        zh: '“{actual}”：“{aux}” 与 “{form}” 的数或性不一致。«быть» 的形式和后面的短尾形式属于同一个主语（«заказ был отправлен»、«заказы были отправлены»、«было удобно»）。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{actual}»: «{aux}» и «{form}» не согласованы в числе или роде. Форма «быть» и краткая форма после неё относятся к одному подлежащему («заказ был отправлен», «заказы были отправлены», «было удобно»). {advice_ru}',
      },
      predicate: {
        en: '“{actual}”: the adjective “{predicate}” says what “{subject}” is and must agree with it in number and gender («доставка бесплатная», «качество хорошее», «цены низкие»). A buyer reads it as broken Russian. {advice_en}',
        zh: '“{actual}”：形容词 “{predicate}” 作 “{subject}” 的表语，必须与它的数和性一致（«доставка бесплатная»、«качество хорошее»、«цены низкие»）。买家会觉得这是错误的俄语。{advice_zh}',
        ru: '«{actual}»: прилагательное «{predicate}» — сказуемое при «{subject}» и согласуется с ним в числе и роде («доставка бесплатная», «качество хорошее», «цены низкие»). Покупатель увидит ошибку. {advice_ru}',
      },
      relative: {
        en: '“{relative}” does not agree with “{noun}” before the comma in number or gender, so a buyer cannot tell what it refers to. Put “{relative}” in the number and gender of “{noun}”.',
        zh: '“{relative}” 与逗号前的 “{noun}” 在数或性上不一致，买家看不出它指的是什么。请把“{relative}”改成与“{noun}”一致的数和性。',
        ru: '«{relative}» не согласовано в числе или роде с «{noun}» перед запятой: непонятно, к чему оно относится. Поставьте «{relative}» в число и род слова «{noun}».',
      },
    },
  },
  (context) => {
    const { value } = context.target;
    for (const tokens of grammarSentencesOfView(context.target)) {
      const problems: Problem[] = [];
      for (const np of nounPhrases(tokens)) {
        const p = checkModifiers(tokens, np) ?? checkNumeral(tokens, np);
        if (p) problems.push(p);
      }
      for (const clause of clauses(tokens)) {
        const p = checkSubject(tokens, clause, problems);
        if (p) problems.push(p);
      }
      tokens.forEach((_, i) => {
        const p = checkRelative(tokens, i) ?? checkParticiple(tokens, i) ?? checkImpersonal(tokens, i) ?? checkQuantity(tokens, i) ?? checkAuxiliary(tokens, i) ?? checkBeImperative(tokens, i) ?? checkInverted(tokens, i) ?? checkCopula(tokens, i) ?? checkEtoDeterminer(tokens, i) ?? checkIndeclinable(tokens, i) ?? checkPredicateAdjective(tokens, i) ?? checkDemonstrative(tokens, i) ?? checkProperNoun(tokens, i) ?? checkDate(tokens, i);
        if (p) problems.push(p);
      });
      // One report per stretch of text: a later problem inside an earlier one's span is the same defect.
      problems.sort((a, b) => a.from - b.from || b.to - a.to);
      let reachedTo = -1;
      for (const p of problems) {
        if (p.from <= reachedTo) continue;
        reachedTo = p.to;
        const actual = spanText(value, tokens, p.from, p.to);
        const expected = p.expected ?? (p.lastAs === undefined ? undefined : [`${value.slice(tokens[p.from]!.start, tokens[p.to]!.start)}${p.lastAs}`]);
        context.report({
          messageId: p.messageId,
          data: { actual, ...p.data, ...adviceOf(p, expected) },
          start: tokens[p.from]!.start,
          end: tokens[p.to]!.end,
          actual,
          ...(expected ? { expected } : {}),
          // Only an impersonal form is certain enough to write in: elsewhere which word is wrong is a judgement.
          ...(expected && FIXED.has(p.messageId) ? {} : { fix: false as const }),
        });
      }
    }
  },
);

