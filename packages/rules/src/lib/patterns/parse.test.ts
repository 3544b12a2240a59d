import { describe, expect, it } from 'vitest';
import phrasebookSchema from '../../../schema/phrasebook.schema.json';
import phrasesSchema from '../policy-phrases.schema.json';
import { PatternError, parsePattern, parseWord, type AtomSyntax } from './parse.js';

const atoms = (source: string): (AtomSyntax | string)[] =>
  parsePattern(source).steps.map((s) => (s.type === 'gap' ? `gap ${s.max}` : s.atom));

/** The error a pattern gives: its message and the text it points at. */
function errorOf(source: string): { message: string; at: string; offset: number } {
  try {
    parsePattern(source);
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    const { message, offset, length } = error as PatternError;
    return { message, at: source.slice(offset, offset! + length!), offset: offset! };
  }
  throw new Error(`“${source}” parsed`);
}

describe('parsePattern: tokens', () => {
  it('reads a word and a stem, normalised', () => {
    expect(atoms('Принесённые неудобств*')).toEqual([
      { kind: 'words', alternatives: [{ kind: 'word', word: 'принесенные', stem: false, offset: 0 }] },
      { kind: 'words', alternatives: [{ kind: 'word', word: 'неудобств', stem: true, offset: 12 }] },
    ]);
  });
  it('reads alternatives and lists, each with its offset', () => {
    expect(atoms('вам|вас*|@ask')).toEqual([
      { kind: 'words', alternatives: [
        { kind: 'word', word: 'вам', stem: false, offset: 0 },
        { kind: 'word', word: 'вас', stem: true, offset: 4 },
        { kind: 'list', name: 'ask', offset: 9 },
      ] },
    ]);
  });
  it('reads punctuation, placeholders and numbers', () => {
    expect(atoms('заказ , !|.|? — {} #')).toEqual([
      { kind: 'words', alternatives: [{ kind: 'word', word: 'заказ', stem: false, offset: 0 }] },
      { kind: 'punct', marks: [','] },
      { kind: 'punct', marks: ['!', '.', '?'] },
      { kind: 'punct', marks: ['—'] },
      { kind: 'placeholder' },
      { kind: 'number' },
    ]);
  });
  it('reads hyphenated, dotted and apostrophe words as one word', () => {
    expect(atoms('пока‑пока яндекс.маркет* whatsapp’е').map((a) => (a as { alternatives: { word: string }[] }).alternatives[0]!.word)).toEqual(['пока-пока', 'яндекс.маркет', "whatsapp'е"]);
  });
  it('reads optional tokens, with the offset of what is inside the brackets', () => {
    const { steps } = parsePattern('просим [вас|тебя] [,] [{}] [#] понять');
    expect(steps.map((s) => s.type === 'atom' && s.optional)).toEqual([false, true, true, true, true, false]);
    expect(steps[1]).toMatchObject({ text: '[вас|тебя]', offset: 7, atom: { alternatives: [{ word: 'вас', offset: 8 }, { word: 'тебя', offset: 12 }] } });
  });
  it('reads gaps of 3 words and of N', () => {
    expect(atoms('принес* * вам *1 неудобств* *9 .')).toEqual([expect.anything(), 'gap 3', expect.anything(), 'gap 1', expect.anything(), 'gap 9', expect.anything()]);
  });
  it('reads the anchors first and last only', () => {
    expect(parsePattern('^ дорогой ,')).toMatchObject({ anchorStart: true, anchorEnd: false });
    expect(parsePattern('получено [.] $')).toMatchObject({ anchorStart: false, anchorEnd: true });
    expect(parsePattern('^ получено $')).toMatchObject({ anchorStart: true, anchorEnd: true, steps: [{ text: 'получено' }] });
  });
  it('takes any blanks between tokens and keeps their offsets', () => {
    expect(parsePattern('  заказ \t отправлен ').steps.map((s) => [s.text, s.offset])).toEqual([['заказ', 2], ['отправлен', 10]]);
  });
});

describe('parseWord', () => {
  it('accepts a word or a stem and nothing else', () => {
    expect(parseWord('Отмен*', 3)).toEqual({ kind: 'word', word: 'отмен', stem: true, offset: 3 });
    for (const bad of ['', '*', 'см.', '-да', 'размер/цвет', 'два слова', 'за*каз', '{}']) expect(parseWord(bad), bad).toBeUndefined();
  });
});

