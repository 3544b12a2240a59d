import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { analyse } from '@otvet/morph';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, parseNatural, parsePlaceholders } from '@otvet/core';
import rule, { data, findVerbForms, imperativeOfInfinitive, indicativeFor, requestImperativeFor, thirdPersonFor } from './index.js';
import raw from './verb-forms.yaml';
import schema from '../../schema/verb-forms.schema.json';
import { sentencesOf } from '../lib/patterns/index.js';

testRule(rule, {
  valid: [
    { ru: 'Не забудьте подтвердить заказ и оставить отзыв. Свяжитесь с нами, чтобы узнать статус и получить скидку. Мы просим проверить и подтвердить заказ.', name: 'infinitives joined by «и» after a governing verb or a clause opener' },
    { ru: 'Пожалуйста, оставить отзыв, будем рады. Пожалуйста, забрать заказ, если что, можно в пункте выдачи.', name: 'a predicative or a short adjective after the comma may take the infinitive' },
    { ru: 'Мы можем и отправить замену. У вас есть возможность и обменять товар. Мы проверим, и отправить замену нужно будет сразу.', name: 'an infinitive after «и» joined to a modal or a noun that takes one, or governed by a predicative after it' },
    { ru: 'Вы подтвердите получение и сможете оставить отзыв. Подождите немного, и вернуть деньги можно будет сразу.', name: 'an infinitive after «и» with a verb or predicative of its own' },
    { ru: 'Лучше, пожалуйста, подождать.', name: 'a comparative that may take the infinitive' },
    { ru: 'Просим, пожалуйста, не волноваться. Напишите, пожалуйста, как вам удобнее получить заказ.', name: '«пожалуйста» mid-sentence after a word that takes the infinitive, or before a question word' },
    { ru: 'Если вы хотите, пожалуйста, оставить отзыв. Если вы согласны, пожалуйста, подождать. Если можно, пожалуйста, подождать.', name: 'a subordinate clause that ends with a word that may take the infinitive' },
    { ru: 'Если курьер опоздал, а вы ждали, пожалуйста, написать нам.', name: 'more than one clause before «пожалуйста»' },
    { ru: 'Вам удобно будет забрать заказ завтра? Нам сложно будет найти этот размер.', name: 'a predicative of an adverb\'s spelling before «будет» governs the infinitive' },
    { ru: 'Заказ, может, придёт завтра. Вы должны нам деньги. Курьер должен был приехать.', name: '«может» with its commas; «должен» before a noun it governs or «быть»' },
    { ru: 'Товары может отличатся, они может вернутся. Может вернутся завтра.', name: '«может» after a plural subject or none: a word of doubt with its commas left out' },
    { ru: 'Пожалуйста, оставите отзыв? Вы, пожалуйста, проверяете посылку сразу. Вы не волнуетесь, пожалуйста.', name: '«вы» indicatives after «пожалуйста» in a question, or with «вы» before them' },
    { ru: 'Вы будете есть? Он будет отправляем завтра, заказ будет отправлен.', name: '«будет» before an infinitive of the same spelling, a short participle that fits it, a short form' },
    'Когда вы вышлете фото, мы оформим возврат.',
    'Пожалуйста, вышлите фото упаковки.',
    'Если вы выполните условия акции, скидка сохранится.',
    'Вы напишите нам, пожалуйста, номер заказа.',
    'Если вам удобно напишите номер заказа в чат.',
    'Оформить возврат можно в личном кабинете.',
    'Мы можем отправить заказ сегодня.',
    { ru: 'Когда {name} вышлите фото, мы ответим.', placeholders: { name: { example: 'Анна' } }, name: 'a placeholder is not «вы»' },
    { ru: 'Нажмите «Если вы выберите»: так называется кнопка.', name: 'quoted text' },
    { ru: 'Оставить отзыв о товаре.', options: { infinitive: false }, name: 'the bare-infinitive check can be turned off' },
    { ru: '1. Проверить размер по таблице.\n2. Оформить заказ.', name: 'a list item' },
    { ru: 'Мы не cмогли отправить заказ вовремя.', name: 'a word with a Latin letter may be the verb' },
    { ru: 'Мы будем отправлять заказы каждый день и будем использовать новую упаковку.', name: 'the compound future of imperfective verbs and of verbs of both aspects' },
    { ru: 'Пожалуйста, проверить размер можно в таблице.', name: 'an infinitive after «пожалуйста» with a predicative' },
    { ru: 'Можно уточню ваш размер? Мы можем быстро отправить заказ.', name: 'a verb of «я» after «можно», and an adverb before an infinitive' },
    { ru: 'Вам нужно будет обновить приложение, курьер должен будет позвонить.', name: 'an infinitive of a predicative or a short form before «будет»' },
  ],
  invalid: [
    { ru: 'Пожалуйста, не волнуетесь. Пожалуйста, проверяете посылку при получении.', name: 'any «вы» indicative after «пожалуйста» (and «не»), not in a question', messages: [
      '1:16-1:26 grammar-verb-form indicative {"actual":"волнуетесь","expected":"волнуйтесь"}',
      '1:40-1:50 grammar-verb-form indicative {"actual":"проверяете","expected":"проверяйте"}',
    ] },
    { ru: 'Заказ можно отменит до отправки.', name: 'a verb of the third person after «можно»', messages: ['1:13-1:20 grammar-verb-form verb-after-modal {"actual":"отменит","expected":"отменить","modal":"можно"}'] },
    { ru: 'Мы хотим сообщаем вам о задержке.', name: 'a first person plural that is also a short participle («сообщаем»)', messages: ['1:10-1:18 grammar-verb-form verb-after-modal {"actual":"сообщаем","expected":"сообщать","modal":"хотим"}'] },
    { ru: 'Цвет может немного отличается от фото.', name: '«может» after a singular subject before a verb of «он»', messages: ['1:20-1:30 grammar-verb-form verb-after-modal {"actual":"отличается","expected":"отличаться","modal":"может"}'] },
    { ru: 'Товар должен приходит через неделю.', name: 'a verb after the short «должен»', messages: ['1:14-1:22 grammar-verb-form verb-after-modal {"actual":"приходит","expected":"приходить","modal":"должен"}'] },
    { ru: 'Вы можете быстро напишите нам.', name: 'an adverb between the modal and the verb', messages: ['1:18-1:26 grammar-verb-form verb-after-modal {"actual":"напишите","expected":"написать","modal":"можете"}'] },
    { ru: 'Пожалуйста, не беспокоиться.', name: 'an infinitive after «пожалуйста» and «не»', messages: ['1:16-1:28 grammar-verb-form please-infinitive {"actual":"беспокоиться","expected":"беспокойтесь"}'] },
    { ru: 'Пожалуйста, свяжитесь с нами перед оставить отзыв.', name: 'a preposition before an infinitive, with the clause offered', messages: ['1:30-1:44 grammar-verb-form preposition-infinitive {"actual":"перед оставить","advice_en":" Write “перед тем как оставить”.","advice_ru":" Напишите «перед тем как оставить».","advice_zh":"请改为“перед тем как оставить”。","preposition":"перед","verb":"оставить"}'] },
    { ru: 'Мы вернём деньги после получить товар.', name: 'a preposition before an infinitive, with no clause to offer', messages: ['1:18-1:32 grammar-verb-form preposition-infinitive {"actual":"после получить","advice_en":"","advice_ru":"","advice_zh":"","preposition":"после","verb":"получить"}'] },
    { ru: 'Пожалуйста, свяжите с нами.', output: 'Пожалуйста, свяжитесь с нами.', name: 'a verb without the «-ся» of its sense with the preposition', messages: ['1:13-1:20 grammar-verb-form missing-reflexive {"actual":"свяжите","expected":"свяжитесь","lemma":"связаться","prep":"с"}'] },
    { ru: 'Мы никогда отправляем подделки.', name: 'a negative adverb with no «не» at its verb', messages: ['1:12-1:22 grammar-verb-form negative-concord {"actual":"отправляем","expected":"не отправляем","negative":"никогда"}'] },
    { ru: 'Ваша посылка доставит завтра.', name: 'a thing that is delivered as the subject of «доставить» (no reflexive form in the dictionary)', messages: ['1:6-1:22 grammar-verb-form patient-subject {"actual":"посылка доставит","advice_en":"","advice_ru":"","advice_zh":"","subject":"посылка","verb":"доставит"}'] },
    { ru: 'Оплата вернёт на карту в течение трёх дней.', name: 'a thing that is returned, with the reflexive form suggested', messages: ['1:1-1:14 grammar-verb-form patient-subject {"actual":"Оплата вернёт","advice_en":" Write “Оплата вернётся”.","advice_ru":" Напишите «Оплата вернётся».","advice_zh":"请改为“Оплата вернётся”。","subject":"Оплата","verb":"вернёт"}'] },
    { ru: 'Когда вы получите посылку, пожалуйста, проверить её.', name: 'after a subordinate clause that opens the sentence', messages: ['1:40-1:49 grammar-verb-form please-infinitive {"actual":"проверить","expected":"проверьте"}'] },
    { ru: 'Пожалуйста, подождать, мы решим вопрос.', name: 'an infinitive after «пожалуйста» and a clause of its own after a comma', messages: ['1:13-1:22 grammar-verb-form please-infinitive {"actual":"подождать","expected":"подождите"}'] },
    { ru: 'Заказ уже отправлен, пожалуйста, терпеливо ждать.', name: '«пожалуйста» after a clause whose predicate is a short participle, which takes no infinitive', messages: ['1:44-1:49 grammar-verb-form please-infinitive {"actual":"ждать","expected":"ждите"}'] },
    { ru: 'Пожалуйста, оставить отзыв.', name: 'an infinitive after «пожалуйста»', messages: ['1:13-1:21 grammar-verb-form please-infinitive {"actual":"оставить","expected":"оставьте"}'] },
    { ru: 'Пожалуйста, не вскрыть упаковку.', name: 'a negated perfective: no imperative to suggest', messages: ['1:16-1:23 grammar-verb-form please-infinitive-plain {"actual":"вскрыть"}'] },
    { ru: 'Пожалуйста, оставить отзыв.', options: { infinitive: false }, name: 'after «пожалуйста» an error, whatever the style option', messages: ['1:13-1:21 grammar-verb-form please-infinitive {"actual":"оставить","expected":"оставьте"}'] },
    { ru: 'Мы будем отправить заказ завтра.', name: '«будем» with a perfective infinitive', messages: ['1:4-1:19 grammar-verb-form future-perfective {"actual":"будем отправить","aux":"будем","expected":"отправим","infinitive":"отправить"}'] },
    { ru: 'Пожалуйста, проверьте адрес и подтвердить заказ.', name: 'an infinitive joined by «и» to a request', messages: ['1:31-1:42 grammar-verb-form coordinated-infinitive {"actual":"подтвердить","advice_en":" Write “подтвердите”.","advice_ru":" Напишите «подтвердите».","advice_zh":"请改为“подтвердите”。","request":"проверьте"}'] },
    { ru: 'Пожалуйста, подтвердите получение и оставить отзыв.', name: 'a request in «-ите» that is also the future of «вы»', messages: ['1:37-1:45 grammar-verb-form coordinated-infinitive {"actual":"оставить","advice_en":" Write “оставьте”.","advice_ru":" Напишите «оставьте».","advice_zh":"请改为“оставьте”。","request":"подтвердите"}'] },
    { ru: 'Мы проверим товар и отправить замену как можно скорее.', name: 'an infinitive joined by «и» to an indicative («как можно» governs nothing)', messages: ['1:21-1:30 grammar-verb-form coordinated-finite {"actual":"отправить","advice_en":" Write “отправим”.","advice_ru":" Напишите «отправим».","advice_zh":"请改为“отправим”。","verb":"проверим"}'] },
    { ru: 'Мы получили сообщение и скоро ответить.', name: 'an infinitive after «и» and an adverb, joined to a past form: no form offered (the tense is meant otherwise)', messages: ['1:31-1:39 grammar-verb-form coordinated-finite {"actual":"ответить","advice_en":"","advice_ru":"","advice_zh":"","verb":"получили"}'] },
    { ru: 'Проверьте почту и подтвердить заказ.', name: 'a noun of the same spelling as a verb form between', messages: ['1:19-1:30 grammar-verb-form coordinated-infinitive {"actual":"подтвердить","advice_en":" Write “подтвердите”.","advice_ru":" Напишите «подтвердите».","advice_zh":"请改为“подтвердите”。","request":"Проверьте"}'] },
    { ru: 'Ваш заказ в пути, пожалуйста терпеливо ждать.', name: '«пожалуйста» after a comma and an adverb before the infinitive', messages: ['1:40-1:45 grammar-verb-form please-infinitive {"actual":"ждать","expected":"ждите"}'] },
    { ru: 'Мы будем отправим ваш заказ сегодня.', name: '«будем» with a perfective verb already conjugated', messages: ['1:4-1:18 grammar-verb-form future-conjugated {"actual":"будем отправим","advice_en":" Write “отправим”.","advice_ru":" Напишите «отправим».","advice_zh":"请改为“отправим”。","aux":"будем","verb":"отправим"}'] },
    { ru: 'Мы будем быстро отправляем заказы.', name: '«будем» with an imperfective verb already conjugated, an adverb between', messages: ['1:4-1:27 grammar-verb-form future-conjugated {"actual":"будем быстро отправляем","advice_en":" Write “будем быстро отправлять”.","advice_ru":" Напишите «будем быстро отправлять».","advice_zh":"请改为“будем быстро отправлять”。","aux":"будем","verb":"отправляем"}'] },
    { ru: 'Заказ уже в пути и скоро будет прибыть.', name: 'an adverb of time before «будет» governs no infinitive', messages: ['1:26-1:39 grammar-verb-form future-perfective {"actual":"будет прибыть","aux":"будет","expected":"прибудет","infinitive":"прибыть"}'] },
    { ru: 'Цвет товара может немного отличатся от фото.', output: 'Цвет товара может немного отличаться от фото.', name: '«может» after a singular subject, and a -тся form of another verb one soft sign from the infinitive', messages: ['1:27-1:36 grammar-verb-form verb-after-modal {"actual":"отличатся","expected":"отличаться","modal":"может"}'] },
    { ru: 'Вы можете вернутся к нам.', output: 'Вы можете вернуться к нам.', name: 'a -тся form of another person than the modal', messages: ['1:11-1:19 grammar-verb-form verb-after-modal {"actual":"вернутся","expected":"вернуться","modal":"можете"}'] },
    { ru: 'Курьер не будет прибыть сегодня.', name: '«не будет» with a perfective infinitive', messages: ['1:11-1:24 grammar-verb-form future-perfective {"actual":"будет прибыть","aux":"будет","expected":"прибудет","infinitive":"прибыть"}'] },
    {
      ru: 'Когда вы вышлите фото, мы оформим возврат.',
      messages: ['1:10-1:17 grammar-verb-form imperative {"actual":"вышлите","context":"когда вы","expected":"вышлете"}'],
      output: 'Когда вы вышлете фото, мы оформим возврат.',
    },
    {
      ru: 'Если вы не пришлите фото, мы не сможем помочь.',
      messages: ['1:12-1:20 grammar-verb-form imperative {"actual":"пришлите","context":"если вы","expected":"пришлёте"}'],
      output: 'Если вы не пришлёте фото, мы не сможем помочь.',
      name: 'ё from the data',
    },
    {
      ru: 'Вышлите ли вы фото сегодня?',
      messages: ['1:1-1:8 grammar-verb-form imperative {"actual":"Вышлите","context":"ли","expected":"Вышлете"}'],
      output: 'Вышлете ли вы фото сегодня?',
    },
    {
      ru: 'Пожалуйста, вышлете фото товара.',
      messages: ['1:13-1:20 grammar-verb-form indicative {"actual":"вышлете","expected":"вышлите"}'],
      output: 'Пожалуйста, вышлите фото товара.',
    },
    {
      ru: 'Вышлете фото товара.',
      messages: ['1:1-1:8 grammar-verb-form indicative {"actual":"Вышлете","expected":"Вышлите"}'],
      name: 'a bare sentence start: a suggestion, no fix',
    },
    {
      ru: 'Оставить отзыв о товаре.',
      messages: ['1:1-1:9 grammar-verb-form infinitive {"actual":"Оставить","expected":"Оставьте"}'],
    },
    {
      ru: 'Мы не можем отправка сегодня.',
      messages: ['1:13-1:21 grammar-verb-form noun {"actual":"отправка","expected":"отправить","modal":"можем"}'],
    },
    {
      ru: 'Мы отправить заказ завтра.',
      messages: ['1:4-1:13 grammar-verb-form infinitive-subject {"actual":"отправить","subject":"Мы"}'],
    },
    {
      ru: 'Для возврата вам нужно обратится в пункт выдачи.',
      messages: ['1:24-1:33 grammar-verb-form verb-after-modal {"actual":"обратится","expected":"обратиться","modal":"нужно"}'],
      output: 'Для возврата вам нужно обратиться в пункт выдачи.',
    },
    {
      ru: 'Заказы отправиться завтра.',
      messages: ['1:8-1:19 grammar-verb-form reflexive {"actual":"отправиться","expected":"отправятся","subject":"Заказы"}'],
      output: 'Заказы отправятся завтра.',
    },
    {
      ru: 'Вы можете напишите нам в чат.',
      messages: ['1:11-1:19 grammar-verb-form verb-after-modal {"actual":"напишите","expected":"написать","modal":"можете"}'],
    },
    {
      ru: 'Мы не сможем изменение адреса после отправки.',
      messages: ['1:14-1:23 grammar-verb-form noun-verbal {"actual":"изменение","modal":"сможем"}'],
    },
  ],
  notInCases: { 'infinitive-plain': 'an infinitive whose imperative the analyser cannot confirm' },
});

