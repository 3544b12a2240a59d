import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { fileURLToPath } from 'node:url';
import { lintString, runCase, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { type AgreementData } from './index.js';
import data from './agreement.yaml';
import schema from './agreement.schema.json';

const lists = data as AgreementData;

function findings(text: string): string[] {
  return runCase(asAnyRule(rule), { ru: text }).messages;
}

describe('agreement.yaml', () => {
  it('follows its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
  for (const sentence of lists.examples) it(`reports: ${sentence}`, () => expect(findings(sentence)).not.toEqual([]));
  for (const sentence of lists.counterexamples) it(`passes: ${sentence}`, () => expect(findings(sentence)).toEqual([]));
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));

testRule(rule, {
  valid: [
    'Спасибо за ваш отзыв! Посылка будет доставлена в пятницу.',
    'Мы довольны покупателями, которые оставляют отзывы.',
    'Из 2 товаров один уже в пути, а 5 товаров ждут отправки.',
    { ru: '{name}, ваш заказ отправлен.', placeholders: { name: { example: 'Анна' } }, name: 'a placeholder breaks no phrase' },
    { ru: 'Модель «Новая коллекции» уже в продаже.', name: 'quoted text is not judged' },
    { ru: 'Отправляем через Ozon Rocket, курьер DHL приехал.', name: 'Latin words are left alone' },
    { ru: 'Товар Ромашка отправлен.', name: 'a capital mid-sentence marks a name' },
  ],
  invalid: [
    { ru: 'Спасибо за вашего отзыв!', messages: ['1:12-1:24 grammar-agreement modifier {"actual":"вашего отзыв","modifier":"вашего","noun":"отзыв"}'] },
    { ru: 'Мы отправим заказ в нашем новом магазином.', messages: ['1:21-1:42 grammar-agreement modifier {"actual":"нашем новом магазином","modifier":"новом","noun":"магазином"}'] },
    { ru: 'Эти посылка придёт завтра.', messages: ['1:1-1:12 grammar-agreement modifier {"actual":"Эти посылка","modifier":"Эти","noun":"посылка"}'] },
    { ru: 'Осталось пять товара.', messages: ['1:10-1:21 grammar-agreement numeral {"actual":"пять товара","noun":"товара","numeral":"пять"}'] },
    { ru: 'Посылка отправлены сегодня.', messages: ['1:1-1:19 grammar-agreement subject {"actual":"Посылка отправлены","predicate":"отправлены","subject":"Посылка"}'] },
    { ru: 'Вы получит посылку через три дня.', messages: ['1:1-1:11 grammar-agreement subject {"actual":"Вы получит","predicate":"получит","subject":"Вы"}'] },
    { ru: 'Курьер приехали утром.', messages: ['1:1-1:16 grammar-agreement subject {"actual":"Курьер приехали","predicate":"приехали","subject":"Курьер"}'] },
    { ru: 'Доставка 25 декабрь.', messages: ['1:10-1:20 grammar-agreement date {"actual":"25 декабрь","date":"25 декабрь"}'] },
    { ru: 'Акция действует в 2026 года.', messages: ['1:17-1:28 grammar-agreement date {"actual":"в 2026 года","date":"в 2026 года"}'] },
    { ru: 'Мы проверили размеры, которая вы указали.', messages: ['1:23-1:30 grammar-agreement relative {"actual":"которая","noun":"размеры","relative":"которая"}'] },
  ],
});

describe('suggestions', () => {
  const expectedOf = (text: string): unknown[] => {
    const yaml = `templates:\n  - id: t\n    text:\n      ru: ${JSON.stringify(text)}\n`;
    return lintString(yaml, { rules: [asAnyRule(rule)] }).files.flatMap((f) => f.messages).map((m) => m.expected);
  };
  it('offers the one form that agrees', () => {
    expect(expectedOf('Осталось пять товара.')).toEqual([['пять товаров']]);
    expect(expectedOf('Вы получит посылку.')).toEqual([['Вы получите']]);
    expect(expectedOf('Эта товар уже на складе.')).toEqual([['Этот товар']]);
    expect(expectedOf('Доставка 25 декабрь.')).toEqual([['25 декабря']]);
    expect(expectedOf('Акция действует в 2026 года.')).toEqual([['в 2026 году']]);
  });
  it('changes the modifier to the noun, in the accusative by its animacy', () => {
    expect(expectedOf('Спасибо за вашего отзыв!')).toEqual([['ваш отзыв']]);
  });
  it('offers nothing for a phrase of several modifiers', () => {
    expect(expectedOf('Мы отправим заказ в нашем новом магазином.')).toEqual([undefined]);
  });
});
