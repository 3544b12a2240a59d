import { describe, expect, it } from 'vitest';
import { parseNatural, parsePlaceholders, type TextView } from '@otvet/core';
import { NUMBER, normalizeWord, sentencesOfView } from './sentences.js';
import { sentences } from './patterns.test-helper.js';

const words = (text: string): string[] => sentences(text).map((s) => s.map((t) => t.text).join(' '));
const kinds = (text: string): string[][] => sentences(text).map((s) => s.map((t) => `${t.kind}:${t.text.replace(/\uFFFC/g, '▯')}`));

describe('sentences', () => {
  it('end at a sentence end and at a line break, but not at a wrapped lower-case line', () => {
    expect(words('Здравствуйте! Заказ отправлен.')).toEqual(['Здравствуйте !', 'Заказ отправлен .']);
    expect(words('Здравствуйте\nЗаказ отправлен')).toEqual(['Здравствуйте', 'Заказ отправлен']);
    expect(words('Здравствуйте\r\nЗаказ отправлен')).toEqual(['Здравствуйте', 'Заказ отправлен']);
    expect(words('У нас свободная\nдоставка')).toEqual(['У нас свободная доставка']);
    expect(words('Спасибо\n— заказ в пути')).toEqual(['Спасибо', '— заказ в пути']);
    expect(words('Спасибо\n5 дней')).toEqual(['Спасибо', '5 дней']);
  });
  it('end at a paragraph and ignore blanks', () => {
    expect(words('Спасибо за заказ\n\nждём вас')).toEqual(['Спасибо за заказ', 'ждём вас']);
    expect(words('  ')).toEqual([]);
    expect(words('')).toEqual([]);
  });
  it('keep an abbreviation before a lower-case word in one sentence', () => {
    expect(words('См. таблицу размеров, т.е. первую.')).toEqual(['См. таблицу размеров , т.е. первую .']);
  });
});

describe('tokens', () => {
  it('are words, punctuation marks and placeholders with their ranges', () => {
    const [s] = sentences('Заказ {n} — в пути!');
    expect(s!.map((t) => [t.kind, t.start, t.end])).toEqual([['word', 0, 5], ['placeholder', 6, 9], ['punct', 10, 11], ['word', 12, 13], ['word', 14, 18], ['punct', 18, 19]]);
  });
  it('make a placeholder one token and split the full stop off a number', () => {
    const s = sentences('Заказ {order_number} на 5.')[0]!;
    expect(s.map((t) => [t.kind, t.text])).toEqual([['word', 'Заказ'], ['placeholder', '{order_number}'.replace(/./g, '\uFFFC')], ['word', 'на'], ['word', '5'], ['punct', '.']]);
  });
  it('leave the words of plural branches visible between placeholder tokens', () => {
    expect(kinds('{count, plural, one {# товар} other {# товаров}}')).toEqual([
      ['placeholder:▯▯▯▯▯▯▯▯▯▯▯▯▯▯▯▯▯▯▯▯▯▯', 'word:товар', 'placeholder:▯▯▯▯▯▯▯▯▯▯', 'word:товаров', 'placeholder:▯▯'],
    ]);
  });
  it('join a decimal number split at its comma or point, but not a list of numbers', () => {
    expect(kinds('Скидка 2,5 % и 1.000 ₽')).toEqual([['word:Скидка', 'word:2,5', 'punct:%', 'word:и', 'word:1.000', 'punct:₽']]);
    expect(kinds('Размеры 42, 44')).toEqual([['word:Размеры', 'word:42', 'punct:,', 'word:44']]);
  });
  it('keep hyphenated, dotted and apostrophe words whole, and a run of one mark as one token', () => {
    expect(kinds('Экспресс-доставка в WhatsApp’е, t.me!!!')).toEqual([['word:Экспресс-доставка', 'word:в', 'word:WhatsApp’е', 'punct:,', 'word:t.me', 'punct:!!!']]);
  });
  it('normalise words: lower case, ё → е, plain apostrophes and hyphens', () => {
    const [s] = sentences('ЁЛКА WhatsApp’е пока‑пока');
    expect(s!.map((t) => t.norm)).toEqual(['елка', "whatsapp'е", 'пока-пока']);
    expect(normalizeWord('Принесённые')).toBe('принесенные');
  });
  it('know a number', () => {
    for (const n of ['5', '1500', '2,5', '1.000.000']) expect(NUMBER.test(n), n).toBe(true);
    for (const n of ['5-й', '1500р', 'пять', '2,', ',5']) expect(NUMBER.test(n), n).toBe(false);
  });
});

describe('sentencesOfView', () => {
  it('computes the sentences of a view once', () => {
    const view = { tree: parseNatural(parsePlaceholders('Заказ отправлен.').masked) } as unknown as TextView;
    const first = sentencesOfView(view);
    expect(first).toHaveLength(1);
    expect(sentencesOfView(view)).toBe(first);
  });
});
