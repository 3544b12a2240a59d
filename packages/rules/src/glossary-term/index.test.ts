import { fileURLToPath } from 'node:url';
import { testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule } from '@otvet/core';
import rule from './index.js';
import { testResources } from '../lib/glossary.test-helper.js';

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
        messages: ['zh 1:3-1:7 glossary-term missing {"expected":"«трек-номер»","id":"tracking-number","source":"物流单号"}'],
      },
      {
        zh: '订单已到达自提点。',
        ru: 'Заказ ждёт Вас в точке самовывоза.',
        messages: ['zh 1:6-1:9 glossary-term missing {"expected":"«пункт выдачи» / «ПВЗ»","id":"pickup-point","source":"自提点"}'],
      },
      {
        zh: '运单号和退货',
        ru: 'Номер отправления и возврат',
        messages: ['zh 1:1-1:4 glossary-term missing {"expected":"«трек-номер»","id":"tracking-number","source":"运单号"}'],
        name: 'only the missing term is reported',
      },
      {
        zh: '本店包邮。',
        ru: 'Доставка платная. Возврат бесплатный.',
        messages: ['zh 1:3-1:5 glossary-term missing {"expected":"«бесплатная доставка»","id":"free-shipping","source":"包邮"}'],
        name: 'words of a term in two sentences',
      },
      {
        zh: '本店包邮。',
        ru: 'Доставка платная, упаковка бесплатная.',
        messages: ['zh 1:3-1:5 glossary-term missing {"expected":"«бесплатная доставка»","id":"free-shipping","source":"包邮"}'],
        name: 'words of a term in two clauses',
      },
      {
        zh: '本店包邮。',
        ru: 'Доставка бесплатных образцов по запросу.',
        messages: ['zh 1:3-1:5 glossary-term missing {"expected":"«бесплатная доставка»","id":"free-shipping","source":"包邮"}'],
        name: 'adjective agreeing with another noun',
      },
      {
        zh: '亲爱的，您的订单已发货。',
        ru: 'Дорогой покупатель, ваш заказ отправлен.',
        messages: ['1:1-1:19 glossary-term translated-note {"actual":"Дорогой покупатель","id":"qin","note":"Open with «Здравствуйте!».","source":"亲爱的"}'],
      },
      {
        zh: '亲，订单已发货。',
        ru: 'Заказ отправлен. Спасибо, дорогой!',
        messages: ['1:27-1:34 glossary-term translated-note {"actual":"дорогой","id":"qin","note":"Open with «Здравствуйте!».","source":"亲"}'],
        name: 'a rendering anywhere in the text',
      },
      {
        zh: '宝贝已发货。',
        ru: 'Ваше сокровище отправлено.',
        messages: ['1:6-1:15 glossary-term translated {"actual":"сокровище","id":"baobei","source":"宝贝"}'],
        name: 'an entry without a note',
      },
    ],
  },
  {},
  testResources,
);

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule), [], {}, testResources);
