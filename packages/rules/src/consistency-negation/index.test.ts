import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { caseToYaml, lintString, messageReports, testReadme, testRule } from '@otvet/test-kit';
import { asAnyRule, parsePlaceholders } from '@otvet/core';
import rule, { analyzeNegation, NEGATION, type Pair } from './index.js';
import data from './negation.yaml';
import schema from '../../schema/negation-words.schema.json';

testRule(rule, {
  valid: [
    { zh: '定制商品不支持退货。', ru: 'Товары на заказ не подлежат возврату.' },
    { zh: '我们会全额退款。', ru: 'Мы вернём всю сумму.' },
    { zh: '这款商品暂时缺货。', ru: 'Этого товара сейчас нет в наличии.', name: 'a word of lack in the source' },
    { zh: '请问有没有收到包裹？', ru: 'Подскажите, вы получили посылку?', name: 'an A-not-A question' },
    { zh: '非常感谢！', ru: 'Большое спасибо!', name: '非常 is «very»' },
    { zh: '请把照片发给我们。', ru: 'Не могли бы вы прислать фото?', name: 'a polite request' },
    { zh: '请放心，包裹在路上。', ru: 'Не волнуйтесь, посылка в пути.', name: 'a negation in form only' },
    { zh: '我们不得不推迟发货。', ru: 'Нам придётся отложить отправку.', name: 'a Chinese double negative means yes' },
    { zh: '我们必须先检查商品。', ru: 'Мы не можем не проверить товар.', name: 'a Russian double negative for a yes' },
    { zh: '订单 {n} 未发货。', ru: 'Заказ {n} ещё не отправлен.', placeholders: { n: { example: 1 } } },
    { ru: 'Мы не вернём деньги.', name: 'no source text' },
  ],
  invalid: [
    { zh: '定制商品不支持退货。', ru: 'Товары на заказ можно вернуть.', messages: ['zh 1:5-1:6 consistency-negation missing {"actual":"不","source":"zh","target":"ru"}'] },
    { zh: '我们会全额退款。', ru: 'Мы не вернём полную сумму.', messages: ['1:4-1:6 consistency-negation added {"actual":"не","source":"zh","target":"ru"}'] },
    { zh: '我们不能退还运费。', ru: 'Мы не можем не вернуть стоимость доставки.', messages: ['1:4-1:15 consistency-negation double {"actual":"не можем не","source":"zh","target":"ru"}'] },
    { zh: '这个颜色不能换。', ru: 'Этот цвет нельзя не обменять.', messages: ['1:11-1:20 consistency-negation double {"actual":"нельзя не","source":"zh","target":"ru"}'] },
  ],
});

describe('negation data', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(schema);
    expect(validate(data) || validate.errors).toBe(true);
  });
  const read = (locale: string, text: string) => analyzeNegation({ locale, parsed: parsePlaceholders(text) })!;
  for (const lang of ['zh', 'en', 'ru'] as const) {
    for (const e of NEGATION[lang].exceptions) {
      it.each(e.examples ?? [])(`${lang} «${e.phrase}» (${e.kind}) leaves no negation that triggers a report in %s`, (example) => {
        const a = read(lang, example);
        expect(a.strict.map((h) => h.text)).toEqual([]);
        expect(a.doubles).toEqual([]);
        if (e.kind === 'weak') expect(a.weak).toBeGreaterThan(0);
        if (e.kind === 'double') expect(a.doubleExceptions).toBeGreaterThan(0);
      });
    }
  }
  const pairName = (p: Pair): string => `${p.zh ?? p.en} / ${p.ru}`;
  /** The message ids a pair gets, with its source locale (zh or en) as the config's source. */
  const reportsOf = (p: Pair): string[] => {
    const { yaml } = caseToYaml({ ru: p.ru, ...(p.zh ? { zh: p.zh } : {}), ...(p.en ? { en: p.en } : {}) });
    return messageReports(lintString(yaml, { rules: [asAnyRule(rule)], config: { source: p.zh ? 'zh' : 'en' } })).map((r) => r.messageId);
  };
  it.each(NEGATION.examples.map((p) => [pairName(p), p] as const))('reports %s', (_, p) => {
    expect(reportsOf(p)).toEqual([p.report]);
  });
  it.each(NEGATION.counterexamples.map((p) => [pairName(p), p] as const))('leaves %s alone', (_, p) => {
    expect(reportsOf(p)).toEqual([]);
  });
  it('counts the negation that a removed exception leaves behind', () => {
    expect(read('zh', '这个不行。').strict.map((h) => h.text)).toEqual(['不']);
    expect(read('ru', 'Это не подходит.').strict.map((h) => h.text)).toEqual(['не']);
    expect(read('en', 'This is not right.').strict.map((h) => h.text)).toEqual(['not']);
  });
});

testReadme(fileURLToPath(new URL('./README.md', import.meta.url)), asAnyRule(rule));
