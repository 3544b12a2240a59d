import { describe, expect, it } from 'vitest';
import { ProjectWords } from './project-words.js';

describe('ProjectWords', () => {
  const words = new ProjectWords(['фулфилмент', 'Ромашка', 'iPhone', 'приёмка', 'фулфилмент']);
  it('accepts a lower-case word in lower case, Capitalised and in CAPITALS, not in mixed case', () => {
    expect(['фулфилмент', 'Фулфилмент', 'ФУЛФИЛМЕНТ'].map((w) => words.has(w))).toEqual([true, true, true]);
    expect(words.has('фулФилмент')).toBe(false);
  });
  it('accepts a word with capitals only as written and in CAPITALS (as hunspell does)', () => {
    expect(['Ромашка', 'РОМАШКА', 'ромашка', 'РОмашка'].map((w) => words.has(w))).toEqual([true, true, false, false]);
    expect(['iPhone', 'IPHONE', 'iphone', 'Iphone'].map((w) => words.has(w))).toEqual([true, true, false, false]);
  });
  it('accepts «е» written for «ё», not the other way round', () => {
    expect(words.has('приемка')).toBe(true);
    expect(words.has('Приемка')).toBe(true);
    expect(new ProjectWords(['приемка']).has('приёмка')).toBe(false);
  });
  it('ignores soft hyphens and lists each word once for suggestions', () => {
    expect(words.has('фул\u00adфилмент')).toBe(true);
    expect(words.candidates).toEqual(['фулфилмент', 'Ромашка', 'iPhone', 'приёмка']);
    expect(words.size).toBe(4);
  });
});
