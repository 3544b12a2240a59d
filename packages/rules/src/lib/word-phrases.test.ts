import { describe, expect, it } from 'vitest';
import { normalizeForPhrases, WordPhrase, wordsOf } from './word-phrases.js';
import { blankSpans } from './spans.js';

const found = (phrase: WordPhrase, text: string): string[] => phrase.matches(normalizeForPhrases(text)).map((m) => m[0]);

describe('normalizeForPhrases', () => {
  it('lower-cases, writes ё as е and ’ as an apostrophe, keeping every offset', () => {
    expect(normalizeForPhrases('Ещё НЕ ДОСТАВЛЕН, don’t worry')).toBe("еще не доставлен, don't worry");
    // «İ» lower-cases to two characters: it stays as written, and the rest is still normalised.
    const text = 'İade НЕ ВОЗМОЖЕН';
    const out = normalizeForPhrases(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('İade не возможен');
  });
});

describe('WordPhrase', () => {
  it('matches whole words, stems with *, and a short gap with …', () => {
    expect(found(new WordPhrase('не волну*', 'ru'), 'Не волнуйтесь, мы не волнуем.')).toEqual(['не волнуйтесь', 'не волнуем']);
    expect(found(new WordPhrase('нет проблем', 'ru'), 'Нет проблем! Нетпроблем.')).toEqual(['нет проблем']);
    expect(found(new WordPhrase('не … позднее', 'ru'), 'не будет позднее, не раз два три четыре позднее')).toEqual(['не будет позднее']);
    expect(found(new WordPhrase("don't worry", 'en'), 'Don’t worry.')).toEqual(["don't worry"]);
    expect(found(new WordPhrase('不…可', 'zh'), '非退不可，不行')).toEqual(['不可']);
  });
  it('compiles its expression only once a text holds its longest literal piece', () => {
    const phrase = new WordPhrase('ничего страшн*', 'ru');
    expect(phrase.matches(normalizeForPhrases('Всё хорошо.'))).toEqual([]);
    expect(phrase.matchesWhole('всё хорошо')).toBe(false);
    expect(phrase.compiled).toBe(false);
    expect(found(phrase, 'Ничего страшного!')).toEqual(['ничего страшного']);
    expect(phrase.compiled).toBe(true);
  });
  it('tells whether it spans a whole string', () => {
    const phrase = new WordPhrase('недел*', 'ru');
    expect(phrase.matchesWhole('неделю')).toBe(true);
    expect(phrase.matchesWhole('на неделю')).toBe(false);
  });
});

describe('wordsOf and blankSpans', () => {
  it('cut words with inner hyphens and apostrophes, and blank a range in place', () => {
    expect(wordsOf("трек-номер don't 5шт").map((w) => [w.word, w.start])).toEqual([['трек-номер', 0], ["don't", 11], ['5шт', 17]]);
    expect(blankSpans('не за что', [[0, 2]], ' ')).toBe('   за что');
  });
});
