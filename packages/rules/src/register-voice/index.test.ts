import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './sign-offs.yaml';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

testRule(rule, {
  valid: [
    'Мы рады помочь! Заказ уже отправлен.',
    'Мы отправили вам трек-номер, он есть в карточке заказа.',
    { ru: 'Я менеджер магазина, меня зовут Анна. Чем могу помочь?', name: 'an introduction without a gendered form' },
    'Я проверю ваш заказ и напишу вам сегодня.',
    'Я понимаю ваше беспокойство: мы уже связались со складом.',
    'С уважением, команда магазина «Ромашка».',
    'Ваш менеджер Анна',
    'Хорошего дня!',
    { ru: 'Вы написали: «Я не получил заказ». Мы уже проверяем доставку.', name: 'quoted buyer speech' },
    { ru: 'Покупатель пишет «я сама отказалась от заказа», поэтому деньги вернутся в течение 3 дней.', name: 'quoted words' },
    'Отправим целую коробку образцов.',
    'Заказ пролежал на складе целую неделю, приносим извинения.',
    'Упаковали ваш заказ с любовью.',
    'Ваш заказ передан в доставку.',
    'Будем рады помочь с выбором размера.',
  ],
  invalid: [
    { ru: 'Я очень рада помочь!', messages: ['1:1-1:13 register-voice first-person {"actual":"Я очень рада","expected":"Мы очень рады"}'] },
    { ru: 'Я отправил вам трек-номер.', messages: ['1:1-1:11 register-voice first-person {"actual":"Я отправил","expected":"Мы отправили"}'] },
    { ru: 'Не волнуйтесь, я сама проверила посылку.', messages: ['1:16-1:32 register-voice first-person {"actual":"я сама проверила","expected":"мы сами проверили"}'] },
    { ru: 'Я уже вам ответила в чате.', messages: ['1:1-1:19 register-voice first-person {"actual":"Я уже вам ответила","expected":"Мы уже вам ответили"}'] },
    { ru: 'Извините, я ошиблась с размером.', messages: ['1:11-1:21 register-voice first-person {"actual":"я ошиблась","expected":"мы ошиблись"}'] },
    { ru: 'Я был бы рад помочь.', messages: ['1:1-1:13 register-voice first-person {"actual":"Я был бы рад","expected":"Мы были бы рады"}'] },
    { ru: 'Я уверена, размер подойдёт.', messages: ['1:1-1:10 register-voice first-person {"actual":"Я уверена","expected":"Мы уверены"}'] },
    { ru: 'Как я смог, так и упаковал.', messages: ['1:5-1:11 register-voice first-person {"actual":"я смог","expected":"мы смогли"}'] },
    { ru: 'Спасибо за заказ, рада помочь!', messages: ['1:19-1:23 register-voice first-person {"actual":"рада","expected":"мы рады"}'] },
    { ru: 'Я вышел на берег.', messages: ['1:1-1:8 register-voice first-person {"actual":"Я вышел","expected":"Мы вышли"}'], name: 'a preposition ends the phrase' },
    { ru: 'Рад помочь.', messages: ['1:1-1:4 register-voice first-person {"actual":"Рад","expected":"Мы рады"}'] },
    { ru: 'Хорошего дня! Ваша Маша', messages: ['1:15-1:24 register-voice signature {"actual":"Ваша Маша","expected":"С уважением, команда магазина"}'] },
    { ru: 'Пишите, если что. Ваш Дима.', messages: ['1:19-1:27 register-voice signature {"actual":"Ваш Дима","expected":"С уважением, команда магазина"}'] },
    { ru: 'Ваша Анна Петрова', messages: ['1:1-1:18 register-voice signature {"actual":"Ваша Анна Петрова","expected":"С уважением, команда магазина"}'] },
    { ru: 'Спасибо за покупку! Обнимаю!', messages: ['1:21-1:28 register-voice sign-off {"actual":"Обнимаю"}'] },
    { ru: 'Целую, ваш магазин.', messages: ['1:1-1:6 register-voice sign-off {"actual":"Целую"}'] },
    { ru: 'Хорошего дня, обнимаю вас!', messages: ['1:15-1:26 register-voice sign-off {"actual":"обнимаю вас"}'] },
  ],
});

testPhraseData('register-voice sign-offs', data, phrases, ['sign-off']);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
