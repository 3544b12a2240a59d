import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './rude.yaml';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

testRule(rule, {
  valid: [
    'Мы обязательно поможем.',
    'Пожалуйста, сверьтесь с размерной сеткой в карточке товара.',
    'Напишите нам в чат, если возникнут вопросы.',
    'Это наша ошибка, простите.',
    'Вы не обязаны оставлять отзыв.',
    'Не беспокойтесь, заказ уже в пути.',
    'Ваша проблема будет решена сегодня.',
    'В чём ваша проблема?',
  ],
  invalid: [
    { ru: 'Это ваша проблема.', messages: ['1:1-1:18 tone-rude blame {"actual":"Это ваша проблема"}'] },
    { ru: 'Сами виноваты, надо было смотреть размерную сетку.', messages: ['1:1-1:14 tone-rude blame {"actual":"Сами виноваты"}', '1:16-1:34 tone-rude lecture {"actual":"надо было смотреть"}'] },
    { ru: 'ЧИТАЙТЕ ОПИСАНИЕ ВНИМАТЕЛЬНЕЕ', messages: ['1:1-1:30 tone-rude lecture {"actual":"ЧИТАЙТЕ ОПИСАНИЕ ВНИМАТЕЛЬНЕЕ"}'], name: 'capitals' },
    { ru: 'Мы не обязаны менять товар.', messages: ['1:1-1:14 tone-rude not-obliged {"actual":"Мы не обязаны"}'] },
    { ru: 'Разговор окончен. Не пишите нам больше.', messages: ['1:1-1:17 tone-rude dismiss {"actual":"Разговор окончен"}', '1:19-1:39 tone-rude dismiss {"actual":"Не пишите нам больше"}'] },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));

testPhraseData('tone-rude', data, phrases, ['blame', 'lecture', 'not-obliged', 'dismiss']);
