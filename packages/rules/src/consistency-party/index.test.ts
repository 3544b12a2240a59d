import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { caseToYaml, lintString, messageReports, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, parsePlaceholders } from '@otvet/core';
import rule, { PARTY, partiesOf, type PartyPair } from './index.js';
import data from './party.yaml';
import schema from '../../schema/party-words.schema.json';

testRule(rule, {
  valid: [
    { zh: '卖家承担退货运费。', ru: 'Обратную доставку оплачивает продавец.' },
    { zh: '买家收到货后，卖家会在三天内退款。', ru: 'Продавец вернёт деньги в течение трёх дней после того, как покупатель получит товар.', name: 'both parties in both texts' },
    { zh: '我们会尽快发货。', ru: 'Магазин отправит заказ в ближайшее время.', name: 'a pronoun in the source' },
    { zh: '尊敬的顾客，感谢您的订单。', ru: 'Спасибо за заказ в нашем магазине!', name: 'an address and the shop’s name for itself' },
    { zh: '请联系客户服务。', ru: 'Напишите в службу поддержки магазина.', name: 'customer service is the shop' },
    { ru: 'Обратную доставку оплачивает покупатель.', name: 'no source text' },
  ],
  invalid: [
    { zh: '卖家承担退货运费。', ru: 'Обратную доставку оплачивает покупатель.', messages: ['1:30-1:40 consistency-party sellerAsBuyer {"actual":"покупатель","expected":"卖家","source":"zh","target":"ru"}'] },
    { zh: '买家需要在七天内确认收货。', ru: 'Продавец должен подтвердить получение в течение семи дней.', messages: ['1:1-1:9 consistency-party buyerAsSeller {"actual":"Продавец","expected":"买家","source":"zh","target":"ru"}'] },
  ],
});

describe('party data', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(data) || validate.errors).toBe(true);
  });
  const read = (locale: string, text: string) => partiesOf({ locale, parsed: parsePlaceholders(text) })!;
  it('finds each party noun in a sentence of its own', () => {
    for (const lang of ['zh', 'en', 'ru'] as const) {
      for (const role of ['seller', 'buyer'] as const) {
        for (const word of PARTY[lang][role]) {
          const noun = word.replace(/\*$/, '');
          const text = lang === 'zh' ? `请联系${noun}。` : `Please, ${noun} here.`;
          expect([lang, word, Object.keys(read(lang, text))]).toEqual([lang, word, [role]]);
        }
      }
    }
  });
  it('reads no party in a notParty phrase', () => {
    for (const lang of ['zh', 'en', 'ru'] as const) {
      for (const { phrase } of PARTY[lang].notParty) {
        const text = phrase.replace(/\*/g, lang === 'ru' ? 'ом' : '').replace(/…/g, ' ');
        expect([lang, phrase, read(lang, text)]).toEqual([lang, phrase, {}]);
      }
    }
  });
  const pairName = (p: PartyPair): string => `${p.zh ?? p.en} / ${p.ru}`;
  /** The message ids a pair gets, with its source locale (zh or en) as the config's source. */
  const reportsOf = (p: PartyPair): string[] => {
    const { yaml } = caseToYaml({ ru: p.ru, ...(p.zh ? { zh: p.zh } : {}), ...(p.en ? { en: p.en } : {}) });
    return messageReports(lintString(yaml, { rules: [asAnyRule(rule)], config: { source: p.zh ? 'zh' : 'en' } })).map((r) => r.messageId);
  };
  it.each(PARTY.examples.map((p) => [pairName(p), p] as const))('reports %s', (_, p) => {
    expect(reportsOf(p)).toEqual([p.report]);
  });
  it.each(PARTY.counterexamples.map((p) => [pairName(p), p] as const))('leaves %s alone', (_, p) => {
    expect(reportsOf(p)).toEqual([]);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
