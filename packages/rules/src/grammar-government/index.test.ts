import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, parseNatural, parsePlaceholders } from '@otvet/core';
import rule from './index.js';
import { findGovernmentErrors, lexicon, prepositionTable, type Finding } from './government.js';
import prepositionsYaml from './prepositions.yaml';
import lexiconYaml from './lexicon.yaml';
import prepositionSchema from '../../schema/government-prepositions.schema.json';
import lexiconSchema from '../../schema/government-lexicon.schema.json';
import { sentencesOf } from '../lib/patterns/index.js';

testRule(rule, {
  valid: [
    { ru: 'Лодку унесло в течении реки, а в течении двух рек вода холодная.', name: '«в течении» of a river' },
    { ru: 'Вам отправим посылку завтра, у нас закажете со скидкой, вас устроит доставка в пятницу.', name: '«вам», «нас» with a verb of another person or after a preposition' },
    { ru: 'Тебе не угодишь, меня не обманешь. Нам вы можете написать в чат.', name: 'a subjectless second person singular, and a sentence with its nominative' },
    { ru: 'Скидка 10 % на все товары и бесплатная доставка.', name: 'a nominative second phrase after a noun: a list of offers' },
    { ru: 'Рассчитываем на ваше понимание, и ваша поддержка важна.', name: 'a nominative that starts a clause of its own' },
    { ru: 'Завтра отправит посылку курьер.', name: 'a nominative after the verb with no subject before it is the subject' },
    { ru: 'Посылку должен забрать курьер, а товар может доставить и почта.', name: 'a third-person modal with its subject after the infinitive' },
    { ru: 'Чтобы вернуть товар, покупатель должен написать нам. Можно узнать статус заказа?', name: '«чтобы» and «можно» before an infinitive with its object' },
    { ru: 'Нажмите кнопку «О наш магазин».', name: 'a quoted name or title is not judged' },
    { ru: 'Заказ, не дай бог, потеряется, но мы вернём деньги.', name: 'a person after an imperative may be the one wished for («не дай бог»)' },
    'Мы отправим вам посылку, а вы получите уведомление.',
    { ru: 'Со склада во вторник, ко мне со всеми; с сайта, в ВТБ, к встрече, к вторичному рынку.', name: '«во», «со», «ко» where they belong, and «в», «с», «к» before a vowel, an abbreviation or another word' },
    { ru: 'Кроме этого товар можно вернуть, для этого товар нужно упаковать.', name: 'a form of «это» after a preposition is the phrase; the noun after it, of another animacy, starts the next clause' },
    { ru: 'Мы отправим новые куртки и новое платье, вернём полную стоимость.', name: 'modifiers whose accusative is their nominative' },
    'Курьер и водитель приедут утром.',
    { ru: 'Заказ соберёт склад, а отправит курьер и водитель.', name: 'subjects after a verb with none before it' },
    "Спасибо за заказ и хорошего дня!",
    "Рады вас видеть в нашем магазине.",
    "Что за размер вы заказали?",
    "О, спасибо за отзыв!",
    "Ответ на вопрос «о заказа» вы найдёте в карточке.",
    "Отправим через СДЭК или Почтой России.",
    "Доставка в Ozon занимает 2 дня.",
    "Заказ прибудет к 15:00.",
    "При этом заказ остаётся у вас.",
    "Варианты: а) с подарком, б) без подарка, в) с открыткой.",
    "Приходите к нам в гости!",
    "Благодаря ему заказ пришёл вовремя.",
    "Ждём вас с 9 до 18 часов.",
    "Мы на связи с утра до вечера.",
    "К сожалению, размера M нет.",
    "Согласно правилам Ozon, возврат возможен в течение 7 дней.",
    "Пишите нам по любому вопросу: мы ответим в течение часа.",
    "Спасибо, что выбрали нас, и удачных покупок!",
    "Товар пришёл в повреждённой упаковке?",
    "Свяжитесь с нами, если у Вас остались вопросы.",
    "Уточните у продавца, в котором часу привезут заказ.",
    "Мы вернём деньги на карту, с которой вы оплатили заказ.",
    "С первого по десятое число действует скидка.",
    "Обратите внимание на размер: он маломерит.",
    "В общем, заказ уже собран.",
    "Извините нас за задержку, заказ уже в пути.",
    "Для этого нажмите «Вернуть товар».",
    "По прибытии заказа вы получите уведомление.",
    "Посылка лежит в пункте выдачи, заберите её у них.",
    "В приёмной менеджеры ответят на ваши вопросы.",
    "Мы сообщим вам о статусе доставки.",
    "Спасибо вам за заказ и отзыв.",
    "Мы ценим каждый ваш отзыв.",
    "Мы отправим завтра посылку. Проверьте внимательно товар.",
    "После получения возврат будет оформлен. После оплаты заказ отправят.",
    { ru: 'Сначала оплата, после отправка. Мы вернём после деньги. Деньги вернёт после банк. Мы отдыхали после целый день.', name: '«после» as an adverb: before a list item, an object, a subject after the verb, a span of time' },
    "Благодарим вас за заказ и доставка придёт завтра.",
    "Расскажите об этом в отзыве.",
    { ru: 'Скидка для {name} уже действует.', placeholders: { name: { example: 'Анна' } } },
  ],
  invalid: [
    { ru: 'Мы отправим заказ в пятнице.', name: 'a day of the week after «в»: the accusative only, and the message says so', messages: ['1:19-1:28 grammar-government preposition {"actual":"в пятнице","advice_en":"Write “пятницу”.","advice_ru":"Напишите «пятницу».","advice_zh":"请改为“пятницу”。","cases_en":"accusative","cases_ru":"винительный","cases_zh":"宾格（第四格）","found_en":"dative or prepositional","found_ru":"дательном или предложном","found_zh":"与格（第三格）或前置格（第六格）","governor":"в","phrase":"пятнице"}'] },
    { ru: 'По прибытию посылки вам придёт уведомление.', name: '«по» at the start of a clause with a noun of an event: the prepositional only', messages: ['1:1-1:12 grammar-government preposition {"actual":"По прибытию","advice_en":"Write “прибытии”.","advice_ru":"Напишите «прибытии».","advice_zh":"请改为“прибытии”。","cases_en":"prepositional","cases_ru":"предложный","cases_zh":"前置格（第六格）","found_en":"dative","found_ru":"дательном","found_zh":"与格（第三格）","governor":"По","phrase":"прибытию"}'] },
    { ru: 'Сожалеем за ошибку в заказе.', name: 'a preposition put in the place of the word’s own', messages: ['1:10-1:19 grammar-government instead {"actual":"за ошибку","advice_en":" Write “об ошибке”.","advice_ru":" Напишите «об ошибке».","advice_zh":"请改为“об ошибке”。","right":"о","word":"Сожалеем","wrong":"за"}'] },
    { ru: 'Цвет соответствует с фотографией.', name: 'a preposition before the bare phrase of a word that takes none', messages: ['1:20-1:33 grammar-government extra {"actual":"с фотографией","advice_en":" Write “фотографии”.","advice_ru":" Напишите «фотографии».","advice_zh":"请改为“фотографии”。","right":"","word":"соответствует","wrong":"с"}'] },
    { ru: 'Свяжитесь нам в чате.', name: '«связаться» with a bare pronoun: the preposition is missing', messages: ['1:1-1:14 grammar-government missing {"actual":"Свяжитесь нам","advice_en":" Write “Свяжитесь с нами”.","advice_ru":" Напишите «Свяжитесь с нами».","advice_zh":"请改为“Свяжитесь с нами”。","phrase":"нам","prep":"с","verb":"Свяжитесь"}'] },
    { ru: 'Вам подождите немного.', name: '«вам» before an imperative: a suggestion, no fix («Подождите» alone may read better)', messages: ['1:1-1:14 grammar-government subject {"actual":"Вам подождите","expected":"Вы подождите","nominative":"Вы","pronoun":"Вам","verb":"подождите"}'] },
    { ru: 'Нам обязательно отправим заказ завтра.', output: 'Мы обязательно отправим заказ завтра.', name: '«нам» as the subject of a verb in the first person plural', messages: ['1:1-1:25 grammar-government subject {"actual":"Нам обязательно отправим","expected":"Мы обязательно отправим","nominative":"Мы","pronoun":"Нам","verb":"отправим"}'] },
    { ru: 'Вам можете вернуть товар.', output: 'Вы можете вернуть товар.', name: '«вам» as the subject of a verb in the second person plural', messages: ['1:1-1:11 grammar-government subject {"actual":"Вам можете","expected":"Вы можете","nominative":"Вы","pronoun":"Вам","verb":"можете"}'] },
    { ru: 'Вы нужно подождать три дня.', output: 'Вам нужно подождать три дня.', name: 'a nominative pronoun before «нужно»', messages: ['1:1-1:9 grammar-government experiencer {"actual":"Вы нужно","expected":"Вам нужно","predicative":"нужно","pronoun":"Вы"}'] },
    { ru: 'Мы ответим в течении трёх дней.', output: 'Мы ответим в течение трёх дней.', name: '«в течении» before a number of days', messages: ['1:12-1:21 grammar-government misspelt {"actual":"в течении","expected":"в течение","phrase":"трёх дней"}'] },
    { ru: 'В течении недели вы получите ответ.', output: 'В течение недели вы получите ответ.', name: '«В течении» before a noun of time, with its capital kept', messages: ['1:1-1:10 grammar-government misspelt {"actual":"В течении","expected":"В течение","phrase":"недели"}'] },
    { ru: 'Надеемся на ваше понимание и поддержка.', name: 'a nominative second phrase that ends the sentence after a verb of «мы»', messages: ['1:30-1:39 grammar-government coordination {"actual":"поддержка","advice_en":"Write “поддержку”.","advice_ru":"Напишите «поддержку».","advice_zh":"请改为“поддержку”。","cases_en":"accusative","cases_ru":"винительный","cases_zh":"宾格（第四格）","first":"ваше понимание","found_en":"nominative","found_ru":"именительном","found_zh":"主格（第一格）","governor":"на","phrase":"поддержка"}'] },
    { ru: 'Благодарим вас за доверие и поддержка.', name: 'a nominative second phrase after a verb of «мы» in -им and its object pronoun', messages: ['1:29-1:38 grammar-government coordination {"actual":"поддержка","advice_en":"Write “поддержку”.","advice_ru":"Напишите «поддержку».","advice_zh":"请改为“поддержку”。","cases_en":"accusative","cases_ru":"винительный","cases_zh":"宾格（第四格）","first":"доверие","found_en":"nominative","found_ru":"именительном","found_zh":"主格（第一格）","governor":"за","phrase":"поддержка"}'] },
    { ru: 'До получения возврат сохраните упаковку.', name: 'the noun of an action after a preposition, and no verb the phrase after it may be the subject of', messages: ['1:4-1:21 grammar-government lexicon {"actual":"получения возврат","advice_en":"Write “возврата”.","advice_ru":"Напишите «возврата».","advice_zh":"请改为“возврата”。","cases_en":"genitive","cases_ru":"родительный","cases_zh":"属格（第二格）","found_en":"nominative or accusative","found_ru":"именительном или винительном","found_zh":"主格（第一格）或宾格（第四格）","frame":"получение","governor":"получения","phrase":"возврат"}'] },
    { ru: 'Мы отправили сообщение с трек номером.', output: 'Мы отправили сообщение с трек-номером.', name: 'the first part of a hyphenated compound written apart after a preposition', messages: ['1:26-1:38 grammar-government hyphen {"actual":"трек номером","expected":"трек-номером","part":"трек"}'] },
    { ru: 'Мы свяжемся с вами после получение.', name: '«после» + a nominative that ends the sentence after a reflexive verb of «мы»', messages: ['1:20-1:35 grammar-government preposition {"actual":"после получение","advice_en":"Write “получения”.","advice_ru":"Напишите «получения».","advice_zh":"请改为“получения”。","cases_en":"genitive","cases_ru":"родительный","cases_zh":"属格（第二格）","found_en":"nominative or accusative","found_ru":"именительном или винительном","found_zh":"主格（第一格）或宾格（第四格）","governor":"после","phrase":"получение"}'] },
    { ru: 'Адрес нельзя изменить после отправка.', name: '«после» + a nominative that ends the sentence after an infinitive', messages: ['1:23-1:37 grammar-government preposition {"actual":"после отправка","advice_en":"Write “отправки”.","advice_ru":"Напишите «отправки».","advice_zh":"请改为“отправки”。","cases_en":"genitive","cases_ru":"родительный","cases_zh":"属格（第二格）","found_en":"nominative","found_ru":"именительном","found_zh":"主格（第一格）","governor":"после","phrase":"отправка"}'] },
    { ru: 'Мы отправим посылка завтра.', messages: ['1:4-1:20 grammar-government object {"actual":"отправим посылка","phrase":"посылка","suggestion_en":" («посылку»)","suggestion_ru":" («посылку»)","suggestion_zh":"（«посылку»）","verb":"отправим"}'] },
    { ru: 'Пожалуйста, проверьте новая посылка.', messages: ['1:13-1:36 grammar-government object {"actual":"проверьте новая посылка","phrase":"новая посылка","suggestion_en":" («новую посылку»)","suggestion_ru":" («новую посылку»)","suggestion_zh":"（«новую посылку»）","verb":"проверьте"}'] },
    { ru: 'Покупатель пишет: «мы отправим посылка завтра утром».', name: 'a quoted sentence is speech and is judged', messages: ['1:23-1:39 grammar-government object {"actual":"отправим посылка","phrase":"посылка","suggestion_en":" («посылку»)","suggestion_ru":" («посылку»)","suggestion_zh":"（«посылку»）","verb":"отправим"}'] },
    { ru: 'Мы отправим посылка и сообщим трек-номер.', name: 'an object before «и» and a second verb', messages: ['1:4-1:20 grammar-government object {"actual":"отправим посылка","phrase":"посылка","suggestion_en":" («посылку»)","suggestion_ru":" («посылку»)","suggestion_zh":"（«посылку»）","verb":"отправим"}'] },
    { ru: 'Мы ценим каждый наш клиент.', name: 'an animate noun after modifiers whose accusative reading is inanimate', messages: ['1:4-1:27 grammar-government object {"actual":"ценим каждый наш клиент","phrase":"каждый наш клиент","suggestion_en":" («каждого нашего клиента»)","suggestion_ru":" («каждого нашего клиента»)","suggestion_zh":"（«каждого нашего клиента»）","verb":"ценим"}'] },
    { ru: 'Мы отправим сегодня новая посылка.', name: 'an adverb between the verb and its object', messages: ['1:4-1:34 grammar-government object {"actual":"отправим сегодня новая посылка","phrase":"новая посылка","suggestion_en":" («новую посылку»)","suggestion_ru":" («новую посылку»)","suggestion_zh":"（«новую посылку»）","verb":"отправим"}'] },
    { ru: 'Мы вернём полная стоимость товара.', name: 'a noun that may be accusative after a modifier that is nominative only', messages: ['1:4-1:27 grammar-government object {"actual":"вернём полная стоимость","phrase":"полная стоимость","suggestion_en":" («полную стоимость»)","suggestion_ru":" («полную стоимость»)","suggestion_zh":"（«полную стоимость»）","verb":"вернём"}'] },
    { ru: 'К сожалению, этот размер сейчас нет в наличии.', name: 'a nominative phrase before «нет в наличии»', messages: ['1:14-1:36 grammar-government absent {"actual":"этот размер сейчас нет","advice_en":" Write “этого размера сейчас нет”.","advice_ru":" Напишите «этого размера сейчас нет».","advice_zh":"请改为“этого размера сейчас нет”。","phrase":"этот размер"}'] },
    { ru: 'Мы сделаем всё, чтобы решить ваша проблема.', name: 'an infinitive after «чтобы»', messages: ['1:23-1:43 grammar-government object {"actual":"решить ваша проблема","phrase":"ваша проблема","suggestion_en":" («вашу проблему»)","suggestion_ru":" («вашу проблему»)","suggestion_zh":"（«вашу проблему»）","verb":"решить"}'] },
    { ru: 'Мы предлагаем бесплатная доставка.', name: 'a verb of «мы» in -ем that is also a short participle', messages: ['1:4-1:34 grammar-government object {"actual":"предлагаем бесплатная доставка","phrase":"бесплатная доставка","suggestion_en":" («бесплатную доставку»)","suggestion_ru":" («бесплатную доставку»)","suggestion_zh":"（«бесплатную доставку»）","verb":"предлагаем"}'] },
    { ru: 'Курьер должен забрать посылка.', name: 'a third-person modal with its subject before it', messages: ['1:15-1:30 grammar-government object {"actual":"забрать посылка","phrase":"посылка","suggestion_en":" («посылку»)","suggestion_ru":" («посылку»)","suggestion_zh":"（«посылку»）","verb":"забрать"}'] },
    { ru: 'Мы можем заменить куртка.', messages: ['1:10-1:25 grammar-government object {"actual":"заменить куртка","phrase":"куртка","suggestion_en":" («куртку»)","suggestion_ru":" («куртку»)","suggestion_zh":"（«куртку»）","verb":"заменить"}'], name: 'an infinitive after a modal word' },
    { ru: "Сообщите о ваш заказ в чат.", messages: [
      '1:1-1:21 grammar-government lexicon {"actual":"Сообщите о ваш заказ","advice_en":"Write “вашем заказе”.","advice_ru":"Напишите «вашем заказе».","advice_zh":"请改为“вашем заказе”。","cases_en":"prepositional","cases_ru":"предложный","cases_zh":"前置格（第六格）","found_en":"nominative or accusative","found_ru":"именительном или винительном","found_zh":"主格（第一格）或宾格（第四格）","frame":"сообщить о","governor":"Сообщите о","phrase":"ваш заказ"}',
    ] },
    { ru: "Доставка без предоплатой.", messages: [
      '1:10-1:25 grammar-government preposition {"actual":"без предоплатой","advice_en":"Write “предоплаты”.","advice_ru":"Напишите «предоплаты».","advice_zh":"请改为“предоплаты”。","cases_en":"genitive","cases_ru":"родительный","cases_zh":"属格（第二格）","found_en":"instrumental","found_ru":"творительном","found_zh":"工具格（第五格）","governor":"без","phrase":"предоплатой"}',
    ] },
    { ru: "Благодарим за ваше терпение и понимания.", messages: [
      '1:31-1:40 grammar-government coordination {"actual":"понимания","advice_en":"Write “понимание”.","advice_ru":"Напишите «понимание».","advice_zh":"请改为“понимание”。","cases_en":"accusative","cases_ru":"винительный","cases_zh":"宾格（第四格）","first":"ваше терпение","found_en":"genitive","found_ru":"родительном","found_zh":"属格（第二格）","governor":"за","phrase":"понимания"}',
    ] },
    { ru: "Курьер приедет к ему завтра.", messages: [
      '1:16-1:21 grammar-government pronoun {"actual":"к ему","expected":"нему","governor":"к"}',
    ] },
    { ru: "Спасибо за вашим отзывом!", messages: [
      '1:1-1:25 grammar-government lexicon {"actual":"Спасибо за вашим отзывом","advice_en":"Write “ваш отзыв”.","advice_ru":"Напишите «ваш отзыв».","advice_zh":"请改为“ваш отзыв”。","cases_en":"accusative","cases_ru":"винительный","cases_zh":"宾格（第四格）","found_en":"instrumental","found_ru":"творительном","found_zh":"工具格（第五格）","frame":"спасибо за","governor":"Спасибо за","phrase":"вашим отзывом"}',
    ] },
    { ru: "Мы поможем вас с выбором размера.", messages: [
      '1:4-1:15 grammar-government lexicon {"actual":"поможем вас","advice_en":"Write “вам”.","advice_ru":"Напишите «вам».","advice_zh":"请改为“вам”。","cases_en":"dative","cases_ru":"дательный","cases_zh":"与格（第三格）","found_en":"genitive, accusative or prepositional","found_ru":"родительном, винительном или предложном","found_zh":"属格（第二格）、宾格（第四格）或前置格（第六格）","frame":"помочь","governor":"поможем","phrase":"вас"}',
    ] },
    { ru: "Информация по ваш заказ появится в приложении.", messages: [
      '1:12-1:24 grammar-government preposition {"actual":"по ваш заказ","advice_en":"Write “вашему заказу”.","advice_ru":"Напишите «вашему заказу».","advice_zh":"请改为“вашему заказу”。","cases_en":"dative","cases_ru":"дательный","cases_zh":"与格（第三格）","found_en":"nominative or accusative","found_ru":"именительном или винительном","found_zh":"主格（第一格）或宾格（第四格）","governor":"по","phrase":"ваш заказ"}',
    ] },
    { ru: "Деньги вернутся в течение пять дней.", messages: [
      '1:17-1:31 grammar-government preposition {"actual":"в течение пять","advice_en":"Put “пять” in the genitive case.","advice_ru":"Поставьте «пять» в родительный падеж.","advice_zh":"请把“пять”的词尾改成属格（第二格）。","cases_en":"genitive","cases_ru":"родительный","cases_zh":"属格（第二格）","found_en":"nominative or accusative","found_ru":"именительном или винительном","found_zh":"主格（第一格）或宾格（第四格）","governor":"в течение","phrase":"пять"}',
    ] },
    { ru: "Следите за обновления в приложении.", messages: [
      '1:1-1:22 grammar-government lexicon {"actual":"Следите за обновления","advice_en":"Put “обновления” in the instrumental case.","advice_ru":"Поставьте «обновления» в творительный падеж.","advice_zh":"请把“обновления”的词尾改成工具格（第五格）。","cases_en":"instrumental","cases_ru":"творительный","cases_zh":"工具格（第五格）","found_en":"nominative, genitive or accusative","found_ru":"именительном, родительном или винительном","found_zh":"主格（第一格）、属格（第二格）或宾格（第四格）","frame":"следить за","governor":"Следите за","phrase":"обновления"}',
    ] },
    { ru: "С уважениям, команда магазина.", messages: [
      '1:1-1:12 grammar-government preposition {"actual":"С уважениям","advice_en":"Put “уважениям” in the genitive or instrumental case.","advice_ru":"Поставьте «уважениям» в родительный или творительный падеж.","advice_zh":"请把“уважениям”的词尾改成属格（第二格）或工具格（第五格）。","cases_en":"genitive or instrumental","cases_ru":"родительный или творительный","cases_zh":"属格（第二格）或工具格（第五格）","found_en":"dative","found_ru":"дательном","found_zh":"与格（第三格）","governor":"С","phrase":"уважениям"}',
    ] },
    { ru: "Подарок для Вам уже в коробке.", messages: [
      '1:9-1:16 grammar-government preposition {"actual":"для Вам","advice_en":"Write “Вас”.","advice_ru":"Напишите «Вас».","advice_zh":"请改为“Вас”。","cases_en":"genitive","cases_ru":"родительный","cases_zh":"属格（第二格）","found_en":"dative","found_ru":"дательном","found_zh":"与格（第三格）","governor":"для","phrase":"Вам"}',
    ] },
    { ru: "Отказ от заказом оформлен, деньги вернутся на карту.", messages: [
      '1:7-1:17 grammar-government preposition {"actual":"от заказом","advice_en":"Write “заказа”.","advice_ru":"Напишите «заказа».","advice_zh":"请改为“заказа”。","cases_en":"genitive","cases_ru":"родительный","cases_zh":"属格（第二格）","found_en":"instrumental","found_ru":"творительном","found_zh":"工具格（第五格）","governor":"от","phrase":"заказом"}',
    ] },
    { ru: "Проверьте товар при получения и перед оплаты.", messages: [
      '1:17-1:30 grammar-government preposition {"actual":"при получения","advice_en":"Put “получения” in the prepositional case.","advice_ru":"Поставьте «получения» в предложный падеж.","advice_zh":"请把“получения”的词尾改成前置格（第六格）。","cases_en":"prepositional","cases_ru":"предложный","cases_zh":"前置格（第六格）","found_en":"nominative, genitive or accusative","found_ru":"именительном, родительном или винительном","found_zh":"主格（第一格）、属格（第二格）或宾格（第四格）","governor":"при","phrase":"получения"}',
      '1:33-1:45 grammar-government preposition {"actual":"перед оплаты","advice_en":"Put “оплаты” in the instrumental case.","advice_ru":"Поставьте «оплаты» в творительный падеж.","advice_zh":"请把“оплаты”的词尾改成工具格（第五格）。","cases_en":"instrumental","cases_ru":"творительный","cases_zh":"工具格（第五格）","found_en":"nominative, genitive or accusative","found_ru":"именительном, родительном или винительном","found_zh":"主格（第一格）、属格（第二格）或宾格（第四格）","governor":"перед","phrase":"оплаты"}',
    ] },
    { ru: "Мы отправим заказ для его.", messages: [
      '1:19-1:26 grammar-government pronoun {"actual":"для его","expected":"него","governor":"для"}',
    ] },
    { ru: "Спасибо за покупку и отзыва.", messages: [
      '1:22-1:28 grammar-government coordination {"actual":"отзыва","advice_en":"Write “отзыв”.","advice_ru":"Напишите «отзыв».","advice_zh":"请改为“отзыв”。","cases_en":"accusative","cases_ru":"винительный","cases_zh":"宾格（第四格）","first":"покупку","found_en":"genitive","found_ru":"родительном","found_zh":"属格（第二格）","governor":"за","phrase":"отзыва"}',
    ] },
    { ru: "Мы напишем о ваших заказе завтра.", messages: [
      '1:12-1:26 grammar-government phrase {"actual":"о ваших заказе","advice_en":"Write “вашем заказе”.","advice_ru":"Напишите «вашем заказе».","advice_zh":"请改为“вашем заказе”。","cases_en":"prepositional","cases_ru":"предложный","cases_zh":"前置格（第六格）","found_en":"genitive, accusative or prepositional","found_ru":"родительном, винительном или предложном","found_zh":"属格（第二格）、宾格（第四格）或前置格（第六格）","governor":"о","phrase":"ваших заказе"}',
    ] },
    { ru: "Заказ уже в новый пункте выдачи.", messages: [
      '1:11-1:25 grammar-government phrase {"actual":"в новый пункте","advice_en":"Write “новом пункте”.","advice_ru":"Напишите «новом пункте».","advice_zh":"请改为“новом пункте”。","cases_en":"accusative or prepositional","cases_ru":"винительный или предложный","cases_zh":"宾格（第四格）或前置格（第六格）","found_en":"nominative, accusative or prepositional","found_ru":"именительном, винительном или предложном","found_zh":"主格（第一格）、宾格（第四格）或前置格（第六格）","governor":"в","phrase":"новый пункте"}',
    ] },
    { ru: "Мы свяжемся с службой доставки в вторник.", output: "Мы свяжемся со службой доставки во вторник.", name: '«с», «в» before a cluster of consonants that starts like them', messages: [
      '1:13-1:22 grammar-government vo {"actual":"с службой","expected":"со службой","long":"со","short":"с"}',
      '1:32-1:41 grammar-government vo {"actual":"в вторник","expected":"во вторник","long":"во","short":"в"}',
    ] },
    { ru: "Напишите к мне, мы работаем с всеми и к второму числу ответим.", output: "Напишите ко мне, мы работаем со всеми и ко второму числу ответим.", name: '«мне», the forms of «весь» and «второй»', messages: [
      '1:10-1:15 grammar-government vo {"actual":"к мне","expected":"ко мне","long":"ко","short":"к"}',
      '1:29-1:36 grammar-government vo {"actual":"с всеми","expected":"со всеми","long":"со","short":"с"}',
      '1:39-1:48 grammar-government vo {"actual":"к второму","expected":"ко второму","long":"ко","short":"к"}',
    ] },
    { ru: "Мы сожалеем о этой задержке.", output: "Мы сожалеем об этой задержке.", messages: [
      '1:13-1:19 grammar-government ob {"actual":"о этой","expected":"об этой"}',
    ] },
    { ru: "Мы сообщим вам о статус доставки.", messages: [
      '1:4-1:24 grammar-government lexicon {"actual":"сообщим вам о статус","advice_en":"Write “статусе”.","advice_ru":"Напишите «статусе».","advice_zh":"请改为“статусе”。","cases_en":"prepositional","cases_ru":"предложный","cases_zh":"前置格（第六格）","found_en":"nominative or accusative","found_ru":"именительном или винительном","found_zh":"主格（第一格）或宾格（第四格）","frame":"сообщить о","governor":"сообщим вам о","phrase":"статус"}',
    ] },
  ],
});

