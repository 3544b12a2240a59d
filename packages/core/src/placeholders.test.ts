import { describe, expect, it } from 'vitest';
import { argumentNames, MASK, parsePlaceholders, walkPlaceholders } from './placeholders.js';
import { renderText } from './render.js';
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
    const s = scoreTemplate('t', 11, [{ severity: 'error' }], thresholds);
    expect(s).toMatchObject({ penalty: 1, verdict: 'reject', headroom: { revise: 0, reject: 0 } });
    expect(s.errorRate).toBeCloseTo(1 / 11, 5);
    expect(scoreTemplate('t', 11, [{ severity: 'warning' }], thresholds).verdict).toBe('revise');
    expect(scoreTemplate('t', 11, [{ severity: 'info' }], thresholds).verdict).toBe('pass');
  });
  it('says how many errors are left before each threshold', () => {
    expect(scoreTemplate('t', 100, [], thresholds).headroom).toEqual({ revise: 2, reject: 4 });
    expect(scoreTemplate('t', 100, [{ severity: 'warning' }], thresholds).headroom).toEqual({ revise: 2, reject: 4 });
    expect(scoreTemplate('t', 100, [{ severity: 'error' }, { severity: 'error' }], thresholds).headroom).toEqual({ revise: 0, reject: 2 });
    expect(scoreTemplate('t', 0, [], thresholds)).toMatchObject({ errorRate: 0, verdict: 'pass' });
  });
  it('rates the pack as Σpenalty / Σwords and takes the worst template verdict', () => {
    const a = scoreTemplate('a', 100, [], thresholds);
    const b = scoreTemplate('b', 10, [{ severity: 'error' }], thresholds);
    const pack = scorePack([a, b], thresholds);
    expect(pack).toMatchObject({ templates: 2, words: 110, penalty: 1, verdict: 'reject' });
    expect(pack.errorRate).toBeCloseTo(1 / 110, 5);
    expect(scorePack([], thresholds)).toMatchObject({ errorRate: 0, verdict: 'pass' });
  });
});

describe('apostrophes', () => {
  it('never quote ICU syntax', () => {
    const p = parsePlaceholders("Каталог '{p1}' недоступен, it's {n}");
    expect(p.placeholders.map((x) => [x.name, x.start, x.end])).toEqual([['p1', 9, 13], ['n', 32, 35]]);
    expect(p.masked.startsWith(`Каталог '${MASK.repeat(4)}'`)).toBe(true);
  });
});

describe('renderText', () => {
  const days = 'Срок — {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}, заказ {order}.';
  const placeholders = { days: { type: 'number' as const, example: 21 }, order: { example: '0123-1' } };
  it('renders examples with Russian plural rules', () => {
    const parsed = parsePlaceholders(days);
    expect(renderText(parsed, { placeholders, locale: 'ru', mode: 'example' })).toBe('Срок — 21 день, заказ 0123-1.');
    expect(renderText(parsed, { placeholders: { ...placeholders, days: { example: 5 } }, locale: 'ru', mode: 'example' })).toBe('Срок — 5 дней, заказ 0123-1.');
    expect(renderText(parsed, { placeholders: { ...placeholders, days: { example: 1.5 } }, locale: 'ru', mode: 'example' })).toBe('Срок — 1.5 дня, заказ 0123-1.');
  });
  it('renders the longest branch, exact matches and selects', () => {
    expect(renderText(parsePlaceholders(days), { placeholders, locale: 'ru', mode: 'longest' })).toBe('Срок — 21 день, заказ 0123-1.'); // ties keep the first branch
    const exact = parsePlaceholders('{n, plural, =0 {нет товаров} one {# товар} other {# товаров}}');
    expect(renderText(exact, { placeholders: { n: { example: 0 } }, locale: 'ru', mode: 'example' })).toBe('нет товаров');
    const select = parsePlaceholders('{g, select, male {Он} female {Она} other {Покупатель}} — {x}');
    expect(renderText(select, { placeholders: { g: { example: 'female' } }, locale: 'ru', mode: 'example' })).toBe('Она — {x}');
    expect(renderText(select, { placeholders: { g: { example: 'n/a' } }, locale: 'ru', mode: 'example' })).toBe('Покупатель — {x}');
    expect(renderText(select, { placeholders: {}, locale: 'ru', mode: 'longest' })).toBe('Покупатель — {x}');
  });
});
