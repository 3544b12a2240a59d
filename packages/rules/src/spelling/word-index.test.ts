import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WordIndex } from './word-index.js';
import { LONGEST_FORM, SpellChecker } from './checker.js';

const path = fileURLToPath(new URL('../../data/ru-words.bin', import.meta.url));

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
  afterAll(() => file.close());
});
