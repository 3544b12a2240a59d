import { describe, expect, it } from 'vitest';
import { resourceProblem } from './index.js';

describe('resourceProblem: a plainer account of a phrasebook pattern the schema rejected', () => {
  it('names the mistake and its place in the pattern', () => {
    expect(resourceProblem('phrasebook', '/entries/0/patterns/1', 'заказ [[отправлен')).toEqual({
      detail: { en: 'pattern “заказ [[отправлен”: unbalanced brackets in “[[отправлен”', zh: '模式“заказ [[отправлен”：“[[отправлен”中的方括号不成对', ru: 'шаблон «заказ [[отправлен»: непарные скобки в «[[отправлен»' },
      offset: 6,
      length: 11,
    });
    expect(resourceProblem('phrasebook', '/entries/3/unless/0', 'не *12 отмен*')?.detail.en).toBe('pattern “не *12 отмен*”: a gap is * (up to 3 words) or *1 to *9, not “*12”');
    expect(resourceProblem('phrasebook', '/entries/3/unless/0', 'не *12 отмен*')?.detail.zh).toBe('模式“не *12 отмен*”：间隔写作 *（最多 3 个词）或 *1 到 *9，而不是“*12”');
  });
  it('explains what the parser accepts but a phrasebook may not hold: extra blanks and lists', () => {
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'заказ  отправлен')).toMatchObject({ offset: 5, length: 2 });
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'заказ  отправлен')?.detail.en).toBe('pattern “заказ  отправлен”: tokens are separated by one space, with none before the first or after the last');
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', ' заказ')).toMatchObject({ offset: 0, length: 1 });
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'заказ\tотправлен')).toMatchObject({ offset: 5, length: 1 });
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'просим|@ask понять')).toMatchObject({ offset: 7, length: 4 });
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'просим|@ask понять')?.detail.ru).toBe('шаблон «просим|@ask понять»: в словаре фраз нельзя использовать списки (@ask); напишите слова как варианты, например просим|умоляем');
  });
  it('adds nothing to other values, other files, or a pattern that parses', () => {
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'заказ отправлен')).toBeUndefined();
    expect(resourceProblem('phrasebook', '/entries/0/id', 'Bad Id')).toBeUndefined();
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 42)).toBeUndefined();
    expect(resourceProblem('dictionary', '/entries/0/patterns/0', 'заказ  отправлен')).toBeUndefined();
  });
});
