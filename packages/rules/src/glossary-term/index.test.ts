import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import { en } from '../lib/messages.test-helper.js';
import { testResources } from '../lib/glossary.test-helper.js';

const missing = (source: string, id: string, expected: string): string => `glossary-term ${en(rule, 'missing', { source, id, expected })}`;
const translated = (actual: string, source: string): string =>
  `glossary-term ${en(rule, 'translated', { actual, source, id: 'qin', note: 'Open with «Здравствуйте!».' })}`;

testRule(
  rule,
  {
    valid: [
      { zh: '您的物流单号是 {n}。', ru: 'Ваш трек-номер: {n}.', placeholders: { n: {} } },
      { zh: '请提供物流单号。', ru: 'Пришлите, пожалуйста, трек-номер.' },
      { zh: '物流单号已更新。', ru: 'Мы обновили данные по трек-номеру.', name: 'dative' },
      { zh: '您可以用物流单号跟踪。', ru: 'Отследить посылку можно по трек-номерам из письма.', name: 'plural' },
      { zh: '订单已到达自提点。', ru: 'Заказ ждёт Вас в пункте выдачи.', name: 'multiword, inflected' },
      { zh: '订单已到达自提点。', ru: 'Заказ уже в ПВЗ.', name: 'second approved term' },
      { zh: '本店包邮。', ru: 'В нашем магазине действует бесплатная доставка.' },
      { zh: '包邮的订单', ru: 'Заказы с бесплатной доставкой', name: 'each word inflects' },
      { zh: '本店包邮。', ru: 'Доставку каждого заказа мы сделаем для вас бесплатной.', name: 'words apart, predicative adjective' },
      { zh: '全场包邮', ru: 'Доставка на все товары — бесплатная.', name: 'words in another order' },
      { zh: '请选择支付方式。', ru: 'Уточните, пожалуйста, способ предстоящей оплаты.', name: 'governed word after other words' },
      { zh: '亲，您好！', ru: 'Здравствуйте!', name: 'translate: false, not rendered' },
      { zh: '这款很贵。', ru: 'Этот товар дорогой.', name: 'no source term, no check' },
      { zh: '包裹已发出。', ru: 'Отправление в пути.', name: 'draft terms are not enforced' },
      { en: 'Your tracking number is {n}.', ru: 'Ваш трек-номер: {n}.', placeholders: { n: {} }, name: 'no zh source: English is not the configured source' },
      { ru: 'Трек-номера нет.', name: 'no source text' },
    ],
    invalid: [
      {
        zh: '您的物流单号是 {n}。',
        ru: 'Ваш номер логистики: {n}.',
        placeholders: { n: {} },
        messages: [`zh 1:3-1:7 ${missing('物流单号', 'tracking-number', '«трек-номер»')}`],
      },
      {
        zh: '订单已到达自提点。',
        ru: 'Заказ ждёт Вас в точке самовывоза.',
        messages: [`zh 1:6-1:9 ${missing('自提点', 'pickup-point', '«пункт выдачи» / «ПВЗ»')}`],
      },
      {
        zh: '运单号和退货',
        ru: 'Номер отправления и возврат',
        messages: [`zh 1:1-1:4 ${missing('运单号', 'tracking-number', '«трек-номер»')}`],
        name: 'only the missing term is reported',
      },
      {
        zh: '本店包邮。',
        ru: 'Доставка платная. Возврат бесплатный.',
        messages: [`zh 1:3-1:5 ${missing('包邮', 'free-shipping', '«бесплатная доставка»')}`],
        name: 'words of a term in two sentences',
      },
      {
        zh: '本店包邮。',
        ru: 'Доставка платная, упаковка бесплатная.',
        messages: [`zh 1:3-1:5 ${missing('包邮', 'free-shipping', '«бесплатная доставка»')}`],
        name: 'words of a term in two clauses',
      },
      {
        zh: '本店包邮。',
        ru: 'Доставка бесплатных образцов по запросу.',
        messages: [`zh 1:3-1:5 ${missing('包邮', 'free-shipping', '«бесплатная доставка»')}`],
        name: 'adjective agreeing with another noun',
      },
      {
        zh: '亲爱的，您的订单已发货。',
        ru: 'Дорогой покупатель, ваш заказ отправлен.',
        messages: [`1:1-1:19 ${translated('Дорогой покупатель', '亲爱的')}`],
      },
      {
        zh: '亲，订单已发货。',
        ru: 'Заказ отправлен. Спасибо, дорогой!',
        messages: [`1:27-1:34 ${translated('дорогой', '亲')}`],
        name: 'a rendering anywhere in the text',
      },
    ],
  },
  {},
  testResources,
);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule), [], {}, testResources);
