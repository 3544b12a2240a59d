import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { lintString, messageIdLines, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import { analyse, type Reading } from '@otvet/morph';
import { loadGlossary } from '@otvet/glossary';
import rule, { bothLexicons, CASE_WORDS, caseChecker, indexLexicon, morphLexicon, type CaseGroup, type CaseWords } from './index.js';
import schema from '../../schema/sentence-case.schema.json';
import { tokenize } from '../lib/register-forms.js';
import { WordIndex } from '../spelling/word-index.js';

const placeholders = { name: { example: 'Анна' }, total: { example: '500 ₽' } };

testRule(rule, {
  valid: [
    'Спасибо за заказ! Мы отправим его завтра.',
    { ru: 'Здравствуйте, Вера! Ваш заказ уже в пути.', name: 'a first name the dictionary knows, and «Ваш»' },
    { ru: 'Спасибо за отзыв, Роман. Отправим посылку в Москву, Орёл и Казань.', name: 'names and places after a comma' },
    { ru: 'Посылка в пункте выдачи, Вы получите уведомление.', name: '«Вы» is register-vy-case’s' },
    { ru: 'Доставка бесплатная, СДЭК привезёт заказ за 3 дня.', name: 'capitals throughout are tone-caps’s' },
    { ru: 'Спасибо, Ozon доставит заказ завтра.', name: 'Latin words' },
    { ru: 'Оцените покупку: Качество, Цена и Доставка.', name: 'after a colon' },
    { ru: 'Курьер оставил записку «Заказ у двери, Спасибо» и уехал.', name: 'quoted text' },
    { ru: 'Мы работаем без выходных — Ждём ваших заказов.', name: 'a dash may lead direct speech' },
    { ru: 'В комплекте:\n- Коробка\n- Пакет', name: 'list items and line breaks' },
    { ru: 'Спасибо за заказ 😊 Ждём вас снова!', name: 'after an emoji' },
    { ru: '{name}, спасибо за заказ.', placeholders, name: 'a small letter after a placeholder' },
    { ru: '{name} Спасибо за заказ.', placeholders, name: 'a capital after a placeholder (its value may end a sentence)' },
    { ru: 'сумма {total}', placeholders, name: 'a lone fragment in lower case' },
    { ru: 'спасибо за заказ!', name: 'a lone sentence in lower case shows no capitals to go by' },
    { ru: '3 дня в пути, и заказ у вас. Спасибо!', name: 'a text that starts with a number' },
    { ru: 'Подождите... мы проверяем заказ. Спасибо!', name: 'after an ellipsis' },
    { ru: 'Цена 500 руб. за штуку. Курьер приедет через 30 мин. и позвонит.', name: 'abbreviations that are words too' },
    { ru: 'Отправим в понедельник, т.к. склад закрыт. Спасибо!', name: 'a small letter after «т.к.»' },
    { ru: 'В наборе кисти, краски и т. д. Упаковка подарочная.', name: 'after «и т. д.» a new sentence may start' },
    { ru: 'Посылку передали курьеру А. Иванову. Спасибо!', name: 'initials' },
    { ru: 'Заказ оформлен, Интернет-магазин пришлёт чек.', name: 'a word glued to a hyphen' },
    { ru: 'Скидки на Новый год, Чёрная пятница уже скоро.', name: 'an adjective with a lower-case noun after a comma is a name' },
    { ru: 'Благодарим за покупку в магазине Ромашка.', name: 'a capital after a lower-case word' },
    { ru: 'Спасибо, Почта России доставит заказ.', name: 'several capitalised words after a comma' },
    { ru: 'Спасибо за заказ, Магазин «Лесная сказка».', name: 'a name head before a quoted name' },
    { ru: 'Доставка Мы отправим заказ завтра.', name: 'a heading without a full stop' },
    { ru: 'На Озоне скидки до конца недели.', name: 'a pair after a preposition' },
    { ru: 'Жители Каменного острова получат заказ завтра.', name: 'a pair ending in an adjective' },
    { ru: 'Спасибо Мы получили ваш заказ.', name: 'a word that is often a sentence of its own' },
    { ru: 'Заказ собран, Бронислава.', name: 'an unknown word is never reported' },
  ],
  invalid: [
    {
      ru: 'Заказ собран, Спасибо за ожидание.',
      messages: ['1:15-1:22 grammar-sentence-case capital {"actual":"Спасибо","expected":"спасибо"}'],
      output: 'Заказ собран, спасибо за ожидание.',
    },
    {
      ru: '{name}, Спасибо за заказ.',
      placeholders,
      messages: ['1:9-1:16 grammar-sentence-case capital {"actual":"Спасибо","expected":"спасибо"}'],
      output: '{name}, спасибо за заказ.',
      name: 'a capital after a placeholder and a comma',
    },
    {
      ru: 'Курьер приедет в «Пункт выдачи», Ждём вас.',
      messages: ['1:34-1:38 grammar-sentence-case capital {"actual":"Ждём","expected":"ждём"}'],
      output: 'Курьер приедет в «Пункт выдачи», ждём вас.',
      name: 'a comma after a closing quote',
    },
    {
      ru: 'Спасибо за заказ, Еще увидимся!',
      messages: ['1:19-1:22 grammar-sentence-case capital {"actual":"Еще","expected":"еще"}'],
      output: 'Спасибо за заказ, еще увидимся!',
      name: 'е written for ё',
    },
    {
      ru: 'Мы Отправим заказ завтра.',
      messages: ['1:4-1:12 grammar-sentence-case capital {"actual":"Отправим","expected":"отправим"}'],
      output: 'Мы отправим заказ завтра.',
    },
    {
      ru: 'Добрый День! Ваш Заказ Уже Отправлен.',
      messages: [
        '1:8-1:12 grammar-sentence-case capital {"actual":"День","expected":"день"}',
        '1:18-1:23 grammar-sentence-case capital {"actual":"Заказ","expected":"заказ"}',
        '1:24-1:27 grammar-sentence-case capital {"actual":"Уже","expected":"уже"}',
        '1:28-1:37 grammar-sentence-case capital {"actual":"Отправлен","expected":"отправлен"}',
      ],
      output: 'Добрый день! Ваш заказ уже отправлен.',
      name: 'Title Case (the «Ваш» is left to register-vy-case)',
    },
    {
      ru: 'Мы Вас Ждём!',
      messages: ['1:8-1:12 grammar-sentence-case capital {"actual":"Ждём","expected":"ждём"}'],
      output: 'Мы Вас ждём!',
    },
    {
      ru: 'Спасибо За Покупку.',
      messages: ['1:12-1:19 grammar-sentence-case capital {"actual":"Покупку","expected":"покупку"}'],
      output: 'Спасибо За покупку.',
      name: 'the word right after «Спасибо» is left alone, the rest of the run is not',
    },
    {
      ru: 'Здравствуйте!\nЗаказ собран, Мы отправим его завтра.',
      messages: ['2:15-2:17 grammar-sentence-case capital {"actual":"Мы","expected":"мы"}'],
      output: 'Здравствуйте!\nЗаказ собран, мы отправим его завтра.',
    },
    {
      ru: 'Размер маломерит, т. е. Лучше взять на размер больше.',
      messages: ['1:25-1:30 grammar-sentence-case abbreviation {"abbreviation":"т. е.","actual":"Лучше","expected":"лучше"}'],
      output: 'Размер маломерит, т. е. лучше взять на размер больше.',
    },
    {
      ru: 'Отправим в понедельник, т.к. Склад закрыт.',
      messages: ['1:30-1:35 grammar-sentence-case abbreviation {"abbreviation":"т.к.","actual":"Склад","expected":"склад"}'],
      output: 'Отправим в понедельник, т.к. склад закрыт.',
    },
    {
      ru: 'Спасибо за заказ! мы отправим его завтра.',
      messages: ['1:19-1:21 grammar-sentence-case lower {"actual":"мы","expected":"Мы"}'],
      output: 'Спасибо за заказ! Мы отправим его завтра.',
    },
    {
      ru: 'спасибо за заказ! Мы отправим его завтра.',
      messages: ['1:1-1:8 grammar-sentence-case lower {"actual":"спасибо","expected":"Спасибо"}'],
      output: 'Спасибо за заказ! Мы отправим его завтра.',
      name: 'a text that starts in lower case while its next sentence starts with a capital',
    },
    {
      ru: 'Заказ в пути. курьер позвонит заранее? да, обязательно.',
      messages: [
        '1:15-1:21 grammar-sentence-case lower {"actual":"курьер","expected":"Курьер"}',
        '1:40-1:42 grammar-sentence-case lower {"actual":"да","expected":"Да"}',
      ],
      output: 'Заказ в пути. Курьер позвонит заранее? Да, обязательно.',
    },
  ],
});

/* ------------------------------------------------------------------- data */

const INDEX = fileURLToPath(new URL('../../data/ru-words.bin', import.meta.url));
const lexicon = bothLexicons(morphLexicon(analyse), indexLexicon(WordIndex.open(INDEX)));
const slipsOf = (words: CaseWords, text: string) => caseChecker(words, lexicon)(text, tokenize(text));
const LISTS = ['names', 'innerAbbreviations', 'openAbbreviations', 'standalone', 'nameAfter', 'openers'] as const;

describe('case-words.yaml', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(CASE_WORDS) || validate.errors).toBe(true);
  });

  for (const list of LISTS) {
    CASE_WORDS[list].forEach((group: CaseGroup, g) => {
      describe(`${list}[${g}]`, () => {
        for (const text of group.examples) it(`accepts «${text}»`, () => expect(slipsOf(CASE_WORDS, text)).toEqual([]));
        for (const text of group.counterexamples) it(`still reports «${text}»`, () => expect(slipsOf(CASE_WORDS, text).length).toBeGreaterThan(0));
        it('decides one of its texts (without its words, the rule says otherwise on one)', () => {
          const without = { ...CASE_WORDS, [list]: CASE_WORDS[list].map((x, k) => (k === g ? { ...x, words: [] } : x)) };
          const changed = [...group.examples, ...group.counterexamples].filter((text) => slipsOf(without, text).length !== slipsOf(CASE_WORDS, text).length);
          expect(changed.length).toBeGreaterThan(0);
        });
      });
    });
  }

  it('writes abbreviations with their full stops and no spaces, and names with a capital', () => {
    for (const list of ['innerAbbreviations', 'openAbbreviations'] as const) {
      for (const w of CASE_WORDS[list].flatMap((g) => g.words)) expect(w, w).toMatch(/^(?:[а-яё]+\.)+$/);
    }
    for (const list of ['names', 'standalone', 'nameAfter', 'openers'] as const) {
      for (const w of CASE_WORDS[list].flatMap((g) => g.words)) expect(w, w).toMatch(/^[А-ЯЁ][а-яё]*$/);
    }
  });
});

