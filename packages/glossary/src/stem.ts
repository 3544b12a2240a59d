/**
 * Inflection-aware word keys for term matching.
 *
 * Russian: a light, documented stemmer for nouns and adjectives — the parts of
 * speech glossary terms are made of. A word is lower-cased, «ё» becomes «е», and the
 * longest nominal inflection ending (case and number endings of the three noun
 * declensions and of adjectives) is cut off, keeping a stem of at least two letters.
 * A fleeting vowel before the stem's last consonant (посылка → посылок, звонок →
 * звонка, деньги → денег) is dropped from the key, so both forms share it. Hyphenated
 * words are keyed part by part (трек-номером → трек-номер). Two words match when
 * their keys are equal; a multiword term matches when every word does, so each word
 * inflects on its own (пункт выдачи / в пункте выдачи, бесплатная доставка /
 * бесплатной доставки).
 *
 * Why not the dictionary's word forms: the spelling rule's word index knows which
 * forms exist, not which lemma a form belongs to, so it cannot say that «номером» is
 * a form of «номер»; and a full paradigm table would add megabytes that every lint
 * run would load. Why not Snowball: it also strips verb and participle endings, which
 * merges nouns with verbs (заказ / заказать) and splits some paradigms (отмена →
 * «отм», отменой → «отмен»). Nominal endings alone are predictable, and the tests
 * pin down what matches.
 */

/** Nominal endings (nouns and adjectives), grouped by length; the longest that fits is cut. */
const ENDINGS: readonly (readonly string[])[] = [
  [],
  ['а', 'я', 'о', 'е', 'ь', 'и', 'ы', 'у', 'ю', 'й'],
  ['ой', 'ей', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ым', 'им', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ою', 'ею', 'ью', 'ия', 'ии', 'ию', 'ых', 'их'],
  ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ием', 'иям', 'иях', 'иев', 'ией'],
  ['иями'],
];
const MIN_STEM = 2;
const VOWELS = 'аеиоуыэюя';

/** Lower case, «ё» as «е», soft hyphens removed. */
export function normalizeRu(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/\u00ad/g, '');
}

/** Split one (normalized, unhyphenated) Russian word into stem and ending. */
export function splitEnding(word: string): { stem: string; ending: string } {
  for (let len = ENDINGS.length - 1; len >= 1; len--) {
    if (word.length - len < MIN_STEM) continue;
    const ending = word.slice(-len);
    if (ENDINGS[len]!.includes(ending)) return { stem: word.slice(0, -len), ending };
  }
  return { stem: word, ending: '' };
}

/** The stem with a fleeting vowel (or soft sign) before its last consonant removed. */
function dropFleeting(stem: string): string {
  const n = stem.length;
  if (n < 3) return stem;
  const last = stem[n - 1]!;
  const before = stem[n - 2]!;
  const third = stem[n - 3]!;
  if (VOWELS.includes(last) || !'оеь'.includes(before) || VOWELS.includes(third) || third === 'ь' || third === 'й') return stem;
  return stem.slice(0, n - 2) + last;
}

const cache = new Map<string, string>();

/** The match key of one Russian word (hyphenated words part by part). */
export function russianKey(word: string): string {
  let key = cache.get(word);
  if (key !== undefined) return key;
  key = normalizeRu(word)
    .split('-')
    .map((part) => dropFleeting(splitEnding(part).stem))
    .join('-');
  if (cache.size > 50_000) cache.clear();
  cache.set(word, key);
  return key;
}

/** The match key of one English word: lower case, regular plural endings removed. */
export function englishKey(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Words of a text with their offsets: letters and digits, joined by inner hyphens. */
export function* wordsOf(text: string): Generator<{ word: string; start: number; end: number }> {
  const re = /[\p{L}\p{N}\u00ad]+(?:-[\p{L}\p{N}\u00ad]+)*|\p{Sc}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) yield { word: m[0], start: m.index, end: m.index + m[0].length };
}

