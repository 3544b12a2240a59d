import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isScalar, parseDocument, Scalar, stringify, visit } from 'yaml';
import { isSafeEdit, isWritable, mapScalar, sourceRange } from './scalar-map.js';

/** Every string scalar of a document with its map. */
function maps(src: string) {
  const doc = parseDocument(src, { keepSourceTokens: true });
  expect(doc.errors).toEqual([]);
  const out: ReturnType<typeof mapScalar>[] = [];
  visit(doc, {
    Scalar(_k, node) {
      if (typeof node.value === 'string' && node.range && node.range[1] > node.range[0]) out.push(mapScalar(src, node));
    },
  });
  return out;
}

function valueOf(src: string, key = 'ru') {
  const doc = parseDocument(src, { keepSourceTokens: true });
  let found: Scalar | undefined;
  visit(doc, {
    Pair(_k, pair) {
      if (isScalar(pair.key) && pair.key.value === key && isScalar(pair.value)) found = pair.value;
    },
  });
  if (!found) throw new Error('no ru');
  return mapScalar(src, found);
}

describe('mapScalar', () => {
  const cases: [string, string][] = [
    ['plain', 'ru: Подождите немного~ пожалуйста\n'],
    ['plain multi-line', 'ru: Подождите\n  немного~\n\n  пожалуйста ~\n'],
    ['single-quoted', "ru: 'Это ''цитата'' ~ тут'\n"],
    ['single-quoted multi-line', "ru: 'первая\n  вторая ~\n\n   третья'\n"],
    ['double-quoted escapes', 'ru: "\\u0410 \\"кавычки\\" \\t ~ \\U0001F600 ~"\n'],
    ['double-quoted escaped break', 'ru: "первая \\\n   вторая~"\n'],
    ['literal', 'ru: |\n  строка ~\n    с отступом ~\n\n  ещё~\n'],
    ['literal strip', 'ru: |-\n  строка ~\n'],
    ['literal keep', 'ru: |+\n  строка ~\n\n\nnext: 1\n'],
    ['literal indicator', 'list:\n  - ru: |2-\n       начало с пробелами ~\n      строка~\n'],
    ['folded', 'ru: >\n  первая ~\n  вторая\n\n  третья~\n    отступ ~\n  конец\n'],
    ['folded strip', 'ru: >-\n\n  ведущая пустая\n  строка ~\n'],
    ['plain CRLF', 'ru: Подождите\r\n  немного~\r\n\r\n  пожалуйста ~\r\n'],
    ['folded CRLF', 'ru: >-\r\n  первая ~\r\n  вторая~\r\n'],
    ['double CRLF', 'ru: "первая ~\r\n  вторая \\\r\n  третья~"\r\n'],
    ['literal CRLF', 'ru: |\r\n  строка ~\r\n  ещё~\r\n'],
  ];
  for (const [name, src] of cases) {
    it(`is exact for ${name}`, () => {
      const map = valueOf(src);
      expect(map.exact).toBe(true);
      let tildes = 0;
      for (let k = 0; k < map.value.length; k++) {
        if (map.value[k] === '~') {
          tildes++;
          expect(src[map.offsets[k]!]).toBe('~');
          expect(isWritable(map, k, k + 1)).toBe(true);
          expect(sourceRange(map, k, k + 1)).toEqual([map.offsets[k], map.offsets[k]! + 1]);
        }
      }
      expect(tildes).toBeGreaterThan(0);
    });
  }

  it('maps escapes to their whole source and refuses to write inside them', () => {
    const src = 'ru: "a\\u0410b\\U0001F600c"\n';
    const map = valueOf(src);
    expect(map.value).toBe('aАb😀c');
    expect(sourceRange(map, 1, 2)).toEqual([6, 12]);
    expect(sourceRange(map, 3, 5)).toEqual([13, 23]);
    expect(isWritable(map, 1, 2)).toBe(false);
    expect(isWritable(map, 0, 1)).toBe(true);
    expect(isWritable(map, 0, 2)).toBe(false);
  });

  it('points folded line breaks at the break and marks them unwritable', () => {
    const src = 'ru: первая\n  вторая\n';
    const map = valueOf(src);
    expect(map.value).toBe('первая вторая');
    expect(src[map.offsets[6]!]).toBe('\n');
    expect(isWritable(map, 6, 7)).toBe(false);
    expect(isWritable(map, 5, 5)).toBe(true);
    expect(isWritable(map, 0, 20)).toBe(false);
    expect(sourceRange(map, 3, 3)).toEqual([map.offsets[3], map.offsets[3]]);
  });

  it('handles empty scalars', () => {
    const map = valueOf('ru: ""\n');
    expect(map.value).toBe('');
    expect(map.exact).toBe(true);
    expect(isWritable(map, 0, 0)).toBe(false);
  });

  it('degrades to the whole node when the replay cannot match', () => {
    const src = 'ru: текст\n';
    const doc = parseDocument(src, { keepSourceTokens: true });
    const node = (doc.get('ru', true) as Scalar).clone() as Scalar;
    node.value = 'другой';
    const map = mapScalar(src, node);
    expect(map.exact).toBe(false);
    expect(sourceRange(map, 1, 2)).toEqual([map.nodeStart, map.nodeEnd]);
    expect(isWritable(map, 0, 1)).toBe(false);
  });

  it('is exact for any text in any style, LF or CRLF (property)', () => {
    const alphabet = fc.constantFrom(...'абвгд ЁЖЗ ~ :#\'"\\{}–«»,.!?\t\n 你好 😀abc-'.split(''), '😀', '\n\n', '  ');
    const styles = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
    const numRuns = 600;
    // Runs that checked a scalar: inputs YAML cannot read back are discarded, and too many
    // discards would leave the property tested on next to nothing.
    let checked = 0;
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), fc.constantFrom(...styles), fc.boolean(), fc.integer({ min: 20, max: 80 }), (text, style, crlf, lineWidth) => {
        let src = stringify({ templates: [{ id: 'x', text: { ru: text } }] }, { defaultStringType: style, lineWidth, minContentWidth: 10 });
        if (crlf) src = src.replace(/\n/g, '\r\n');
        const doc = parseDocument(src, { keepSourceTokens: true });
        if (doc.errors.length) return; // stringify produced something YAML itself cannot read back
        const found = maps(src);
        if (found.some((m) => m.value === doc.getIn(['templates', 0, 'text', 'ru']))) checked++;
        for (const map of found) {
          expect(map.exact).toBe(true);
          for (let k = 0; k < map.value.length; k++) {
            if (map.verbatim[k]) expect(src[map.offsets[k]!]).toBe(map.value[k]);
          }
        }
      }),
      { numRuns, seed: 20261126 },
    );
    expect(checked).toBeGreaterThanOrEqual(numRuns * 0.9);
  });

  describe('isSafeEdit', () => {
    const at = (map: ReturnType<typeof valueOf>, needle: string): [number, number] => {
      const i = map.value.indexOf(needle);
      return [i, i + needle.length];
    };
    it('lets punctuation into a plain scalar in block context, not into a flow collection', () => {
      const map = valueOf('ru: Да，нет！ок\n');
      expect(isSafeEdit(map, ...at(map, '，'), ', ', false)).toBe(true);
      expect(isSafeEdit(map, ...at(map, '！'), '! ', false)).toBe(true);
      expect(isSafeEdit(map, ...at(map, '，'), ', ', true)).toBe(false);
      expect(isSafeEdit(map, ...at(map, '，'), '[', false)).toBe(true);
      expect(isSafeEdit(map, ...at(map, '，'), '{', true)).toBe(false);
    });
    it('refuses what would start a comment, a mapping value or a node in a plain scalar', () => {
      const map = valueOf('ru: Внимание：заказ ~#1~\n');
      expect(isSafeEdit(map, ...at(map, '：'), ': ', false)).toBe(false);
      expect(isSafeEdit(map, ...at(map, '：'), ':', false)).toBe(true);
      expect(isSafeEdit(map, ...at(map, '~#'), ' #', false)).toBe(false);
      // Deleting "~" would join " " and "#".
      expect(isSafeEdit(map, ...at(map, '~#'), '#', false)).toBe(false);
      expect(isSafeEdit(map, 0, 1, '!', false)).toBe(false);
      expect(isSafeEdit(map, 0, 1, 'В', false)).toBe(true);
    });
    it('refuses blanks that folding or trimming would eat', () => {
      const map = valueOf('ru: первая~\n  вторая\n');
      const [s, e] = at(map, '~');
      expect(isSafeEdit(map, s, e, '', false)).toBe(true);
      expect(isSafeEdit(map, s, e, ' ', false)).toBe(false);
      expect(isSafeEdit(map, map.value.length - 1, map.value.length, 'я ', false)).toBe(false);
      expect(isSafeEdit(map, 0, 0, ' ', false)).toBe(false);
      const literal = valueOf('ru: |\n  перв~ая\n  вторая\n');
      expect(isSafeEdit(literal, ...at(literal, '~'), ' ', false)).toBe(true);
      expect(isSafeEdit(literal, ...at(literal, 'вторая'), ' вторая', false)).toBe(false);
    });
    it('refuses to empty a whole line, which would change the folding (regression)', () => {
      for (const src of ['ru: "первая\n  ~\n  вторая"\n', 'ru: первая\n  ~\n  вторая\n', 'ru: >\n  первая\n  ~\n  вторая\n']) {
        const map = valueOf(src);
        expect(isSafeEdit(map, ...at(map, '~'), '', false), src).toBe(false);
      }
      const literal = valueOf('ru: |\n  первая\n  ~\n  вторая\n');
      expect(isSafeEdit(literal, ...at(literal, '~'), '', false)).toBe(true);
      // Next to an escape or at the end of a quoted value a deletion is fine.
      const quoted = valueOf("ru: 'Это ''цитата''~'\n");
      expect(isSafeEdit(quoted, ...at(quoted, '~'), '', false)).toBe(true);
      // An emptied plain scalar would be null.
      const plain = valueOf('ru: ~~\n');
      expect(isSafeEdit(plain, 0, 2, '', false)).toBe(false);
      expect(isSafeEdit(plain, 0, 1, '', false)).toBe(true);
    });
    it('refuses quotes, escapes, line breaks and unprintable characters', () => {
      const single = valueOf("ru: 'Да~'\n");
      expect(isSafeEdit(single, 2, 3, "'", false)).toBe(false);
      const double = valueOf('ru: "Да~"\n');
      expect(isSafeEdit(double, 2, 3, '"', false)).toBe(false);
      expect(isSafeEdit(double, 2, 3, '\\', false)).toBe(false);
      expect(isSafeEdit(double, 2, 3, '\n', false)).toBe(false);
      expect(isSafeEdit(double, 2, 3, '\u0007', false)).toBe(false);
      expect(isSafeEdit(double, 2, 3, '!', false)).toBe(true);
    });
  });
});

describe('a value copied verbatim from the source', () => {
  it('maps each character to its place, with the arrays built on first use', () => {
    const src = 'ru: "Ваш заказ в пути"\n';
    const map = valueOf(src);
    const start = src.indexOf('Ваш');
    expect(map.exact).toBe(true);
    expect([...map.offsets]).toEqual([...Array(map.value.length + 1).keys()].map((k) => start + k));
    expect([...map.lengths]).toEqual(Array(map.value.length).fill(1));
    expect([...map.verbatim]).toEqual(Array(map.value.length).fill(1));
    expect(map.offsets).toBe(map.offsets);
    expect(sourceRange(map, 4, 9)).toEqual([start + 4, start + 9]);
    expect(isWritable(map, 0, 3)).toBe(true);
  });
  it('keeps full arrays for a value with an escape or a folded line', () => {
    const escaped = valueOf('ru: "Ваш\\tзаказ"\n');
    expect([...escaped.lengths]).toEqual([1, 1, 1, 2, 1, 1, 1, 1, 1]);
    const folded = valueOf('ru: Ваш\n  заказ\n');
    expect(folded.value).toBe('Ваш заказ');
    expect(folded.verbatim[3]).toBe(0);
  });
});
