import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYamlDocument } from './yaml-parse.js';

const errorsOf = (doc: { errors: { code: string; pos: [number, number] }[] }) => doc.errors.map((e) => [e.code, e.pos[0]]);

describe('parseYamlDocument', () => {
  // The library's own check, quadratic in the keys of a mapping, is the reference.
  const cases: [string, string][] = [
    ['block mapping', 'a: 1\nb: 2\na: 3\n'],
    ['nested, three times', 'templates:\n  - id: t\n    text:\n      ru: Да\n      zh: 是\n      ru: Нет\n      ru: Может\n'],
    ['quoted and plain keys of the same value', 'a: 1\n"a": 2\n\'a\': 3\n'],
    ['numbers of the same value', '1: x\n1.0: y\n0x1: z\n'],
    ['flow mapping', 'text: {ru: Да, zh: 是, ru: Нет}\n'],
    ['explicit keys', '? a\n: 1\n? a\n: 2\n'],
    ['empty keys', ': 1\n: 2\n'],
    ['in a sequence of mappings', '- a: 1\n  a: 2\n- a: 3\n'],
    ['no duplicates', 'a: 1\nb: {a: 1}\nc: [a, a]\n'],
    ['with a syntax error before', 'a: [1\nb: 1\nb: 2\n'],
  ];
  it.each(cases)('reports repeated keys as the yaml library does: %s', (_name, text) => {
    const ours = parseYamlDocument(text, { prettyErrors: false });
    const library = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    expect(errorsOf(ours)).toEqual(errorsOf(library));
    expect(ours.toJS()).toEqual(library.toJS());
  });

  it('reports each repeat in a mapping of thousands of keys', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `p${i}: {}`);
    const text = `${keys.join('\n')}\np7: {}\np19999: {}\n`;
    const doc = parseYamlDocument(text, { prettyErrors: false });
    expect(doc.errors.map((e) => [e.code, text.slice(e.pos[0], e.pos[0] + 6)])).toEqual([['DUPLICATE_KEY', 'p7: {}'], ['DUPLICATE_KEY', 'p19999']]);
  });

  it('walks a deeply nested document without recursion', () => {
    const depth = 20_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(() => parseYamlDocument(text, { prettyErrors: false })).not.toThrow();
  });
});
