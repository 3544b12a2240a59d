import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule, { phrases } from './index.js';
import data from './cancel.yaml';
import { testPhraseData } from '../lib/policy-phrases.test-helper.js';

testRule(rule, {
  valid: [
    'Ваш заказ отменён, деньги вернутся в течение 3 дней.',
    'Вы отменили заказ, поэтому мы вернули оплату.',
    'Если вы отмените заказ, деньги вернутся на карту.',
    'Не отменяйте заказ: он уже в пути.',
    'Мы отменим заказ и вернём деньги.',
    'Хотите отменить заказ?',
    'Вы можете отказаться от товара при получении, если он повреждён.',
    'Оформите возврат в личном кабинете.',
    'Мой заказ',
    'Этот материал дорогой.',
    'Это хороший подарок другу.',
    'Подарочная упаковка прилагается.',
    'Доставка СДЭК, кабель USB Type-C.',
    'Спасибо, что выбрали Ozon!',
    'Спасибо за отзыв!',
  ],
  invalid: [
    { ru: 'Пожалуйста, отмените заказ.', messages: ['1:13-1:27 policy-cancel cancel {"actual":"отмените заказ"}'] },
    { ru: 'Заказ, пожалуйста, отмените.', messages: ['1:1-1:28 policy-cancel cancel {"actual":"Заказ, пожалуйста, отмените"}'], name: 'word order: object first' },
    { ru: 'Просим вас отменить покупку и оформить новую.', messages: ['1:1-1:28 policy-cancel cancel {"actual":"Просим вас отменить покупку"}'] },
    { ru: 'Если хотите, можете отменить заказ.', messages: ['1:14-1:35 policy-cancel cancel {"actual":"можете отменить заказ"}'] },
    { ru: 'ОТМЕНИТЕ ЗАКАЗ!', messages: ['1:1-1:15 policy-cancel cancel {"actual":"ОТМЕНИТЕ ЗАКАЗ"}'], name: 'capitals' },
    { ru: 'Нажмите «Отменить заказ» в приложении.', messages: ['1:1-1:24 policy-cancel cancel {"actual":"Нажмите «Отменить заказ"}'] },
    { ru: 'Оформите возврат и закажите снова.', messages: ['1:1-1:34 policy-cancel reorder {"actual":"Оформите возврат и закажите снова"}'] },
  ],
});

testPhraseData('policy-cancel', data, phrases, ['cancel', 'reorder']);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
