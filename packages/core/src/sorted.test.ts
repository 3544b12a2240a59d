import { describe, expect, it } from 'vitest';
import { byPath, countBelow } from './sorted.js';

describe('countBelow', () => {
  it('counts the numbers below a value, within a range of the list', () => {
    const list = [1, 3, 3, 7, 9];
    expect([0, 1, 2, 3, 4, 8, 9, 10].map((v) => countBelow(list, v))).toEqual([0, 0, 1, 1, 3, 4, 4, 5]);
    expect(countBelow([], 5)).toBe(0);
    expect(countBelow(new Int32Array([2, 4, 6, 8]), 7, 1, 3)).toBe(3);
    expect(countBelow(new Int32Array([2, 4, 6, 8]), 1, 1, 3)).toBe(1);
  });
});

describe('byPath', () => {
  it('orders by path, code unit by code unit (upper case before lower, «z» before «а»)', () => {
    const paths = ['t/b.yaml', 't/B.yaml', 't/а.yaml', 't/a.yaml', 't/a.yaml'];
    expect(paths.map((path) => ({ path })).sort(byPath).map((p) => p.path)).toEqual(['t/B.yaml', 't/a.yaml', 't/a.yaml', 't/b.yaml', 't/а.yaml']);
  });
});
