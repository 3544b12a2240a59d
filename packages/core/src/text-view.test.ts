import fc from 'fast-check';
import type { Root } from 'nlcst';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { countBelow } from './sorted.js';
import { parseNatural, PIECE, WHOLE_TEXT } from './text-view.js';

/** The text parsed whole, as parseNatural does for a text of up to WHOLE_TEXT characters. */
const parseWhole = (text: string): Root => unified().use(retextLatin).parse(text) as Root;

type AnyNode = { type: string; value?: string; children?: AnyNode[]; position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } };

/** The line and column of an offset of `text`: lines start after each \r\n, \r or \n. */
function pointsOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
  return (offset) => {
    const line = countBelow(starts, offset + 1);
    return { line, column: offset - starts[line - 1]! + 1 };
  };
}

const ALLOWED: Record<string, string[]> = {
  RootNode: ['ParagraphNode', 'WhiteSpaceNode'],
  ParagraphNode: ['SentenceNode', 'WhiteSpaceNode'],
  SentenceNode: ['WordNode', 'PunctuationNode', 'SymbolNode', 'WhiteSpaceNode', 'SourceNode'],
  WordNode: ['TextNode', 'PunctuationNode', 'SymbolNode'],
};

/**
 * What every tree of a text must be: its leaves, in order, are the text (nothing lost, nothing
 * twice); each node's position is where its text is, in offsets, lines and columns; each node sits
 * in a parent of the kind nlcst allows; no paragraph, sentence or word is empty.
 */
function expectSound(text: string, tree: Root): void {
  const at = pointsOf(text);
  const problems: string[] = [];
  let joined = '';
  const same = (p: { line: number; column: number; offset?: number }): boolean => at(p.offset!).line === p.line && at(p.offset!).column === p.column;
  const visit = (node: AnyNode): string => {
    let value: string;
    if (node.children) {
      if (!node.children.length) problems.push(`an empty ${node.type}`);
      for (const child of node.children) if (!ALLOWED[node.type]?.includes(child.type)) problems.push(`${child.type} in ${node.type}`);
      value = node.children.map(visit).join('');
    } else {
      value = node.value ?? '';
      if (/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(value)) problems.push(`${node.type} at ${node.position!.start.offset} splits a surrogate pair`);
      joined += value;
    }
    const { start, end } = node.position!;
    if (text.slice(start.offset, end.offset) !== value) problems.push(`${node.type} at ${start.offset}–${end.offset} is not its text`);
    if (!same(start) || !same(end)) problems.push(`${node.type} at ${start.offset}: wrong line or column`);
    return value;
  };
  visit(tree as AnyNode);
  expect(problems.slice(0, 5)).toEqual([]);
  expect(joined).toBe(text);
}

/** Words as the rules see them: their text and offsets. */
const words = (tree: Root): string[] => {
  const out: string[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === 'WordNode') out.push(`${node.position!.start.offset}:${(node.children ?? []).map((c) => c.value).join('')}`);
    else for (const child of node.children ?? []) visit(child);
  };
  visit(tree as AnyNode);
  return out;
};

const SENTENCES = [
  'Здравствуйте, Анна!',
  'Ваш заказ № 12-345 отправлен сегодня.',
  'Трек-номер: RU123456789CN, см. карточку заказа.',
  'Если у Вас остались вопросы, пишите — мы на связи.',
  'Спасибо за покупку!',
  'Можно ли вернуть товар?',
  'Оплата прошла (по карте) в 14:30…',
  '«Ozon» доставит посылку в пункт выдачи.',
  'Цена: 1 990 ₽, скидка 5 %.',
  'Подождите немного, пожалуйста.',
];

describe('parseNatural', () => {
  it('parses a text of up to WHOLE_TEXT characters whole', () => {
    // One sentence over many lines: pieces cut at line breaks would make it many.
    const text = 'слово\n'.repeat(WHOLE_TEXT / 6 + 1).slice(0, WHOLE_TEXT);
    expect(parseNatural(text)).toEqual(parseWhole(text));
    expect(parseNatural(`${text}\nслово`)).not.toEqual(parseWhole(`${text}\nслово`));
  });

  it('gives a long text of whole lines the tree of the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\n\n', '\r\n', ' \n ')), { minLength: 60, maxLength: 160 }), (lines) => {
        const text = lines.map(([sentences, br]) => sentences.join(' ') + br).join('');
        fc.pre(text.length > WHOLE_TEXT);
        const tree = parseNatural(text);
        expect(tree).toEqual(parseWhole(text));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a long line of sentences one paragraph, as the whole text parses', () => {
    const text = Array.from({ length: 400 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ');
    expect(text.length).toBeGreaterThan(4 * PIECE);
    const tree = parseNatural(text);
    expect(tree.children.map((c) => c.type)).toEqual(['ParagraphNode']);
    expect(tree).toEqual(parseWhole(text));
  });

  it('keeps a sentence and a word that a cut falls inside whole', () => {
    const sentence = 'слово '.repeat(2 * PIECE).trim();
    expect(words(parseNatural(sentence))).toEqual(words(parseWhole(sentence)));
    const paragraph = parseNatural(sentence).children[0];
    expect(paragraph?.type === 'ParagraphNode' && paragraph.children.length).toBe(1);
    const word = 'я'.repeat(3 * PIECE + 7);
    expect(words(parseNatural(word))).toEqual([`0:${word}`]);
  });

  it('never loses, repeats or misplaces text, whatever the text', () => {
    const chars = fc.constantFrom(...'аБz9 .!?…,;:-/\'"«»()#@&_\n\r\t\u00a0\ufffc😀'.split(/(?:)/u));
    fc.assert(
      fc.property(fc.array(fc.oneof(chars, fc.constantFrom('Спасибо. ', 'a.b.c', 'а!б', '\n\n', '\r\n', 'см. п. 2')), { minLength: 1200, maxLength: 2600 }), (parts) => {
        const text = parts.join('');
        fc.pre(text.length > WHOLE_TEXT);
        expectSound(text, parseNatural(text));
      }),
      { numRuns: 30 },
    );
  });

  it('does not cut a run without white space inside a surrogate pair', () => {
    const text = `я${'😀'.repeat(3 * PIECE)}`;
    expectSound(text, parseNatural(text));
  });

  it('parses a run of 100,000 dotted letters (one word for the parser) without overflowing the stack', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => 'аб'[i % 2]).join('.');
    const tree = parseNatural(text);
    expectSound(text, tree);
  });
});