/** Every finding in a plain text. */
const find = (text: string): Finding[] => {
  const masked = parsePlaceholders(text).masked;
  return sentencesOf(parseNatural(masked)).flatMap((s) => findGovernmentErrors(s, masked));
};
const show = (fs: Finding[]): string[] => fs.map((f) => `${f.kind} ${f.governor}|${f.phrase}${f.entry ? ` [${f.entry.lemma} ${f.entry.prep ?? ''}]` : ''}`);

describe('the preposition table', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(prepositionSchema);
    expect(validate(prepositionsYaml) || validate.errors).toBe(true);
  });
  it('has each spelling once', () => {
    const words = prepositionTable.prepositions.flatMap((p) => p.words.map((w) => w.replace(/ё/g, 'е')));
    expect(new Set(words).size).toBe(words.length);
  });
  for (const p of prepositionTable.prepositions) {
    describe(p.words.join('/'), () => {
      for (const text of p.examples ?? []) {
        it(`reports “${text}”`, () => {
          const words = new Set(p.words.map((w) => w.replace(/ё/g, 'е')));
          const hits = find(text).filter((f) => f.kind === 'lexicon' || words.has(f.governor.toLowerCase().replace(/ё/g, 'е')));
          expect(hits.length, show(find(text)).join('; ')).toBeGreaterThan(0);
        });
      }
      for (const text of p.counterexamples ?? []) {
        it(`does not report “${text}”`, () => expect(show(find(text))).toEqual([]));
      }
    });
  }
});

