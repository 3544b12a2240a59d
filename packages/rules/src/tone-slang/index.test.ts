import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, parsePlaceholders } from '@otvet/core';
import rule, { lexicon } from './index.js';
import schema from '../lib/tone-lexicon.schema.json';
import { findLexiconWords, lexiconIndex, normalizeWord, requiredSlots } from '../lib/tone-lexicon.js';

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
    { ru: 'Нажмите «ОК» в окне оплаты, затем кнопку OK.', name: '«ок» as the name of a button' },
    { ru: 'Фото до 5 мб, видео до 80 Мб. Громкость 60 дБ.', name: 'megabytes and decibels after a number' },
    { ru: 'В товаре нет инородных тел. Наш тел.: 8 800 100-00-00.', name: '«тел» as a word and as a standard abbreviation' },
    { ru: 'Курьер приедет через 15 мин, ответим через 30 сек. Скидка 1 тыс. рублей.', name: 'standard abbreviations after a number' },
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
    { ru: 'Канешно, одну сек! Доплата — две тыщи, ничо страшного.', messages: [
      '1:1-1:8 tone-slang slang {"actual":"Канешно","expected":"Конечно"}',
      '1:15-1:18 tone-slang slang {"actual":"сек","expected":"секунду"}',
      '1:34-1:38 tone-slang slang {"actual":"тыщи","expected":"тысячи"}',
      '1:40-1:44 tone-slang slang {"actual":"ничо","expected":"ничего"}',
    ], output: 'Конечно, одну секунду! Доплата — две тысячи, ничего страшного.', name: 'chat spellings with a certain full form are fixed' },
    { ru: 'Мб, курьер позвонит на тлф. Укажите ваш тел. Пок!', messages: [
      '1:1-1:3 tone-slang slang {"actual":"Мб","expected":"Может быть"}',
      '1:24-1:27 tone-slang slang {"actual":"тлф","expected":"телефон"}',
      '1:41-1:44 tone-slang slang {"actual":"тел","expected":"телефон"}',
      '1:46-1:49 tone-slang slang {"actual":"Пок","expected":"До свидания"}',
    ], name: 'abbreviations whose full form depends on the sentence are not fixed' },
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
    for (const entry of lexicon.entries) {
      if (entry.notFollowedBy) expect(() => new RegExp(entry.notFollowedBy!, 'u')).not.toThrow();
      if (entry.notPrecededBy) expect(() => new RegExp(entry.notPrecededBy!, 'u')).not.toThrow();
    }
  });
});

describe('slang entries', () => {
  const index = lexiconIndex(lexicon);
  /** The entries the rule reports in a text, by lemma. */
  const reported = (text: string): string[] => findLexiconWords(parsePlaceholders(text).masked, index).map((m) => m.form.entry.lemma);
  for (const entry of lexicon.entries) {
    describe(entry.lemma, () => {
      it('has an example', () => expect(entry.examples?.length ?? 0).toBeGreaterThan(0));
      for (const text of entry.examples ?? []) it(`reports “${text}”`, () => expect(reported(text)).toContain(entry.lemma));
      for (const text of entry.counterexamples ?? []) it(`does not report “${text}”`, () => expect(reported(text)).not.toContain(entry.lemma));
    });
  }
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
