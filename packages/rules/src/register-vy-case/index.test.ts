import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { lintStrings, messageIdLines, messageReports, renderProblems, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

testRule(rule, {
  valid: [
    'Мой заказ',
    'Этот материал дорогой',
    'подарок другу',
    'подарочная упаковка',
    'Доставка через СДЭК',
    'Кабель USB Type-C',
    'Ozon',
    'Спасибо за отзыв!',
    { ru: 'Вы можете вернуть товар. Ваш заказ уже в пути.', name: 'capitals at sentence starts only: no style shown' },
    { ru: 'Здравствуйте! Вы можете забрать заказ, когда вам удобно.', name: 'a sentence-initial «Вы» does not count as the capital style' },
    'Спасибо за заказ, Ваш номер — 5. Мы отправим Вам чек.',
    { ru: '- Вы получите трек-номер\n- Ваш заказ застрахован\n1) Вы можете его отследить', name: 'list items start sentences' },
    { ru: 'Спасибо! «Вы лучшие», — пишут покупатели; мы рады вам.', name: 'a quote opening a sentence' },
    { ru: 'ВЫ ПОЛУЧИТЕ ВАШ ЗАКАЗ завтра, вам придёт уведомление.', name: 'capitals throughout are shouting, not a style' },
    { ru: 'Благодарим Вас за заказ.', options: { style: 'capital' } },
    { ru: 'Вы можете вернуть товар, если он вам не подошёл.', options: { style: 'lower' } },
    { ru: '{greeting} Вы можете забрать заказ, когда вам удобно.', placeholders: { greeting: { example: 'Здравствуйте!' } }, name: 'after a placeholder a capital is ambiguous' },
    { ru: 'Выберите размер. Высылаем в течение дня.', options: { style: 'capital' }, name: 'words that begin with «вы» are not the pronoun' },
  ],
  invalid: [
    {
      ru: 'Спасибо за заказ, Ваш номер — 5. Мы отправим вам чек.',
      messages: ['1:46-1:49 register-vy-case inconsistent-template {"actual":"вам","expected":"Вам","first":"Ваш"}'],
      output: 'Спасибо за заказ, Ваш номер — 5. Мы отправим Вам чек.',
    },
    {
      ru: 'Если вам не подошёл размер, мы обменяем Ваш заказ.',
      messages: ['1:41-1:44 register-vy-case inconsistent-template {"actual":"Ваш","expected":"ваш","first":"вам"}'],
      output: 'Если вам не подошёл размер, мы обменяем ваш заказ.',
    },
    {
      ru: 'Мы отправим вам чек, ваш заказ готов.',
      options: { style: 'capital' },
      messages: [
        '1:13-1:16 register-vy-case capital {"actual":"вам","expected":"Вам"}',
        '1:22-1:25 register-vy-case capital {"actual":"ваш","expected":"Ваш"}',
      ],
      output: 'Мы отправим Вам чек, Ваш заказ готов.',
    },
    {
      ru: 'вы можете забрать заказ.',
      options: { style: 'capital' },
      messages: ['1:1-1:3 register-vy-case capital {"actual":"вы","expected":"Вы"}'],
      output: 'Вы можете забрать заказ.',
      name: 'a lower-case sentence start breaks the capital style',
    },
    {
      ru: 'Мы отправим Вам чек. Вы можете скачать его, {name}, Вашими руками.',
      options: { style: 'lower' },
      placeholders: { name: { example: 'Анна' } },
      messages: [
        '1:13-1:16 register-vy-case lower {"actual":"Вам","expected":"вам"}',
        '1:53-1:59 register-vy-case lower {"actual":"Вашими","expected":"вашими"}',
      ],
      output: 'Мы отправим вам чек. Вы можете скачать его, {name}, вашими руками.',
      name: 'lower style leaves sentence starts alone',
    },
    {
      ru: 'Здравствуйте, Вы оформили заказ.\nМы ответим вам, Вашей семье и Вашим друзьям.',
      messages: ['2:12-2:15 register-vy-case inconsistent-template {"actual":"вам","expected":"Вам","first":"Вы"}'],
      output: 'Здравствуйте, Вы оформили заказ.\nМы ответим Вам, Вашей семье и Вашим друзьям.',
    },
  ],
  notInCases: { 'inconsistent-pack': 'a finding across templates: “across the pack” below' },
});

describe('across the pack', () => {
  const file = (id: string, ru: string): string => `templates:\n  - id: ${id}\n    text:\n      ru: ${ru}\n`;
  const files = {
    'a.yaml': file('greeting', 'Здравствуйте! Вы можете забрать заказ.'),
    'b.yaml': file('thanks', 'Спасибо, что выбрали нас. Ждём Вас снова!'),
    'c.yaml': file('refund', 'Мы вернём вам деньги, ваш заказ отменён.'),
  };
  const lint = (options?: Record<string, unknown>) =>
    lintStrings(files, { rules: [asAnyRule(rule)], ...(options ? { settings: { 'register-vy-case': ['warning', options] } } : {}) });

  it('flags a template whose style differs from the pack’s first usage, with its location as the cause', () => {
    const result = lint();
    const where = 'b.yaml:4:42';
    expect(messageIdLines(result)).toEqual([
      '4:21-4:24 register-vy-case inconsistent-pack {"actual":"вам","expected":"Вам","first":"Вас","where":"b.yaml:4:42"}',
      '4:33-4:36 register-vy-case inconsistent-pack {"actual":"ваш","expected":"Ваш","first":"Вас","where":"b.yaml:4:42"}',
    ]);
    // The one message no single-template case can produce, rendered in every language.
    expect(renderProblems(asAnyRule(rule), messageReports(result))).toEqual([]);
    const messages = result.files.flatMap((f) => f.messages);
    expect(messages.every((m) => m.file === 'c.yaml' && m.cause === where && m.severity === 'warning')).toBe(true);
    expect(messages.map((m) => m.fix?.text)).toEqual(['Вам', 'Ваш']);
  });

  it('follows the configured style instead when one is set', () => {
    expect(messageIdLines(lint({ style: 'lower' }))).toEqual(['4:42-4:45 register-vy-case lower {"actual":"Вас","expected":"вас"}']);
  });
});

describe('options schema', () => {
  const validate = new Ajv().compile(rule.meta.options!);
  it('accepts the three styles', () => {
    for (const style of ['consistent', 'capital', 'lower']) expect(validate({ style })).toBe(true);
    expect(validate({})).toBe(true);
  });
  it('rejects other values and unknown options', () => {
    expect(validate({ style: 'upper' })).toBe(false);
    expect(validate({ style: 'lower', other: 1 })).toBe(false);
  });
  it('defaults to consistent', () => {
    expect(rule.meta.defaults).toEqual({ style: 'consistent' });
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