/**
 * Agreement, for matching a multiword term whose words stand apart (see `findRussianInClauses`
 * in ./match.ts). `f`, `m`, `n`: feminine, masculine, neuter singular; `p`: plural.
 */
export type Agreement = 'f' | 'm' | 'n' | 'p';

/** Gender or number of an adjective as a term writes it (nominative), or undefined when the word is not one. */
export function termAdjective(word: string): Agreement | undefined {
  const w = normalizeRu(word);
  if (w.includes('-') || w.length < 4) return undefined;
  if (/(?:ая|яя)$/.test(w)) return 'f';
  if (/ый$/.test(w) || /[кгхжшчщн]ий$/.test(w) || /ой$/.test(w)) return 'm';
  if (/(?:ое|ее)$/.test(w)) return 'n';
  // -ие after a vowel and н/т is a noun (оформление, подтверждение, развитие), not an adjective.
  if (/ые$/.test(w) || (/ие$/.test(w) && !/[аеиоуыэюя][нт]ие$/.test(w))) return 'p';
  return undefined;
}

/** Full adjective endings: the genders and numbers each can agree with, in any case. */
const ADJECTIVE_FORMS: Readonly<Record<string, readonly Agreement[]>> = {
  ая: ['f'], яя: ['f'], ую: ['f'], юю: ['f'], ою: ['f'], ею: ['f'], ей: ['f'], ой: ['f', 'm'],
  ый: ['m'], ий: ['m'], ое: ['n'], ее: ['n'], ого: ['m', 'n'], его: ['m', 'n'], ому: ['m', 'n'], ему: ['m', 'n'], ом: ['m', 'n'], ем: ['m', 'n'],
  ым: ['m', 'n', 'p'], им: ['m', 'n', 'p'], ые: ['p'], ие: ['p'], ых: ['p'], их: ['p'], ыми: ['p'], ими: ['p'],
};
/** Short (predicative) adjective endings: бесплатен, бесплатна, бесплатно, бесплатны. */
const SHORT_FORMS: Readonly<Record<string, readonly Agreement[]>> = { '': ['m'], а: ['f'], о: ['n'], ы: ['p'], и: ['p'] };

/** What an adjective in the text can agree with, from its ending; empty when the ending is no adjective's. */
export function adjectiveAgreement(ending: string): readonly Agreement[] {
  return ADJECTIVE_FORMS[ending] ?? SHORT_FORMS[ending] ?? [];
}

const PLURAL_ONLY = new Set(['ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'иям', 'иях', 'иев', 'иями']);
const SINGULAR_ONLY = new Set(['у', 'ю', 'ом', 'ем', 'ой', 'ою', 'ею', 'ью', 'е', 'ием', 'ию']);

/**
 * What a noun in the text can agree with, from its ending and the gender its term gives
 * it (from the term's adjective; undefined when the term does not say). Ambiguous
 * endings allow both numbers (доставки: singular genitive or plural).
 */
export function nounAgreement(ending: string, gender: Agreement | undefined): readonly Agreement[] {
  const singular: Agreement[] = gender === undefined || gender === 'p' ? ['f', 'm', 'n'] : [gender];
  if (PLURAL_ONLY.has(ending)) return ['p'];
  if (SINGULAR_ONLY.has(ending)) return singular;
  // -а/-я is singular for a feminine noun (доставка); -ы/-и is plural for a masculine one (заказы).
  if (gender === 'f' && (ending === 'а' || ending === 'я')) return singular;
  if (gender === 'm' && (ending === 'ы' || ending === 'и')) return ['p'];
  return [...singular, 'p'];
}

/** The ending of a word as the stemmer cuts it (of its last part when hyphenated). */
export function endingOf(word: string): string {
  const parts = normalizeRu(word).split('-');
  return splitEnding(parts[parts.length - 1]!).ending;
}
