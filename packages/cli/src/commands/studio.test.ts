import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editTexts, startStudio, valueChange, type Studio } from '@otvet/studio/server';
import type { GlossaryOverview, GlossaryWriteResponse, Overview, PackBuild, PackDiff, SaveResponse, TemplateChangeResponse, TemplateView } from '@otvet/studio/server';
import { useProjects } from '../cli.test-helper.js';
import { runStudio, studioEngine } from './studio.js';

const project = useProjects('studio');

const TEMPLATES = [
  '# replies of the shop',
  'templates:',
  '  - id: please-wait # the first one',
  '    title: Ожидание',
  '    text:',
  '      zh: 请稍等一下',
  '      ru: >-',
  '        Подождите немного, мы уже',
  '        проверяем ваш вопрос.',
  '  - id: thanks',
  '    text:',
  "      zh: '谢谢'",
  '      ru: "Спасибо за заказ!"',
  '',
].join('\r\n');

function pack(): string {
  return project({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 'templates/chat.yaml': `\uFEFF${TEMPLATES}` });
}

interface Reply {
  status: number;
  body: string;
}

function call(studio: Studio, method: string, path: string, options: { headers?: Record<string, string>; body?: unknown; token?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${studio.port}`, ...(options.token === false ? {} : { 'x-otvet-token': studio.token }), ...options.headers };
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const req = request({ host: '127.0.0.1', port: studio.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let running: Studio | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(dir: string): Promise<Studio> {
  running = await startStudio({ engine: studioEngine(dir, undefined), port: 0, lang: 'zh', assets: join(dir, 'no-assets') });
  return running;
}

describe('editing texts in the YAML file', () => {
  const engine = studioEngine(process.cwd(), undefined);
  it('finds the one change between two values', () => {
    expect(valueChange('abcdef', 'abXdef')).toEqual({ from: 2, to: 3, inserted: 'X' });
    expect(valueChange('aaa', 'aaaa')).toEqual({ from: 3, to: 3, inserted: 'a' });
    expect(valueChange('same', 'same')).toEqual({ from: 4, to: 4, inserted: '' });
  });
  it('edits in place where it can, keeping comments, quoting and line endings', () => {
    const edited = editTexts(engine.core, 'a.yaml', TEMPLATES, true, 'ru', 0, { ru: 'Подождите немного~ мы уже проверяем ваш вопрос.' });
    expect(edited).toEqual({ text: TEMPLATES.replace('немного,', 'немного~') });
  });
  it('rewrites one scalar as a quoted string when the edit cannot be made in place', () => {
    const edited = editTexts(engine.core, 'a.yaml', TEMPLATES, false, 'ru', 1, { ru: 'Спасибо "за" заказ!\nДо встречи.' });
    expect(edited).toEqual({ text: TEMPLATES.replace('"Спасибо за заказ!"', '"Спасибо \\"за\\" заказ!\\nДо встречи."') });
    const block = editTexts(engine.core, 'a.yaml', TEMPLATES, false, 'ru', 0, { ru: 'Строка один:\nстрока два' });
    expect('text' in block && block.text).toBe(TEMPLATES.replace(/>-\r\n.*\r\n.*вопрос\./u, '"Строка один:\\nстрока два"'));
  });
  it('says what it cannot do', () => {
    expect(editTexts(engine.core, 'a.yaml', TEMPLATES, false, 'ru', 5, { ru: 'x' })).toEqual({ error: 'no-template' });
    expect(editTexts(engine.core, 'a.yaml', TEMPLATES, false, 'ru', 0, { en: 'x' })).toEqual({ error: 'no-locale', locale: 'en' });
  });
});

describe('the studio server', () => {
  it('answers its own pages only: a request without the token, from another origin or host gets 403', async () => {
    const studio = await start(pack());
    expect(studio.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}&lang=zh$/u);
    expect((await call(studio, 'GET', '/api/overview')).status).toBe(200);
    expect((await call(studio, 'GET', '/api/overview', { token: false })).status).toBe(403);
    expect((await call(studio, 'GET', `/api/overview?token=${studio.token}`, { token: false })).status).toBe(200);
    expect((await call(studio, 'GET', '/api/overview', { headers: { 'x-otvet-token': 'x'.repeat(32) } })).status).toBe(403);
    expect((await call(studio, 'GET', '/api/overview', { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await call(studio, 'GET', '/api/overview', { headers: { origin: `http://localhost:${studio.port}` } })).status).toBe(200);
    expect((await call(studio, 'GET', '/api/overview', { headers: { host: `evil.example:${studio.port}` } })).status).toBe(403);
    expect((await call(studio, 'GET', '/', { headers: { host: 'rebound.example' } })).status).toBe(403);
    expect((await call(studio, 'GET', '/api/overview', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    // JSON only, and no file outside the pack.
    expect((await call(studio, 'POST', '/api/lint', { headers: { 'content-type': 'text/plain' } })).status).toBe(400);
    expect((await call(studio, 'GET', '/api/template?file=../otvet.config.yaml&index=0')).status).toBe(404);
    expect((await call(studio, 'GET', '/api/nothing')).status).toBe(404);
    expect((await call(studio, 'GET', '/app.js')).status).toBe(500);
  });

  it('lists the templates with verdicts and lints unsaved texts in the chosen language', async () => {
    const studio = await start(pack());
    const overview = JSON.parse((await call(studio, 'GET', '/api/overview?lang=en')).body) as Overview;
    expect(overview.templates.map((t) => [t.id, t.verdict, t.findings])).toEqual([
      ['please-wait', 'pass', 0],
      ['thanks', 'pass', 0],
    ]);
    const linted = JSON.parse((await call(studio, 'POST', '/api/lint', { body: { file: 'templates/chat.yaml', index: 0, lang: 'zh', texts: { ru: 'Подождите немного~ мы уже проверяем ваш вопрос.' } } })).body) as TemplateView;
    const tilde = linted.findings.find((f) => f.ruleId === 'tone-tilde');
    expect(tilde).toMatchObject({ locale: 'ru', from: 17, to: 18 });
    expect(tilde?.message).toMatch(/\p{Script=Han}/u);
    expect(tilde?.fix).toBeDefined();
  });

  it('shows the placeholders with their examples and the Russian as a buyer reads it, for 1, 3 and 5', async () => {
    const dir = project({
      'otvet.config.yaml': 'source: zh\ntarget: ru\nplaceholders:\n  order_number: { example: "0123-1", description: номер заказа }\n',
      'templates/chat.yaml': [
        'templates:',
        '  - id: delayed',
        '    placeholders:',
        '      days: { type: number, example: 2 }',
        '    text:',
        '      zh: 订单 {order_number} 将延迟 {days} 天发货。',
        '      ru: Заказ {order_number} отправим через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
        '',
      ].join('\n'),
    });
    const studio = await start(dir);
    const view = JSON.parse((await call(studio, 'GET', '/api/template?file=templates/chat.yaml&index=0')).body) as TemplateView;
    expect(view.placeholders).toEqual([
      { name: 'days', type: 'number', example: '2' },
      { name: 'order_number', example: '0123-1', description: 'номер заказа' },
    ]);
    expect(view.preview).toEqual({
      example: 'Заказ 0123-1 отправим через 2 дня.',
      counts: [
        { n: 1, text: 'Заказ 0123-1 отправим через 1 день.' },
        { n: 3, text: 'Заказ 0123-1 отправим через 3 дня.' },
        { n: 5, text: 'Заказ 0123-1 отправим через 5 дней.' },
      ],
    });
  });

  it('saves through the safe write, and refuses when the file changed on disk', async () => {
    const dir = pack();
    const path = join(dir, 'templates/chat.yaml');
    const studio = await start(dir);
    const view = JSON.parse((await call(studio, 'GET', '/api/template?file=templates/chat.yaml&index=0')).body) as TemplateView;
    expect(view.texts.ru).toBe('Подождите немного, мы уже проверяем ваш вопрос.');
    const texts = { ru: 'Подождите немного, мы уже проверяем Ваш вопрос.' };
    const saved = await call(studio, 'POST', '/api/save', { body: { file: view.file, index: 0, base: view.base, texts } });
    expect(saved.status).toBe(200);
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${TEMPLATES.replace('ваш', 'Ваш')}`);
    const after = (JSON.parse(saved.body) as Extract<SaveResponse, { status: 'saved' }>).template;
    // Someone else edits the file: the next save is refused, and both versions stay.
    const theirs = `\uFEFF${TEMPLATES.replace('вопрос.', 'вопрос!')}`;
    writeFileSync(path, theirs);
    const refused = await call(studio, 'POST', '/api/save', { body: { file: view.file, index: 0, base: after.base, texts: { ru: 'Другой текст.' } } });
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.body)).toMatchObject({ status: 'conflict', disk: { ru: 'Подождите немного, мы уже проверяем ваш вопрос!' } });
    expect(readFileSync(path, 'utf8')).toBe(theirs);
  });

  it('says what blocks the pack, and builds, verifies and hands out the pack when nothing does', async () => {
    const dir = project({
      'otvet.config.yaml': 'source: zh\ntarget: ru\npack: { name: shop, version: 1.0.0 }\n',
      'templates/chat.yaml': 'templates:\n  - id: wait\n    text:\n      zh: 请稍等~\n      ru: Подождите~ Мы проверяем заказ.\n',
    });
    const studio = await start(dir);
    const blocked = JSON.parse((await call(studio, 'GET', '/api/overview?lang=en')).body) as Overview;
    expect(blocked.packName).toEqual({ name: 'shop', version: '1.0.0' });
    expect(blocked.blockers.map((b) => b.templateId)).toEqual(['wait', 'wait']);
    expect(blocked.blockers[0]?.message).toContain('tone-tilde');
    const refused = JSON.parse((await call(studio, 'POST', '/api/pack/build', { body: { zip: true, lang: 'en' } })).body) as PackBuild;
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('wait');
    expect((await call(studio, 'GET', '/api/pack/zip')).status).toBe(404);
    writeFileSync(join(dir, 'templates/chat.yaml'), 'templates:\n  - id: wait\n    text:\n      zh: 请稍等\n      ru: Подождите, пожалуйста, мы проверяем заказ.\n');
    const built = JSON.parse((await call(studio, 'POST', '/api/pack/build', { body: { zip: true, lang: 'en' } })).body) as PackBuild;
    expect(built).toMatchObject({ code: 0, dir: 'dist/shop-1.0.0', zip: 'shop-1.0.0.zip', verify: { code: 0 } });
    const zip = await call(studio, 'GET', '/api/pack/zip');
    expect(zip.status).toBe(200);
    // A config the pack cannot be built from is said, not thrown.
    writeFileSync(join(dir, 'otvet.config.yaml'), 'source: zh\ntarget: ru\n');
    const nameless = JSON.parse((await call(studio, 'POST', '/api/pack/build', { body: { zip: false } })).body) as PackBuild;
    expect(nameless.code).toBe(2);
    expect(nameless.output).toMatch(/pack/u);
  });

  it('shows, searches, checks and extends the glossary as `otvet glossary` does', async () => {
    const dir = project({
      'otvet.config.yaml': 'source: zh\ntarget: ru\n',
      'templates/chat.yaml': 'templates:\n  - id: welcome\n    text:\n      zh: 欢迎光临我们的店铺！\n      ru: Добро пожаловать в нашу лавку!\n',
      'glossary/terms.yaml': '# terms\nterms:\n  - id: order\n    zh: [订单]\n    ru: [заказ]\n',
    });
    const studio = await start(dir);
    const glossary = JSON.parse((await call(studio, 'GET', '/api/glossary?lang=en')).body) as GlossaryOverview;
    expect(glossary).toMatchObject({ files: ['glossary/terms.yaml'], entries: [{ id: 'order', zh: ['订单'], ru: ['заказ'], forbidden: [], en: [], translate: true, status: 'approved', where: 'glossary/terms.yaml:3' }], problems: [] });
    expect((JSON.parse((await call(studio, 'GET', '/api/glossary?q=%D0%B7%D0%B0%D0%BA%D0%B0%D0%B7%D0%B0%D0%BC%D0%B8')).body) as GlossaryOverview).matches).toEqual(['order']);
    const check = async (entry: Record<string, unknown>): Promise<string[]> => (JSON.parse((await call(studio, 'POST', '/api/glossary/check', { body: { entry, lang: 'en' } })).body) as { problems: string[] }).problems;
    expect(await check({ id: 'order', zh: ['订单'], ru: ['заказ'] })).toEqual([expect.stringMatching(/^Duplicate term id “order”/u), expect.stringContaining('“订单” is in two entries')]);
    expect(await check({ id: 'Not An Id', zh: ['x'], ru: ['y'] })).toEqual([expect.stringContaining('id')]);
    expect(await check({ id: 'shop', zh: ['店铺'], ru: ['магазин'], forbidden: ['лавка'] })).toEqual([]);
    const added = await call(studio, 'POST', '/api/glossary/add', { body: { entry: { id: 'shop', zh: ['店铺'], ru: ['магазин'], forbidden: ['лавка'], note: 'the seller', status: 'draft' }, lang: 'en' } });
    expect(added.status).toBe(200);
    expect(readFileSync(join(dir, 'glossary/terms.yaml'), 'utf8')).toBe('# terms\nterms:\n  - id: order\n    zh: [订单]\n    ru: [заказ]\n  - id: shop\n    zh: [店铺]\n    ru: [магазин]\n    forbidden: [лавка]\n    status: draft\n    note: the seller\n');
    const again = await call(studio, 'POST', '/api/glossary/add', { body: { entry: { id: 'shop', zh: ['店铺'], ru: ['магазин'] } } });
    expect(again.status).toBe(422);
    expect((JSON.parse(again.body) as { ok: boolean; message: string }).message).toContain('shop');
    expect((await call(studio, 'POST', '/api/glossary/add', { body: { entry: {} } })).status).toBe(400);
  });

  it('says why an edit cannot be linted or saved, and writes nothing then', async () => {
    const dir = pack();
    const path = join(dir, 'templates/chat.yaml');
    const studio = await start(dir);
    const view = JSON.parse((await call(studio, 'GET', '/api/template?file=templates/chat.yaml&index=0&lang=ru')).body) as TemplateView;
    const noLocale = await call(studio, 'POST', '/api/lint', { body: { file: view.file, index: 0, lang: 'en', texts: { en: 'Wait' } } });
    expect(JSON.parse(noLocale.body)).toEqual({ error: 'The template has no “en” text to edit.' });
    expect((await call(studio, 'POST', '/api/lint', { body: { file: view.file, index: 9, texts: { ru: 'x' } } })).status).toBe(404);
    const refused = await call(studio, 'POST', '/api/save', { body: { file: view.file, index: 0, base: view.base, lang: 'zh', texts: { en: 'x' } } });
    expect(refused.status).toBe(422);
    expect(JSON.parse(refused.body)).toEqual({ status: 'error', message: '该模板没有可编辑的“en”文本。' });
    const same = await call(studio, 'POST', '/api/save', { body: { file: view.file, index: 0, base: view.base, texts: view.texts } });
    expect(JSON.parse(same.body)).toMatchObject({ status: 'unchanged' });
    // A read-only file is left as it is (the safe write of --fix refuses it).
    chmodSync(path, 0o444);
    const readOnly = await call(studio, 'POST', '/api/save', { body: { file: view.file, index: 0, base: view.base, lang: 'en', texts: { ru: 'Подождите.' } } });
    chmodSync(path, 0o644);
    expect(JSON.parse(readOnly.body)).toEqual({ status: 'error', message: 'templates/chat.yaml is read-only (mode 0444); nothing was written.' });
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${TEMPLATES}`);
    // With the pack's only file gone, the config's globs match nothing: said as `otvet lint` says it.
    rmSync(path);
    const gone = await call(studio, 'POST', '/api/save', { body: { file: view.file, index: 0, base: view.base, texts: { ru: 'x' } } });
    expect(gone.status).toBe(422);
    expect(JSON.parse(gone.body)).toMatchObject({ error: 'user-error', message: expect.stringContaining('templates/**/*.yaml') });
  });

  it('edits and removes glossary entries in place, refuses a file changed on disk, and links each term to its templates', async () => {
    const GLOSSARY = '# terms\nterms:\n  - id: order # the order\n    zh: [订单]\n    ru: [заказ]\n  - id: shop\n    zh: [店铺]\n    ru: [магазин]\n    forbidden: [лавка]\n  - id: thanks\n    zh: [谢谢]\n    ru: [спасибо]\n';
    const dir = project({
      'otvet.config.yaml': 'source: zh\ntarget: ru\n',
      'templates/chat.yaml': 'templates:\n  - id: welcome\n    text:\n      zh: 欢迎光临我们的店铺！\n      ru: Добро пожаловать в нашу лавку!\n  - id: order\n    text:\n      zh: 您的订单已发货。\n      ru: Ваш заказ отправлен.\n',
      'glossary/terms.yaml': GLOSSARY,
    });
    const path = join(dir, 'glossary/terms.yaml');
    const studio = await start(dir);
    const read = async (): Promise<GlossaryOverview> => JSON.parse((await call(studio, 'GET', '/api/glossary?lang=en')).body) as GlossaryOverview;
    const first = await read();
    expect(first.usage.order?.uses).toEqual([{ file: 'templates/chat.yaml', index: 1, id: 'order' }]);
    expect(first.usage.shop?.violations.map((v) => [v.id, v.ruleId])).toEqual([
      ['welcome', 'glossary-term'],
      ['welcome', 'glossary-forbidden'],
    ]);
    expect(first.stats).toMatchObject({ byStatus: { approved: 3, draft: 0, deprecated: 0 }, unused: ['thanks'] });
    const base = first.bases['glossary/terms.yaml']!;
    // Checked as you type against the entry it replaces (its own id is no duplicate).
    const check = async (entry: Record<string, unknown>, replacing: string): Promise<string[]> => (JSON.parse((await call(studio, 'POST', '/api/glossary/check', { body: { entry, replacing, lang: 'en' } })).body) as { problems: string[] }).problems;
    expect(await check({ id: 'shop', zh: ['店铺'], ru: ['магазин'] }, 'shop')).toEqual([]);
    expect(await check({ id: 'shop', zh: ['订单'], ru: ['магазин'] }, 'shop')).toEqual([expect.stringContaining('订单')]);
    // An edit changes that entry's lines only.
    const edited = await call(studio, 'POST', '/api/glossary/update', { body: { id: 'shop', base, lang: 'en', entry: { id: 'shop', zh: ['店铺'], ru: ['магазин'], forbidden: ['лавка', 'ларёк'], note: 'the seller: us' } } });
    expect(edited.status).toBe(200);
    expect((JSON.parse(edited.body) as GlossaryWriteResponse).message).toBe('Saved “shop” in glossary/terms.yaml. The templates were checked again.');
    const after = GLOSSARY.replace('    forbidden: [лавка]\n', '    forbidden: [лавка, ларёк]\n    note: "the seller: us"\n');
    expect(readFileSync(path, 'utf8')).toBe(after);
    // The old digest is refused now: nothing is written.
    const stale = await call(studio, 'POST', '/api/glossary/delete', { body: { id: 'order', base, lang: 'zh' } });
    expect(stale.status).toBe(409);
    expect((JSON.parse(stale.body) as GlossaryWriteResponse).message).toContain('在磁盘上已被修改');
    expect(readFileSync(path, 'utf8')).toBe(after);
    // A removal takes the entry's lines and nothing else; the template it flagged is clean again.
    const removed = await call(studio, 'POST', '/api/glossary/delete', { body: { id: 'shop', base: (await read()).bases['glossary/terms.yaml'], lang: 'ru' } });
    expect(JSON.parse(removed.body)).toEqual({ status: 'saved', message: 'Запись «shop» удалена из glossary/terms.yaml. Шаблоны проверены заново.' });
    expect(readFileSync(path, 'utf8')).toBe(GLOSSARY.replace(/  - id: shop\n(?: {4}.*\n)+/u, ''));
    expect((await read()).usage.shop).toBeUndefined();
    // Hostile or broken requests: an entry that is not there, a bad edit, a missing field.
    const unknown = await call(studio, 'POST', '/api/glossary/update', { body: { id: '../../etc/passwd', base, lang: 'zh', entry: { id: 'x', zh: ['x'], ru: ['y'] } } });
    expect(unknown.status).toBe(422);
    expect((JSON.parse(unknown.body) as GlossaryWriteResponse).message).toBe('术语表中没有条目“../../etc/passwd”（可能已被删除）。');
    const bad = await call(studio, 'POST', '/api/glossary/update', { body: { id: 'order', base: (await read()).bases['glossary/terms.yaml'], lang: 'en', entry: { id: 'Order Id', zh: ['订单'], ru: ['заказ'] } } });
    expect(bad.status).toBe(422);
    expect((JSON.parse(bad.body) as GlossaryWriteResponse).message).toContain('id');
    expect((await call(studio, 'POST', '/api/glossary/delete?lang=en', { body: { id: 'order' } })).body).toContain('The request is not one the studio understands (base)');
    expect(readFileSync(path, 'utf8')).toBe(GLOSSARY.replace(/  - id: shop\n(?: {4}.*\n)+/u, ''));
  });

  it('imports CSV, TBX or XLSX uploads as `otvet glossary import` does, says why one is refused, and exports', async () => {
    const GLOSSARY = '# terms\nterms:\n  - id: order\n    zh: [订单]\n    ru: [заказ]\n';
    const dir = project({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 'templates/chat.yaml': 'templates:\n  - id: a\n    text:\n      zh: 您好\n      ru: Здравствуйте\n', 'glossary/terms.yaml': GLOSSARY });
    const path = join(dir, 'glossary/terms.yaml');
    const studio = await start(dir);
    const upload = (name: string, content: string | Buffer, lang = 'en', file?: string): Promise<Reply> =>
      call(studio, 'POST', '/api/glossary/import', { body: { name, data: Buffer.from(content).toString('base64'), lang, ...(file ? { file } : {}) } });
    // Not CSV: an image, a file with no known extension, a CSV without the id column.
    const png = await upload('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.status).toBe(422);
    expect((JSON.parse(png.body) as GlossaryWriteResponse).message).toBe('Unknown format “png” (allowed: tbx, csv, xlsx).');
    const noId = await upload('../../etc/terms.csv', 'zh,ru\n店铺,магазин\n', 'zh');
    expect(noId.status).toBe(422);
    const noIdMessage = (JSON.parse(noId.body) as GlossaryWriteResponse).message;
    expect(noIdMessage).toMatch(/\p{Script=Han}/u);
    expect(noIdMessage).toContain('terms.csv');
    expect(noIdMessage).not.toMatch(/otvet-studio-|\/tmp\//u);
    const fakeXlsx = await upload('terms.xlsx', 'id,zh,ru\n', 'ru');
    expect((JSON.parse(fakeXlsx.body) as GlossaryWriteResponse).message).toContain('Это не книга Excel');
    // Too large: refused before anything is read into the glossary.
    const big = await upload('big.csv', Buffer.alloc(2.5 * (1 << 20), 0x61));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ message: 'The request is too large (over 2 MB); nothing was written.' });
    const huge = await call(studio, 'POST', '/api/glossary/import?lang=ru', { body: { name: 'x.csv', data: 'a'.repeat(5 << 20) } });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ message: expect.stringContaining('слишком велик') });
    // A target file outside the glossary is refused as the CLI refuses it.
    const outside = await upload('terms.csv', 'id,zh,ru\nshop,店铺,магазин\n', 'en', '../otvet.config.yaml');
    expect(outside.status).toBe(422);
    expect(readFileSync(path, 'utf8')).toBe(GLOSSARY);
    // A good one: added to the glossary file.
    const good = await upload('terms.csv', 'id,zh,ru\nshop,店铺,магазин\n');
    expect(JSON.parse(good.body)).toEqual({ status: 'saved', message: 'glossary/terms.yaml: 1 added, 0 updated.' });
    expect(readFileSync(path, 'utf8')).toContain('id: shop');
    // Export in each format: the same bytes as `otvet glossary export`.
    const csv = await call(studio, 'GET', '/api/glossary/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.body).toMatch(/^\uFEFFid,zh,ru/u);
    expect(csv.body).toContain('shop,店铺,магазин');
    expect((await call(studio, 'GET', '/api/glossary/export?format=tbx')).body).toContain('<martif');
    expect((await call(studio, 'GET', '/api/glossary/export?format=xlsx')).status).toBe(200);
    const pdf = await call(studio, 'GET', '/api/glossary/export?format=pdf&lang=zh');
    expect(pdf.status).toBe(422);
    expect(JSON.parse(pdf.body)).toMatchObject({ message: '未知格式“pdf”（可用：tbx, csv, xlsx）。' });
  });

  it('creates, duplicates and deletes templates in the file’s own lines, and refuses bad ids, foreign files and stale files', async () => {
    const dir = pack();
    const path = join(dir, 'templates/chat.yaml');
    const studio = await start(dir);
    const overview = async (): Promise<Overview> => JSON.parse((await call(studio, 'GET', '/api/overview')).body) as Overview;
    const base = (await overview()).bases['templates/chat.yaml']!;
    const change = (kind: string, body: Record<string, unknown>): Promise<Reply> => call(studio, 'POST', `/api/templates/${kind}`, { body: { file: 'templates/chat.yaml', lang: 'en', ...body } });
    // Hostile ids and files: said in the asked language, nothing written.
    for (const id of ['Bad Id', '../x', '-x', '']) {
      const refused = await change('create', { id, base, texts: { zh: '你好', ru: 'Здравствуйте' } });
      expect(refused.status).toBe(422);
      expect((JSON.parse(refused.body) as TemplateChangeResponse & { message: string }).message).toContain('is not a template id');
    }
    const taken = await change('create', { id: 'thanks', base, texts: {}, lang: 'zh' });
    expect((JSON.parse(taken.body) as { message: string }).message).toBe('模板包中已有模板“thanks”（templates/chat.yaml）：模板 id 必须唯一。');
    for (const file of ['../otvet.config.yaml', '/etc/passwd', 'templates/../otvet.config.yaml']) {
      const outside = await change('create', { file, id: 'x', base, texts: {} });
      expect(outside.status).toBe(422);
      expect((JSON.parse(outside.body) as { message: string }).message).toContain('is not a template file of this pack');
    }
    expect((await change('delete', { index: -1, base })).status).toBe(400);
    expect((await change('delete', { index: 9, base })).status).toBe(422);
    expect((await change('delete', { index: 0, base: 'stale' })).status).toBe(409);
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${TEMPLATES}`);
    // A new template: appended in the list's style (CRLF, BOM kept), the pack linted again.
    const created = await change('create', { id: 'new-reply', base, texts: { zh: '您好！', ru: 'Здравствуйте!' } });
    expect(created.status).toBe(200);
    const made = JSON.parse(created.body) as Extract<TemplateChangeResponse, { status: 'saved' }>;
    expect(made.template).toEqual({ file: 'templates/chat.yaml', index: 2, id: 'new-reply' });
    expect(made.overview.templates.map((t) => t.id)).toEqual(['please-wait', 'thanks', 'new-reply']);
    const withNew = `\uFEFF${TEMPLATES}  - id: new-reply\r\n    text:\r\n      zh: 您好！\r\n      ru: Здравствуйте!\r\n`;
    expect(readFileSync(path, 'utf8')).toBe(withNew);
    // A copy right after it, with its comments and block scalars as they were.
    const copied = await change('duplicate', { index: 0, id: 'please-wait-2', base: made.overview.bases['templates/chat.yaml'] });
    const copy = JSON.parse(copied.body) as Extract<TemplateChangeResponse, { status: 'saved' }>;
    expect(copy.template).toEqual({ file: 'templates/chat.yaml', index: 1, id: 'please-wait-2' });
    const first = TEMPLATES.slice(TEMPLATES.indexOf('  - id: please-wait'), TEMPLATES.indexOf('  - id: thanks'));
    expect(readFileSync(path, 'utf8')).toBe(withNew.replace('  - id: thanks', `${first.replace('please-wait', 'please-wait-2')}  - id: thanks`));
    // Deleted again: the file is as it was before the copy.
    const deleted = await change('delete', { index: 1, base: copy.overview.bases['templates/chat.yaml'] });
    expect(JSON.parse(deleted.body)).toMatchObject({ status: 'saved', message: 'Deleted “please-wait-2” from templates/chat.yaml.' });
    expect(readFileSync(path, 'utf8')).toBe(withNew);
  });

  it('shows the word diff against the last pack built', async () => {
    const dir = project({
      'otvet.config.yaml': 'source: zh\ntarget: ru\npack: { name: shop, version: 1.0.0 }\n',
      'templates/chat.yaml': 'templates:\n  - id: wait\n    text:\n      zh: 请稍等\n      ru: Подождите, пожалуйста, мы проверяем заказ.\n',
    });
    const studio = await start(dir);
    expect(JSON.parse((await call(studio, 'GET', '/api/pack/diff')).body)).toEqual({ added: [], removed: [], changed: [], unchanged: 0 });
    await call(studio, 'POST', '/api/pack/build', { body: { zip: false } });
    writeFileSync(join(dir, 'templates/chat.yaml'), 'templates:\n  - id: wait\n    text:\n      zh: 请稍等\n      ru: Подождите, пожалуйста, мы уже проверяем заказ.\n  - id: thanks\n    text:\n      zh: 谢谢\n      ru: Спасибо!\n');
    const diff = JSON.parse((await call(studio, 'GET', '/api/pack/diff?lang=en')).body) as PackDiff;
    expect(diff).toMatchObject({ base: 'dist/shop-1.0.0', heading: 'Changes since dist/shop-1.0.0 (0 unchanged)', added: [{ id: 'thanks' }], removed: [], unchanged: 0 });
    expect(diff.changed[0]?.fields[0]?.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['уже']);
    expect(diff.markdown).toContain('**уже**');
  });

  it('runs as `otvet studio` until SIGINT, then exits 0', async () => {
    const dir = pack();
    let out = '';
    const io = { cwd: dir, env: {}, stdout: (t: string) => void (out += t), stderr: () => {}, color: false };
    const code = runStudio({}, 0, io, 'ru', (studio) => {
      expect(studio.url).toContain('lang=ru');
      setTimeout(() => process.emit('SIGINT'), 10);
    });
    expect(await code).toBe(0);
    expect(out).toMatch(/^otvet studio работает по адресу http:\/\/127\.0\.0\.1:\d+\/\?token=/u);
    expect(out).toContain('otvet studio остановлена.');
  });
});
