import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { WordIndex } from './word-index.js';
import { LONGEST_FORM, SpellChecker } from './checker.js';

const path = fileURLToPath(new URL('../../data/ru-words.bin', import.meta.url));
const HOT_WORDS = fileURLToPath(new URL('../../../morph/src/hot-words.yaml', import.meta.url));

describe('word index', () => {
  const file = WordIndex.open(path);
  const memory = WordIndex.fromBuffer(readFileSync(path));
  it('holds the expanded dictionary', () => {
    expect(file.size).toBeGreaterThan(1_400_000);
    expect(memory.size).toBe(file.size);
  });
  it('finds dictionary forms and only them, from a file or from memory', () => {
    const known = ['заказ', 'заказами', 'отправлен', 'извините', 'сделаем', 'всё', 'Москва', 'а'];
    const unknown = ['атправлен', 'заказз', 'Ozon', '', 'москва1', 'яяяяяяяяяяяяяяя'];
    for (const w of known) {
      expect(file.has(w)).toBe(true);
      expect(memory.has(w)).toBe(true);
    }
    for (const w of unknown) {
      expect(file.has(w)).toBe(false);
      expect(memory.has(w)).toBe(false);
    }
  });
  it('finds every word it holds, and not the words one letter off between them', () => {
    // Every 37th word (about 40,000, across every block boundary) and a near miss after each.
    let i = 0;
    let previous = '';
    const unsorted: string[] = [];
    const missed: string[] = [];
    const found: string[] = [];
    let longest = 0;
    for (const word of memory.words()) {
      if (word <= previous) unsorted.push(word);
      longest = Math.max(longest, word.length);
      previous = word;
      if (i++ % 37) continue;
      if (!memory.has(word)) missed.push(word);
      if (memory.has(`${word}ъъ`)) found.push(`${word}ъъ`);
    }
    expect(i).toBe(memory.size);
    expect({ unsorted, missed, found }).toEqual({ unsorted: [], missed: [], found: [] });
    // Suggestions skip longer words (see LONGEST_FORM): it must follow the dictionary.
    expect(longest).toBe(LONGEST_FORM);
  });
  it('refuses a file that is not an index', () => {
    expect(() => WordIndex.fromBuffer(new Uint8Array(64))).toThrow(/not an otvet word index/);
  });
  it('checks capitalisation the way hunspell does', () => {
    const spell = new SpellChecker(memory, new Set(['маркетплейс']));
    expect(spell.isCorrect('Заказ')).toBe(true);
    expect(spell.isCorrect('ЗАКАЗ')).toBe(true);
    expect(spell.isCorrect('МОСКВА')).toBe(true);
    expect(spell.isCorrect('москва')).toBe(false);
    expect(spell.isCorrect('Маркетплейс')).toBe(true);
    expect(spell.isCorrect('кто-нибудь')).toBe(true);
    expect(spell.isCorrect('кое-как')).toBe(true);
    expect(spell.isCorrect('еще')).toBe(true);
    expect(spell.suggest('атправлен')[0]).toBe('отправлен');
    expect(spell.suggest('АТПРАВЛЕН')[0]).toBe('ОТПРАВЛЕН');
  });
  it('holds the hot words the checker accepts, and a checker gives the same verdicts with them as without', () => {
    const listed = (YAML.parse(readFileSync(HOT_WORDS, 'utf8')) as { groups: { words: string[] }[] }).groups.flatMap((g) => g.words);
    const hot = listed.filter((w) => memory.isHot(w));
    // Most listed words are stored; the rest are fragments of patterns or words hunspell lacks.
    expect(hot.length).toBeGreaterThan(listed.length * 0.8);
    expect(memory.isHot('заказ')).toBe(true);
    expect(file.isHot('заказ')).toBe(true);
    // Only lower case, only the listed forms, never a word the index lacks.
    for (const w of ['Заказ', 'ЗАКАЗ', 'заказз', 'атправлен', '', 'кринжовая']) expect(memory.isHot(w), w).toBe(false);
    // The verdicts with the hot section and without it (an index that only looks up): every
    // listed word the checker accepts is stored, and a word reads alike either way in lower case,
    // capitalised, in capitals and in mixed case.
    const lookupOnly = { has: (w: string) => memory.has(w), isHot: () => false } as unknown as WordIndex;
    const withHot = new SpellChecker(memory);
    const without = new SpellChecker(lookupOnly);
    expect(listed.filter((w) => /^[а-я]+$/.test(w) && without.isCorrect(w) && !memory.isHot(w))).toEqual([]);
    for (const w of [...hot, ...listed.slice(0, 300)]) {
      for (const form of [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase(), w.slice(0, -1) + w.slice(-1).toUpperCase()]) {
        expect(withHot.isCorrect(form), form).toBe(without.isCorrect(form));
      }
    }
  });
  it('opens reading only its header and alphabet; a reply of hot words reads one section more', () => {
    const bytes = readFileSync(path);
    const reads: number[] = [];
    const source = { size: bytes.length, read: (position: number, length: number) => (reads.push(length), bytes.subarray(position, position + length)) };
    // (The constructor is private: files and buffers are the public ways in.)
    const index = Reflect.construct(WordIndex, [source]) as WordIndex;
    expect(reads.length).toBe(2);
    const spell = new SpellChecker(index);
    for (const w of 'Здравствуйте спасибо за заказ мы отправим посылку завтра'.split(' ')) expect(spell.isCorrect(w), w).toBe(true);
    expect(reads.length).toBe(3);
    // Any other word reads the block tables (and a block, unless it heads one).
    expect(spell.isCorrect('маршрутизатором')).toBe(true);
    expect(reads.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...reads)).toBeGreaterThan(100_000);
  });
  afterAll(() => file.close());
});
