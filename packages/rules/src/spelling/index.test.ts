import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { lintString, messageLines, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import { SpellChecker } from './checker.js';
import { WordIndex } from './word-index.js';
import words from './words.yaml';
import slang from '../tone-slang/slang.yaml';
import diminutives from '../tone-diminutive/diminutives.yaml';
import type { Lexicon } from '../lib/tone-lexicon.js';
import schema from '../../schema/word-list.schema.json';

testRule(rule, {
  valid: [
    'Здравствуйте! Ваш заказ отправлен, трек-номер — в карточке заказа.',
    'Ещё еще всё кое-что какой-нибудь из-за по-русски.',
    'Посылка в пункте выдачи Ozon, доставка СДЭК, кабель USB Type-C.',
    'Иван Петров из Москвы получил заказ.',
    'Промокод на следующий заказ в маркетплейсе, постамат рядом с домом.',
    { ru: 'Заказ {order_number} готов.', placeholders: { order_number: { example: '1' } } },
    'Этот материал дорогой, подарочная упаковка — бесплатно.',
    'Спасибо за отзыв!',
    '5 элемент(ов) обновлено.',
    { ru: 'Заказик уже едет, спасибки! Ок, пасиб.', name: 'diminutives and slang are for tone-diminutive and tone-slang, not misspellings' },
    { ru: 'Фулфилмент готов. ФУЛФИЛМЕНТ и фулфилмент-центр, склад Ромашково.', options: { words: ['фулфилмент', 'Ромашково'] }, name: 'project words in every case hunspell allows, hyphenated with a dictionary word' },
    { ru: 'Приемка и приёмка товара на складе Ромашково.', options: { words: ['приёмка', 'Ромашково'] }, name: 'е for ё in project words' },
    { ru: 'Очистите кэш приложения, неподдерживаемый формат фото не загрузится.', name: 'words hunspell lacks that the morphological dictionary lists' },
    { ru: 'Нечисловые символы в поле индекса недопустимы.', name: 'a dictionary word that starts the sentence' },
  ],
  invalid: [
    { ru: 'Извените за задержку.', messages: ['1:1-1:9 spelling misspelled {"suggestion":"Извините","word":"Извените"}'] },
    { ru: 'Заказ атправлен.', messages: ['1:7-1:16 spelling misspelled {"suggestion":"отправлен","word":"атправлен"}'] },
    { ru: 'Мы зделаем всё.', messages: ['1:4-1:11 spelling misspelled {"suggestion":"сделаем","word":"зделаем"}'] },
    { ru: 'Спосибо за пакупку!', messages: [
      '1:1-1:8 spelling misspelled {"suggestion":"Спасибо","word":"Спосибо"}',
      '1:12-1:19 spelling misspelled {"suggestion":"покупку","word":"пакупку"}',
    ] },
    { ru: 'Товар отсутсвует на складе.', messages: ['1:7-1:17 spelling misspelled {"suggestion":"отсутствует","word":"отсутсвует"}'] },
    { ru: 'ВНИМАНИЕ: заказ атправлен', messages: ['1:17-1:26 spelling misspelled {"suggestion":"отправлен","word":"атправлен"}'], name: 'capitals of 8 letters are checked (ВНИМАНИЕ is a word)' },
    { ru: 'Трек-номир пришлём позже.', messages: ['1:1-1:11 spelling misspelled {"suggestion":"Трек-номер","word":"Трек-номир"}'] },
    { ru: 'ромашково рядом.', options: { words: ['Ромашково'] }, messages: ['1:1-1:10 spelling misspelled {"suggestion":"Ромашково","word":"ромашково"}'], name: 'a project word with a capital only as written' },
    { ru: 'Фулфилмнет готов.', options: { words: ['фулфилмент'] }, messages: ['1:1-1:11 spelling misspelled {"suggestion":"Фулфилмент","word":"Фулфилмнет"}'], name: 'the closest project word is suggested first' },
    { ru: 'Фулфилмент готов.', messages: ['1:1-1:11 spelling unknown {"word":"Фулфилмент"}'], name: 'without the project word' },
    { ru: 'Благодарим за пониманье.', messages: ['1:15-1:24 spelling misspelled {"suggestion":"понимание","word":"пониманье"}'], name: 'a variant form the morphological dictionary lists is still reported' },
    { ru: 'Эта упаковка южна.', messages: ['1:14-1:18 spelling misspelled {"suggestion":"южно","word":"южна"}'], name: 'a short form of a relative adjective is still reported' },
  ],
});

describe('words of tone-slang’s and tone-diminutive’s lists', () => {
  // Each is reported by its tone rule with the full word (спс → спасибо, тлф → телефон); spelling
  // must not report it again with a dictionary word that merely looks alike (тлф → тиф, мб → мг).
  const forms = [slang, diminutives].flatMap((list) => (list as Lexicon).entries.flatMap((e) => Object.values(e.forms).map(([form]) => form!)));
  const lint = (text: string): string[] => messageLines(lintString(`templates:\n  - id: t\n    text:\n      ru: ${JSON.stringify(text)}\n`, { rules: [rule] }));
  it('are not reported as misspellings, in lower case or Capitalised', () => {
    expect(forms.length).toBeGreaterThan(500);
    expect(lint(forms.join(', '))).toEqual([]);
    expect(lint(forms.map((f) => f.charAt(0).toUpperCase() + f.slice(1)).join('. '))).toEqual([]);
  });
  it('are, many of them, unknown to the dictionary: only those lists keep them out', () => {
    const dictionary = new SpellChecker(WordIndex.fromBuffer(readFileSync(fileURLToPath(new URL('../../data/ru-words.bin', import.meta.url)))));
    const unknown = forms.filter((f) => !dictionary.isCorrect(f));
    expect(unknown).toEqual(expect.arrayContaining(['спс', 'тлф', 'мб', 'пок', 'канешно', 'тыщи', 'ничо']));
    expect(unknown.length).toBeGreaterThan(100);
  });
});

describe('words the morphological dictionary lists', () => {
  it('are unknown to hunspell: only the morphological dictionary accepts them', () => {
    const dictionary = new SpellChecker(WordIndex.fromBuffer(readFileSync(fileURLToPath(new URL('../../data/ru-words.bin', import.meta.url)))));
    expect(['кэш', 'неподдерживаемый', 'нечисловые', 'пониманье', 'южна'].filter((w) => dictionary.isCorrect(w))).toEqual([]);
  });
});

describe('domain words', () => {
  it('match the word-list schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(words) || validate.errors).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
