import { describe, expect, it } from 'vitest';
import { UserErrors } from './errors.js';
import { parseWordList, WORD_PATTERN } from './word-list.js';

const errorsOf = (text: string): string[] => {
  try {
    parseWordList('words.dic', text);
  } catch (error) {
    if (error instanceof UserErrors) return error.errors.map((e) => e.format('en'));
    throw error;
  }
  return [];
};

describe('parseWordList', () => {
  it('reads one word per line, with comments, a .dic count line, morphology after a tab, CRLF and a BOM', () => {
    const text = '\uFEFF3\r\n# shop words\r\nРомашка # our name\r\n\r\n  фулфилмент\tpo:noun\r\nселлер-центр\r\nd’Artagnan\r\n';
    expect(parseWordList('words.dic', text)).toEqual(['Ромашка', 'фулфилмент', 'селлер-центр', 'd’Artagnan']);
  });
  it('keeps a number that is not on the first line as an error', () => {
    expect(errorsOf('слово\n3\n')).toEqual(['words.dic:2:1: “3” is not a word: use letters, with hyphens, apostrophes or periods inside.']);
  });
  it('keeps # inside a word and reports every bad line at its line and column', () => {
    expect(errorsOf('ок\n  два слова\nслово/AB\n*запрет\nC#\n-то\n')).toEqual([
      'words.dic:2:3: “два слова” is not one word: write one word per line (each word of a phrase on its own line).',
      'words.dic:3:1: “слово/AB” has hunspell affix flags, which cannot be expanded without the affix file: list every form of the word on its own line.',
      'words.dic:4:1: “*запрет” is not a word: use letters, with hyphens, apostrophes or periods inside.',
      'words.dic:5:1: “C#” is not a word: use letters, with hyphens, apostrophes or periods inside.',
      'words.dic:6:1: “-то” is not a word: use letters, with hyphens, apostrophes or periods inside.',
    ]);
  });
  it('speaks Chinese and Russian', () => {
    try {
      parseWordList('w.txt', 'два слова\n');
      expect.unreachable();
    } catch (error) {
      const e = (error as UserErrors).errors[0]!;
      expect(e.format('zh')).toBe('w.txt:1:1: “два слова”不是一个单词：每行只写一个单词（词组请拆开，每个单词各占一行）。');
      expect(e.format('ru')).toBe('w.txt:1:1: «два слова» — не одно слово: пишите по одному слову в строке (слова словосочетания — на отдельных строках).');
    }
  });
  it('exports the pattern the config schema uses', () => {
    const re = new RegExp(WORD_PATTERN, 'u');
    expect(['ёлка', 'Т.', 'iPhone', 'трек-номер', 'кое-что'].every((w) => re.test(w))).toBe(true);
    expect(['', 'два слова', 'слово-', '1', 'a/b'].some((w) => re.test(w))).toBe(false);
  });
});
