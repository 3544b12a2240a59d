import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import { en } from '../lib/messages.test-helper.js';
import { testResources } from '../lib/glossary.test-helper.js';

const forbidden = (actual: string, id: string, expected: string): string => `glossary-forbidden ${en(rule, 'forbidden', { actual, id, expected })}`;

testRule(
  rule,
  {
    valid: [
      'Ваш трек-номер: ZT123.',
      'Заказ ждёт Вас в пункте выдачи.',
      'Бесплатная доставка по всей России.',
      { ru: 'Свободное время доставки', name: 'only the whole variant counts' },
      { ru: 'Это точка. Самовывоз возможен.', name: 'not across a sentence end' },
      { ru: 'Дорогой товар.', name: 'translate: false renderings are checked by glossary-term' },
    ],
    invalid: [
      {
        ru: 'Свободная доставка по всей России.',
        messages: [`1:1-1:19 ${forbidden('Свободная доставка', 'free-shipping', '«Бесплатная доставка»')}`],
        output: 'Бесплатная доставка по всей России.',
      },
      {
        ru: 'Заказы со свободной доставкой',
        messages: [`1:11-1:30 ${forbidden('свободной доставкой', 'free-shipping', '«бесплатной доставкой»')}`],
        output: 'Заказы со бесплатной доставкой',
        name: 'the inflection is kept (instrumental)',
      },
      {
        ru: 'Условия свободной доставки',
        messages: [`1:9-1:27 ${forbidden('свободной доставки', 'free-shipping', '«бесплатной доставки»')}`],
        output: 'Условия бесплатной доставки',
        name: 'genitive',
      },
      {
        ru: 'Ваш номер логистики: ZT123.',
        messages: [`1:5-1:20 ${forbidden('номер логистики', 'tracking-number', '«трек-номер»')}`],
        output: 'Ваш трек-номер: ZT123.',
        name: 'the dictionary form is replaced whole',
      },
      {
        ru: 'Проверьте по номеру логистики.',
        messages: [`1:14-1:30 ${forbidden('номеру логистики', 'tracking-number', '«трек-номер»')}`],
        output: 'Проверьте по номеру логистики.',
        name: 'no fix where the inflection cannot be kept',
      },
      {
        ru: 'Заберите заказ в точке самовывоза.',
        messages: [`1:18-1:34 ${forbidden('точке самовывоза', 'pickup-point', '«пункт выдачи» / «ПВЗ»')}`],
        output: 'Заберите заказ в точке самовывоза.',
        name: 'different genders: only suggested',
      },
      {
        ru: 'МЕТОД ОПЛАТЫ и срок гарантии качества',
        messages: [
          `1:1-1:13 ${forbidden('МЕТОД ОПЛАТЫ', 'payment-method', '«СПОСОБ ОПЛАТЫ»')}`,
          `1:16-1:38 ${forbidden('срок гарантии качества', 'shelf-life', '«срок годности»')}`,
        ],
        name: 'any capitalisation, kept in the fix',
      },
    ],
  },
  {},
  testResources,
);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule), [], {}, testResources);