describe('the first parts of compounds', () => {
  for (const text of prepositionTable.compoundParts.examples) {
    it(`reports “${text}” as a missing hyphen`, () => expect(find(text).filter((f) => f.kind === 'hyphen'), show(find(text)).join('; ')).toHaveLength(1));
  }
  for (const text of prepositionTable.compoundParts.counterexamples) {
    it(`does not report “${text}”`, () => expect(show(find(text))).toEqual([]));
  }
});

describe('the lexicon', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(lexiconSchema);
    expect(validate(lexiconYaml) || validate.errors).toBe(true);
  });
  it('has at least 150 entries, each frame once', () => {
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(150);
    const keys = lexicon.entries.map((e) => `${e.lemma} ${e.pos} ${e.prep ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  describe('a personal pronoun before a predicative of the dative', () => {
    for (const text of lexicon.dativePredicatives.examples) {
      it(`reports “${text}”`, () => expect(find(text).some((f) => f.kind === 'experiencer'), show(find(text)).join('; ')).toBe(true));
    }
    for (const text of lexicon.dativePredicatives.counterexamples) {
      it(`does not report “${text}”`, () => expect(show(find(text))).toEqual([]));
    }
  });
  describe('a nominative phrase before «нет в наличии»', () => {
    for (const text of lexicon.absence.examples) {
      it(`reports “${text}”`, () => expect(find(text).some((f) => f.kind === 'absent'), show(find(text)).join('; ')).toBe(true));
    }
    for (const text of lexicon.absence.counterexamples) {
      it(`does not report “${text}”`, () => expect(show(find(text))).toEqual([]));
    }
  });
  describe('an adverb of manner in the instrumental after a word of the lexicon', () => {
    for (const text of lexicon.mannerNouns.counterexamples) {
      it(`does not report “${text}”`, () => expect(show(find(text))).toEqual([]));
    }
  });
  for (const e of lexicon.entries) {
    describe(`${e.lemma} ${e.prep ?? '(bare)'} + ${e.cases.join('/')}`, () => {
      for (const text of e.examples) {
        it(`reports “${text}”`, () => {
          const found = find(text);
          expect(found.some((f) => f.entry === e), show(found).join('; ')).toBe(true);
        });
      }
      for (const text of e.counterexamples) {
        it(`does not report “${text}”`, () => expect(show(find(text))).toEqual([]));
      }
    });
  }
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
