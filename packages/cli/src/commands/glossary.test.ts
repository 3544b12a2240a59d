import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromTbx } from '@otvet/glossary';
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from '../cli.test-helper.js';

const project = useProjects('glossary');

const GLOSSARY = `# Our terms (this comment stays).
terms:
  - id: tracking-number
    zh: [物流单号]   # the usual one
    ru: [трек-номер]
    forbidden: [номер логистики]
    en: tracking number
  - id: pickup-point
    zh: [自提点]
    ru: [пункт выдачи]
    forbidden: [точка самовывоза]
    en: pickup point
`;
const TEMPLATES = `templates:
  - id: tracking
    text:
      zh: 您的物流单号是 {n}。
      ru: "Ваш номер логистики: {n}."
  - id: pickup
    text:
      zh: 订单已到达自提点。
      ru: Заказ ждёт Вас в пункте выдачи.
`;
const CONFIG = 'source: zh\ntarget: ru\n';

describe('otvet lint with a glossary', () => {
  it('reports glossary-term in the source and glossary-forbidden in the target at exact positions', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY, 'templates/a.yaml': TEMPLATES });
    const r = await cli(['lint', '--format', 'json'], dir);
    const messages = (JSON.parse(r.stdout) as { files: { messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; fix?: unknown }[] }[] }).files[0]!.messages
      .filter((m) => m.ruleId.startsWith('glossary-'))
      .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}${m.fix ? ' fix' : ''}`);
    expect(messages).toEqual(['4:13-4:17 glossary-term', '5:16-5:31 glossary-forbidden fix']);
  });
  it('does not read the glossary when glossary rules are off', async () => {
    const dir = project({ 'otvet.config.yaml': `${CONFIG}rules: { glossary-term: off, glossary-forbidden: off }\n`, 'glossary/terms.yaml': 'terms: [oops\n', 'templates/a.yaml': TEMPLATES });
    const r = await cli(['lint', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('glossary-');
  });
  it('stops with exit 2 on a broken glossary, at its position', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY + '  - id: pickup-point\n    zh: [包裹]\n    ru: [посылка]\n', 'templates/a.yaml': TEMPLATES });
    const r = await cli(['lint'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('glossary/terms.yaml:13:9: Duplicate term id “pickup-point” (first at glossary/terms.yaml:8:9).\n');
  });
});

describe('otvet glossary', () => {
  it('check: 0 when clean, 1 with problems, 2 without files', async () => {
    const clean = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY });
    expect(await cli(['glossary', 'check'], clean)).toEqual({ code: 0, stdout: '2 entries in 1 file, 0 problems.\n', stderr: '' });
    const bad = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY + '  - id: dup\n    zh: [自提点]\n    ru: [ПВЗ]\n    forbidden: [трек-номера]\n' });
    const r = await cli(['glossary', 'check', '--lang', 'en'], bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'glossary/terms.yaml:14:10: Source variant “自提点” is in two entries: “dup” and “pickup-point” (glossary/terms.yaml:9:10).  (duplicate-source)\n' +
        'glossary/terms.yaml:16:17: Forbidden variant “трек-номера” of “dup” is an approved term of “tracking-number”.  (forbidden-approved)\n' +
        '3 entries in 1 file, 2 problems.\n',
    );
    expect((await cli(['glossary', 'check'], project({ 'otvet.config.yaml': CONFIG }))).code).toBe(2);
  });
  it('find: Chinese, inflected Russian and English; exit 1 when nothing matches', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY });
    expect((await cli(['glossary', 'find', 'трек-номером'], dir)).stdout).toBe(
      'tracking-number  glossary/terms.yaml:3\n  zh: 物流单号\n  ru: трек-номер\n  forbidden: номер логистики\n  en: tracking number\n',
    );
    expect((await cli(['glossary', 'find', 'в', 'пунктах', 'выдачи'], dir)).stdout).toMatch(/^pickup-point/);
    expect((await cli(['glossary', 'find', '自提点'], dir)).stdout).toMatch(/^pickup-point/);
    expect((await cli(['glossary', 'find', 'Tracking', 'Numbers'], dir)).stdout).toMatch(/^tracking-number/);
    expect(await cli(['glossary', 'find', 'xyz'], dir)).toEqual({ code: 1, stdout: '', stderr: 'No glossary entry matches “xyz”.\n' });
  });
  it('add: appends an entry, keeping comments and formatting; refuses a conflicting one', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY });
    const r = await cli(['glossary', 'add', '--id', 'parcel', '--zh', '包裹', '--ru', 'посылка|отправление', '--en', 'parcel', '--note', 'Не «пакет».'], dir);
    expect(r).toEqual({ code: 0, stdout: 'Added “parcel” to glossary/terms.yaml.\n', stderr: '' });
    expect(readFileSync(join(dir, 'glossary/terms.yaml'), 'utf8')).toBe(`${GLOSSARY}  - id: parcel\n    zh: [包裹]\n    ru: [посылка, отправление]\n    en: parcel\n    note: Не «пакет».\n`);
    const dup = await cli(['glossary', 'add', '--id', 'parcel', '--zh', '包裹2', '--ru', 'посылка'], dir);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toMatch(/Duplicate term id “parcel”/);
    const bad = await cli(['glossary', 'add', '--id', 'Bad Id', '--zh', 'x', '--ru', 'y'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Invalid glossary file: \/terms\/0\/id: does not have the expected form/);
    const qin = await cli(['glossary', 'add', '--id', 'qin', '--zh', '亲', '--forbidden', 'дорогой', '--en', 'dear', '--no-translate', '--status', 'draft'], dir);
    expect(qin.code).toBe(0);
    expect(readFileSync(join(dir, 'glossary/terms.yaml'), 'utf8')).toMatch(/- id: qin\n {4}zh: \[亲\]\n {4}forbidden: \[дорогой\]\n {4}en: dear\n {4}translate: false\n {4}status: draft\n$/);
    expect((await cli(['glossary', 'add', '--id', 'x', '--zh', 'x', '--ru', 'y', '--status', 'final'], dir)).code).toBe(2);
  });
  it('export then import: TBX and CSV give back the same term base', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY });
    const tbx = await cli(['glossary', 'export', '--format', 'tbx'], dir);
    expect(tbx.code).toBe(0);
    expect(fromTbx(tbx.stdout, 'x.tbx')).toHaveLength(2);
    expect(tbx.stdout).toContain('<martif type="TBX-Basic" xml:lang="en">');
    expect((await cli(['glossary', 'export', '--format', 'csv', '--out', 'terms.csv'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'terms.csv'), 'utf8').startsWith('\uFEFFid,zh,ru,forbidden,en,translate,status,domain,note\r\n')).toBe(true);
    writeFileSync(join(dir, 'terms.tbx'), tbx.stdout);
    // Into an empty base: the same entries come back.
    const empty = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': 'terms: []\n' });
    expect((await cli(['glossary', 'import', join(dir, 'terms.tbx')], empty)).stdout).toBe('glossary/terms.yaml: 2 added, 0 updated.\n');
    expect((await cli(['glossary', 'export', '--format', 'tbx'], empty)).stdout).toBe(tbx.stdout);
    // Known ids are updated in place.
    writeFileSync(join(dir, 'more.csv'), 'id,zh,ru,en\r\npickup-point,自提点,пункт выдачи | ПВЗ,pickup point\r\nparcel,包裹,посылка,parcel\r\n');
    expect((await cli(['glossary', 'import', 'more.csv'], dir)).stdout).toBe('glossary/terms.yaml: 1 added, 1 updated.\n');
    const text = readFileSync(join(dir, 'glossary/terms.yaml'), 'utf8');
    expect(text).toContain('# Our terms (this comment stays).');
    expect(text).toContain('ru: [пункт выдачи, ПВЗ]');
    expect(await cli(['glossary', 'import', 'terms.txt', '--format', 'ods'], dir)).toMatchObject({ code: 2, stderr: 'Unknown format “ods” (allowed: tbx, csv, xlsx).\n' });
  });
  it('stats: entries by status, unused terms, missing source words', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': GLOSSARY, 'templates/a.yaml': TEMPLATES + '  - id: more\n    text:\n      zh: 物流单号查询。物流单号查询。\n      ru: Трек-номер.\n' });
    expect((await cli(['glossary', 'stats', '--top', 'many'], dir)).code).toBe(2);
    const r = await cli(['glossary', 'stats', '--top', '3'], dir);
    expect(r.stdout).toBe(
      'Entries by status\n  approved     2\n  draft        0\n  deprecated   0\n\nTerms no template uses (0)\n\nFrequent source words the glossary lacks (uses)\n  查询       2\n',
    );
  });
  it('stats: a multiword term counts as used in any word order within a clause, as glossary-term reads it', async () => {
    const glossary = 'terms:\n  - id: free-shipping\n    zh: [包邮]\n    ru: [бесплатная доставка]\n    en: free shipping\n';
    const apart = 'templates:\n  - id: shipping\n    text:\n      zh: 运费由我们承担。\n      ru: Доставка заказа будет для вас бесплатной.\n';
    const dir = project({ 'otvet.config.yaml': CONFIG, 'glossary/terms.yaml': glossary, 'templates/a.yaml': apart });
    expect((await cli(['glossary', 'stats'], dir)).stdout).toContain('Terms no template uses (0)\n');
    // Its words in two sentences are not the term.
    writeFileSync(join(dir, 'templates/a.yaml'), apart.replace('Доставка заказа будет для вас бесплатной.', 'Доставка платная. Возврат бесплатный.'));
    expect((await cli(['glossary', 'stats'], dir)).stdout).toContain('Terms no template uses (1)\n  free-shipping\n');
  });
});
