/**
 * The phrases every rule must leave alone (issue 4): homographs of «ты»-forms and of
 * address words, brand and carrier names in capitals, Latin product words. They run through
 * every rule of the catalog at once, each as the only text of a template, and in one text.
 */
import { describe, expect, it } from 'vitest';
import { lintString, messageLines } from '@otvet/test-kit';
import { catalog } from './index.js';

const { optionValidators } = catalog;

const TRAPS = ['Мой заказ', 'Этот материал дорогой', 'подарок другу', 'подарочная упаковка', 'СДЭК', 'USB Type-C', 'Ozon', 'Спасибо за отзыв!'];

const template = (id: string, ru: string): string => `  - id: ${id}\n    text:\n      ru: ${JSON.stringify(ru)}\n`;
const rules = [...catalog.rules.values()];

describe('traps stay clean under every rule', () => {
  it.each(TRAPS)('%s', (trap) => {
    const result = lintString(`templates:\n${template('trap', trap)}`, { rules, optionValidators });
    expect(messageLines(result)).toEqual([]);
  });
  it('all of them in one reply', () => {
    const reply = 'Мой заказ пришёл. Этот материал дорогой, но это подарок другу: подарочная упаковка, доставка СДЭК, кабель USB Type-C, магазин на Ozon. Спасибо за отзыв!';
    expect(messageLines(lintString(`templates:\n${template('all', reply)}`, { rules, optionValidators }))).toEqual([]);
  });
});
