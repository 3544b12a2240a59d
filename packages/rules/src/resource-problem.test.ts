import { describe, expect, it } from 'vitest';
import { resourceProblem } from './index.js';

describe('resourceProblem: a plainer account of a phrasebook pattern the schema rejected', () => {
  it('names the mistake and its place in the pattern', () => {
    expect(resourceProblem('phrasebook', '/entries/0/patterns/1', 'заказ [[отправлен')).toEqual({ detail: 'pattern “заказ [[отправлен”: unbalanced brackets in “[[отправлен”', offset: 6, length: 11 });
    expect(resourceProblem('phrasebook', '/entries/3/unless/0', 'не *12 отмен*')).toMatchObject({ detail: 'pattern “не *12 отмен*”: a gap is * (up to 3 words) or *1 to *9, not “*12”', offset: 3 });
  });
  it('explains what the parser accepts but a phrasebook may not hold: extra blanks and lists', () => {
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'заказ  отправлен')).toEqual({ detail: 'pattern “заказ  отправлен”: tokens are separated by one space, with none before the first or after the last', offset: 5, length: 2 });
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', ' заказ')).toMatchObject({ offset: 0, length: 1 });
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'заказ\tотправлен')).toMatchObject({ offset: 5, length: 1 });
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'просим|@ask понять')).toEqual({
      detail: 'pattern “просим|@ask понять”: a phrasebook cannot use lists (@ask); write the words as alternatives, such as просим|умоляем',
      offset: 7,
      length: 4,
    });
  });
  it('adds nothing to other values, other files, or a pattern that parses', () => {
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 'заказ отправлен')).toBeUndefined();
    expect(resourceProblem('phrasebook', '/entries/0/id', 'Bad Id')).toBeUndefined();
    expect(resourceProblem('phrasebook', '/entries/0/patterns/0', 42)).toBeUndefined();
    expect(resourceProblem('dictionary', '/entries/0/patterns/0', 'заказ  отправлен')).toBeUndefined();
  });
});
