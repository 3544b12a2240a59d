import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './rights.yaml';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

testRule(rule, {
  valid: [
    'Вы можете оформить возврат в личном кабинете Ozon.',
    'К сожалению, этот товар нельзя вернуть по правилам Ozon: это нижнее бельё.',
    'Если вопрос не решится, обратитесь в поддержку Ozon.',
    'Напишите нам в чат, если возникнут вопросы.',
    'Возврат оформлен, деньги вернутся на карту в течение 3 дней.',
    'Срок возврата истёк, поэтому вернуть товар уже нельзя.',
    'Вам не нужно обращаться в поддержку: мы уже вернули деньги.',
    'Мы получили вашу претензию и рассмотрим её сегодня.',
    'Мы закрыли спор в вашу пользу.',
  ],
  invalid: [
    { ru: 'Не пишите в поддержку Ozon, сначала нам.', messages: ['1:1-1:22 policy-rights discourage {"actual":"Не пишите в поддержку"}'] },
    { ru: 'Пожалуйста, не открывайте спор.', messages: ['1:13-1:31 policy-rights discourage {"actual":"не открывайте спор"}'] },
    { ru: 'Не оформляйте возврат, мы решим сами.', messages: ['1:1-1:22 policy-rights discourage {"actual":"Не оформляйте возврат"}'] },
    { ru: 'Закройте спор, и мы вернём деньги.', messages: ['1:1-1:14 policy-rights discourage {"actual":"Закройте спор"}'] },
    { ru: 'ВОЗВРАТ НЕВОЗМОЖЕН!', messages: ['1:1-1:19 policy-rights refuse {"actual":"ВОЗВРАТ НЕВОЗМОЖЕН"}'], name: 'capitals' },
    { ru: 'Возврат не принимаем, обмену не подлежит.', messages: ['1:1-1:41 policy-rights refuse {"actual":"Возврат не принимаем, обмену не подлежит"}'], name: 'overlapping matches: the longest' },
    { ru: 'Претензии после получения не принимаются.', messages: ['1:1-1:41 policy-rights refuse {"actual":"Претензии после получения не принимаются"}'] },
  ],
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));

testPhraseData('policy-rights', data, phrases, ['discourage', 'refuse']);
