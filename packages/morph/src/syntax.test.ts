import { describe, expect, it } from 'vitest';
import { analyse, type Reading } from './index.js';
import { allPos, clauses, finiteReadings, isModifier, isNoun, isPlainWord, isPreposition, nounPhrases, somePos, syntaxTokens, type InputToken, type SyntaxToken } from './syntax.js';

/** Tokens of a sentence: words, numbers and punctuation split on spaces and before punctuation. */
function tokenize(text: string): InputToken[] {
  const out: InputToken[] = [];
  for (const m of text.matchAll(/[\p{L}\d-]+|[^\s\p{L}\d]/gu)) {
    const kind = /^[\p{L}\d]/u.test(m[0]) ? 'word' : m[0] === '\uFFFC' ? 'placeholder' : 'punct';
    out.push({ kind, text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

const tokens = (text: string): SyntaxToken[] => syntaxTokens(tokenize(text), analyse);
const words = (ts: readonly SyntaxToken[], from: number, to: number): string => ts.slice(from, to + 1).map((t) => t.text).join(' ');

describe('syntaxTokens', () => {
  it('gives each word its dictionary readings and marks kinds, case and the first word', () => {
    const ts = tokens('Мы отправим 2 посылки через DHL.');
    expect(ts.map((t) => t.kind)).toEqual(['word', 'word', 'number', 'word', 'word', 'other', 'punct']);
    expect(ts[0]!.first).toBe(true);
    expect(ts[0]!.capital).toBe(true);
    expect(ts[1]!.first).toBe(false);
    expect(ts[3]!.readings.map((r) => r.tag)).toContain('NOUN,inan,femn sing,gent');
    expect(ts[5]!.unknown).toBe(true);
    expect(ts[5]!.readings).toEqual([]);
  });

  it('reads a lower-case word that is also a first name as the common noun', () => {
    const [love] = tokens('любовь');
    expect(love!.readings.some((r) => r.tags.has('Name'))).toBe(false);
    expect(isPlainWord(love!)).toBe(true);
    // Capitalised (a name, or the first word of a sentence) it keeps its name readings and is left alone.
    const [, name] = tokens('Ждём Любовь');
    expect(name!.readings.some((r) => r.tags.has('Name'))).toBe(true);
    expect(isPlainWord(name!)).toBe(false);
  });

  it('marks a word that starts with an upper-case letter of any script', () => {
    const ts = tokens('Ёлка ёлка Заказ заказ Ozon ozon Élan élan Ωmega ωmega ǅx 𝐀bc');
    expect(ts.map((t) => t.capital)).toEqual([true, false, true, false, true, false, true, false, true, false, false, true]);
  });

  it('keeps predicted readings out: an unknown word has none and is left alone', () => {
    const [t] = tokens('кринжовая');
    expect(t!.unknown).toBe(true);
    expect(t!.readings).toEqual([]);
    expect(isPlainWord(t!)).toBe(false);
  });

  it('uses the analyser it is given (pure: any readings can be fed)', () => {
    const fake: Reading = { lemma: 'x', pos: 'NOUN', tags: new Set(['NOUN', 'sing', 'nomn']), tag: 'NOUN sing,nomn', predicted: false, has: () => true };
    const ts = syntaxTokens(tokenize('абв'), () => [fake]);
    expect(ts[0]!.readings).toEqual([fake]);
    expect(isNoun(ts[0]!)).toBe(true);
  });
});

describe('word classes', () => {
  it('a plain word is known, not a name, an abbreviation or a capital mid-sentence; the polite «Вы» is plain', () => {
    const ts = tokens('Заказ для Москвы через МВД, Вы знаете');
    expect(ts.map((t) => isPlainWord(t))).toEqual([true, true, false, true, false, false, true, true]);
  });

  it('modifiers, nouns and prepositions', () => {
    const ts = tokens('в нашем новом магазине');
    expect(ts.map(isPreposition)).toEqual([true, false, false, false]);
    expect(ts.map(isModifier)).toEqual([false, true, true, false]);
    expect(ts.map(isNoun)).toEqual([false, false, false, true]);
    expect(allPos(ts[1]!, 'ADJF')).toBe(true);
    expect(somePos(ts[0]!, 'PREP')).toBe(true);
    expect(allPos(tokens('стали')[0]!, 'NOUN')).toBe(false);
  });

  it('a pronominal adjective that is also a pronoun of its own lemma or its feminine is a modifier, a form of «это» is not', () => {
    // «любой» is also the pronoun «любой» and «любая»; «этого» also a form of «это» («после этого деньги вернутся»).
    expect(tokens('любой любую каждой этого этим').map(isModifier)).toEqual([true, true, true, false, false]);
  });
});

describe('nounPhrases', () => {
  it('chunks a preposition, a numeral, modifiers and the noun', () => {
    const ts = tokens('Мы отправим в два новых магазина вашу посылку');
    const phrases = nounPhrases(ts).map((np) => ({ words: words(ts, np.from, np.to), prep: np.prep, numeral: np.numeral, modifiers: np.modifiers }));
    expect(phrases).toEqual([
      { words: 'в два новых магазина', prep: 2, numeral: 3, modifiers: [4] },
      { words: 'вашу посылку', prep: undefined, numeral: undefined, modifiers: [6] },
    ]);
  });

  it('a digit is a numeral; punctuation breaks a phrase', () => {
    const ts = tokens('Осталось 5 товаров, новая партия');
    const phrases = nounPhrases(ts).map((np) => words(ts, np.from, np.to));
    expect(phrases).toEqual(['5 товаров', 'новая партия']);
  });

  it('a range of digits in one word is a numeral, and after a digit a noun with an imperative of its spelling heads the phrase', () => {
    const ts = tokens('Доставка займёт 5-7 день');
    expect(ts.map((t) => t.kind)).toEqual(['word', 'word', 'number', 'word']);
    const phrases = nounPhrases(ts).map((np) => ({ words: words(ts, np.from, np.to), numeral: np.numeral }));
    // «день» is also the imperative of «деть».
    expect(phrases).toEqual([{ words: 'Доставка', numeral: undefined }, { words: '5-7 день', numeral: 2 }]);
    // A range of longer numbers is no numeral word («2025-2026»), nor a number joined to letters.
    expect(tokens('2025-2026 5-й').map((t) => t.kind)).toEqual(['other', 'other']);
  });

  it('after a modifier, a noun with a verb or adverb of the same spelling heads the phrase', () => {
    const heads = (text: string): string[] => { const ts = tokens(text); return nounPhrases(ts).map((np) => words(ts, np.from, np.to)); };
    // «цели» is also an imperative of «целить», «дел» a past form of «деть», «утром» an adverb.
    expect(heads('добиться своей цели')).toEqual(['своей цели']);
    expect(heads('министерство иностранных дел')).toEqual(['министерство', 'иностранных дел']);
    expect(heads('ранним утром')).toEqual(['ранним утром']);
    expect(heads('с другой стороной')).toEqual(['с другой стороной']);
    // «любой» is also a pronoun of the same lemma: before a noun it is a modifier.
    expect(heads('в любое время')).toEqual(['в любое время']);
    // Without a modifier before them they are not taken for nouns; an adverb of another noun never is.
    expect(heads('цели')).toEqual([]);
    expect(heads('новый рядом')).toEqual([]);
  });
});

describe('clauses', () => {
  it('pairs a subject with the verb after it, over adverbs, prepositional phrases and genitive attributes', () => {
    const pairs = (text: string): string[] => {
      const ts = tokens(text);
      return clauses(ts).map((c) => `${ts[c.subject]!.text} → ${c.predicate.map((i) => ts[i]!.text).join(' ')}`);
    };
    expect(pairs('Посылка уже пришла')).toEqual(['Посылка → пришла']);
    expect(pairs('Цена товаров выросла')).toEqual(['Цена → выросла', 'товаров → выросла']);
    expect(pairs('Интерес к спорту появился')).toEqual(['Интерес → появился', 'спорту → появился']);
    expect(pairs('Заказ был отправлен вчера')).toEqual(['Заказ → был отправлен']);
    expect(pairs('мы отправим')).toEqual(['мы → отправим']);
    expect(pairs('Курьеры, которые приехали')).toEqual(['которые → приехали']);
    expect(pairs('Доставка бесплатная')).toEqual([]);
    // An object pronoun between them («вам», «их»: the possessive «их» is not a plain word).
    expect(pairs('Мы вам отправим')).toEqual(['Мы → отправим', 'вам → отправим']);
    expect(pairs('Ты их получил')).toEqual(['Ты → получил']);
    // «были», «было» are also a noun and a particle: before a short form, the auxiliary.
    expect(pairs('Товары были успешно отправлены')).toEqual(['Товары → были отправлены']);
    expect(pairs('Оплата было получена')).toEqual(['Оплата → было получена']);
    expect(pairs('Мы чуть было не ушли')).toEqual([]);
    // A short form that is also a genitive («рад»: of «рада») or an animate accusative plural
    // («готов»: of «гот») is the predicate, not an attribute to skip.
    expect(pairs('Мы очень рад помочь')).toEqual(['Мы → рад']);
    expect(pairs('Мы готов')).toEqual(['Мы → готов']);
    expect(pairs('Цена доставки выросла')).toEqual(['Цена → выросла', 'доставки → выросла']);
    // A relative clause between commas, and «который» the subject of its own.
    expect(pairs('Посылка, которую вы ждёте, пришла')).toEqual(['Посылка → пришла', 'вы → ждёте']);
    // A comma right after «который» ends no clause: nothing is skipped.
    expect(pairs('Посылка, которую, как вы знаете, ждали').filter((p) => p.startsWith('Посылка'))).toEqual([]);
  });

  it('skips a genitive attribute that its modifiers leave genitive, and names one that may be a nominative too', () => {
    const withAttributes = (text: string): string[] => {
      const ts = tokens(text);
      return clauses(ts).map((c) => `${ts[c.subject]!.text} → ${c.predicate.map((i) => ts[i]!.text).join(' ')} [${c.attributes.map((i) => ts[i]!.text).join(' ')}]`);
    };
    // «этой» is never plural: «куртки» can only be its genitive singular here.
    expect(withAttributes('Размеры этой куртки подходят')).toEqual(['Размеры → подходят []', 'куртки → подходят []']);
    // «куртки» alone is also a nominative plural: skipped, and named.
    expect(withAttributes('Размеры куртки подходят')).toEqual(['Размеры → подходят [куртки]', 'куртки → подходят []']);
    // «новые» leaves «куртки» no genitive: no attribute, so no clause of «Размеры».
    expect(withAttributes('Размеры новые куртки подходят')).toEqual(['куртки → подходят []']);
  });
});

describe('finiteReadings', () => {
  it('leaves out the short present participle of a verb in -ем/-им, and keeps one with no verb reading', () => {
    const pos = (word: string): string[] => finiteReadings(analyse(word)).map((r) => r.pos);
    expect(analyse('отправляем').map((r) => r.pos)).toContain('PRTS');
    expect(pos('отправляем')).toEqual(['VERB']);
    expect(pos('отправлен')).toEqual(['PRTS']);
  });
});
