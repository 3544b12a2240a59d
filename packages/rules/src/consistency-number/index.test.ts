import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, parsePlaceholders } from '@otvet/core';
import rule, { chineseNumeral, chineseNumerals, numbersOf, NUMERALS } from './index.js';
import numerals from './numerals.yaml';
import schema from './numerals.schema.json';

/** Fixed words in a sentence and a Russian rendering without any number: nothing to compare. */
const fixedWordCases: { zh: string; ru: string }[] = [
  { zh: '请稍等一下，我们马上为您查询。', ru: 'Подождите немного, сейчас проверим.' },
  { zh: '有一些颜色暂时缺货。', ru: 'Некоторых цветов пока нет в наличии.' },
  { zh: '我们一直在跟进您的订单。', ru: 'Мы постоянно следим за вашим заказом.' },
  { zh: '一般情况下当天发货。', ru: 'Обычно отправляем в день заказа.' },
  { zh: '每个显示器的颜色可能不一样，实物和图片一样。', ru: 'Цвет на экранах может отличаться, товар такой же, как на фото.' },
  { zh: '配件和主机一起发出，赠品会和商品一块儿寄出。', ru: 'Аксессуары и подарок отправим вместе с товаром.' },
  { zh: '我们一定会给您满意的答复。', ru: 'Обязательно дадим ответ, который вас устроит.' },
  { zh: '一旦发货，我们会第一时间通知您。', ru: 'Как только отправим заказ, сразу сообщим.' },
  { zh: '所有订单统一从仓库发出，这是唯一的办法。', ru: 'Все заказы уходят со склада, иначе никак.' },
  { zh: '万一有问题，请随时联系我们。', ru: 'Если что-то пойдёт не так, напишите нам в чат.' },
  { zh: '定制商品一律不退换，一切以实物为准。', ru: 'Товары на заказ не подлежат обмену и возврату.' },
  { zh: '颜色与描述一致，会有一点点色差。', ru: 'Цвет соответствует описанию, возможны небольшие отличия оттенка.' },
  { zh: '请再耐心等一点时间，我们会进一步核实。', ru: 'Пожалуйста, подождите ещё немного, мы всё перепроверим.' },
  { zh: '请稍等一会儿。', ru: 'Минутку, пожалуйста.' },
  { zh: '十分抱歉给您带来不便，万分感谢您的耐心。', ru: 'Приносим извинения за неудобства и благодарим за терпение.' },
  { zh: '这是一次性手套。', ru: 'Это одноразовые перчатки.' },
  { zh: '客服一对一为您服务，提供一条龙服务。', ru: 'Менеджер поможет вам на каждом шаге.' },
  { zh: '一分钱一分货，不会三天两头出问题。', ru: 'Качество соответствует цене, поломок не будет.' },
];

/** 一 as «a/one», said in Russian by the noun alone, or matched when Russian writes 1. */
const articleCases: { zh: string; ru: string }[] = [
  { zh: '您好，有一个问题需要确认一下。', ru: 'Здравствуйте, нужно уточнить вопрос.' },
  { zh: '您购买的一件商品已发出。', ru: 'Ваш товар уже отправлен.' },
  { zh: '一天内发货。', ru: 'Отправим в течение суток.' },
  { zh: '一天内发货。', ru: 'Отправим в течение 1 дня.' },
  { zh: '保修一年。', ru: 'Гарантия — один год.' },
  { zh: '请在一周内确认收货。', ru: 'Подтвердите получение в течение недели.' },
  { zh: '第三天送达。', ru: 'Доставим на третий день.' },
  { zh: '一两天内发货。', ru: 'Отправим в течение 1–2 дней.' },
  { zh: '三五天到货。', ru: 'Доставка займёт 3–5 дней.' },
  { zh: '十分钟内回复。', ru: 'Ответим в течение 10 минут.' },
  { zh: '全场八折。', ru: 'Скидка 20 % на всё.' },
  { zh: '满两件打八五折。', ru: 'При покупке двух товаров — скидка 15 %.' },
  { zh: '百分百正品。', ru: 'Только оригинальные товары.' },
  { zh: '百分百正品。', ru: 'Оригинал на 100 %.' },
  { zh: '3月8日前发货。', ru: 'Отправим до 8 марта.' },
  { zh: '感谢您的五星好评！', ru: 'Спасибо за отзыв на 5 звёзд!' },
];

