import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { data } from './index.js';
import schema from './emoticons.schema.json';

testRule(rule, {
  valid: [
    'Мой заказ уже в пути. Этот материал дорогой.',
    'Отличный подарок другу, подарочная упаковка бесплатно. Спасибо за отзыв!',
    'Доставка через СДЭК, кабель USB Type-C. Ozon сообщит о статусе.',
    'Размеры (S, M, L) есть. Цена (со скидкой (10%)) ниже.',
    'Варианты: а) синий, б) красный.\n1) Оплата\n2) Доставка',
    'Работаем с 10:00 до 18:00 (МСК), ответ в течение 24 ч. Срок <3 дней.',
    '© 2024 Магазин™, сертификат № 5, цена 100 ₽, температура 30 °C, гарантия ✔.',
    'Товар (арт. {sku}) отправлен.',
    'Сноска (*) и пометка (!) — не смайлики; пропуск (...) тоже, как и пустое поле (____).',
    'Привет) как дела',
    'Пример: (1) оплата, (2) доставка. Статус:(1) готово.',
    'Иванов О.О. ответит. Формула a=D.',
    { ru: 'Заказ {n, plural, one {(# товар)} other {(# товаров)}} готов', name: 'brackets inside plural branches' },
  ],
  invalid: [
    { ru: 'Спасибо за заказ :)', messages: ['1:18-1:20 tone-emoticon emoticon {"actual":":)"}'] },
    { ru: 'Спасибо))) Хорошего дня', messages: ['1:8-1:11 tone-emoticon bracket {"actual":")))"}'] },
    { ru: 'Спасибо) Хорошего дня!', messages: ['1:8-1:9 tone-emoticon bracket {"actual":")"}'] },
    { ru: 'Ждём ваш отзыв!)\nМагазин', messages: ['1:16-1:17 tone-emoticon bracket {"actual":")"}'] },
    { ru: 'Жаль((( Но мы поможем (обязательно).', messages: ['1:5-1:8 tone-emoticon bracket {"actual":"((("}'] },
    { ru: 'Спасибо (очень ждём)))', messages: ['1:21-1:23 tone-emoticon bracket {"actual":"))"}'], name: 'a parenthesis closed, then a smile' },
    { ru: 'Заказ {order})) готов', placeholders: { order: { example: '1' } }, messages: ['1:14-1:16 tone-emoticon bracket {"actual":"))"}'] },
    { ru: 'Ок ;-) Ура :D Жаль :( Хорошо =)', messages: [
      '1:4-1:7 tone-emoticon emoticon {"actual":";-)"}',
      '1:12-1:14 tone-emoticon emoticon {"actual":":D"}',
      '1:20-1:22 tone-emoticon emoticon {"actual":":("}',
      '1:30-1:32 tone-emoticon emoticon {"actual":"=)"}',
    ] },
    { ru: 'Рады помочь (*^▽^*) Извините (╥﹏╥)', messages: [
      '1:13-1:20 tone-emoticon emoticon {"actual":"(*^▽^*)"}',
      '1:30-1:35 tone-emoticon emoticon {"actual":"(╥﹏╥)"}',
    ] },
    { ru: 'Хорошо^_^ xD owo ¯\\_(ツ)_/¯', messages: [
      '1:7-1:10 tone-emoticon emoticon {"actual":"^_^"}',
      '1:11-1:13 tone-emoticon emoticon {"actual":"xD"}',
      '1:14-1:17 tone-emoticon emoticon {"actual":"owo"}',
      '1:18-1:27 tone-emoticon emoticon {"actual":"¯\\\\_(ツ)_/¯"}',
    ] },
    { ru: 'Спасибо 🙏🙏 Любим вас ❤️', messages: ['1:9-1:13 tone-emoticon emoji {"actual":"🙏🙏"}', '1:24-1:26 tone-emoticon emoji {"actual":"❤️"}'] },
    { ru: '👍🏽 Отлично, 👨‍👩‍👧 и 1️⃣ ✅', messages: [
      '1:1-1:5 tone-emoticon emoji {"actual":"👍🏽"}',
      '1:15-1:23 tone-emoticon emoji {"actual":"👨‍👩‍👧"}',
      '1:26-1:29 tone-emoticon emoji {"actual":"1️⃣"}',
      '1:30-1:31 tone-emoticon emoji {"actual":"✅"}',
    ] },
    { ru: 'Любим вас <3', messages: ['1:11-1:13 tone-emoticon emoticon {"actual":"<3"}'] },
  ],
});

describe('emoticon data', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(data) || validate.errors).toBe(true);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