const find = (text: string) => findVerbForms(sentencesOf(parseNatural(parsePlaceholders(text).masked)), text);

describe('verb-forms.yaml', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(raw) || validate.errors).toBe(true);
  });

  describe('pairs agree with the dictionary', () => {
    for (const pair of data.pairs.entries) {
      it(`${pair.imperative} / ${pair.indicative}`, () => {
        const imp = analyse(pair.imperative);
        const ind = analyse(pair.indicative);
        expect(imp.length).toBeGreaterThan(0);
        expect(imp.every((r) => !r.predicted && r.pos === 'VERB' && r.has('impr', 'plur') && r.lemma === pair.lemma)).toBe(true);
        expect(ind.every((r) => !r.predicted && r.pos === 'VERB' && r.has('indc', '2per', 'plur') && r.lemma === pair.lemma.replace(/ё/g, 'е'))).toBe(true);
        expect(indicativeFor(pair.imperative)).toBe(pair.indicative);
        expect(requestImperativeFor(pair.indicative)).toBe(pair.request ? pair.imperative : undefined);
      });
    }
  });

  describe('deverbal nouns and their verbs are dictionary words', () => {
    for (const { noun, verb } of data.deverbal.entries) {
      it(`${noun} → ${verb}`, () => {
        expect(analyse(noun).some((r) => !r.predicted && r.pos === 'NOUN' && r.has('nomn', 'sing'))).toBe(true);
        expect(analyse(verb).some((r) => !r.predicted && r.pos === 'INFN')).toBe(true);
      });
    }
  });

  describe('examples', () => {
    for (const [messageId, sentences] of Object.entries(data.examples)) {
      for (const text of sentences) {
        it(`${messageId}: ${text}`, () => expect(find(text).map((h) => h.messageId)).toEqual([messageId]));
      }
    }
  });

  describe('counterexamples', () => {
    for (const text of data.counterexamples) {
      it(text, () => expect(find(text).map((h) => `${h.messageId} ${h.token.text}`)).toEqual([]));
    }
  });
});

