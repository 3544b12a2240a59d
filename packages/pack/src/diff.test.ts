import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basePackLabel, diffPacks, diffWordsOf, formatChangesMarkdown, formatChangesText, wordTokens, type PublishedTemplate } from './diff.js';

const LABELS = { heading: 'Changes', added: 'Added', removed: 'Removed', changed: 'Changed', none: 'None.' };
const tpl = (id: string, text: Record<string, string>): PublishedTemplate => ({ id, text });
const changedLine = (before: Record<string, string>, after: Record<string, string>): string[] =>
  formatChangesMarkdown(diffPacks([tpl('t', before)], [tpl('t', after)]), LABELS)
    .split('\n')
    .filter((l) => l.startsWith('  - '));

describe('word diffs by words, not letters', () => {
  it('Russian: a changed word is struck whole and the new word is bold', () => {
    expect(changedLine({ ru: 'Мы проверили ваш заказ.' }, { ru: 'Мы утвердили ваш заказ.' })).toEqual(['  - text.ru: Мы ~~проверили~~**утвердили** ваш заказ.']);
  });
  it('Russian, plain text: the whole word removed and added', () => {
    const out = formatChangesText(diffPacks([tpl('t', { ru: 'Посылка уже в пути.' })], [tpl('t', { ru: 'Посылка уже в пункте выдачи.' })]), LABELS);
    expect(out).toContain('    text.ru: Посылка уже в [-пути-]{+пункте выдачи+}.\n');
  });
  it('Russian: neighbouring changed words make one change, hyphenated words stay whole', () => {
    expect(diffWordsOf('Мы быстро проверили трек-номер.', 'Мы сразу обновили трек-код.', 'ru')).toEqual([
      { value: 'Мы ' },
      { value: 'быстро проверили трек-номер', removed: true },
      { value: 'сразу обновили трек-код', added: true },
      { value: '.' },
    ]);
  });
  it('Chinese: words found without spaces', () => {
    expect(changedLine({ zh: '您的包裹已经发货了。' }, { zh: '您的订单已经发货了。' })).toEqual(['  - text.zh: 您的~~包裹~~**订单**已经发货了。']);
    expect(wordTokens('请注意查收。', 'zh')).toEqual(['请', '注意', '查收', '。']);
  });
  it('a change of blanks only is still shown', () => {
    expect(diffWordsOf('Да,  да.', 'Да, да.', 'ru')).toEqual([{ value: 'Да,' }, { value: '  ', removed: true }, { value: ' ', added: true }, { value: 'да.' }]);
  });
  it('tokens join back to the text', () => {
    const text = 'Заказ {order_number} отправлен — трек-номер 12.5, 您好！\n«ок»';
    expect(wordTokens(text, 'ru').join('')).toBe(text);
  });
});

describe('basePackLabel', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  it('never names the base pack by an absolute path', () => {
    const root = mkdtempSync(join(tmpdir(), 'otvet-since-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'otvet-since-old-'));
    dirs.push(root, elsewhere);
    const inside = basePackLabel(join(root, 'dist', 'shop-1.0.0'), root);
    const outside = basePackLabel(join(elsewhere, 'shop-0.9.0.zip'), root);
    expect(inside).toBe('dist/shop-1.0.0');
    expect(outside).toBe('shop-0.9.0.zip');
    const md = formatChangesMarkdown(diffPacks([tpl('a', { ru: 'Да.' })], [tpl('a', { ru: 'Нет.' })]), { ...LABELS, heading: `Changes since ${outside}` });
    expect(md).not.toContain(elsewhere);
    expect(md).not.toContain(tmpdir());
    expect(md.startsWith('### Changes since shop-0.9.0.zip\n')).toBe(true);
  });
});

describe('a title with a line break', () => {
  // A line of its own would start wherever the title's text goes on: in a CI log, a line that
  // starts with `::error::` is a workflow command.
  const t = (id: string, title: string, ru: string): PublishedTemplate => ({ id, title, text: { ru } });
  const changes = diffPacks([t('b', 'Старое', 'Было.'), t('c', 'Удалён', 'Текст.')], [t('a', 'Новый\n::error::взлом', 'Есть.'), t('b', 'Ответ\r\n::add-mask::x', 'Стало.')]);
  it('stays on the line of its template in the text and Markdown summaries', () => {
    for (const out of [formatChangesText(changes, LABELS), formatChangesMarkdown(changes, LABELS)]) {
      expect(out.split('\n').filter((l) => /^(::|\r)/.test(l) || l.includes('\r'))).toEqual([]);
      expect(out).toContain('Новый ⏎ ::error::взлом');
    }
  });
});
