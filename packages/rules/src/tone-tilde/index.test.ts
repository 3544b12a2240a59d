import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { runCase, testFixtures, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { SENTENCE_END, sentenceEndMark } from './index.js';
import sentenceEnd from './sentence-end.yaml';
import schema from './sentence-end.schema.json';

testRule(rule, {
  valid: [
    'Здравствуйте! Пожалуйста, подождите: проверяю информацию по заказу.',
    'Доставка займёт 3–5 дней.',
    { ru: 'Заказ {order_number} отправлен.', zh: '亲，订单 {order_number} 已发货~', placeholders: { order_number: { example: '1' } }, name: 'a tilde in the source is not the target’s problem' },
    'Температура стирки — около 30 °C.',
    'Мой заказ в пути. Спасибо за отзыв! Отправим через СДЭК, кабель USB Type-C, магазин на Ozon.',
    'Размеры 42–44 и 46–48 есть в наличии, доставка от 3 до 7 дней.',
  ],
  invalid: [
    { ru: 'Подождите немного~', messages: ['1:18-1:19 tone-tilde tilde {"actual":"~"}'], output: 'Подождите немного', name: 'at the end of the text the tilde is only removed' },
    { ru: 'Подождите немного~ мы проверим', messages: ['1:18-1:19 tone-tilde tilde {"actual":"~"}'], output: 'Подождите немного мы проверим' },
    { ru: 'Спасибо ~ хорошего дня', messages: ['1:9-1:10 tone-tilde tilde {"actual":"~"}'], output: 'Спасибо хорошего дня' },
    {
      ru: 'Спасибо～～',
      messages: ['1:8-1:10 tone-tilde tilde {"actual":"～～"}'],
      output: 'Спасибо',
    },
    {
      ru: 'Доставка 3~5 дней, спасибо〜',
      messages: [
        '1:11-1:12 tone-tilde range {"actual":"~"}',
        '1:27-1:28 tone-tilde tilde {"actual":"〜"}',
      ],
      output: 'Доставка 3–5 дней, спасибо',
    },
    { ru: 'Срок 10 ~ 15 дней', messages: ['1:9-1:10 tone-tilde range {"actual":"~"}'], output: 'Срок 10–15 дней' },
    {
      ru: 'Первая строка\n~вторая строка',
      messages: ['2:1-2:2 tone-tilde tilde {"actual":"~"}'],
      output: 'Первая строка\nвторая строка',
    },
    // A tilde between two sentences: the end mark stays, so they do not run together.
    { ru: 'Дорогой покупатель~ Здравствуйте！', messages: ['1:19-1:20 tone-tilde sentenceEnd {"actual":"~","mark":"!"}'], output: 'Дорогой покупатель! Здравствуйте！', name: 'after an address' },
    { ru: 'Уважаемый покупатель ~ Ваш заказ передан в доставку~', messages: ['1:22-1:23 tone-tilde sentenceEnd {"actual":"~","mark":"!"}', '1:52-1:53 tone-tilde tilde {"actual":"~"}'], output: 'Уважаемый покупатель! Ваш заказ передан в доставку', name: 'a space before the tilde goes too' },
    { ru: 'Заказ уже собран~Отправим его завтра.', messages: ['1:17-1:18 tone-tilde sentenceEnd {"actual":"~","mark":"."}'], output: 'Заказ уже собран. Отправим его завтра.', name: 'no space after the tilde' },
    { ru: 'Спасибо за покупку~\nЕсли появятся вопросы, напишите нам в чат.', messages: ['1:19-1:20 tone-tilde sentenceEnd {"actual":"~","mark":"!"}'], output: 'Спасибо за покупку!\nЕсли появятся вопросы, напишите нам в чат.', name: 'at the end of a line before a new sentence' },
    { ru: 'Проверим наличие на складе~\nи сразу ответим.', messages: ['1:27-1:28 tone-tilde tilde {"actual":"~"}'], output: 'Проверим наличие на складе\nи сразу ответим.', name: 'a line that goes on in lower case' },
    { ru: 'Здравствуйте!~ Чем можем помочь?', messages: ['1:14-1:15 tone-tilde tilde {"actual":"~"}'], output: 'Здравствуйте! Чем можем помочь?', name: 'an end mark already there' },
  ],
});

describe('sentence-end.yaml', () => {
  it('matches its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(sentenceEnd) || validate.errors).toBe(true);
  });
  it.each(SENTENCE_END.examples)('fixes $text', ({ text, fixed }) => {
    expect(runCase(asAnyRule(rule), { ru: text }).output).toBe(fixed);
  });
  it('chooses the end mark', () => {
    expect(['Дорогой покупатель', 'Уважаемые клиенты', 'Добрый день', 'Спасибо за ваш заказ', 'Ждём вас снова', '\uFFFC'].map(sentenceEndMark)).toEqual(['!', '!', '!', '!', '!', '.']);
    expect(['Спасибо, что дождались ответа по вашему заказу', 'Заказ в пути', 'Дорогой товар', ''].map(sentenceEndMark)).toEqual(['.', '.', '.', '.']);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));

testFixtures(fileURLToPath(new URL('./fixtures', import.meta.url)), { rules: [asAnyRule(rule)] });
