import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { abbreviations, legalForms } from './index.js';
import schema from '../../schema/word-list.schema.json';

testRule(rule, {
  valid: [
    'Мой заказ уже в пути. Этот материал дорогой.',
    'Отличный подарок другу: подарочная упаковка бесплатно. Спасибо за отзыв!',
    'Отправим через СДЭК в ваш ПВЗ, кабель USB Type-C. Ozon и OZON — одно и то же.',
    'Цена с НДС, товар соответствует ГОСТ и ТУ, сертификат ЕАЭС. Доставка по РФ и СНГ.',
    'Размеры XS, XL, XXL и 3XL; защита IP67, модель XIAOMI REDMI NOTE.',
    'Продавец: ИП ИВАНОВ И. И., ООО «РОМАШКА».',
    'Бренд «ЛЕСНАЯ СКАЗКА» и крем "ЧИСТАЯ ЛИНИЯ" есть в наличии.',
    'Дата в формате ДД.ММ.ГГГГ, время МСК.',
    'Мы в ТЦ на МКАД, в СПБ и МО доставка 2 дня.',
    { ru: 'Код {SKU_CODE} и {ORDER} готовы.', placeholders: { SKU_CODE: { example: '1' }, ORDER: { example: '1' } } },
    { ru: 'Скидка ХИТ!', name: 'a short word alone' },
  ],
  invalid: [
    { ru: 'ВНИМАНИЕ! Заказ задерживается.', messages: ['1:1-1:9 tone-caps caps {"actual":"ВНИМАНИЕ"}'] },
    { ru: 'Мы СРОЧНО ОТПРАВИМ ваш заказ.', messages: ['1:4-1:19 tone-caps caps {"actual":"СРОЧНО ОТПРАВИМ"}'] },
    { ru: 'ЭТО ВСЁ, спасибо.', messages: ['1:1-1:8 tone-caps caps {"actual":"ЭТО ВСЁ"}'] },
    {
      ru: 'Доставка БЕСПЛАТНО! Только СЕГОДНЯ.\nСДЭК ДОСТАВИТ ЗАВТРА',
      messages: [
        '1:10-1:19 tone-caps caps {"actual":"БЕСПЛАТНО"}',
        '1:28-1:35 tone-caps caps {"actual":"СЕГОДНЯ"}',
        '2:1-2:21 tone-caps caps {"actual":"СДЭК ДОСТАВИТ ЗАВТРА"}',
      ],
    },
    { ru: 'Товар ОЧЕНЬ хороший.', messages: ['1:7-1:12 tone-caps caps {"actual":"ОЧЕНЬ"}'] },
    { ru: 'Не забудьте: ВСЕМ скидка.', options: { minLength: 4 }, messages: ['1:14-1:18 tone-caps caps {"actual":"ВСЕМ"}'] },
    { ru: 'Big SALE TODAY', options: { latin: true }, messages: ['1:5-1:15 tone-caps caps {"actual":"SALE TODAY"}'] },
    { ru: 'ВНИМАНИE: Latin E at the end', messages: ['1:1-1:9 tone-caps caps {"actual":"ВНИМАНИE"}'], name: 'a look-alike letter does not hide the capitals' },
  ],
});

describe('word lists', () => {
  it('match the word-list schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(abbreviations) || validate.errors).toBe(true);
    expect(validate(legalForms) || validate.errors).toBe(true);
  });
  it('hold capitalised words only', () => {
    for (const list of [abbreviations, legalForms]) for (const g of list.groups) for (const w of g.words) expect(w, w).toBe(w.toUpperCase());
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
