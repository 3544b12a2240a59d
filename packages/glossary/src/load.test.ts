import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGlossary, parseGlossaryFile } from './load.js';

const problems = (text: string): string[] => loadGlossary([{ path: 'g.yaml', text }]).problems.map((p) => `${p.code} ${p.format('en')}`);

describe('loading glossary files', () => {
  it('reads entries with their positions and normalizes them', () => {
    const { entries, problems: found } = parseGlossaryFile('g.yaml', 'terms:\n  - id: a\n    zh: [物流单号]\n    ru: [трек-номер]\n    en: tracking number\n');
    expect(found).toEqual([]);
    expect(entries[0]).toMatchObject({ id: 'a', zh: ['物流单号'], ru: ['трек-номер'], en: ['tracking number'], forbidden: [], translate: true, status: 'approved', source: { path: 'g.yaml', line: 2, column: 9 } });
    expect(entries[0]?.at?.['zh.0']).toMatchObject({ line: 3, column: 10 });
  });
  it('reports YAML errors at their position', () => {
    expect(problems('terms:\n  - id: a\n    zh: [物流单号\n')).toEqual([expect.stringMatching(/^yaml g\.yaml:\d+:\d+: Not valid YAML/)]);
    expect(problems('terms: []\nterms: []\n')[0]).toMatch(/^yaml g\.yaml:2:1: /);
  });
  it('reports schema errors at the offending node', () => {
    expect(problems('terms:\n  - id: Bad Id\n    zh: [x]\n    ru: [y]\n')).toEqual(['schema g.yaml:2:9: Invalid glossary file: /terms/0/id: does not have the expected form (^[a-z0-9][a-z0-9-]*$).']);
    expect(problems('terms:\n  - id: a\n    zh: [x]\n    ru: [y]\n    colour: red\n')).toEqual(['schema g.yaml:2:5: Invalid glossary file: /terms/0: unknown key “colour”.']);
  });
  it('reports duplicate ids, shared source variants, forbidden = approved and empty entries', () => {
    const text = [
      'terms:',
      '  - id: a',
      '    zh: [订单]',
      '    ru: [заказ]',
      '  - id: a',
      '    zh: [包裹]',
      '    ru: [посылка]',
      '  - id: b',
      '    zh: [订单, 退货]',
      '    ru: [возврат]',
      '    forbidden: [заказы]',
      '  - id: c',
      '    ru: [товар]',
      '  - id: d',
      '    zh: [商品]',
      '  - id: e',
      '    zh: [亲]',
      '    ru: [дорогой]',
      '    translate: false',
      '',
    ].join('\n');
    expect(problems(text)).toEqual([
      'duplicate-id g.yaml:5:9: Duplicate term id “a” (first at g.yaml:2:9).',
      'duplicate-source g.yaml:9:10: Source variant “订单” is in two entries: “b” and “a” (g.yaml:3:10).',
      'empty-source g.yaml:12:9: Term “c” has no source variant (zh or en).',
      'empty-target g.yaml:14:9: Term “d” has no approved Russian term (add ru, or translate: false).',
      'translated-untranslatable g.yaml:18:10: Term “e” has translate: false but approved Russian terms.',
      'forbidden-approved g.yaml:11:17: Forbidden variant “заказы” of “b” is an approved term of “a”.',
    ]);
  });
});

describe('the default glossary', () => {
  const dir = fileURLToPath(new URL('../../../glossary/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ path: `glossary/${f}`, text: readFileSync(dir + f, 'utf8') }));
  const loaded = loadGlossary(files);
  it('is valid and consistent', () => {
    expect(loaded.problems.map((p) => p.format('en'))).toEqual([]);
  });
  it('has at least 150 entries, each with zh, en and ru (or translate: false)', () => {
    expect(loaded.entries.length).toBeGreaterThanOrEqual(150);
    for (const e of loaded.entries) {
      expect(e.zh.length, e.id).toBeGreaterThan(0);
      expect(e.en.length, e.id).toBeGreaterThan(0);
      expect(e.ru.length > 0 || !e.translate, e.id).toBe(true);
    }
  });
  it('covers the seller-support domains', () => {
    const ids = new Set(loaded.entries.map((e) => e.id));
    for (const id of ['order', 'tracking-number', 'fbo', 'fbs', 'rfbs', 'pickup-point', 'parcel-locker', 'return', 'refund', 'payment-method', 'warranty', 'size', 'color', 'qin']) expect(ids.has(id), id).toBe(true);
  });
});
