import { describe, expect, it } from 'vitest';
import { findPhrases } from './find.js';
import { PatternError } from './parse.js';
import { compilePhrase, lazyPhrase, matchPhrase, phraseKeys } from './phrases.js';
import { sentences } from './patterns.test-helper.js';

const stretches = (text: string, starts: { start: number; end: number }[]): string[] => starts.map((m) => text.slice(m.start, m.end));

describe('phrases', () => {
  it('match where any pattern matches; overlapping matches of one phrase keep the longest', () => {
    const phrase = compilePhrase({ patterns: ['заказ', 'ваш заказ отправлен', 'отправлен'] });
    const text = 'Ваш заказ отправлен. Заказ собран, отправлен вечером.';
    expect(sentences(text).flatMap((s) => stretches(text, matchPhrase(phrase, s)))).toEqual(['Ваш заказ отправлен', 'Заказ', 'отправлен']);
  });
  it('drop a match that an exception overlaps, and keep the others', () => {
    const phrase = compilePhrase({ patterns: ['отмен* *3 заказ*'], unless: ['не отмен*'] });
    const text = 'Не отменяйте заказ, а отмените этот заказ.';
    const [s] = sentences(text);
    expect(stretches(text, matchPhrase(phrase, s!))).toEqual(['отмените этот заказ']);
  });
  it('try only the patterns they are told can match', () => {
    const phrase = compilePhrase({ patterns: ['заказ', 'отправлен'] });
    const text = 'Заказ отправлен.';
    const [s] = sentences(text);
    expect(stretches(text, matchPhrase(phrase, s!, [1]))).toEqual(['отправлен']);
  });
  it('are filed under the keys of each pattern’s required token', () => {
    expect(phraseKeys({ patterns: ['вы можете отменить|отмен*', 'заказ {}', '{} #', '# ₽'] })).toEqual([['=можете'], ['=заказ'], ['{}'], ['#']]);
    expect(phraseKeys({ patterns: ['@ask понять'] }, { ask: ['просим', 'умоля*'] })).toEqual([['=понять']]);
    expect(phraseKeys({ patterns: ['вы|@ask'] }, { ask: ['просим', 'умоля*'] })).toEqual([['=вы', '=просим', '~умоля']]);
  });
  it('compile at once without keys and on first use with them; a broken pattern throws when compiled', () => {
    expect(() => compilePhrase({ patterns: ['* заказ'] })).toThrow(PatternError);
    expect(() => lazyPhrase({ patterns: ['заказ'], unless: ['* заказ'] })).toThrow(PatternError);
    const lazy = lazyPhrase({ patterns: ['* заказ'], keys: [['=заказ']] });
    expect(lazy.keys).toEqual([['=заказ']]);
    expect(() => lazy.patterns).toThrow('pattern “* заказ”: a gap may not start or end a pattern');
  });
  it('with keys, compile only the patterns a sentence is tried with', () => {
    // The second pattern is broken: trying the first alone must not compile it.
    const lazy = lazyPhrase({ patterns: ['заказ отправлен', '* посылка'], keys: [['=отправлен'], ['=посылка']] });
    const text = 'Заказ отправлен.';
    const [s] = sentences(text);
    expect(stretches(text, matchPhrase(lazy, s!, [0]))).toEqual(['Заказ отправлен']);
    expect(() => matchPhrase(lazy, s!, [1])).toThrow('pattern “* посылка”: a gap may not start or end a pattern');
  });
});

describe('findPhrases', () => {
  const text = 'Просим понять. Просим вас понять и не отменять заказ.';
  const understand = compilePhrase({ patterns: ['просим [вас] понять'] });
  const ask = compilePhrase({ patterns: ['просим'] });
  const cancel = compilePhrase({ patterns: ['отменять заказ'], unless: ['не отменять'] });

  it('finds every phrase in every sentence, the longer match winning over an overlapping shorter one', () => {
    const hits = findPhrases([ask, understand, cancel], sentences(text));
    expect(hits.map((h) => [h.phrase === understand ? 'understand' : 'ask', h.sentence, text.slice(h.start, h.end)])).toEqual([
      ['understand', 0, 'Просим понять'],
      ['understand', 1, 'Просим вас понять'],
    ]);
  });
  it('gives a tie to the earlier phrase', () => {
    const again = compilePhrase({ patterns: ['просим понять'] });
    expect(findPhrases([again, understand], sentences('Просим понять.')).map((h) => h.phrase)).toEqual([again]);
    expect(findPhrases([understand, again], sentences('Просим понять.')).map((h) => h.phrase)).toEqual([understand]);
  });
  it('finds what matching every phrase on every sentence finds', () => {
    const phrases = [ask, understand, cancel, compilePhrase({ patterns: ['{} #', 'понять $'] })];
    const texts = [text, 'Заказ {n} 5 шт.', 'Просим понять', 'Нам не понять'];
    for (const t of texts) {
      const s = sentences(t);
      const slow = phrases.flatMap((phrase) => s.flatMap((sentence) => matchPhrase(phrase, sentence).map((m) => `${m.start}-${m.end}`)));
      const fast = findPhrases(phrases, s).map((h) => `${h.start}-${h.end}`);
      expect(fast.every((f) => slow.includes(f)), t).toBe(true);
      expect(fast.length, t).toBeGreaterThan(0);
    }
  });
  it('refuses a phrase of more than 1024 patterns', () => {
    const many = compilePhrase({ patterns: Array.from({ length: 1025 }, (_, i) => `слово${i}`) });
    expect(() => findPhrases([many], sentences('слово1'))).toThrow(PatternError);
  });
});
