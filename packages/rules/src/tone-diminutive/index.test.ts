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
    'Отличный подарок другу.',
    'Товар придёт в подарочной упаковке. Подарочная упаковка бесплатно.',
    'Спасибо за отзыв!',
    'Отправим через СДЭК, кабель USB Type-C в комплекте. Ozon доставит заказ в пункт выдачи.',
    'Ручка и точка входят в комплект, бабочка — отдельно.',
    'Подождите минуту: проверяю посылку. Скидка действует неделю.',
    'Силикагель лежит в пакетике, серьги — в подарочной коробочке.',
    'Денежные средства вернутся на карту. Деньги придут через 3 дня.',
    'Наш персонал чуток к вашим пожеланиям.',
    { ru: 'Заказ {order} отправлен.', placeholders: { order: { example: '1' } } },
  ],
  invalid: [
    { ru: 'Минуточку, проверяю ваш заказ.', messages: ['1:1-1:10 tone-diminutive diminutive {"actual":"Минуточку","expected":"Минуту"}'], output: 'Минуту, проверяю ваш заказ.' },
    { ru: 'Ваш заказик уже в пути!', messages: ['1:5-1:12 tone-diminutive diminutive {"actual":"заказик","expected":"заказ"}'], output: 'Ваш заказ уже в пути!' },
    {
      ru: 'Ваша посылочка придёт через недельку, а денежки вернём сразу.',
      messages: [
        '1:6-1:15 tone-diminutive diminutive {"actual":"посылочка","expected":"посылка"}',
        '1:29-1:37 tone-diminutive diminutive {"actual":"недельку","expected":"неделю"}',
        '1:41-1:48 tone-diminutive diminutive {"actual":"денежки","expected":"деньги"}',
      ],
      output: 'Ваша посылка придёт через неделю, а деньги вернём сразу.',
    },
    {
      ru: 'Передали посылочку курьерчику, ждите звоночка.',
      messages: [
        '1:10-1:19 tone-diminutive diminutive {"actual":"посылочку","expected":"посылку"}',
        '1:20-1:30 tone-diminutive diminutive {"actual":"курьерчику","expected":"курьеру"}',
        '1:38-1:46 tone-diminutive diminutive {"actual":"звоночка","expected":"звонка"}',
      ],
      output: 'Передали посылку курьеру, ждите звонка.',
    },
    {
      ru: 'Дарим подарочек и скидочку на следующий заказ! Оставьте отзывчик с фоточками.',
      messages: [
        '1:7-1:16 tone-diminutive diminutive {"actual":"подарочек","expected":"подарок"}',
        '1:19-1:27 tone-diminutive diminutive {"actual":"скидочку","expected":"скидку"}',
        '1:57-1:65 tone-diminutive diminutive {"actual":"отзывчик","expected":"отзыв"}',
        '1:68-1:77 tone-diminutive diminutive {"actual":"фоточками","expected":"фотографиями"}',
      ],
      output: 'Дарим подарок и скидку на следующий заказ! Оставьте отзыв с фотографиями.',
    },
    { ru: 'СЕКУНДОЧКУ', messages: ['1:1-1:11 tone-diminutive diminutive {"actual":"СЕКУНДОЧКУ","expected":"СЕКУНДУ"}'], output: 'СЕКУНДУ' },
    { ru: 'Подождите немножко, отвечу на ваш вопросик.', messages: [
      '1:11-1:19 tone-diminutive diminutive {"actual":"немножко","expected":"немного"}',
      '1:35-1:43 tone-diminutive diminutive {"actual":"вопросик","expected":"вопрос"}',
    ], output: 'Подождите немного, отвечу на ваш вопрос.' },
    { ru: 'Пару деньков — и товарчики у вас.', messages: [
      '1:6-1:13 tone-diminutive diminutive {"actual":"деньков","expected":"дней"}',
      '1:18-1:27 tone-diminutive diminutive {"actual":"товарчики","expected":"товары"}',
    ], output: 'Пару дней — и товары у вас.' },
    { ru: 'Уточните размерчик-то.', messages: ['1:10-1:19 tone-diminutive diminutive {"actual":"размерчик","expected":"размер"}'], output: 'Уточните размер-то.' },
  ],
});

describe('diminutives data', () => {
  it('matches the lexicon schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(lexicon) || validate.errors).toBe(true);
  });
  it('covers every case and number of each entry', () => {
    for (const entry of lexicon.entries) expect(Object.keys(entry.forms).sort(), entry.lemma).toEqual(requiredSlots(entry.number).sort());
  });
  it('maps each spelling to one neutral form, so every fix is certain', () => {
    const neutral = new Map<string, Set<string>>();
    for (const entry of lexicon.entries) {
      for (const [form, ...rest] of Object.values(entry.forms)) {
        const key = normalizeWord(form!);
        if (!neutral.has(key)) neutral.set(key, new Set());
        for (const n of rest) neutral.get(key)!.add(n);
      }
    }
    const ambiguous = [...neutral].filter(([, set]) => set.size !== 1).map(([k]) => k);
    expect(ambiguous).toEqual([]);
  });
  it('has the lemma as its nominative or invariable form', () => {
    for (const entry of lexicon.entries) {
      const first = entry.forms['nom-sg'] ?? entry.forms['nom-pl'] ?? entry.forms.inv;
      expect([first?.[0], first?.[1]], entry.lemma).toEqual([entry.lemma, entry.neutral]);
    }
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
