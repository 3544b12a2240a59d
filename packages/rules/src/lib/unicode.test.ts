import { describe, expect, it } from 'vitest';
import { expandCategories, uregex } from './unicode.js';

const SUPPLEMENTARY_KEPT = [[0x1d400, 0x1d7ff], [0x20000, 0x323af]] as const;

describe('uregex', () => {
  it.each(['L', 'M', 'N', 'Nd', 'Lu', 'Ll'])('\\p{%s} matches exactly what V8 matches, in the BMP and the kept supplementary blocks', (name) => {
    const fast = uregex(String.raw`^\p{${name}}$`, 'u');
    const reference = new RegExp(`^\\p{${name}}$`, 'u');
    const mismatches: string[] = [];
    const check = (cp: number): void => {
      const s = String.fromCodePoint(cp);
      if (fast.test(s) !== reference.test(s)) mismatches.push(cp.toString(16));
    };
    for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) check(cp);
    for (const [from, to] of SUPPLEMENTARY_KEPT) for (let cp = from; cp <= to; cp++) check(cp);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('expands inside and outside classes, keeps escapes and negation', () => {
    expect(expandCategories(String.raw`[^\p{Lu}x]`)).toMatch(/^\[\^A-Z\u00c0-\u00d6.*x\]$/);
    expect(expandCategories(String.raw`a\p{Nd}+`)).toMatch(/^a\[0-9\u0660-\u0669.*\]\+$/);
    expect(expandCategories(String.raw`\\p{L}\[\p{Ll}`)).toMatch(/^\\\\p\{L\}\\\[\[a-z/);
    expect(expandCategories(String.raw`\p{Script=Cyrillic}`)).toBe(String.raw`\p{Script=Cyrillic}`);
  });

  it('matches like \\p{…} in real patterns', () => {
    const word = uregex(String.raw`[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{N}]+)*`, 'gu');
    expect('Здравствуйте, 𝐒𝐀𝐋𝐄 кто-то 12 шт.'.match(word)).toEqual(['Здравствуйте', '𝐒𝐀𝐋𝐄', 'кто-то', '12', 'шт']);
    expect(uregex(String.raw`^[^\p{L}]+$`, 'u').test('!? 12')).toBe(true);
  });

  it('requires the u flag', () => {
    expect(() => uregex(String.raw`\p{L}`, 'g')).toThrow(/u flag/);
  });
});
