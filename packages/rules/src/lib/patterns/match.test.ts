import { describe, expect, it } from 'vitest';
import { compilePattern } from './compile.js';
import { atomMatches, matchPattern } from './match.js';
import type { Token } from './sentences.js';
import { find, sentences } from './patterns.test-helper.js';

describe('matchPattern: words and stems', () => {
  it('matches a word exactly, case-insensitively, with ё = е', () => {
    expect(find('заказ', 'заказы и Заказ')).toEqual(['Заказ']);
    expect(find('принесенные неудобства', 'за принесённые неудобства')).toEqual(['принесённые неудобства']);
    expect(find('принесённые', 'за принесенные неудобства')).toEqual(['принесенные']);
  });
  it('matches a stem at the start of a word only', () => {
    expect(find('свободн* доставк*', 'СВОБОДНАЯ ДОСТАВКА и свободной доставкой')).toEqual(['СВОБОДНАЯ ДОСТАВКА', 'свободной доставкой']);
    expect(find('дорог*', 'Недорогой чемодан')).toEqual([]);
  });
  it('matches hyphenated, dotted and apostrophe words as written, with any hyphen or apostrophe', () => {
    expect(find('пока-пока', 'Пока‑пока!')).toEqual(['Пока‑пока']);
    expect(find('яндекс.маркет*', 'на Яндекс.Маркете')).toEqual(['Яндекс.Маркете']);
    expect(find("whatsapp'е", 'в WhatsApp’е')).toEqual(['WhatsApp’е']);
    expect(find('пока', 'Пока-пока!')).toEqual([]);
  });
  it('matches one of the alternatives', () => {
    expect(find('вам|вас|вы* понравится|понравились', 'Вам понравится. Вы понравились. Им понравится.')).toEqual(['Вам понравится', 'Вы понравились']);
  });
  it('matches the words of a list', () => {
    expect(find('@ask отменить', 'Просим отменить, умоляем отменить', { ask: ['просим', 'умоля*'] })).toEqual(['Просим отменить', 'умоляем отменить']);
  });
});

describe('matchPattern: punctuation, placeholders, numbers', () => {
  it('matches a punctuation mark by the first character of its token', () => {
    expect(find('спасибо !|?', 'Спасибо!!! Спасибо? Спасибо.')).toEqual(['Спасибо', 'Спасибо']);
    expect(find('спасибо , что', 'Спасибо, что ждёте. Спасибо что ждёте.')).toEqual(['Спасибо, что']);
  });
  it('matches any placeholder', () => {
    expect(find('здравствуйте , {}', 'Здравствуйте, {name}! Здравствуйте, {count, plural, one {# друг} other {# друзья}}')).toEqual(['Здравствуйте, {name}', 'Здравствуйте, {count, plural, one {#']);
    expect(find('заказ {}', 'заказ номер')).toEqual([]);
  });
  it('matches a number written in digits', () => {
    expect(find('# ₽', 'Цена 1500 ₽, скидка 2,5 ₽, пять ₽, 1500р ₽')).toEqual(['1500', '2,5']);
    expect(find('через # дн*', 'через 3 дня, через 10 дней, через три дня')).toEqual(['через 3 дня', 'через 10 дней']);
  });
});

describe('matchPattern: optional tokens and gaps', () => {
  it('takes an optional token when it is there and goes on without it', () => {
    expect(find('просим|прошу [вас] понять', 'Прошу понять. Просим вас понять. Просим очень понять.')).toEqual(['Прошу понять', 'Просим вас понять']);
    expect(find('заказ [отправлен]', 'Заказ собран.')).toEqual(['Заказ']);
    expect(find('[уже] заказ', 'уже заказ')).toEqual(['уже заказ']);
  });
  it('lets a gap take up to N words, punctuation free, placeholders and numbers counting as words', () => {
    expect(find('принес* *2 неудобств*', 'принесли вам большие неудобства; принесли вам очень большие неудобства')).toEqual(['принесли вам большие неудобства']);
    expect(find('неудобств* *1 принес*', 'неудобства, которые принесли')).toEqual(['неудобства, которые принесли']);
    expect(find('заказ *1 отправлен', 'заказ — «{n}» — отправлен; заказ {n} 5 отправлен')).toEqual(['заказ — «{n}» — отправлен']);
    expect(find('заказ * отправлен', 'заказ был уже давно отправлен; заказ был уже совсем давно отправлен')).toEqual(['заказ был уже давно отправлен']);
  });
  it('lets a gap take as few words as it can', () => {
    expect(find('заказ * отправлен', 'заказ отправлен и отправлен')).toEqual(['заказ отправлен']);
  });
});

describe('matchPattern: anchors', () => {
  it('^ holds at the start of a sentence, after punctuation only', () => {
    expect(find('^ дорогой ,', 'Дорогой, привет. Материал дорогой, но хороший.')).toEqual(['Дорогой']);
    expect(find('^ получено', '«Получено»')).toEqual(['Получено']);
    expect(find('^ заказ', 'Ваш заказ, заказ')).toEqual([]);
  });
  it('$ holds when nothing at all follows', () => {
    expect(find('^ получено [.] $', 'Получено. Получено? Получено два письма.')).toEqual(['Получено']);
    expect(find('^ получено $', '«Получено»')).toEqual([]);
    expect(find('получено $', 'Всё получено')).toEqual(['получено']);
  });
});

describe('matchPattern: matches', () => {
  it('are left to right and do not overlap', () => {
    expect(find('заказ *1 заказ', 'заказ заказ заказ заказ')).toEqual(['заказ заказ', 'заказ заказ']);
  });
  it('cover words and placeholders, not the punctuation at their edges', () => {
    const [s] = sentences('Ну, спасибо!');
    const [m] = matchPattern(compilePattern(', спасибо !'), s!);
    expect(m).toEqual({ first: 2, last: 2, start: 4, end: 11 });
  });
  it('stay inside one sentence', () => {
    expect(find('заказ отправлен', 'Спасибо за заказ. Отправлен он завтра.')).toEqual([]);
  });
});

describe('atomMatches', () => {
  const token = (kind: Token['kind'], text: string): Token => ({ kind, text, norm: text.toLowerCase(), start: 0, end: text.length });
  it('tells the kinds of tokens apart', () => {
    expect(atomMatches({ kind: 'placeholder' }, token('placeholder', '\uFFFC'))).toBe(true);
    expect(atomMatches({ kind: 'placeholder' }, token('word', 'имя'))).toBe(false);
    expect(atomMatches({ kind: 'number' }, token('word', '2,5'))).toBe(true);
    expect(atomMatches({ kind: 'number' }, token('punct', '5'))).toBe(false);
    expect(atomMatches({ kind: 'punct', values: new Set(['!']) }, token('punct', '!!'))).toBe(true);
    expect(atomMatches({ kind: 'punct', values: new Set(['!']) }, token('word', '!'))).toBe(false);
    expect(atomMatches({ kind: 'word', exact: new Set(['вы']), prefixes: [] }, token('punct', 'вы'))).toBe(false);
  });
});