testRule(rule, {
  valid: [
    { ru: 'Гарантия — 12 месяцев.', zh: '保修 12 个月。' },
    { ru: 'Доставка займёт три дня.', zh: '三天内送达。' },
    { ru: 'Работаем с 9:00 до 18:30, 1 500 ₽, 2,5 кг.', zh: '营业时间 9点 至 18:30，1500 元，2.5 公斤。' },
    { ru: 'Срок — 3–5 дней.', zh: '3~5 天。' },
    { ru: 'Ответим в течение двенадцати часов.', zh: '十二小时内回复。' },
    { ru: 'Вернём 1 500 ₽.', en: 'We will refund 1,500 RUB.' },
    { ru: 'Подождите немного.', zh: '请稍等一下。', name: '一 outside a count is not a number' },
    { ru: 'Доставка 3 дня', zh: '３ 天送达', name: 'full-width digits' },
    { ru: 'Заказ {n} готов', zh: '订单 {n} 已准备好', placeholders: { n: { example: 42 } } },
    { ru: 'Любой текст 5', name: 'no source text' },
    ...fixedWordCases.map((c) => ({ ...c, name: `fixed word: ${c.zh}` })),
    ...articleCases.map((c) => ({ ...c, name: `not a count, or the same count: ${c.zh} / ${c.ru}` })),
    // Numbers inside what another rule reports are not compared.
    { zh: '如有问题请拨打 +7 999 123-45-67。', ru: 'Если возникнут вопросы, звоните: +7 999 123-45-67.', name: 'a phone number in both texts' },
    { zh: '如有问题请联系客服。', ru: 'Если возникнут вопросы, звоните: +7 999 123-45-67.', name: 'a phone number in the target only' },
    { zh: '如有问题请拨打 +7 999 123-45-67。', ru: 'Если возникнут вопросы, напишите нам в чат.', name: 'a phone number in the source only' },
    { zh: '请联系我们的客服。', ru: 'Наш WeChat: shop_2024, QQ 12345678.', name: 'messenger ids' },
    { zh: '请加微信：buyer2024。', ru: 'Напишите нам в чат.', name: 'a WeChat id in the source' },
    { zh: '请发邮件给我们。', ru: 'Пишите на help2024@shop.ru.', name: 'an e-mail address' },
    { zh: '请查看商品页面。', ru: 'Смотрите страницу товара: https://www.ozon.ru/product/1581234567/ или shop24.ru/p/7.', name: 'links, Ozon’s and others' },
    { zh: '请提供卡背面的安全码。', ru: 'Сообщите код CVV2 с обратной стороны карты.', name: 'requested card data' },
    { zh: '订单 {order} 已发货。', ru: 'Заказ 0123456789 отправлен.', placeholders: { order: { example: '0123456789' } }, name: 'a placeholder’s value written out where the placeholder is missing' },
    { zh: '还剩 {n} 件。', ru: '{n, plural, =1 {Остался 1 товар} one {Остался # товар} few {Осталось # товара} other {Осталось # товаров}}.', name: 'the number of a plural branch =1' },
  ],
  invalid: [
    { ru: 'Гарантия — 6 месяцев.', zh: '保修 12 个月。', messages: ['1:12-1:13 consistency-number changed {"actual":"6","expected":"12","number":"12","source":"zh","target":"ru"}'] },
    { ru: 'Доставка займёт 3 дня.', zh: '5 天内送达。', messages: ['1:17-1:18 consistency-number changed {"actual":"3","expected":"5","number":"5","source":"zh","target":"ru"}'] },
    { ru: 'Гарантия — полгода.', zh: '保修十二个月。', messages: ['zh 1:3-1:5 consistency-number missing {"expected":"十二","number":"12","source":"zh","target":"ru"}'] },
    { ru: 'Вернём деньги в течение 10 дней.', zh: '我们会尽快退款。', messages: ['1:25-1:27 consistency-number extra {"actual":"10","source":"zh","target":"ru"}'] },
    { ru: 'Работаем с 10:00 до 19:00.', zh: '营业时间 9:00 至 18:00。', messages: ['1:12-1:14 consistency-number changed {"actual":"10","expected":"9","number":"9","source":"zh","target":"ru"}', '1:21-1:23 consistency-number changed {"actual":"19","expected":"18","number":"18","source":"zh","target":"ru"}'] },
    // Real counts are still compared, next to fixed words and phone numbers.
    { zh: '请在3天内确认收货。', ru: 'Подтвердите получение в течение 5 дней.', messages: ['1:33-1:34 consistency-number changed {"actual":"5","expected":"3","number":"3","source":"zh","target":"ru"}'] },
    { zh: '请稍等一下，三天内发货。', ru: 'Подождите немного, отправим в течение 5 дней.', messages: ['1:39-1:40 consistency-number changed {"actual":"5","expected":"三","number":"3","source":"zh","target":"ru"}'] },
    { zh: '十分抱歉，两件商品会在一周内补发。', ru: 'Приносим извинения, 3 товара отправим повторно в течение недели.', messages: ['1:21-1:22 consistency-number changed {"actual":"3","expected":"两","number":"2","source":"zh","target":"ru"}'] },
    { zh: '请在一周内确认收货。', ru: 'Подтвердите получение в течение 2 недель.', messages: ['1:33-1:34 consistency-number extra {"actual":"2","source":"zh","target":"ru"}'], name: 'a lone 一 is optional, but a number the source lacks is still extra' },
    { zh: '全场八折。', ru: 'Скидка 30 % на всё.', messages: ['1:8-1:10 consistency-number changed {"actual":"30","expected":"八折","number":"20","source":"zh","target":"ru"}'] },
    { zh: '有问题请拨打 +7 999 123-45-67，我们会在2天内回复。', ru: 'Звоните: +7 999 123-45-67, ответим в течение 5 дней.', messages: ['1:46-1:47 consistency-number changed {"actual":"5","expected":"2","number":"2","source":"zh","target":"ru"}'], name: 'a phone number beside a term' },
    { zh: '退款 2.5 元。', ru: 'Вернём 3,5 рубля.', messages: ['1:8-1:11 consistency-number changed {"actual":"3,5","expected":"2.5","number":"2,5","source":"zh","target":"ru"}'], name: 'the number to write has the Russian decimal comma' },
    { zh: '保修十分钟。', ru: 'Гарантия — 5 минут.', messages: ['1:12-1:13 consistency-number changed {"actual":"5","expected":"十","number":"10","source":"zh","target":"ru"}'], name: '十分钟 is ten minutes, not the fixed word 十分' },
  ],
});

