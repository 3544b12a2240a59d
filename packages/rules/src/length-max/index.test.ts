import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';

const sentence = 'Спасибо, что выбрали наш магазин. ';
const long1200 = sentence.repeat(35).trim();

testRule(rule, {
  valid: [
    'Спасибо за покупку!',
    { ru: sentence.repeat(29).trim(), name: 'just under the limit' },
    { ru: `${sentence.repeat(29).trim()} {n}`, placeholders: { n: { example: 'x' } }, name: 'examples are filled in' },
    { ru: `{n, plural, one {# товар} other {# товаров}} ${sentence.repeat(28).trim()}`, placeholders: { n: { example: 5 } }, name: 'the longest branch fits' },
  ],
  invalid: [
    { ru: `${long1200} Ждём Вас снова.`, messages: ['1:1-1:1206 length-max long {"length":1205,"max":1000,"over":205}'], name: 'a 1,205-character message' },
    {
      ru: `Пункт выдачи: {address}. ${sentence.repeat(28).trim()}`,
      placeholders: { address: { example: 'г. Москва, ул. Тверская, д. 1, пункт выдачи заказов Ozon, вход со двора, 2 этаж, офис 15' } },
      messages: ['1:1-1:977 length-max long {"length":1055,"max":1000,"over":55}'],
      name: 'a placeholder example makes it too long',
    },
    {
      ru: `{n, plural, one {# товар} other {# товаров и ещё очень длинный хвост текста, который не помещается в лимит}} ${sentence.repeat(28).trim()}`,
      placeholders: { n: { example: 5 } },
      messages: ['1:1-1:1061 length-max long {"length":1025,"max":1000,"over":25}'],
      name: 'the longest plural branch is too long',
    },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
