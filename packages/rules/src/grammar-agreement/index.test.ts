import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { fileURLToPath } from 'node:url';
import { lintString, runCase, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { type AgreementData } from './index.js';
import data from './agreement.yaml';
import schema from './agreement.schema.json';

const lists = data as AgreementData;

function findings(text: string): string[] {
  return runCase(asAnyRule(rule), { ru: text }).messages;
}

describe('agreement.yaml', () => {
  it('follows its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
  for (const sentence of lists.examples) it(`reports: ${sentence}`, () => expect(findings(sentence)).not.toEqual([]));
  for (const sentence of lists.counterexamples) it(`passes: ${sentence}`, () => expect(findings(sentence)).toEqual([]));
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));

testRule(rule, {
  valid: [
    'Спасибо за ваш отзыв! Посылка будет доставлена в пятницу.',
    'Мы довольны покупателями, которые оставляют отзывы.',
    'Из 2 товаров один уже в пути, а 5 товаров ждут отправки.',
    { ru: '{name}, ваш заказ отправлен.', placeholders: { name: { example: 'Анна' } }, name: 'a placeholder breaks no phrase' },
    { ru: 'Модель «Новая коллекции» уже в продаже.', name: 'quoted text is not judged' },
    { ru: 'Отправляем через Ozon Rocket, курьер DHL приехал.', name: 'Latin words are left alone' },
    { ru: 'Товар Ромашка отправлен.', name: 'a capital mid-sentence marks a name' },
    { ru: 'Нам удалось найти посылку, и выяснилось, что её перепутали.', name: 'impersonal verbs in the neuter' },
    { ru: 'Куртки удались на славу.', name: '«удаться» without an infinitive has a subject' },
    { ru: 'Когда хочется пить, пейте воду.', name: 'an impersonal verb with no person' },
    { ru: 'В такой коробке заказ не помнётся, на какой склад его ни отправь.', name: '«такой», «какой» agreeing after a preposition' },
    { ru: 'Маша и я отправили заказ.', name: 'a pronoun coordinated with a noun' },
    { ru: 'Что такое доставка до двери? Какой размер вам нужен?', name: '«что такое», and «какой» agreeing' },
    { ru: 'Мы были много раз на складе, и у нас было много заказов.', name: 'a quantity of time, and a neuter verb' },
    { ru: 'Это товары, которые покупает каждый второй.', name: '«который» as the object of a verb whose subject follows' },
    { ru: 'Отзыв покупатели оставят после получения.', name: 'a thing before a person that agrees with the verb' },
    { ru: 'Мы получили оплату, оплаченный заказ отправим завтра.', name: 'a participle before its own noun' },
    { ru: 'В наличии шерстяной и хлопковой пряжи пяти цветов.', name: 'singular modifiers joined by «и» share a plural noun' },
    { ru: 'Мы вернём деньги, пострадавшие получат компенсацию.', name: 'a participle used as a noun, with its own verb' },
    { ru: 'Спасибо за отзыв о куртке, купленной у нас.', name: 'a participle agreeing with a noun before the comma' },
    { ru: 'Продавец проверил товар и пришли деньги.', name: 'a second verb with a subject of its own' },
    { ru: 'Доставка длилась месяц, посылка весила килограмм.', name: 'nouns of time and measure after an intransitive verb' },
  ],
  invalid: [
    { ru: 'Спасибо за вашего отзыв!', messages: ['1:12-1:24 grammar-agreement modifier {"actual":"вашего отзыв","modifier":"вашего","noun":"отзыв"}'] },
    { ru: 'Мы отправим заказ в нашем новом магазином.', messages: ['1:21-1:42 grammar-agreement modifier {"actual":"нашем новом магазином","modifier":"новом","noun":"магазином"}'] },
    { ru: 'Эти посылка придёт завтра.', messages: ['1:1-1:12 grammar-agreement modifier {"actual":"Эти посылка","modifier":"Эти","noun":"посылка"}'] },
    { ru: 'Осталось пять товара.', messages: ['1:10-1:21 grammar-agreement numeral {"actual":"пять товара","noun":"товара","numeral":"пять"}'] },
    { ru: 'Посылка отправлены сегодня.', messages: ['1:1-1:19 grammar-agreement subject {"actual":"Посылка отправлены","predicate":"отправлены","subject":"Посылка"}'] },
    { ru: 'Вы получит посылку через три дня.', messages: ['1:1-1:11 grammar-agreement subject {"actual":"Вы получит","predicate":"получит","subject":"Вы"}'] },
    { ru: 'Курьер приехали утром.', messages: ['1:1-1:16 grammar-agreement subject {"actual":"Курьер приехали","predicate":"приехали","subject":"Курьер"}'] },
    { ru: 'Доставка 25 декабрь.', messages: ['1:10-1:20 grammar-agreement date {"actual":"25 декабрь","date":"25 декабрь"}'] },
    { ru: 'Акция действует в 2026 года.', messages: ['1:17-1:28 grammar-agreement date {"actual":"в 2026 года","date":"в 2026 года"}'] },
    { ru: 'Мы проверили размеры, которая вы указали.', messages: ['1:23-1:30 grammar-agreement relative {"actual":"которая","noun":"размеры","relative":"которая"}'] },
    { ru: 'Нам удались найти посылку.', messages: ['1:5-1:12 grammar-agreement impersonal {"actual":"удались","verb":"удались"}'] },
    { ru: 'Вчера выяснились, к примеру, что курьер ошибся.', messages: ['1:7-1:17 grammar-agreement impersonal {"actual":"выяснились","verb":"выяснились"}'] },
    { ru: 'Проверьте заказ для свой цели.', name: 'a noun with an imperative of the same spelling after a modifier', messages: ['1:21-1:30 grammar-agreement modifier {"actual":"свой цели","modifier":"свой","noun":"цели"}'] },
    { ru: 'Курьер приедет раннем утром.', name: 'a noun whose instrumental is an adverb, after a modifier', messages: ['1:16-1:28 grammar-agreement modifier {"actual":"раннем утром","modifier":"раннем","noun":"утром"}'] },
    { ru: 'Первый партия уже в пути.', name: 'an ordinal (lemma «один») is a modifier', messages: ['1:1-1:14 grammar-agreement modifier {"actual":"Первый партия","modifier":"Первый","noun":"партия"}'] },
    { ru: 'Храним заказы в такой коробку.', name: '«такой» between a preposition and its noun', messages: ['1:17-1:30 grammar-agreement modifier {"actual":"такой коробку","modifier":"такой","noun":"коробку"}'] },
    { ru: 'А я отправили вам трек-номер.', name: 'a conjunction that starts the sentence joins no subjects', messages: ['1:3-1:14 grammar-agreement subject {"actual":"я отправили","predicate":"отправили","subject":"я"}'] },
    { ru: 'Мы отправили куртки, упакованный в коробки.', name: 'a participle after a comma', messages: ['1:22-1:33 grammar-agreement participle {"actual":"упакованный","noun":"куртки","participle":"упакованный"}'] },
    { ru: 'Курьер взял коробку и отвезли её на склад.', name: 'a second verb of the same subject', messages: ['1:23-1:30 grammar-agreement subject {"actual":"отвезли","predicate":"отвезли","subject":"Курьер"}'] },
    { ru: 'Вчера на складе произошла сбой.', name: 'an intransitive verb before its subject', messages: ['1:17-1:31 grammar-agreement subject {"actual":"произошла сбой","predicate":"произошла","subject":"сбой"}'] },
    { ru: 'Пишите в любом время.', name: '«любой», also a pronoun, before a noun', messages: ['1:10-1:21 grammar-agreement modifier {"actual":"любом время","modifier":"любом","noun":"время"}'] },
    { ru: 'Наша любовь к покупателям начался давно.', name: 'a lower-case word is no person\'s name («любовь»)', messages: ['1:6-1:34 grammar-agreement subject {"actual":"любовь к покупателям начался","predicate":"начался","subject":"любовь"}'] },
    { ru: 'Ваш заказ к празднику пришла вовремя.', name: 'an intransitive verb with a short adjective of the same spelling', messages: ['1:5-1:29 grammar-agreement subject {"actual":"заказ к празднику пришла","predicate":"пришла","subject":"заказ"}'] },
    { ru: 'Покупатель пишет: «посылка пришли без чека и без коробки».', name: 'a quoted sentence is speech and is judged', messages: ['1:20-1:34 grammar-agreement subject {"actual":"посылка пришли","predicate":"пришли","subject":"посылка"}'] },
    { ru: 'Это модели, которые с каждым сезоном радует покупателей.', name: '«который» with a transitive verb and no other subject after it', messages: ['1:13-1:44 grammar-agreement subject {"actual":"которые с каждым сезоном радует","predicate":"радует","subject":"которые"}'] },
    { ru: 'Ты правильно поняло.', name: '«ты» is never neuter', messages: ['1:1-1:20 grammar-agreement subject {"actual":"Ты правильно поняло","predicate":"поняло","subject":"Ты"}'] },
    { ru: 'Зачем ты для нас копирует отзывы?', name: 'a preposition with a pronoun between subject and verb', messages: ['1:7-1:26 grammar-agreement subject {"actual":"ты для нас копирует","predicate":"копирует","subject":"ты"}'] },
    { ru: 'На остановке курьер остановились.', name: 'an oblique noun before the subject', messages: ['1:14-1:33 grammar-agreement subject {"actual":"курьер остановились","predicate":"остановились","subject":"курьер"}'] },
    { ru: 'Мы сделаем такой скидку.', name: '«такой» right before its noun', messages: ['1:12-1:24 grammar-agreement modifier {"actual":"такой скидку","modifier":"такой","noun":"скидку"}'] },
    { ru: 'Главным плюсом стал то, что доставка бесплатная.', name: '«то, что» after an intransitive verb', messages: ['1:16-1:23 grammar-agreement subject {"actual":"стал то","predicate":"стал","subject":"то"}'] },
    { ru: 'У нас была много заказов.', name: 'a quantity word as the subject', messages: ['1:7-1:25 grammar-agreement quantity {"actual":"была много заказов","quantity":"много","verb":"была"}'] },
    { ru: 'Ты их получили?', name: 'an object pronoun between subject and verb', messages: ['1:1-1:15 grammar-agreement subject {"actual":"Ты их получили","predicate":"получили","subject":"Ты"}'] },
    { ru: 'Мы отправим вашу новый телефон.', name: 'of two modifiers, the message names the one that agrees with nothing (a possessive)', messages: ['1:13-1:31 grammar-agreement modifier {"actual":"вашу новый телефон","modifier":"вашу","noun":"телефон"}'] },
    { ru: 'Проверьте срок службы бесплатной защитного чехла.', name: 'of two modifiers, the message names the one that agrees with nothing (an adjective)', messages: ['1:23-1:49 grammar-agreement modifier {"actual":"бесплатной защитного чехла","modifier":"бесплатной","noun":"чехла"}'] },
  ],
});

describe('suggestions', () => {
  const expectedOf = (text: string): unknown[] => {
    const yaml = `templates:\n  - id: t\n    text:\n      ru: ${JSON.stringify(text)}\n`;
    return lintString(yaml, { rules: [asAnyRule(rule)] }).files.flatMap((f) => f.messages).map((m) => m.expected);
  };
  it('offers the one form that agrees', () => {
    expect(expectedOf('Осталось пять товара.')).toEqual([['пять товаров']]);
    expect(expectedOf('Вы получит посылку.')).toEqual([['Вы получите']]);
    expect(expectedOf('Эта товар уже на складе.')).toEqual([['Этот товар']]);
    expect(expectedOf('Доставка 25 декабрь.')).toEqual([['25 декабря']]);
    expect(expectedOf('Акция действует в 2026 года.')).toEqual([['в 2026 году']]);
    expect(expectedOf('Нам удались найти посылку.')).toEqual([['удалось']]);
    expect(expectedOf('У нас была много заказов.')).toEqual([['было много заказов']]);
  });
  it('keeps the words between a subject and its verb', () => {
    expect(expectedOf('Никто вам не ответят.')).toEqual([['Никто вам не ответит']]);
  });
  it('changes the modifier to the noun, in the accusative by its animacy', () => {
    expect(expectedOf('Спасибо за вашего отзыв!')).toEqual([['ваш отзыв']]);
  });
  it('offers nothing for a phrase of several modifiers', () => {
    expect(expectedOf('Мы отправим заказ в нашем новом магазином.')).toEqual([undefined]);
  });
});
