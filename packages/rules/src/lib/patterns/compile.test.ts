import { describe, expect, it } from 'vitest';
import { commonness, compilePattern, type Atom, type PatternLists } from './compile.js';
import { PatternError } from './parse.js';

const words = (atom: Atom): string[] => (atom.kind === 'word' ? [...[...atom.exact].map((w) => `=${w}`), ...atom.prefixes.map((p) => `~${p}`)] : [atom.kind]);

describe('compilePattern', () => {
  it('turns alternatives into exact words and stems, normalised, and keeps the other steps', () => {
    const p = compilePattern('^ Вам|вас|ВЫ* !|? [Ёще] *2 {} # $');
    expect(p).toMatchObject({ source: '^ Вам|вас|ВЫ* !|? [Ёще] *2 {} # $', anchorStart: true, anchorEnd: true });
    expect(p.steps.map((s) => (s.type === 'gap' ? `gap ${s.max}` : `${s.optional ? '?' : ''}${words(s.atom).join(' ')}`))).toEqual([
      '=вам =вас ~вы', 'punct', '?=еще', 'gap 2', 'placeholder', 'number',
    ]);
    expect(p.steps[1]).toMatchObject({ atom: { values: new Set(['!', '?']) } });
  });
  it('resolves @lists into their words and stems', () => {
    const lists: PatternLists = { ask: ['просим', 'Прошу', 'умоля*'] };
    const p = compilePattern('@ask|пожалуйста отменить', lists);
    expect(words((p.steps[0] as { atom: Atom }).atom)).toEqual(['=просим', '=прошу', '=пожалуйста', '~умоля']);
  });
  it('reports an unknown list and a bad word of a list at the @name', () => {
    const at = (source: string, lists: PatternLists): [string, string] => {
      try {
        compilePattern(source, lists);
      } catch (error) {
        expect(error).toBeInstanceOf(PatternError);
        const e = error as PatternError;
        return [e.message, source.slice(e.offset, e.offset! + e.length!)];
      }
      throw new Error('compiled');
    };
    expect(at('отменить|@nope заказ', {})).toEqual(['pattern “отменить|@nope заказ”: unknown list “@nope”', '@nope']);
    expect(at('@ask отменить', { ask: ['просим', 'см.'] })).toEqual(['pattern “@ask отменить”: “см.” is not a word, a stem (word*), a list (@name) or a punctuation mark', '@ask']);
  });
  it('compiles a list once per lists object', () => {
    let reads = 0;
    const lists: PatternLists = {
      get ask() {
        reads++;
        return ['просим', 'прошу'];
      },
    };
    compilePattern('@ask отменить', lists);
    compilePattern('@ask понять', lists);
    expect(reads).toBe(1);
    compilePattern('@ask понять', { ...{ ask: ['просим'] } });
    expect(reads).toBe(1);
  });
  it('chooses the rarest required token, never an optional one or punctuation', () => {
    const required = (source: string): string[] => words(compilePattern(source).required);
    expect(required('вы отменить')).toEqual(['=отменить']);
    expect(required('вы можете отменить')).toEqual(['=можете']); // a tie: the first
    expect(required('[отменить] вы')).toEqual(['=вы']);
    expect(required('в пункт* выдачи')).toEqual(['=выдачи']);
    expect(required('{} , отмен*')).toEqual(['~отмен']);
    expect(required('# ₽')).toEqual(['number']);
    expect(required('{} #')).toEqual(['placeholder']);
    expect(required('вам|вас понять')).toEqual(['=понять']);
  });
});

describe('commonness', () => {
  const word = (exact: string[], prefixes: string[] = []): Atom => ({ kind: 'word', exact: new Set(exact), prefixes });
  it('ranks short words, short stems and many alternatives as common, placeholders and numbers as the most common', () => {
    const ranked = [word(['отменить']), word([], ['отмен']), word(['вам']), word([], ['при']), word(['вы']), word(['в']), word([], ['вы']), { kind: 'placeholder' } as Atom];
    const scores = ranked.map(commonness);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    expect(new Set(scores).size).toBe(scores.length);
    expect(commonness(word(['отменить', 'отмените']))).toBeGreaterThan(commonness(word(['отменить'])));
    expect(commonness({ kind: 'number' })).toBe(commonness({ kind: 'placeholder' }));
  });
});
