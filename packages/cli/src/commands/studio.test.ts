import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editTexts, startStudio, valueChange, type Studio } from '@otvet/studio/server';
import type { GlossaryOverview, Overview, PackBuild, SaveResponse, TemplateView } from '@otvet/studio/server';
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
    expect(glossary).toEqual({ files: ['glossary/terms.yaml'], entries: [{ id: 'order', zh: ['订单'], ru: ['заказ'], forbidden: [], en: [], translate: true, status: 'approved', where: 'glossary/terms.yaml:3' }], problems: [] });
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
