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
    { ru: 'Мы помогли 5 покупателям и ответили 10 покупателям.', name: 'a dative plural after a verb and five' },
    { ru: 'Мы отправим вам 5 подарков, а вернём 101 рубль.', name: 'a count after a verb and its object pronoun' },
    { ru: '{name}, ваш заказ отправлен.', placeholders: { name: { example: 'Анна' } }, name: 'a placeholder breaks no phrase' },
    { ru: 'Модель «Новая коллекции» уже в продаже.', name: 'quoted text is not judged' },
    { ru: 'Отправляем через Ozon Rocket, курьер DHL приехал.', name: 'Latin words are left alone' },
    { ru: 'Товар Ромашка отправлен.', name: 'a capital mid-sentence marks a name' },
    { ru: 'Нам удалось найти посылку, и выяснилось, что её перепутали.', name: 'impersonal verbs in the neuter' },
    { ru: 'Куртки удались на славу.', name: '«удаться» without an infinitive has a subject' },
    { ru: 'Когда хочется пить, пейте воду.', name: 'an impersonal verb with no person' },
    { ru: 'В такой коробке заказ не помнётся, на какой склад его ни отправь.', name: '«такой», «какой» agreeing after a preposition' },
    { ru: 'Маша и я отправили заказ.', name: 'a pronoun coordinated with a noun' },
    { ru: 'Товары проверяет курьер. Товары отправят завтра. Товары отправляем завтра. Эти товары покупает каждый второй. А товары имеет смысл проверить перед оплатой.', name: 'a plural object first: the subject after the verb, dropped («они», «мы»), or an infinitive' },
    { ru: 'Товар хороший, а цена низкая. Старый адрес неверный, новый правильный. Номер телефона неверный?', name: 'adjective predicates that agree' },
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
    { ru: 'Товар покупательницы получают в пункте выдачи.', name: 'a noun that may be a genitive or the subject, with an object before it' },
    { ru: 'Поле Пароль значения не совпадают.', name: 'a noun that may be a genitive or the subject, after a name' },
    { ru: 'Руководитель отдела сказала, что заказ готов.', name: 'a woman named by a masculine noun, agreeing by sense' },
    { ru: 'Глава отдела сказал, что заказ готов.', name: 'a noun of common gender (also tagged feminine) with a masculine verb' },
    { ru: 'Большинство заказов доставлены, часть посылок ещё в пути.', name: 'a quantity as the subject takes a plural predicate' },
    { ru: 'За последние три дня пришло пять заказов, скидка для первых 2 покупателей.', name: 'plural adjectives before numbers' },
    { ru: 'Доставка в десять вечера, в первый 1 день бесплатно.', name: 'the time of day, and the number one' },
    { ru: 'Мы чуть было не отправили заказ, курьер хотел было позвонить.', name: '«было» as a particle' },
    { ru: 'Желание купить новый телефон появилось у многих.', name: 'a noun after a transitive infinitive is its object' },
    { ru: 'Осталось 21 товар, посылка весит 2 килограмм.', name: 'a number ending in one, and a measure whose genitive plural is its nominative' },
    { ru: 'Ответим через 1-2 часа, доставка займёт 2–3 дня, звоните 8-800 с 9 до 18, приходите к 3 дня.', name: 'ranges that agree, a phone number, the time of day after a preposition' },
    { ru: 'Ответим до 5 вечера, около 10 дней, к 5 числу, до 20 числа, после 2 недели, для 1 покупателя.', name: 'digits after a preposition of oblique cases, a noun in one of them' },
    { ru: 'После этого деньги вернутся на карту, из-за этого заказы задерживаются.', name: 'a form of «это» standing alone before a noun of the next clause' },
    { ru: 'Новые куртка, шапка и шарф уже в продаже.', name: 'a plural modifier before nouns listed with commas' },
    { ru: 'Храним заказ в течение 5 дней, в течение 1 дня или 3–5 рабочих дней; скидка в размере 10 процентов.', name: 'digits after a compound preposition, the noun in the genitive' },
    { ru: 'Это была ошибка, это был подарок, это было решение, это были подарки; это было ошибкой, это было в пятницу, это был наш менеджер, это была врач.', name: '«это» + «быть» agreeing with the noun, a noun in the instrumental, a phrase, a person by sense' },
    { ru: 'Две посылки, оба товара, полтора часа, полторы недели, два сироты; он один дома, один из товаров пришёл, осталась одна штука.', name: '«два», «оба», «полтора» in their noun\'s gender, a noun of common gender, «один» meaning alone' },
    { ru: 'Следите за 2 товарами; спасибо за 5 звёзд, за 21 день, за 2 недели, через 5 суток.', name: '«за» with the instrumental, and counts that are right' },
    { ru: 'Ответим через 2 часа, через 5 минут, через 21 день; работаем с 9 утра до 6 вечера.', name: 'counts after «через», and the time of day' },
    { ru: 'После этого посылки отправляются, при этом покупателю нужно подождать.', name: '«этого», «этом» as the whole phrase after a preposition' },
    { ru: 'Оплата была успешно получена, мы были рады помочь.', name: '«быть» and a short form that agree' },
    { ru: 'Склад был далеко, курьер был прямо у двери.', name: '«быть» before a word that may be an adverb, as the predicate of a subject' },
    { ru: 'Мы будем быстро отправлять заказы, заказ был быстро доставлен.', name: 'an adverb before an imperfective infinitive (a compound future) or a short form' },
    { ru: 'Было бы удобно забрать заказ сегодня, вам было нужно подождать.', name: 'impersonal predicatives after «было»' },
    { ru: 'Много эти товары не стоят. У нас много моделей и немного времени. На много товары скидки нет? Приезжайте до 5 дня.', name: '«много» as an adverb of a verb after the phrase, a genitive after it, a preposition before it; the time of day' },
    { ru: 'Надеемся ваше понимание.', name: 'a noun after an intransitive verb of «мы» is no subject (a preposition is missing: grammar-government)' },
    { ru: 'Заказ должны доставить завтра.', name: 'a noun that may be the object of the infinitive after a modal' },
    { ru: 'Ожидаемая неделя доставки прошла.', name: 'a noun of time that cannot be an accusative agrees' },
    { ru: 'Закрывшая окно девушка ушла, телефон, купленный неделю назад, вернём.', name: 'an active participle takes an object; a passive one a time in the accusative' },
    { ru: 'Продавец проверил заказ и забрали покупатели.', name: 'a second, transitive verb before a nominative-only noun: its own subject' },
  ],
  invalid: [
    { ru: 'Пожалуйста, будьте внимательно при получении.', output: 'Пожалуйста, будьте внимательны при получении.', name: '«будьте» and an adverb for the plural short form', messages: ['1:13-1:31 grammar-agreement auxiliary {"actual":"будьте внимательно","advice_en":"Write “будьте внимательны”.","advice_ru":"Напишите «будьте внимательны».","advice_zh":"请改为“будьте внимательны”。","aux":"будьте","form":"внимательно"}'] },
    { ru: 'Это цвет не соответствует фото.', name: '«это» for «этот» before a verb of state with «не»', messages: ['1:1-1:9 grammar-agreement modifier {"actual":"Это цвет","advice_en":"Write “Этот цвет”.","advice_ru":"Напишите «Этот цвет».","advice_zh":"请改为“Этот цвет”。","modifier":"Это","noun":"цвет"}'] },
    { ru: 'Все товары имеет гарантию.', name: 'a plural first before a transitive verb of «он» with no subject after it', messages: ['1:5-1:17 grammar-agreement subject {"actual":"товары имеет","advice_en":"Write “товары имеют”.","advice_ru":"Напишите «товары имеют».","advice_zh":"请改为“товары имеют”。","predicate":"имеет","subject":"товары"}'] },
    { ru: 'Качество товара очень хороший.', name: 'an adjective predicate after a genitive attribute and an adverb', messages: ['1:23-1:30 grammar-agreement predicate {"actual":"хороший","advice_en":"Write “хорошее”.","advice_ru":"Напишите «хорошее».","advice_zh":"请改为“хорошее”。","predicate":"хороший","subject":"Качество"}'] },
    { ru: 'Цены очень низкий, доставка — бесплатный.', name: 'adjective predicates in the singular after a plural, and after a dash', messages: [
      '1:12-1:18 grammar-agreement predicate {"actual":"низкий","advice_en":"Write “низкие”.","advice_ru":"Напишите «низкие».","advice_zh":"请改为“низкие”。","predicate":"низкий","subject":"Цены"}',
      '1:31-1:41 grammar-agreement predicate {"actual":"бесплатный","advice_en":"Write “бесплатная”.","advice_ru":"Напишите «бесплатная».","advice_zh":"请改为“бесплатная”。","predicate":"бесплатный","subject":"доставка"}',
    ] },
    { ru: 'Скидка действует на этом неделе.', name: '«этом» after a preposition before a noun in the prepositional case', messages: ['1:21-1:32 grammar-agreement modifier {"actual":"этом неделе","advice_en":"Put “этом” in the case, number and gender of “неделе”.","advice_ru":"Поставьте «этом» в падеж, число и род слова «неделе».","advice_zh":"请把“этом”改成与“неделе”一致的格、数和性。","modifier":"этом","noun":"неделе"}'] },
    { ru: 'Мы свяжемся с вами через 24 часов.', name: 'digits after a preposition of the accusative: the form of counting', messages: ['1:26-1:34 grammar-agreement numeral {"actual":"24 часов","advice_en":"Write “24 часа”.","advice_ru":"Напишите «24 часа».","advice_zh":"请改为“24 часа”。","noun":"часов","numeral":"24"}'] },
    { ru: 'Посылка придёт через 3 дней.', name: 'a noun of the time of day in the genitive plural is a count', messages: ['1:22-1:28 grammar-agreement numeral {"actual":"3 дней","advice_en":"Write “3 дня”.","advice_ru":"Напишите «3 дня».","advice_zh":"请改为“3 дня”。","noun":"дней","numeral":"3"}'] },
    { ru: 'Посылка придёт через 5-7 дня.', name: 'a range of digits after a preposition of the accusative: its last number counts', messages: ['1:22-1:29 grammar-agreement numeral {"actual":"5-7 дня","advice_en":"Write “5-7 дней”.","advice_ru":"Напишите «5-7 дней».","advice_zh":"请改为“5-7 дней”。","noun":"дня","numeral":"5-7"}'] },
    { ru: 'Доставка займёт 5 – 7 день.', name: 'a range spaced around its dash, after a verb; «день» is also an imperative', messages: ['1:17-1:27 grammar-agreement numeral {"actual":"5 – 7 день","advice_en":"Write “5 – 7 дней”.","advice_ru":"Напишите «5 – 7 дней».","advice_zh":"请改为“5 – 7 дней”。","noun":"день","numeral":"5 – 7"}'] },
    { ru: 'Доставка займёт около 10 день, заберите заказ до 20 число.', name: 'digits after a preposition of the genitive alone, with a noun in none of its cases (no suggestion: a count or a date)', messages: [
      '1:23-1:30 grammar-agreement numeral {"actual":"10 день","advice_en":"Put “день” in the form that “10” needs.","advice_ru":"Поставьте «день» в форму, которой требует «10».","advice_zh":"请把“день”改成“10”后面要求的形式。","noun":"день","numeral":"10"}',
      '1:50-1:58 grammar-agreement numeral {"actual":"20 число","advice_en":"Put “число” in the form that “20” needs.","advice_ru":"Поставьте «число» в форму, которой требует «20».","advice_zh":"请把“число”改成“20”后面要求的形式。","noun":"число","numeral":"20"}',
    ] },
    { ru: 'Если у вас есть любые вопрос, пишите.', name: 'a plural modifier before a noun and a comma that ends the phrase', messages: ['1:17-1:29 grammar-agreement modifier {"actual":"любые вопрос","advice_en":"Write “любой вопрос”.","advice_ru":"Напишите «любой вопрос».","advice_zh":"请改为“любой вопрос”。","modifier":"любые","noun":"вопрос"}'] },
    { ru: 'Задайте любой вопросы.', name: '«любой», also the pronouns «любой» and «любая», before a noun', messages: ['1:9-1:22 grammar-agreement modifier {"actual":"любой вопросы","advice_en":"Write “любые вопросы”.","advice_ru":"Напишите «любые вопросы».","advice_zh":"请改为“любые вопросы”。","modifier":"любой","noun":"вопросы"}'] },
    { ru: 'У нас много хорошие товары.', name: '«много» before a nominative plural', messages: ['1:7-1:27 grammar-agreement numeral {"actual":"много хорошие товары","advice_en":"Write “много хороших товаров”.","advice_ru":"Напишите «много хороших товаров».","advice_zh":"请改为“много хороших товаров”。","noun":"хорошие товары","numeral":"много"}'] },
    { ru: 'В магазине немного новые модели.', name: '«немного» before a noun that may be another case, after a nominative plural modifier', messages: ['1:12-1:32 grammar-agreement numeral {"actual":"немного новые модели","advice_en":"Write “немного новых моделей”.","advice_ru":"Напишите «немного новых моделей».","advice_zh":"请改为“немного новых моделей”。","noun":"новые модели","numeral":"немного"}'] },
    { ru: 'Заберите заказ в течение 5 дня.', name: 'in a stretch of time «дня» after a number counts days, no time of day', messages: ['1:26-1:31 grammar-agreement numeral {"actual":"5 дня","advice_en":"Write “5 дней”.","advice_ru":"Напишите «5 дней».","advice_zh":"请改为“5 дней”。","noun":"дня","numeral":"5"}'] },
    { ru: 'Пожалуйста, дайте нам 5 звезды.', name: 'a plural that is no genitive after five, a verb and its pronoun', messages: ['1:23-1:31 grammar-agreement numeral {"actual":"5 звезды","advice_en":"Write “5 звезд”.","advice_ru":"Напишите «5 звезд».","advice_zh":"请改为“5 звезд”。","noun":"звезды","numeral":"5"}'] },
    { ru: 'Подождите ещё несколько дня.', name: '«несколько» never tells the time of day', messages: ['1:15-1:28 grammar-agreement numeral {"actual":"несколько дня","advice_en":"Write “несколько дней”.","advice_ru":"Напишите «несколько дней».","advice_zh":"请改为“несколько дней”。","noun":"дня","numeral":"несколько"}'] },
    { ru: 'Мы компенсируем вам 100 рубль.', name: 'a singular after digits, a verb in -ем and its object pronoun', messages: ['1:21-1:30 grammar-agreement numeral {"actual":"100 рубль","advice_en":"Write “100 рублей”.","advice_ru":"Напишите «100 рублей».","advice_zh":"请改为“100 рублей”。","noun":"рубль","numeral":"100"}'] },
    { ru: 'Мы ответим в течение 24 час.', name: 'digits after a compound preposition of the genitive', messages: ['1:22-1:28 grammar-agreement numeral {"actual":"24 час","advice_en":"Put “час” in the form that “24” needs.","advice_ru":"Поставьте «час» в форму, которой требует «24».","advice_zh":"请把“час”改成“24”后面要求的形式。","noun":"час","numeral":"24"}'] },
    { ru: 'Мы отправили два посылки.', name: '«два» in the gender of its noun', messages: ['1:14-1:25 grammar-agreement numeral {"actual":"два посылки","advice_en":"Write “две посылки”.","advice_ru":"Напишите «две посылки».","advice_zh":"请改为“две посылки”。","noun":"посылки","numeral":"два"}'] },
    { ru: 'Осталась один штука.', name: '«один» right before a singular noun of another gender in its case', messages: ['1:10-1:20 grammar-agreement modifier {"actual":"один штука","advice_en":"Write “одна штука”.","advice_ru":"Напишите «одна штука».","advice_zh":"请改为“одна штука”。","modifier":"один","noun":"штука"}'] },
    { ru: 'Заказ доставим за 3 день.', name: '«за» before a noun with no instrumental: the accusative of counting', messages: ['1:19-1:25 grammar-agreement numeral {"actual":"3 день","advice_en":"Write “3 дня”.","advice_ru":"Напишите «3 дня».","advice_zh":"请改为“3 дня”。","noun":"день","numeral":"3"}'] },
    { ru: 'Через 5 минуты ответим.', name: 'a plural that is not the genitive after five in the accusative of counting', messages: ['1:7-1:15 grammar-agreement numeral {"actual":"5 минуты","advice_en":"Write “5 минут”.","advice_ru":"Напишите «5 минут».","advice_zh":"请改为“5 минут”。","noun":"минуты","numeral":"5"}'] },
    { ru: 'Мы отправили 2 товар.', name: 'a singular nominative or accusative after a number of two or more after a verb', messages: ['1:14-1:21 grammar-agreement numeral {"actual":"2 товар","advice_en":"Write “2 товара”.","advice_ru":"Напишите «2 товара».","advice_zh":"请改为“2 товара”。","noun":"товар","numeral":"2"}'] },
    { ru: 'Курьер привёз 5 заказ.', name: 'the same after five', messages: ['1:15-1:22 grammar-agreement numeral {"actual":"5 заказ","advice_en":"Write “5 заказов”.","advice_ru":"Напишите «5 заказов».","advice_zh":"请改为“5 заказов”。","noun":"заказ","numeral":"5"}'] },
    { ru: 'Ваш заказ будет доставлено в течение 3 дней.', name: 'a noun after a preposition is no later subject', messages: ['1:5-1:27 grammar-agreement subject {"actual":"заказ будет доставлено","advice_en":"Put “будет доставлено” in the number, person and gender of “заказ”.","advice_ru":"Поставьте «будет доставлено» в число, лицо и род подлежащего «заказ».","advice_zh":"请把“будет доставлено”改成与“заказ”一致的数、人称和性。","predicate":"будет доставлено","subject":"заказ"}'] },
    { ru: 'Ваш заказ был успешно отправлена.', name: '«быть» and a short form with an adverb between', messages: ['1:5-1:33 grammar-agreement subject {"actual":"заказ был успешно отправлена","advice_en":"Put “был отправлена” in the number, person and gender of “заказ”.","advice_ru":"Поставьте «был отправлена» в число, лицо и род подлежащего «заказ».","advice_zh":"请把“был отправлена”改成与“заказ”一致的数、人称和性。","predicate":"был отправлена","subject":"заказ"}'] },
    { ru: 'Оплата было получена.', name: '«было», also a particle, before a short form', messages: ['1:1-1:21 grammar-agreement subject {"actual":"Оплата было получена","advice_en":"Put “было получена” in the number, person and gender of “Оплата”.","advice_ru":"Поставьте «было получена» в число, лицо и род подлежащего «Оплата».","advice_zh":"请把“было получена”改成与“Оплата”一致的数、人称和性。","predicate":"было получена","subject":"Оплата"}'] },
    { ru: 'Товары были отправлен вчера.', name: '«были», also a noun, before a short form', messages: ['1:1-1:22 grammar-agreement subject {"actual":"Товары были отправлен","advice_en":"Put “были отправлен” in the number, person and gender of “Товары”.","advice_ru":"Поставьте «были отправлен» в число, лицо и род подлежащего «Товары».","advice_zh":"请把“были отправлен”改成与“Товары”一致的数、人称和性。","predicate":"были отправлен","subject":"Товары"}'] },
    { ru: 'Заказ доставят за последний три дня.', name: 'an adjective before a number after a preposition is plural', messages: ['1:19-1:36 grammar-agreement counted {"actual":"последний три дня","advice_en":"Write “последние три дня”.","advice_ru":"Напишите «последние три дня».","advice_zh":"请改为“последние три дня”。","modifier":"последний"}'] },
    { ru: 'Мы ответим в ближайший 24 часа.', name: 'the same before digits, where the case is not known (no suggestion)', messages: ['1:14-1:31 grammar-agreement counted {"actual":"ближайший 24 часа","advice_en":"Put “ближайший” in the plural.","advice_ru":"Поставьте «ближайший» во множественное число.","advice_zh":"请把“ближайший”改成复数。","modifier":"ближайший"}'] },
    { ru: 'Размеры куртки соответствует таблице.', name: 'a genitive attribute that may be a nominative, which the verb does not fit either', messages: ['1:1-1:29 grammar-agreement subject {"actual":"Размеры куртки соответствует","advice_en":"Write “Размеры куртки соответствуют”.","advice_ru":"Напишите «Размеры куртки соответствуют».","advice_zh":"请改为“Размеры куртки соответствуют”。","predicate":"соответствует","subject":"Размеры"}'] },
    { ru: 'Цена доставки составляют сто рублей.', name: 'a nominative-only subject before a genitive attribute that may be a nominative', messages: ['1:1-1:25 grammar-agreement subject {"actual":"Цена доставки составляют","advice_en":"Write “Цена доставки составляет”.","advice_ru":"Напишите «Цена доставки составляет».","advice_zh":"请改为“Цена доставки составляет”。","predicate":"составляют","subject":"Цена"}'] },
    { ru: 'Размеры этой куртки соответствует таблице.', name: 'a genitive attribute that its modifier leaves genitive', messages: ['1:1-1:34 grammar-agreement subject {"actual":"Размеры этой куртки соответствует","advice_en":"Write “Размеры этой куртки соответствуют”.","advice_ru":"Напишите «Размеры этой куртки соответствуют».","advice_zh":"请改为“Размеры этой куртки соответствуют”。","predicate":"соответствует","subject":"Размеры"}'] },
    { ru: 'Наш менеджер ответило вам.', name: 'a person named by a masculine noun is never neuter', messages: ['1:5-1:22 grammar-agreement subject {"actual":"менеджер ответило","advice_en":"Write “менеджер ответил”.","advice_ru":"Напишите «менеджер ответил».","advice_zh":"请改为“менеджер ответил”。","predicate":"ответило","subject":"менеджер"}'] },
    { ru: 'Спасибо за вашего отзыв!', messages: ['1:12-1:24 grammar-agreement modifier {"actual":"вашего отзыв","advice_en":"Write “ваш отзыв”.","advice_ru":"Напишите «ваш отзыв».","advice_zh":"请改为“ваш отзыв”。","modifier":"вашего","noun":"отзыв"}'] },
    { ru: 'Мы отправим заказ в нашем новом магазином.', messages: ['1:21-1:42 grammar-agreement modifier {"actual":"нашем новом магазином","advice_en":"Put “новом” in the case, number and gender of “магазином”.","advice_ru":"Поставьте «новом» в падеж, число и род слова «магазином».","advice_zh":"请把“новом”改成与“магазином”一致的格、数和性。","modifier":"новом","noun":"магазином"}'] },
    { ru: 'Эти посылка придёт завтра.', messages: ['1:1-1:12 grammar-agreement modifier {"actual":"Эти посылка","advice_en":"Write “Эта посылка”.","advice_ru":"Напишите «Эта посылка».","advice_zh":"请改为“Эта посылка”。","modifier":"Эти","noun":"посылка"}'] },
    { ru: 'Осталось пять товара.', messages: ['1:10-1:21 grammar-agreement numeral {"actual":"пять товара","advice_en":"Write “пять товаров”.","advice_ru":"Напишите «пять товаров».","advice_zh":"请改为“пять товаров”。","noun":"товара","numeral":"пять"}'] },
    { ru: 'Посылка отправлены сегодня.', messages: ['1:1-1:19 grammar-agreement subject {"actual":"Посылка отправлены","advice_en":"Write “Посылка отправлена”.","advice_ru":"Напишите «Посылка отправлена».","advice_zh":"请改为“Посылка отправлена”。","predicate":"отправлены","subject":"Посылка"}'] },
    { ru: 'Вы получит посылку через три дня.', messages: ['1:1-1:11 grammar-agreement subject {"actual":"Вы получит","advice_en":"Write “Вы получите”.","advice_ru":"Напишите «Вы получите».","advice_zh":"请改为“Вы получите”。","predicate":"получит","subject":"Вы"}'] },
    { ru: 'Курьер приехали утром.', messages: ['1:1-1:16 grammar-agreement subject {"actual":"Курьер приехали","advice_en":"Write “Курьер приехал”.","advice_ru":"Напишите «Курьер приехал».","advice_zh":"请改为“Курьер приехал”。","predicate":"приехали","subject":"Курьер"}'] },
    { ru: 'Доставка 25 декабрь.', messages: ['1:10-1:20 grammar-agreement date {"actual":"25 декабрь","advice_en":"Write “25 декабря”.","advice_ru":"Напишите «25 декабря».","advice_zh":"请改为“25 декабря”。","date":"25 декабрь"}'] },
    { ru: 'Акция действует в 2026 года.', messages: ['1:17-1:28 grammar-agreement date {"actual":"в 2026 года","advice_en":"Write “в 2026 году”.","advice_ru":"Напишите «в 2026 году».","advice_zh":"请改为“в 2026 году”。","date":"в 2026 года"}'] },
    { ru: 'Мы проверили размеры, которая вы указали.', messages: ['1:23-1:30 grammar-agreement relative {"actual":"которая","noun":"размеры","relative":"которая"}'] },
    { ru: 'Нам удались найти посылку.', output: 'Нам удалось найти посылку.', messages: ['1:5-1:12 grammar-agreement impersonal {"actual":"удались","advice_en":"Write “удалось”.","advice_ru":"Напишите «удалось».","advice_zh":"请改为“удалось”。","verb":"удались"}'] },
    { ru: 'Вчера выяснились, к примеру, что курьер ошибся.', output: 'Вчера выяснилось, к примеру, что курьер ошибся.', messages: ['1:7-1:17 grammar-agreement impersonal {"actual":"выяснились","advice_en":"Write “выяснилось”.","advice_ru":"Напишите «выяснилось».","advice_zh":"请改为“выяснилось”。","verb":"выяснились"}'] },
    { ru: 'Проверьте заказ для свой цели.', name: 'a noun with an imperative of the same spelling after a modifier', messages: ['1:21-1:30 grammar-agreement modifier {"actual":"свой цели","advice_en":"Put “свой” in the case, number and gender of “цели”.","advice_ru":"Поставьте «свой» в падеж, число и род слова «цели».","advice_zh":"请把“свой”改成与“цели”一致的格、数和性。","modifier":"свой","noun":"цели"}'] },
    { ru: 'Курьер приедет раннем утром.', name: 'a noun whose instrumental is an adverb, after a modifier', messages: ['1:16-1:28 grammar-agreement modifier {"actual":"раннем утром","advice_en":"Write “ранним утром”.","advice_ru":"Напишите «ранним утром».","advice_zh":"请改为“ранним утром”。","modifier":"раннем","noun":"утром"}'] },
    { ru: 'Первый партия уже в пути.', name: 'an ordinal (lemma «один») is a modifier', messages: ['1:1-1:14 grammar-agreement modifier {"actual":"Первый партия","advice_en":"Write “Первая партия”.","advice_ru":"Напишите «Первая партия».","advice_zh":"请改为“Первая партия”。","modifier":"Первый","noun":"партия"}'] },
    { ru: 'Храним заказы в такой коробку.', name: '«такой» between a preposition and its noun', messages: ['1:17-1:30 grammar-agreement modifier {"actual":"такой коробку","advice_en":"Put “такой” in the case, number and gender of “коробку”.","advice_ru":"Поставьте «такой» в падеж, число и род слова «коробку».","advice_zh":"请把“такой”改成与“коробку”一致的格、数和性。","modifier":"такой","noun":"коробку"}'] },
    { ru: 'А я отправили вам трек-номер.', name: 'a conjunction that starts the sentence joins no subjects', messages: ['1:3-1:14 grammar-agreement subject {"actual":"я отправили","advice_en":"Put “отправили” in the number, person and gender of “я”.","advice_ru":"Поставьте «отправили» в число, лицо и род подлежащего «я».","advice_zh":"请把“отправили”改成与“я”一致的数、人称和性。","predicate":"отправили","subject":"я"}'] },
    { ru: 'Мы отправили куртки, упакованный в коробки.', name: 'a participle after a comma', messages: ['1:22-1:33 grammar-agreement participle {"actual":"упакованный","noun":"куртки","participle":"упакованный"}'] },
    { ru: 'Курьер взял коробку и отвезли её на склад.', name: 'a second verb of the same subject', messages: ['1:23-1:30 grammar-agreement subject {"actual":"отвезли","advice_en":"Write “отвез”.","advice_ru":"Напишите «отвез».","advice_zh":"请改为“отвез”。","predicate":"отвезли","subject":"Курьер"}'] },
    { ru: 'Курьер приехал и позвонили в дверь.', name: 'a second verb before a preposition (also a letter\'s name)', messages: ['1:18-1:27 grammar-agreement subject {"actual":"позвонили","advice_en":"Write “позвонил”.","advice_ru":"Напишите «позвонил».","advice_zh":"请改为“позвонил”。","predicate":"позвонили","subject":"Курьер"}'] },
    { ru: 'Продавец получил посылку и вернули деньги.', name: 'a second, transitive verb before a noun that may be its object', messages: ['1:28-1:35 grammar-agreement subject {"actual":"вернули","advice_en":"Write “вернул”.","advice_ru":"Напишите «вернул».","advice_zh":"请改为“вернул”。","predicate":"вернули","subject":"Продавец"}'] },
    { ru: 'Ожидаемая время доставки — 5 дней.', name: 'a noun of time with a genitive of its own after a passive participle is its noun', messages: ['1:1-1:16 grammar-agreement modifier {"actual":"Ожидаемая время","advice_en":"Write “Ожидаемое время”.","advice_ru":"Напишите «Ожидаемое время».","advice_zh":"请改为“Ожидаемое время”。","modifier":"Ожидаемая","noun":"время"}'] },
    { ru: 'Вы должен оплатить заказ.', name: 'a nominative pronoun before a short form and an infinitive', messages: ['1:1-1:10 grammar-agreement subject {"actual":"Вы должен","advice_en":"Write “Вы должны”.","advice_ru":"Напишите «Вы должны».","advice_zh":"请改为“Вы должны”。","predicate":"должен","subject":"Вы"}'] },
    { ru: 'Посылка должны доставить завтра.', name: 'a nominative noun before a modal and an infinitive: no suggestion (the object may be meant)', messages: ['1:1-1:15 grammar-agreement subject {"actual":"Посылка должны","advice_en":"Put “должны” in the number, person and gender of “Посылка”.","advice_ru":"Поставьте «должны» в число, лицо и род подлежащего «Посылка».","advice_zh":"请把“должны”改成与“Посылка”一致的数、人称和性。","predicate":"должны","subject":"Посылка"}'] },
    { ru: 'Пришлите фото повреждённой товара.', name: 'a passive participle takes no genitive object either', messages: ['1:15-1:34 grammar-agreement modifier {"actual":"повреждённой товара","advice_en":"Write “поврежденного товара”.","advice_ru":"Напишите «поврежденного товара».","advice_zh":"请改为“поврежденного товара”。","modifier":"повреждённой","noun":"товара"}'] },
    { ru: 'Мы очень рад, что вам понравилось.', name: 'a short form that is also a rare noun of the genitive', messages: ['1:1-1:13 grammar-agreement subject {"actual":"Мы очень рад","advice_en":"Put “рад” in the number, person and gender of “Мы”.","advice_ru":"Поставьте «рад» в число, лицо и род подлежащего «Мы».","advice_zh":"请把“рад”改成与“Мы”一致的数、人称和性。","predicate":"рад","subject":"Мы"}'] },
    { ru: 'Упакованная товар отправим завтра.', name: 'a passive participle takes no object in the accusative', messages: ['1:1-1:18 grammar-agreement modifier {"actual":"Упакованная товар","advice_en":"Write “Упакованный товар”.","advice_ru":"Напишите «Упакованный товар».","advice_zh":"请改为“Упакованный товар”。","modifier":"Упакованная","noun":"товар"}'] },
    { ru: 'Это было ошибка.', name: '«это» + «быть» + a noun: the verb agrees with the noun', messages: ['1:5-1:16 grammar-agreement subject {"actual":"было ошибка","advice_en":"Write “была ошибка”.","advice_ru":"Напишите «была ошибка».","advice_zh":"请改为“была ошибка”。","predicate":"было","subject":"ошибка"}'] },
    { ru: 'Это был последнее сообщение.', name: 'the same with a modifier before the noun', messages: ['1:5-1:28 grammar-agreement subject {"actual":"был последнее сообщение","advice_en":"Write “было последнее сообщение”.","advice_ru":"Напишите «было последнее сообщение».","advice_zh":"请改为“было последнее сообщение”。","predicate":"был","subject":"сообщение"}'] },
    { ru: 'Вчера на складе произошла сбой.', name: 'an intransitive verb before its subject', messages: ['1:17-1:31 grammar-agreement subject {"actual":"произошла сбой","advice_en":"Put “произошла” in the number, person and gender of “сбой”.","advice_ru":"Поставьте «произошла» в число, лицо и род подлежащего «сбой».","advice_zh":"请把“произошла”改成与“сбой”一致的数、人称和性。","predicate":"произошла","subject":"сбой"}'] },
    { ru: 'Пишите в любом время.', name: '«любой», also a pronoun, before a noun', messages: ['1:10-1:21 grammar-agreement modifier {"actual":"любом время","advice_en":"Write “любое время”.","advice_ru":"Напишите «любое время».","advice_zh":"请改为“любое время”。","modifier":"любом","noun":"время"}'] },
    { ru: 'Наша любовь к покупателям начался давно.', name: 'a lower-case word is no person\'s name («любовь»)', messages: ['1:6-1:34 grammar-agreement subject {"actual":"любовь к покупателям начался","advice_en":"Write “любовь к покупателям началась”.","advice_ru":"Напишите «любовь к покупателям началась».","advice_zh":"请改为“любовь к покупателям началась”。","predicate":"начался","subject":"любовь"}'] },
    { ru: 'Ваш заказ к празднику пришла вовремя.', name: 'an intransitive verb with a short adjective of the same spelling', messages: ['1:5-1:29 grammar-agreement subject {"actual":"заказ к празднику пришла","advice_en":"Put “пришла” in the number, person and gender of “заказ”.","advice_ru":"Поставьте «пришла» в число, лицо и род подлежащего «заказ».","advice_zh":"请把“пришла”改成与“заказ”一致的数、人称和性。","predicate":"пришла","subject":"заказ"}'] },
    { ru: 'Покупатель пишет: «посылка пришли без чека и без коробки».', name: 'a quoted sentence is speech and is judged', messages: ['1:20-1:34 grammar-agreement subject {"actual":"посылка пришли","advice_en":"Write “посылка пришла”.","advice_ru":"Напишите «посылка пришла».","advice_zh":"请改为“посылка пришла”。","predicate":"пришли","subject":"посылка"}'] },
    { ru: 'Это модели, которые с каждым сезоном радует покупателей.', name: '«который» with a transitive verb and no other subject after it', messages: ['1:13-1:44 grammar-agreement subject {"actual":"которые с каждым сезоном радует","advice_en":"Write “которые с каждым сезоном радуют”.","advice_ru":"Напишите «которые с каждым сезоном радуют».","advice_zh":"请改为“которые с каждым сезоном радуют”。","predicate":"радует","subject":"которые"}'] },
    { ru: 'Ты правильно поняло.', name: '«ты» is never neuter', messages: ['1:1-1:20 grammar-agreement subject {"actual":"Ты правильно поняло","advice_en":"Put “поняло” in the number, person and gender of “Ты”.","advice_ru":"Поставьте «поняло» в число, лицо и род подлежащего «Ты».","advice_zh":"请把“поняло”改成与“Ты”一致的数、人称和性。","predicate":"поняло","subject":"Ты"}'] },
    { ru: 'Зачем ты для нас копирует отзывы?', name: 'a preposition with a pronoun between subject and verb', messages: ['1:7-1:26 grammar-agreement subject {"actual":"ты для нас копирует","advice_en":"Write “ты для нас копируешь”.","advice_ru":"Напишите «ты для нас копируешь».","advice_zh":"请改为“ты для нас копируешь”。","predicate":"копирует","subject":"ты"}'] },
    { ru: 'На остановке курьер остановились.', name: 'an oblique noun before the subject', messages: ['1:14-1:33 grammar-agreement subject {"actual":"курьер остановились","advice_en":"Write “курьер остановился”.","advice_ru":"Напишите «курьер остановился».","advice_zh":"请改为“курьер остановился”。","predicate":"остановились","subject":"курьер"}'] },
    { ru: 'Мы сделаем такой скидку.', name: '«такой» right before its noun', messages: ['1:12-1:24 grammar-agreement modifier {"actual":"такой скидку","advice_en":"Write “такую скидку”.","advice_ru":"Напишите «такую скидку».","advice_zh":"请改为“такую скидку”。","modifier":"такой","noun":"скидку"}'] },
    { ru: 'Главным плюсом стал то, что доставка бесплатная.', name: '«то, что» after an intransitive verb', messages: ['1:16-1:23 grammar-agreement subject {"actual":"стал то","advice_en":"Put “стал” in the number, person and gender of “то”.","advice_ru":"Поставьте «стал» в число, лицо и род подлежащего «то».","advice_zh":"请把“стал”改成与“то”一致的数、人称和性。","predicate":"стал","subject":"то"}'] },
    { ru: 'У нас была много заказов.', output: 'У нас было много заказов.', name: 'a quantity word as the subject', messages: ['1:7-1:25 grammar-agreement quantity {"actual":"была много заказов","advice_en":"Write “было много заказов”.","advice_ru":"Напишите «было много заказов».","advice_zh":"请改为“было много заказов”。","quantity":"много","verb":"была"}'] },
    { ru: 'Завтра будут доставлено ваш заказ.', name: '«быть» and a short form that disagree, with the subject after them', messages: ['1:8-1:24 grammar-agreement auxiliary {"actual":"будут доставлено","advice_en":"Put both in the number and gender of the subject.","advice_ru":"Поставьте оба слова в число и род подлежащего.","advice_zh":"请把两者都改成与主语一致的数和性。","aux":"будут","form":"доставлено"}'] },
    { ru: 'Нам был очень приятно помочь вам.', output: 'Нам было очень приятно помочь вам.', name: 'a predicative before an infinitive takes «было»', messages: ['1:5-1:22 grammar-agreement auxiliary {"actual":"был очень приятно","advice_en":"Write “было очень приятно”.","advice_ru":"Напишите «было очень приятно».","advice_zh":"请改为“было очень приятно”。","aux":"был","form":"приятно"}'] },
    { ru: 'Вам был нужно подождать.', output: 'Вам было нужно подождать.', name: 'a predicative that is no adverb', messages: ['1:5-1:14 grammar-agreement auxiliary {"actual":"был нужно","advice_en":"Write “было нужно”.","advice_ru":"Напишите «было нужно».","advice_zh":"请改为“было нужно”。","aux":"был","form":"нужно"}'] },
    { ru: 'Ты их получили?', name: 'an object pronoun between subject and verb', messages: ['1:1-1:15 grammar-agreement subject {"actual":"Ты их получили","advice_en":"Put “получили” in the number, person and gender of “Ты”.","advice_ru":"Поставьте «получили» в число, лицо и род подлежащего «Ты».","advice_zh":"请把“получили”改成与“Ты”一致的数、人称和性。","predicate":"получили","subject":"Ты"}'] },
    { ru: 'Мы отправим вашу новый телефон.', name: 'of two modifiers, the message names the one that agrees with nothing (a possessive)', messages: ['1:13-1:31 grammar-agreement modifier {"actual":"вашу новый телефон","advice_en":"Put “вашу” in the case, number and gender of “телефон”.","advice_ru":"Поставьте «вашу» в падеж, число и род слова «телефон».","advice_zh":"请把“вашу”改成与“телефон”一致的格、数和性。","modifier":"вашу","noun":"телефон"}'] },
    { ru: 'Проверьте срок службы бесплатной защитного чехла.', name: 'of two modifiers, the message names the one that agrees with nothing (an adjective)', messages: ['1:23-1:49 grammar-agreement modifier {"actual":"бесплатной защитного чехла","advice_en":"Put “бесплатной” in the case, number and gender of “чехла”.","advice_ru":"Поставьте «бесплатной» в падеж, число и род слова «чехла».","advice_zh":"请把“бесплатной”改成与“чехла”一致的格、数和性。","modifier":"бесплатной","noun":"чехла"}'] },
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
