import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { lexicon } from './index.js';
import schema from '../lib/tone-lexicon.schema.json';
import { normalizeWord, requiredSlots } from '../lib/tone-lexicon.js';

testRule(rule, {
  valid: [
    'Мой заказ уже в пути.',
    'Этот материал дорогой, но прочный.',
    'Отличный подарок другу, подарочная упаковка бесплатно.',
    'Спасибо за отзыв!',
    'Доставка через СДЭК, кабель USB Type-C. Ozon сообщит о статусе.',
    'Около 5 кг, вес ок. 5 кг с упаковкой.',
    'Изделие соответствует требованиям санитарных норм. Всё в норме.',
    'Товар прост в использовании и очень удобен.',
    'Хай-тек дизайн, оплата картой, окно выдачи.',
    'Хорошо, сейчас проверим. Пожалуйста, подождите.',
    { ru: 'Заказ {ok} отправлен.', placeholders: { ok: { example: '1' } }, name: 'a placeholder name is not a word' },
  ],
  invalid: [
    { ru: 'Спс за заказ!', messages: ['1:1-1:4 tone-slang slang {"actual":"Спс","expected":"Спасибо"}'], output: 'Спасибо за заказ!' },
    {
      ru: 'Ок, отправим щас.',
      messages: ['1:1-1:3 tone-slang slang {"actual":"Ок","expected":"Хорошо"}', '1:14-1:17 tone-slang slang {"actual":"щас","expected":"сейчас"}'],
      output: 'Ок, отправим сейчас.',
      name: '«ок» has no certain replacement',
    },
    {
      ru: 'Всё норм, инфу по заказу проверили.',
      messages: [
        '1:5-1:9 tone-slang slang {"actual":"норм","expected":"нормально"}',
        '1:11-1:15 tone-slang slang {"actual":"инфу","expected":"информацию"}',
      ],
      output: 'Всё нормально, информацию по заказу проверили.',
    },
    {
      ru: 'Подождите плиз, оч скоро ответим',
      messages: [
        '1:11-1:15 tone-slang slang {"actual":"плиз","expected":"пожалуйста"}',
        '1:17-1:19 tone-slang slang {"actual":"оч","expected":"очень"}',
      ],
      output: 'Подождите пожалуйста, очень скоро ответим',
    },
    { ru: 'Всё OK, товар отправлен.', messages: ['1:5-1:7 tone-slang slang {"actual":"OK","expected":"хорошо"}'] },
    { ru: 'Пришлите фотку и скрины чека.', messages: [
      '1:10-1:15 tone-slang slang {"actual":"фотку","expected":"фотографию"}',
      '1:18-1:24 tone-slang slang {"actual":"скрины","expected":"скриншоты"}',
    ], output: 'Пришлите фотографию и скриншоты чека.' },
    { ru: 'Приветик! Сорри за ожидание, ахаха.', messages: [
      '1:1-1:9 tone-slang slang {"actual":"Приветик","expected":"Здравствуйте"}',
      '1:11-1:16 tone-slang slang {"actual":"Сорри","expected":"Извините"}',
      '1:30-1:35 tone-slang remove {"actual":"ахаха"}',
    ], output: 'Здравствуйте! Извините за ожидание, ахаха.' },
    { ru: 'Товара нету, чё делать — хз.', messages: [
      '1:8-1:12 tone-slang slang {"actual":"нету","expected":"нет"}',
      '1:14-1:16 tone-slang slang {"actual":"чё","expected":"что"}',
      '1:26-1:28 tone-slang slang {"actual":"хз","expected":"не знаю"}',
    ], output: 'Товара нет, чё делать — хз.' },
  ],
});

describe('slang data', () => {
  it('matches the lexicon schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(lexicon) || validate.errors).toBe(true);
  });
  it('covers every case and number of each entry', () => {
    for (const entry of lexicon.entries) expect(Object.keys(entry.forms).sort(), entry.lemma).toEqual(requiredSlots(entry.number).sort());
  });
  it('lists each spelling once', () => {
    const seen = new Map<string, string>();
    for (const entry of lexicon.entries) {
      for (const [form] of Object.values(entry.forms)) {
        const key = normalizeWord(form!);
        const owner = seen.get(key);
        expect(owner === undefined || owner === entry.lemma, `${form} in ${owner} and ${entry.lemma}`).toBe(true);
        seen.set(key, entry.lemma);
      }
    }
  });
  it('compiles its patterns', () => {
    for (const entry of lexicon.entries) if (entry.notFollowedBy) expect(() => new RegExp(entry.notFollowedBy!, 'u')).not.toThrow();
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