describe('numerals', () => {
  it('match their schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(numerals) || validate.errors).toBe(true);
  });
  it('read Chinese numerals', () => {
    expect([chineseNumeral('十二'), chineseNumeral('两百五十'), chineseNumeral('三万'), chineseNumeral('一万五千'), chineseNumeral('十'), chineseNumeral('x')]).toEqual([12, 250, 30000, 15000, 10, undefined]);
    expect([chineseNumerals('三五'), chineseNumerals('二〇二六'), chineseNumerals('十二')]).toEqual([[3, 5], [2026], [12]]);
  });
  const read = (text: string): { numbers: number[]; optional: number[] } => {
    const tokens = numbersOf({ locale: 'zh', parsed: parsePlaceholders(text) });
    return { numbers: tokens.filter((t) => !t.optional).map((t) => t.values[0]!), optional: tokens.filter((t) => t.optional).map((t) => t.values[0]!) };
  };
  it.each(NUMERALS.chinese.examples)('read $text as $numbers', ({ text, numbers, optional }) => {
    expect(read(text)).toEqual({ numbers, optional: optional ?? [] });
  });
  it.each(Object.entries(NUMERALS.chinese.fixedWords))('never read the fixed word %s (%s)', (word, example) => {
    expect(example).toContain(word);
    expect(read(example)).toEqual({ numbers: [], optional: [] });
  });
  it('read a fixed word only where a longer string makes it a number', () => {
    for (const s of NUMERALS.chinese.notFixed) expect(Object.keys(NUMERALS.chinese.fixedWords).some((w) => s.includes(w))).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
