import { createTextView } from '@otvet/core';
import { describe, expect, it } from 'vitest';
import { perView } from './per-view.js';

describe('perView', () => {
  it('computes once for the same view, again for another, and keeps only the last', () => {
    let calls = 0;
    const length = perView((view) => {
      calls++;
      return view.value.length;
    });
    const a = createTextView('ru', 'Здравствуйте!');
    const b = createTextView('ru', 'Спасибо');
    expect([length(a), length(a), length(a)]).toEqual([13, 13, 13]);
    expect(calls).toBe(1);
    expect(length(b)).toBe(7);
    expect(calls).toBe(2);
    expect(length(a)).toBe(13);
    expect(calls).toBe(3);
  });
});
