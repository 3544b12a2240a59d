import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentencePosition } from './register-forms.js';

/**
 * What the line before a word must be for the word to open it, as a pattern over the whole line
 * up to that point (the definition; sentencePosition reads backwards instead, as far as it needs).
 */
function opensLineByPattern(text: string, i: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', i), text.lastIndexOf('\r', i)) + 1;
  const prefix = text.slice(lineStart, i + 1);
  return !/[\p{L}\p{N}\uFFFC]/u.test(prefix) || /^\s*(?:\d{1,2}|\p{L})[.)]\s*$/u.test(prefix);
}

/** sentencePosition with the line test done by the pattern. */
function byPattern(text: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && /[ \t\u00a0\u202f«"„“‘'(\[]/u.test(text[i]!)) i--;
  if (i < 0) return 'start';
  const c = text[i]!;
  if (c === '\n' || c === '\r' || /[.!?…]/u.test(c)) return 'start';
  if (/[\p{L}\p{N},]/u.test(c)) return 'inside';
  if (opensLineByPattern(text, i)) return 'start';
  if (/[-–—]/u.test(c)) return 'inside';
  return 'maybe';
}

describe('sentencePosition', () => {
  it('tells a list marker or a bullet opening the line from a word before', () => {
    expect(sentencePosition('1) Вы', 3)).toBe('start');
    expect(sentencePosition('  а. Вы', 5)).toBe('start');
    expect(sentencePosition('✅ Вы', 2)).toBe('start');
    expect(sentencePosition('- Вы', 2)).toBe('start');
    expect(sentencePosition('Заказ: Вы', 7)).toBe('maybe');
    expect(sentencePosition('123) Вы', 5)).toBe('maybe');
    expect(sentencePosition('Итак\n2) Вы', 8)).toBe('start');
    expect(sentencePosition('𝐀) Вы', 4)).toBe('start');
  });

  it('is what the pattern over the whole line says, for any text (property)', () => {
    const alphabet = fc.constantFrom(...'аВ1 2.)-—:;\n\r\t\u00a0\u2028«"(✅', '\uFFFC', '𝐀', '12', '  ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')), fc.nat(), (text, at) => {
        const offset = text.length ? at % (text.length + 1) : 0;
        expect(sentencePosition(text, offset)).toBe(byPattern(text, offset));
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });
});
