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
import type { WordList } from '../lib/word-list.js';
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
    { ru: 'Даркстор готов. ДАРКСТОР и склад-даркстор, склад Ромашково.', options: { words: ['даркстор', 'Ромашково'] }, name: 'project words in every case hunspell allows, hyphenated with a dictionary word' },
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
    { ru: 'Дарксотр готов.', options: { words: ['даркстор'] }, messages: ['1:1-1:9 spelling misspelled {"suggestion":"Даркстор","word":"Дарксотр"}'], name: 'the closest project word is suggested first' },
    { ru: 'Даркстор готов.', messages: ['1:1-1:9 spelling unknown {"word":"Даркстор"}'], name: 'without the project word' },
    { ru: 'Благодарим за пониманье.', messages: ['1:15-1:24 spelling misspelled {"suggestion":"понимание","word":"пониманье"}'], name: 'a variant form the morphological dictionary lists is still reported' },
    { ru: 'Эта упаковка южна.', messages: ['1:14-1:18 spelling misspelled {"suggestion":"южно","word":"южна"}'], name: 'a short form of a relative adjective is still reported' },
    { ru: 'Баллоны с кислородами не пересылаем.', messages: ['1:11-1:22 spelling unknown {"word":"кислородами"}'], name: 'a form hunspell leaves out of a lexeme it knows stays out' },
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
    expect(['кэш', 'неподдерживаемый', 'нечисловые', 'пониманье', 'южна', 'кислородами'].filter((w) => dictionary.isCorrect(w))).toEqual([]);
    expect(dictionary.isCorrect('кислород')).toBe(true);
  });
});

describe('domain words', () => {
  const listed = (words as WordList).groups.flatMap((g) => g.words);
  const lint = (text: string): string[] => messageLines(lintString(`templates:\n  - id: t\n    text:\n      ru: ${JSON.stringify(text)}\n`, { rules: [rule] }));
  const dictionary = new SpellChecker(WordIndex.fromBuffer(readFileSync(fileURLToPath(new URL('../../data/ru-words.bin', import.meta.url)))));

  it('match the word-list schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(words) || validate.errors).toBe(true);
  });
  it('are each accepted, in lower case, Capitalised and with «е» for «ё»', () => {
    expect(listed.length).toBeGreaterThan(1400);
    expect(lint(listed.join(', '))).toEqual([]);
    expect(lint(listed.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('. '))).toEqual([]);
    const yo = listed.filter((w) => w.includes('ё'));
    expect(yo).toEqual(expect.arrayContaining(['приёмок', 'фотоотчёта', 'автоплатёж']));
    expect(lint(yo.map((w) => w.replaceAll('ё', 'е')).join(', '))).toEqual([]);
  });
  it('are words the dictionary lacks: each listed form would be reported without the list', () => {
    // A form the dictionary has does not belong in the list (it would hide nothing), except
    // hyphenated words listed whole for suggestions (трек-номир → трек-номер).
    const known = listed.filter((w) => dictionary.isCorrect(w));
    expect(known.every((w) => w.startsWith('трек-номер'))).toBe(true);
    expect(known.length).toBe(9);
  });
  it('cover marketplace, logistics and modern words in every case and number', () => {
    for (const form of ['фулфилментами', 'кросс-докинга', 'модерацией', 'самозанятых', 'промоакциях', 'отгрузок', 'предоплатами',
      'штрихкодов', 'термоэтикеток', 'постоплату', 'онлайн-оплатах', 'пуш-уведомлений', 'скриншотами', 'селлерам', 'кешбэками']) {
      expect(listed).toContain(form);
    }
  });
  testRule(rule, {
    valid: [
      'Заказ передан в сортцентр, отгрузка со склада FBS — завтра; после приёмки на фулфилменте пришлём трек-номер.',
      'Оплата онлайн-оплатой или предоплатой, постоплата невозможна; кешбэки начисляются после модерации отзыва.',
      'Мы работаем как самозанятые, чек придёт смс-сообщением; штрихкоды и термоэтикетки уже на коробках.',
      'Пришлите, пожалуйста, скриншот или фотоотчёт с фотофиксацией повреждений, и мы оформим возврат.',
      'Свитшоты, лонгсливы и худи оверсайз из футера; легинсы из спандекса.',
      { ru: 'Одну минуточку, сейчас всё проверим. Секундочку, уточняю у склада. Спасибо большое, хорошего дня!', name: 'polite set phrases with a diminutive' },
      { ru: 'Спс, пжл, оч, норм, щас: Спс. Пжл. Оч. Норм. Щас.', name: 'chat abbreviations are tone-slang’s, never a misspelling with an unrelated word' },
    ],
    invalid: [
      { ru: 'Заказ на фулфилменет.', messages: ['1:10-1:21 spelling misspelled {"suggestion":"фулфилменте","word":"фулфилменет"}'], name: 'a misspelt domain word gets the listed form' },
      { ru: 'Товар на модирации.', messages: ['1:10-1:19 spelling misspelled {"suggestion":"модерации","word":"модирации"}'] },
      { ru: 'Оплата через эквайренг.', messages: ['1:14-1:23 spelling misspelled {"suggestion":"эквайринг","word":"эквайренг"}'] },
      { ru: 'Ксюфлорт на коробке.', messages: ['1:1-1:9 spelling unknown {"word":"Ксюфлорт"}'], name: 'a word nothing listed is close to' },
      { ru: 'Штрихкот на коробке.', messages: ['1:1-1:9 spelling misspelled {"suggestion":"Штрихкод","word":"Штрихкот"}'] },
    ],
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
