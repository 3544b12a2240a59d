import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from './width.js';

describe('displayWidth', () => {
  it('measures every character of its fast path as string-width does', () => {
    const differ: string[] = [];
    for (let code = 0x20; code <= 0x2fff; code++) {
      const ch = String.fromCharCode(code);
      // The characters the fast path takes are exactly those whose width it says is 1.
      if (displayWidth(`a${ch}`) === 2 && stringWidth(ch) !== 1) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('leaves combining marks, soft hyphens, Chinese characters, emoji and escape codes to string-width', () => {
    expect(displayWidth('е\u0301')).toBe(1);
    expect(displayWidth('до\u00ADставка')).toBe(8);
    expect(displayWidth('您好, Ваш заказ')).toBe(15);
    expect(displayWidth('ок 👍')).toBe(5);
    expect(displayWidth('\u001B[31mошибка\u001B[39m')).toBe(6);
    expect(displayWidth('Заказ № 12 — «отправлен»…')).toBe(25);
  });
});
