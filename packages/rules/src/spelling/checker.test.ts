import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WordIndex } from './word-index.js';
import { SpellChecker, SUGGEST_BUDGET } from './checker.js';

const index = WordIndex.fromBuffer(readFileSync(fileURLToPath(new URL('../../data/ru-words.bin', import.meta.url))));

/** The index, counting its lookups: the work a search does, independent of the machine. */
function counting(): { index: WordIndex; lookups: () => number; letters: () => number } {
  let n = 0;
  let letters = 0;
  const wrapped = { has: (word: string) => (n++, (letters += word.length), index.has(word)), isHot: (word: string) => index.isHot(word) } as unknown as WordIndex;
  return { index: wrapped, lookups: () => n, letters: () => letters };
}

/** Letters from a fixed seed: the same «random» word on every run. */
function randomLetters(length: number, seed: number): string {
  const letters = 'абвгдежзийклмнопрстуфхцчшщыэюя';
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += letters[s % letters.length];
  }
  return out;
}

describe('suggestion cost', () => {
  it('looks nothing up for a word longer than any word form two edits away', () => {
    const { index: counted, lookups } = counting();
    const spell = new SpellChecker(counted);
    for (const word of ['ааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааа'.repeat(4), randomLetters(200, 7), randomLetters(31, 11)] /* the longest form has 28 letters */) {
      expect(spell.suggest(word)).toEqual([]);
    }
    expect(lookups()).toBe(0);
  });

  it('still suggests for the longest word forms, two edits off', () => {
    const spell = new SpellChecker(index);
    // Two doubled letters too many (30 letters), е for и, a dropped н (27 letters).
    expect(spell.suggest('двухсотпятидесятимиллионнноого')[0]).toBe('двухсотпятидесятимиллионного');
    expect(spell.suggest('радеогидрометеорологическими')[0]).toBe('радиогидрометеорологическими');
    expect(spell.suggest('двухсотпятидесятимиллионого')[0]).toBe('двухсотпятидесятимиллионного');
  });

  it('stops a long search after its budget of lookups, with the same answer every time', () => {
    // 30 letters of confusable vowels with four «е» (each candidate also tried with «ё»): a full
    // search makes about 200,000 lookups.
    const word = 'еиеиеиеиаоаоаоаоаоаоаоаоаоаоао';
    const { index: counted, lookups } = counting();
    const first = new SpellChecker(counted).suggest(word);
    // A candidate's lookups (at most 16, with its «ё» spellings) may finish past the budget.
    expect(lookups()).toBeLessThanOrEqual(SUGGEST_BUDGET + 16);
    expect(new SpellChecker(index).suggest(word)).toEqual(first);
  });

  it('looks each candidate up once per search', () => {
    // The two-cheap-edit search reaches many candidates by several paths (о→а then е→и, or the reverse).
    const { index: counted, lookups } = counting();
    expect(new SpellChecker(counted).suggest('праслежевается')[0]).toBe('прослеживается');
    expect(lookups()).toBeLessThan(30_000);
  });

  it('searches once for a word repeated in a text', () => {
    const { index: counted, lookups } = counting();
    const spell = new SpellChecker(counted);
    const once = spell.suggest('атправлен');
    const afterOne = lookups();
    for (let i = 0; i < 1000; i++) expect(spell.suggest('атправлен')).toEqual(once);
    expect(lookups()).toBe(afterOne);
    expect(spell.suggest('АТПРАВЛЕН')[0]).toBe('ОТПРАВЛЕН');
  });

  it('checks a word of stacked particles in time linear in its length', () => {
    // Letters looked up, for «кое-кое-…-что» of 100 and of 400 particles: each stripped particle
    // used to look the rest of the word up again.
    const cost = (particles: number): number => {
      const { index: counted, letters } = counting();
      // Accepted, as hunspell accepts it: every part is a word.
      expect(new SpellChecker(counted).isCorrect(`${'кое-'.repeat(particles)}что`)).toBe(true);
      return letters();
    };
    expect(cost(400)).toBeLessThanOrEqual(6 * cost(100));
    expect(new SpellChecker(index).isCorrect('кое-что')).toBe(true);
    expect(new SpellChecker(index).isCorrect('кое-кого-то')).toBe(true);
  });

  it('keeps the usual suggestions', () => {
    const spell = new SpellChecker(index);
    expect(spell.suggest('извените')[0]).toBe('извините');
    expect(spell.suggest('зделаем')[0]).toBe('сделаем');
    expect(spell.suggest('отсутсвует')[0]).toBe('отсутствует');
    expect(spell.suggest('пакупку')[0]).toBe('покупку');
  });
});
