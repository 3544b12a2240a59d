import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { lexicon } from './index.js';
import schema from '../lib/tone-lexicon.schema.json';
import { normalizeWord, requiredSlots } from '../lib/tone-lexicon.js';
import { en } from '../lib/messages.test-helper.js';

const slang = (actual: string, expected: string): string => `tone-slang ${en(rule, 'slang', { actual, expected })}`;
const remove = (actual: string): string => `tone-slang ${en(rule, 'remove', { actual })}`;

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
    { ru: 'Спс за заказ!', messages: [`1:1-1:4 ${slang('Спс', 'Спасибо')}`], output: 'Спасибо за заказ!' },
    {
      ru: 'Ок, отправим щас.',
      messages: [`1:1-1:3 ${slang('Ок', 'Хорошо')}`, `1:14-1:17 ${slang('щас', 'сейчас')}`],
      output: 'Ок, отправим сейчас.',
      name: '«ок» has no certain replacement',
    },
    {
      ru: 'Всё норм, инфу по заказу проверили.',
      messages: [`1:5-1:9 ${slang('норм', 'нормально')}`, `1:11-1:15 ${slang('инфу', 'информацию')}`],
      output: 'Всё нормально, информацию по заказу проверили.',
    },
    {
      ru: 'Подождите плиз, оч скоро ответим',
      messages: [`1:11-1:15 ${slang('плиз', 'пожалуйста')}`, `1:17-1:19 ${slang('оч', 'очень')}`],
      output: 'Подождите пожалуйста, очень скоро ответим',
    },
    { ru: 'Всё OK, товар отправлен.', messages: [`1:5-1:7 ${slang('OK', 'хорошо')}`], output: 'Всё OK, товар отправлен.' },
    { ru: 'Пришлите фотку и скрины чека.', messages: [`1:10-1:15 ${slang('фотку', 'фотографию')}`, `1:18-1:24 ${slang('скрины', 'скриншоты')}`], output: 'Пришлите фотографию и скриншоты чека.' },
    { ru: 'Приветик! Сорри за ожидание, ахаха.', messages: [`1:1-1:9 ${slang('Приветик', 'Здравствуйте')}`, `1:11-1:16 ${slang('Сорри', 'Извините')}`, `1:30-1:35 ${remove('ахаха')}`], output: 'Здравствуйте! Извините за ожидание, ахаха.' },
    { ru: 'Товара нету, чё делать — хз.', messages: [`1:8-1:12 ${slang('нету', 'нет')}`, `1:14-1:16 ${slang('чё', 'что')}`, `1:26-1:28 ${slang('хз', 'не знаю')}`], output: 'Товара нет, чё делать — хз.' },
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
