import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

testRule(rule, {
  valid: [
    'Здравствуйте! Скидка -10 % действует до пятницы.',
    'Размер: M\n- хлопок\n+ подарок',
    'Напишите нам: support@example.com',
    { ru: '{order_number} — номер Вашего заказа', placeholders: { order_number: { example: '-1' } }, name: 'a placeholder first' },
    { ru: '«=» значит равно', name: 'a quotation mark first' },
  ],
  invalid: [
    { ru: '=HYPERLINK("http://example.com";"Скидка")', messages: ['1:1-1:2 format-formula-start sign {"actual":"="}'] },
    { ru: '- Размер M', messages: ['1:1-1:2 format-formula-start sign {"actual":"-"}'], name: 'a list marker' },
    { ru: '+ подарок к заказу', messages: ['1:1-1:2 format-formula-start sign {"actual":"+"}'] },
    { ru: '@покупатель, спасибо', messages: ['1:1-1:2 format-formula-start sign {"actual":"@"}'] },
    { ru: '\tСпасибо за заказ', messages: ['1:1-1:2 format-formula-start tab'] },
    { ru: '\u00A0-10 % на всё', messages: ['1:2-1:3 format-formula-start sign {"actual":"-"}'], name: 'after a no-break space' },
    { ru: 'Спасибо за заказ', zh: '-感谢您的订单', messages: ['zh 1:1-1:2 format-formula-start sign {"actual":"-"}'], name: 'in the source text' },
  ],
  notInCases: { return: 'a carriage return is written as an escape in a double-quoted scalar: see the README example' },
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