/* ----------------------------------------------------------------- lexicons */

function reading(lemma: string, tags: string[], predicted = false): Reading {
  const set = new Set(tags);
  return { lemma, pos: tags[0]!, tags: set, tag: tags.join(','), predicted, has: (...g: string[]) => g.every((x) => set.has(x)) };
}

describe('lexicons', () => {
  const table: Record<string, Reading[]> = {
    вера: [reading('вера', ['NOUN', 'femn', 'nomn']), reading('вера', ['NOUN', 'Name', 'femn', 'nomn'])],
    кринжовый: [reading('кринжовый', ['ADJF', 'masc', 'nomn'], true)],
    новый: [reading('новый', ['ADJF', 'masc', 'nomn'])],
    нового: [reading('новый', ['ADJF', 'masc', 'gent'])],
    наш: [reading('наш', ['ADJF', 'Apro', 'masc', 'nomn'])],
    сказка: [reading('сказка', ['NOUN', 'femn', 'nomn'])],
  };
  const morph = morphLexicon((w) => table[w.toLowerCase()] ?? []);

  it('reads a word from its dictionary readings, never a predicted one', () => {
    expect([morph.isWord('сказка'), morph.isWord('кринжовый'), morph.isWord('абырвалг')]).toEqual([true, false, false]);
  });
  it('reads a name from a name grammeme', () => {
    expect([morph.isName('Вера'), morph.isName('Сказка')]).toEqual([true, false]);
  });
  it('reads adjectives, in the nominative when asked, never pronominal ones', () => {
    expect([morph.isAdjective!('Новый', true), morph.isAdjective!('Нового', true), morph.isAdjective!('Нового', false), morph.isAdjective!('Наш', false)]).toEqual([true, false, true, false]);
  });
  it('finds a word of the word index written with «е» for «ё»', () => {
    const index = indexLexicon({ has: (w) => w === 'ещё' || w === 'Орёл' });
    expect([index.isWord('еще'), index.isName('Орел'), index.isWord('ёще')]).toEqual([true, true, false]);
  });
  it('needs both dictionaries for a word and either for a name', () => {
    const index = indexLexicon({ has: (w) => w === 'вера' || w === 'Сказка' });
    const both = bothLexicons(morph, index);
    expect([both.isWord('вера'), both.isWord('сказка'), both.isName('Сказка'), both.isName('Вера')]).toEqual([true, false, true, true]);
    expect(both.isAdjective).toBe(morph.isAdjective);
  });
});

/* ------------------------------------------------------------ project names */

describe('names the project writes with a capital', () => {
  const yaml = 'templates:\n  - id: t\n    text:\n      ru: Заказ собран, Ромашка благодарит вас за покупку.\n';
  const lint = (resources: Record<string, readonly unknown[]>): string[] => messageIdLines(lintString(yaml, { rules: [asAnyRule(rule)], resources }));
  const reported = ['4:25-4:32 grammar-sentence-case capital {"actual":"Ромашка","expected":"ромашка"}'];

  it('are reported without a glossary or word list', () => expect(lint({})).toEqual(reported));
  it('are kept when a word list writes them so', () => expect(lint({ dictionary: ['Ромашка'] })).toEqual([]));
  it('are kept when a glossary term writes them so', () => {
    const glossary = loadGlossary([{ path: 'glossary.yaml', text: 'terms:\n  - id: shop\n    zh: [小雏菊]\n    ru: [Ромашка]\n' }]);
    expect(glossary.problems).toEqual([]);
    expect(lint({ glossary: glossary.entries })).toEqual([]);
  });
  it('are not kept when the list writes them in lower case (an ordinary word)', () => expect(lint({ dictionary: ['ромашка'] })).toEqual(reported));
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