describe('parsePattern: errors name the pattern and point at the mistake', () => {
  const cases: [source: string, message: string, at: string][] = [
    ['', 'pattern “” is empty', ''],
    ['   ', 'pattern “   ” is empty', '   '],
    ['^ $', 'pattern “^ $” is empty', '^ $'],
    ['* заказ', 'pattern “* заказ”: a gap may not start or end a pattern', '*'],
    ['заказ *2', 'pattern “заказ *2”: a gap may not start or end a pattern', '*2'],
    ['[заказ]', 'pattern “[заказ]” needs at least one required word', '[заказ]'],
    [', !', 'pattern “, !” needs at least one required word', ', !'],
    ['заказ ^', 'pattern “заказ ^”: “^” may only start (^) or end ($) a pattern', '^'],
    ['$ заказ', 'pattern “$ заказ”: “$” may only start (^) or end ($) a pattern', '$'],
    ['за[каз', 'pattern “за[каз”: unbalanced brackets in “за[каз”', 'за[каз'],
    ['заказ [вам', 'pattern “заказ [вам”: unbalanced brackets in “[вам”', '[вам'],
    ['[] заказ', 'pattern “[] заказ”: unbalanced brackets in “[]”', '[]'],
    ['a|,', 'pattern “a|,”: “a|,” mixes words and punctuation marks in one token', 'a|,'],
    ['заказ [вам|,]', 'pattern “заказ [вам|,]”: “вам|,” mixes words and punctuation marks in one token', 'вам|,'],
    ['заказ||отправлен', 'pattern “заказ||отправлен”: “” is not a word, a stem (word*), a list (@name) or a punctuation mark', ''],
    ['*10 x', 'pattern “*10 x”: a gap is * (up to 3 words) or *1 to *9, not “*10”', '*10'],
    ['уважаем* {name}', 'pattern “уважаем* {name}”: a placeholder is written {} in a pattern, without its name: “{name}”', '{name}'],
    ['см. таблиц*', 'pattern “см. таблиц*”: “см.” is not a word, a stem (word*), a list (@name) or a punctuation mark', 'см.'],
    ['[*] заказ', 'pattern “[*] заказ”: “*” is not a word, a stem (word*), a list (@name) or a punctuation mark', '*'],
  ];
  for (const [source, message, at] of cases) {
    it(`“${source}”`, () => expect(errorOf(source)).toMatchObject({ message, at }));
  }
  it('points at the second of two equal tokens when it is the one to blame', () => {
    expect(errorOf('заказ , заказ ,|x').offset).toBe(14);
  });
  it('leaves lists to the compiler', () => {
    expect(atoms('@nope')).toEqual([{ kind: 'words', alternatives: [{ kind: 'list', name: 'nope', offset: 0 }] }]);
  });
});

describe('the schemas’ pattern syntax', () => {
  type Items = { properties: Record<string, { items: { pattern: string } }> };
  const phrasebookPattern = new RegExp((phrasebookSchema.properties.entries.items as unknown as Items).properties.patterns!.items.pattern);
  const phrasebookUnless = new RegExp((phrasebookSchema.properties.entries.items as unknown as Items).properties.unless!.items.pattern);
  const policyPattern = new RegExp((phrasesSchema.properties.phrases.items as unknown as Items).properties.patterns!.items.pattern);
  it('accepts what the parser accepts', () => {
    for (const good of ['принес* *2 неудобств*', '^ дорогой|дорогая ,|!|.', '[вы] можете *2 отменить $', 'здравствуйте , {}', 'пока-пока', 'яндекс.маркет*', "whatsapp'е", 'скидк* # %']) {
      expect(phrasebookPattern.test(good), good).toBe(true);
      expect(phrasebookUnless.test(good), good).toBe(true);
      expect(() => parsePattern(good)).not.toThrow();
    }
    expect(policyPattern.test('@ask [вас] отменить')).toBe(true);
    expect(phrasebookPattern.test('@ask отменить')).toBe(false);
  });
  it('rejects what the parser rejects (except the required-word and gap-position checks), and two blanks', () => {
    for (const bad of ['', 'заказ ^', 'за[каз', 'a|,', '*10 x', 'см. таблиц*', 'уважаем* {name}']) {
      expect(phrasebookPattern.test(bad), bad).toBe(false);
      expect(() => parsePattern(bad), bad).toThrow(PatternError);
    }
    expect(phrasebookPattern.test('два  пробела')).toBe(false);
    for (const shapeOnly of ['* заказ', '[заказ]', ', !']) expect(phrasebookPattern.test(shapeOnly), shapeOnly).toBe(true);
  });
});
