import { describe, expect, it } from 'vitest';
import { parseNatural, parsePlaceholders } from '@otvet/core';
import phrasebookSchema from '../../schema/phrasebook.schema.json';
import phrasesSchema from './policy-phrases.schema.json';
import { compilePattern, compilePhrase, findPhrases, matchPattern, PatternError, sentencesOf } from './policy-patterns.js';

const sentences = (text: string) => sentencesOf(parseNatural(parsePlaceholders(text).masked));
/** The matched stretches of text. */
const find = (pattern: string, text: string, lists = {}): string[] =>
  sentences(text).flatMap((s) => matchPattern(compilePattern(pattern, lists), s).map((m) => text.slice(m.start, m.end)));

describe('sentences', () => {
  it('split on sentence ends and on line breaks, but not on a wrapped lower-case line', () => {
    const words = (text: string) => sentences(text).map((s) => s.map((t) => t.text).join(' '));
    expect(words('Здравствуйте! Заказ отправлен.')).toEqual(['Здравствуйте !', 'Заказ отправлен .']);
    expect(words('Здравствуйте\nЗаказ отправлен')).toEqual(['Здравствуйте', 'Заказ отправлен']);
    expect(words('У нас свободная\nдоставка')).toEqual(['У нас свободная доставка']);
  });
  it('make a placeholder one token and split the full stop off a number', () => {
    const s = sentences('Заказ {order_number} на 5.')[0]!;
    expect(s.map((t) => [t.kind, t.text])).toEqual([['word', 'Заказ'], ['placeholder', '{order_number}'.replace(/./g, '\uFFFC')], ['word', 'на'], ['word', '5'], ['punct', '.']]);
  });
});

describe('patterns', () => {
  it('match words exactly or by stem, case-insensitively, with ё = е', () => {
    expect(find('свободн* доставк*', 'СВОБОДНАЯ ДОСТАВКА и свободной доставкой')).toEqual(['СВОБОДНАЯ ДОСТАВКА', 'свободной доставкой']);
    expect(find('принесенные неудобства', 'за принесённые неудобства')).toEqual(['принесённые неудобства']);
    expect(find('заказ', 'заказы и заказ')).toEqual(['заказ']);
  });
  it('take alternatives, optional tokens and gaps', () => {
    expect(find('просим|прошу [вас] понять', 'Прошу понять. Просим вас понять. Просим очень понять.')).toEqual(['Прошу понять', 'Просим вас понять']);
    expect(find('принес* *2 неудобств*', 'принесли вам большие неудобства; принесли вам очень большие неудобства')).toEqual(['принесли вам большие неудобства']);
    expect(find('неудобств* *1 принес*', 'неудобства, которые принесли')).toEqual(['неудобства, которые принесли']);
  });
  it('anchor to the start and end of a sentence', () => {
    expect(find('^ дорогой ,', 'Дорогой, привет. Материал дорогой, но хороший.')).toEqual(['Дорогой']);
    expect(find('^ получено [.] $', 'Получено. Получено? Получено два письма.')).toEqual(['Получено']);
    expect(find('^ получено $', '«Получено»')).toEqual([]);
  });
  it('match punctuation, placeholders, hyphenated and dotted words, and lists', () => {
    expect(find('здравствуйте , {}', 'Здравствуйте, {name}!')).toEqual(['Здравствуйте, {name}']);
    expect(find('пока-пока', 'Пока-пока!')).toEqual(['Пока-пока']);
    expect(find('яндекс.маркет*', 'на Яндекс.Маркете')).toEqual(['Яндекс.Маркете']);
    expect(find('@ask отменить', 'Просим отменить', { ask: ['просим', 'прошу'] })).toEqual(['Просим отменить']);
    expect(find('# ₽', 'Цена 1500 ₽, скидка 2,5 ₽, пять ₽')).toEqual(['1500', '2,5']); // a finding covers words, not the punctuation at its edges
  });
  it('reject malformed patterns with a message naming the pattern', () => {
    for (const bad of ['', '* заказ', 'заказ *', '[заказ]', ', !', 'заказ ^', 'за[каз', '@nope', 'a|,', '*10 x']) {
      expect(() => compilePattern(bad), bad).toThrow(PatternError);
    }
    expect(() => compilePattern('* заказ')).toThrow('pattern “* заказ”: a gap may not start or end a pattern');
  });
});

describe('the schemas’ pattern syntax', () => {
  type Items = { properties: Record<string, { items: { pattern: string } }> };
  const phrasebookPattern = new RegExp((phrasebookSchema.properties.entries.items as unknown as Items).properties.patterns!.items.pattern);
  const policyPattern = new RegExp((phrasesSchema.properties.phrases.items as unknown as Items).properties.patterns!.items.pattern);
  it('accepts what the compiler accepts', () => {
    for (const good of ['принес* *2 неудобств*', '^ дорогой|дорогая ,|!|.', '[вы] можете *2 отменить $', 'здравствуйте , {}', 'пока-пока', 'яндекс.маркет*', "whatsapp'е"]) {
      expect(phrasebookPattern.test(good), good).toBe(true);
      expect(() => compilePattern(good)).not.toThrow();
    }
    expect(policyPattern.test('@ask [вас] отменить')).toBe(true);
    expect(phrasebookPattern.test('@ask отменить')).toBe(false);
  });
  it('rejects what the compiler rejects (except the required-word and gap-position checks)', () => {
    for (const bad of ['', 'заказ ^', 'за[каз', 'a|,', '*10 x', 'два  пробела']) expect(phrasebookPattern.test(bad), bad).toBe(false);
  });
});

describe('phrases', () => {
  it('drop matches overlapped by an exception and keep the longest of overlapping matches', () => {
    const cancel = compilePhrase({ patterns: ['отмените *3 заказ*'], unless: ['не отмен*'] });
    const short = compilePhrase({ patterns: ['заказ'] });
    const s = sentences('Не отменяйте заказ, а отмените этот заказ.');
    const hits = findPhrases([short, cancel], s);
    expect(hits.map((h) => [h.phrase === cancel ? 'cancel' : 'short', h.start, h.end])).toEqual([
      ['short', 13, 18],
      ['cancel', 22, 41],
    ]);
  });
});