describe('derived forms', () => {
  it('finds the indicative of an imperative the data does not list', () => {
    expect(indicativeFor('закажите')).toBe('закажете');
    expect(indicativeFor('вышлите')).toBe('вышлете');
    expect(indicativeFor('выполните')).toBeUndefined(); // the two forms coincide
    expect(indicativeFor('отправьте')).toBe('отправите');
    expect(indicativeFor('пришлите')).toBe('пришлёте'); // ё from the data
  });
  it('finds the 3rd person of a reflexive infinitive in the number of its subject', () => {
    expect(thirdPersonFor('отправиться', analyse('заказ'))).toBe('отправится');
    expect(thirdPersonFor('отправиться', analyse('посылки'))).toBe('отправятся');
    expect(thirdPersonFor('отправить', analyse('заказ'))).toBeUndefined();
  });
  it('finds the imperative of an infinitive', () => {
    expect(imperativeOfInfinitive('оставить')).toBe('оставьте');
    expect(imperativeOfInfinitive('проверить')).toBe('проверьте');
    expect(imperativeOfInfinitive('оплатить')).toBe('оплатите');
    expect(imperativeOfInfinitive('вернуть')).toBe('верните');
    expect(imperativeOfInfinitive('сделать')).toBe('сделайте');
    expect(imperativeOfInfinitive('сфотографировать')).toBe('сфотографируйте');
    expect(imperativeOfInfinitive('связаться')).toBe('свяжитесь');
    expect(imperativeOfInfinitive('написать')).toBe('напишите');
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
