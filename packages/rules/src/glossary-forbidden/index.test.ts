import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import { testResources } from '../lib/glossary.test-helper.js';

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
        messages: ['1:1-1:19 glossary-forbidden forbidden {"actual":"Свободная доставка","expected":"«Бесплатная доставка»","id":"free-shipping"}'],
        output: 'Бесплатная доставка по всей России.',
      },
      {
        ru: 'Заказы со свободной доставкой',
        messages: ['1:11-1:30 glossary-forbidden forbidden {"actual":"свободной доставкой","expected":"«бесплатной доставкой»","id":"free-shipping"}'],
        output: 'Заказы со бесплатной доставкой',
        name: 'the inflection is kept (instrumental)',
      },
      {
        ru: 'Условия свободной доставки',
        messages: ['1:9-1:27 glossary-forbidden forbidden {"actual":"свободной доставки","expected":"«бесплатной доставки»","id":"free-shipping"}'],
        output: 'Условия бесплатной доставки',
        name: 'genitive',
      },
      {
        ru: 'Ваш номер логистики: ZT123.',
        messages: ['1:5-1:20 glossary-forbidden forbidden {"actual":"номер логистики","expected":"«трек-номер»","id":"tracking-number"}'],
        output: 'Ваш трек-номер: ZT123.',
        name: 'the dictionary form is replaced whole',
      },
      {
        ru: 'Проверьте по номеру логистики.',
        messages: ['1:14-1:30 glossary-forbidden forbidden {"actual":"номеру логистики","expected":"«трек-номер»","id":"tracking-number"}'],
        name: 'no fix where the inflection cannot be kept',
      },
      {
        ru: 'Заберите заказ в точке самовывоза.',
        messages: ['1:18-1:34 glossary-forbidden forbidden {"actual":"точке самовывоза","expected":"«пункт выдачи» / «ПВЗ»","id":"pickup-point"}'],
        name: 'different genders: only suggested',
      },
      {
        ru: 'МЕТОД ОПЛАТЫ и срок гарантии качества',
        messages: [
          '1:1-1:13 glossary-forbidden forbidden {"actual":"МЕТОД ОПЛАТЫ","expected":"«СПОСОБ ОПЛАТЫ»","id":"payment-method"}',
          '1:16-1:38 glossary-forbidden forbidden {"actual":"срок гарантии качества","expected":"«срок годности»","id":"shelf-life"}',
        ],
        output: 'СПОСОБ ОПЛАТЫ и срок годности',
        name: 'any capitalisation, kept in the fix',
      },
    ],
  },
  {},
  testResources,
);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule), [], {}, testResources);
