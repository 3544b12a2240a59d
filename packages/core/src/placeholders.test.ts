import { describe, expect, it } from 'vitest';
import { argumentNames, MASK, parsePlaceholders, walkPlaceholders } from './placeholders.js';
import { countWords, scorePack, scoreTemplate, verdictOf, wordOffsets } from './score.js';
import { createTextView, parseNatural } from './text-view.js';

const thresholds = { revise: 0.03, reject: 0.05 };

describe('parsePlaceholders', () => {
  it('masks arguments and keeps the length', () => {
    const p = parsePlaceholders('Заказ {order_number} отправлен');
    expect(p.masked).toBe(`Заказ ${MASK.repeat(14)} отправлен`);
    expect(p.placeholders).toMatchObject([{ kind: 'argument', name: 'order_number', start: 6, end: 20, nameStart: 7, nameEnd: 19 }]);
    expect(p.error).toBeUndefined();
  });
  it('keeps the words of plural branches and masks the syntax', () => {
    const text = 'на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.';
    const p = parsePlaceholders(text);
    expect(p.masked.length).toBe(text.length);
    expect(p.masked.replace(new RegExp(MASK, 'g'), '_')).toMatch(/^на _+ день_+ дня_+ дней_+ дня_+\.$/u);
    const [plural] = p.placeholders;
    expect(plural?.kind).toBe('plural');
    expect(plural?.branches?.map((b) => b.key)).toEqual(['one', 'few', 'many', 'other']);
    expect([...walkPlaceholders(p.placeholders)].map((x) => x.kind)).toEqual(['plural', 'pound', 'pound', 'pound', 'pound']);
    expect([...argumentNames(p.placeholders)]).toEqual(['days']);
  });
  it('knows number, select, selectordinal and tags', () => {
    const p = parsePlaceholders('{n, number} {g, select, male {он} other {она}} {k, selectordinal, other {#-й}} <b>x</b>');
    expect(p.placeholders.map((x) => x.kind)).toEqual(['number', 'select', 'selectordinal']);
    // HTML-like tags are text here: the chat shows them literally (format-markup reports them).
    expect(p.masked.endsWith('<b>x</b>')).toBe(true);
  });
  it('reports malformed ICU and still masks what it can', () => {
    const p = parsePlaceholders('Заказ {order_number отправлен, {days} дней');
    expect(p.error).toMatchObject({ code: 'MALFORMED_ARGUMENT', start: 6 });
    expect(p.masked.length).toBe(p.text.length);
    const q = parsePlaceholders('Срок {days} дней { и {n}');
    expect(q.error).toBeDefined();
    expect(q.placeholders.map((x) => x.name)).toEqual(['days']);
    expect(q.masked.startsWith(`Срок ${MASK.repeat(6)} дней {`)).toBe(true);
  });
});

describe('error-rate estimate', () => {
  it('counts the words a buyer reads (the longest plural branch)', () => {
    const view = createTextView('ru', 'Заказ {order} придёт через {days, plural, one {# день} few {# дня} many {# долгих дней} other {# дня}}.');
    // Заказ, придёт, через + the longest branch (долгих дней)
    expect(countWords(wordOffsets(view.tree), view.parsed.placeholders)).toBe(5);
    expect(countWords(wordOffsets(parseNatural('3 дня, трек-номер')), [])).toBe(3);
  });
  it('gives verdicts at the thresholds', () => {
    expect(verdictOf(0.0299, thresholds)).toBe('pass');
    expect(verdictOf(0.03, thresholds)).toBe('revise');
    expect(verdictOf(0.05, thresholds)).toBe('reject');
  });
  it('scores one tilde in an 11-word template as reject', () => {
    const s = scoreTemplate('t', 11, ['error'], thresholds);
    expect(s).toMatchObject({ penalty: 1, verdict: 'reject', headroom: { revise: 0, reject: 0 } });
    expect(s.errorRate).toBeCloseTo(1 / 11, 5);
    expect(scoreTemplate('t', 11, ['warning'], thresholds).verdict).toBe('revise');
    expect(scoreTemplate('t', 11, ['info'], thresholds).verdict).toBe('pass');
  });
  it('says how many errors are left before each threshold', () => {
    expect(scoreTemplate('t', 100, [], thresholds).headroom).toEqual({ revise: 2, reject: 4 });
    expect(scoreTemplate('t', 100, ['warning'], thresholds).headroom).toEqual({ revise: 2, reject: 4 });
    expect(scoreTemplate('t', 100, ['error', 'error'], thresholds).headroom).toEqual({ revise: 0, reject: 2 });
    expect(scoreTemplate('t', 0, [], thresholds)).toMatchObject({ errorRate: 0, verdict: 'pass' });
  });
  it('rates the pack as Σpenalty / Σwords and takes the worst template verdict', () => {
    const a = scoreTemplate('a', 100, [], thresholds);
    const b = scoreTemplate('b', 10, ['error'], thresholds);
    const pack = scorePack([a, b], thresholds);
    expect(pack).toMatchObject({ templates: 2, words: 110, penalty: 1, verdict: 'reject' });
    expect(pack.errorRate).toBeCloseTo(1 / 110, 5);
    expect(scorePack([], thresholds)).toMatchObject({ errorRate: 0, verdict: 'pass' });
  });
});
