/// <reference lib="dom" />
/**
 * `otvet studio` in a real browser: Debian's Chromium (.ci/run installs it), driven by
 * playwright-core, against the built CLI started as a user would (`otvet studio --port 0 --lang
 * zh`) in a temporary project. The page lists the templates with their verdicts; «~» typed into a
 * Russian text is marked as you type, with the Chinese explanation beside it; the one-click fix
 * and a save change the YAML file by exactly that edit, and the file then lints clean; a request
 * without the token or from another origin is refused; a save over a file changed on disk shows
 * the conflict and leaves both versions; the pack's pre-flight table shows what blocks it, and once
 * that is fixed the pack is built, verified and its zip downloaded; a glossary term added with
 * validation as you type flags the template that breaks it; editing that term clears the template,
 * deleting a term, importing a CSV (a bad one shows its error, a good one is added) and exporting
 * change only what they should; a template created, duplicated and deleted changes only its own
 * lines; the pack view shows the word diff since the last pack. Screenshots at 1280 px go to
 * test-artifacts/studio/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CLI, makeProject, otvet, ROOT, type Project } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium is not at ${CHROMIUM}: .ci/run installs Debian's chromium for this test.`);
if (!available) console.warn(`Chromium is not at ${CHROMIUM} (Debian package chromium, or CHROMIUM_PATH): the studio's browser test is skipped.`);

const ARTIFACTS = join(ROOT, 'test-artifacts', 'studio');

const CHAT = [
  '# Replies about delivery (the studio test’s pack)',
  'templates:',
  '  - id: delivery-days # keep this comment',
  '    title: Срок доставки',
  '    text:',
  '      zh: 预计3~5天送达，请耐心等待。',
  '      ru: >-',
  '        Доставка займёт 35 дней,',
  '        спасибо за терпение.',
  '  - id: thanks',
  '    text:',
  "      zh: '感谢您的购买！'",
  '      ru: "Спасибо за покупку!"',
  '',
].join('\n');

let project: Project;
let server: ChildProcess | undefined;
let url: string;
let browser: Browser | undefined;
let page: Page;
const errors: string[] = [];

/** Start `otvet studio` and read the address it prints. */
function startStudio(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'studio', '--port', '0', '--lang', 'zh'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`otvet studio printed no address: ${out}${err}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+&lang=zh/u.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[0] });
      }
    });
    child.on('exit', (code) => reject(new Error(`otvet studio exited (${code}): ${out}${err}`)));
  });
}

/** A raw request to the studio, with the headers a test chooses. */
function raw(path: string, headers: Record<string, string>): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(port), path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  if (!available) return;
  project = makeProject({
    'otvet.config.yaml': 'source: zh\ntarget: ru\npack: { name: shop, version: 1.0.0 }\n',
    'templates/chat.yaml': CHAT,
    'templates/wait.yaml': 'templates:\n  - id: please-wait\n    text:\n      zh: 感谢您的耐心等待~我们正在核实您的问题。\n      ru: Спасибо за ожидание~ Мы уже проверяем ваш вопрос.\n',
    'templates/orders.yaml': [
      'templates:',
      '  - id: order-delayed',
      '    placeholders:',
      '      order_number: { example: "0123456789-0001" }',
      '      days: { type: number, example: 3 }',
      '    text:',
      '      zh: 您好！您的订单 {order_number} 将推迟 {days} 天发货，非常抱歉。',
      '      ru: >-',
      '        Здравствуйте! Отправка заказа {order_number} задержится на',
      '        {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
      '        Приносим извинения за ожидание.',
      '',
    ].join('\n'),
    'templates/welcome.yaml': 'templates:\n  - id: welcome\n    text:\n      zh: 欢迎光临我们的店铺！\n      ru: Добро пожаловать в нашу лавку!\n',
    'glossary/terms.yaml': '# The shop’s terms\nterms:\n  - id: order\n    zh: [订单]\n    ru: [заказ]\n',
  });
  ({ child: server, url } = await startStudio(project.dir));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // As root in a container there is no sandbox; the rest keeps Chromium off the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  project?.remove();
});

/** The text of the Russian editor (without the findings' numbered badges). */
const russian = (): Promise<string> =>
  page.$eval('.cm-host[data-locale="ru"] .cm-content', (content) => {
    const copy = content.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.otvet-badge').forEach((b) => b.remove());
    return Array.from(copy.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n');
  });

describe.skipIf(!available)('otvet studio in Chromium', () => {
  it('lists the templates with their verdicts, error rates and findings', async () => {
    await page.goto(url);
    await page.waitForSelector('table.templates tbody tr');
    const rows = await page.$$eval('table.templates tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-id'), tr.querySelector('[data-verdict]')?.getAttribute('data-verdict'), tr.querySelector('[data-verdict]')?.textContent, tr.querySelectorAll('td.num')[1]?.textContent]),
    );
    expect(rows).toEqual([
      ['delivery-days', 'reject', '拒绝', '2'],
      ['thanks', 'pass', '通过', '0'],
      ['order-delayed', 'pass', '通过', '0'],
      ['please-wait', 'reject', '拒绝', '1'],
      ['welcome', 'pass', '通过', '0'],
    ]);
    expect(await page.textContent('header .pack')).toContain('5 个模板');
    // Filters: by rule, by verdict, and a search in Russian.
    await page.selectOption('select[aria-label="规则"]', 'tone-tilde');
    expect(await page.$$eval('table.templates tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(['please-wait']);
    await page.selectOption('select[aria-label="规则"]', '');
    await page.selectOption('select[aria-label="结论"]', 'pass');
    expect(await page.$$eval('table.templates tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(['thanks', 'order-delayed', 'welcome']);
    await page.selectOption('select[aria-label="结论"]', '');
    await page.fill('input.search', 'терпение');
    expect(await page.$$eval('table.templates tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(['delivery-days']);
    await page.fill('input.search', '');
    await shot('templates');
  });

  it('highlights the placeholders and shows the Russian as a buyer reads it, for 1, 3 and 5', async () => {
    await page.click('a:text-is("order-delayed")');
    await page.waitForSelector('.preview-text');
    expect(await page.textContent('.preview-text')).toBe('Здравствуйте! Отправка заказа 0123456789-0001 задержится на 3 дня. Приносим извинения за ожидание.');
    expect(await page.$$eval('.preview-count', (ps) => ps.map((p) => /на (\d+ \S+)\./u.exec(p.textContent ?? '')?.[1]))).toEqual(['1 день', '3 дня', '5 дней']);
    expect(await page.$$eval('.cm-host[data-locale="ru"] .otvet-placeholder', (marks) => marks.map((m) => m.textContent))).toEqual(['{order_number}', '{days, plural,']);
    expect(await page.$$eval('table.placeholders tr', (trs) => trs.map((tr) => tr.querySelector('td')?.textContent))).toEqual(['{days}', '{order_number}']);
    await shot('editor-preview');
    await page.click('a.back');
    await page.waitForSelector('table.templates tbody tr');
  });

  it('marks «~» typed into the Russian text, explains it in Chinese, fixes it, and saves only that change', async () => {
    await page.click('a:text-is("delivery-days")');
    await page.waitForSelector('.cm-host[data-locale="ru"] .cm-content');
    expect(await russian()).toBe('Доставка займёт 35 дней, спасибо за терпение.');
    // The source and the target side by side.
    expect(await page.$$eval('.cm-host', (hosts) => hosts.map((h) => h.getAttribute('data-locale')))).toEqual(['zh', 'ru']);
    await page.click('.cm-host[data-locale="ru"] .cm-content');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 'Доставка займёт 3'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.type('~');
    const mark = page.locator('.cm-host[data-locale="ru"] .otvet-mark[data-rule="tone-tilde"]');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('~');
    const finding = page.locator('li.finding[data-rule="tone-tilde"]');
    const explanation = await finding.locator('.message').textContent();
    expect(explanation).toMatch(/用短破折号“–”代替“~”/u);
    expect(await finding.locator('.description').textContent()).toMatch(/\p{Script=Han}/u);
    await shot('editor-tilde');
    await finding.locator('button.fix').click();
    await mark.waitFor({ state: 'detached' });
    expect(await russian()).toBe('Доставка займёт 3–5 дней, спасибо за терпение.');
    // Linted again: the numbers now agree with the source, and nothing is left.
    await page.waitForSelector('li.finding', { state: 'detached' });
    await page.click('button.save');
    await page.waitForSelector('.status-saved');
    expect(await page.textContent('.editor-head [data-verdict]')).toBe('通过');
    await shot('editor-saved');
    const onDisk = readFileSync(join(project.dir, 'templates/chat.yaml'), 'utf8');
    expect(onDisk).toBe(CHAT.replace('Доставка займёт 35 дней', 'Доставка займёт 3–5 дней'));
    const lint = otvet(['lint', 'templates/chat.yaml'], project.dir);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(0);
  });

  it('refuses a request without the token or from another origin (403)', async () => {
    const token = new URL(url).searchParams.get('token')!;
    expect(await raw('/api/overview', {})).toBe(403);
    expect(await raw('/api/overview?token=wrong', {})).toBe(403);
    expect(await raw('/api/overview', { 'x-otvet-token': token, origin: 'https://shop.example' })).toBe(403);
    expect(await raw(`/api/overview?token=${token}`, { origin: 'http://127.0.0.1:1' })).toBe(403);
    expect(await raw(`/api/overview?token=${token}`, {})).toBe(200);
    // From the browser too: the studio's own page, without the token, is refused.
    const status = await page.evaluate(async (target) => {
      try {
        return (await fetch(target, { mode: 'no-cors' })).status;
      } catch {
        return -1;
      }
    }, `${new URL(url).origin}/api/overview`);
    expect(status).toBe(403);
  });

  it('shows a conflict when the file changed on disk, and keeps both versions', async () => {
    const path = join(project.dir, 'templates/chat.yaml');
    await page.click('.cm-host[data-locale="ru"] .cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Ждём вас!');
    const theirs = readFileSync(path, 'utf8').replace('Спасибо за покупку!', 'Спасибо за покупку в нашем магазине!');
    writeFileSync(path, theirs);
    await page.click('button.save');
    await page.waitForSelector('.conflict');
    expect(await page.textContent('.conflict')).toContain('文件在磁盘上已被其他人或其他程序修改');
    expect(await page.locator('.conflict pre.mine[lang="ru"]').textContent()).toBe('Доставка займёт 3–5 дней, спасибо за терпение. Ждём вас!');
    expect(await page.locator('.conflict pre.disk[lang="ru"]').textContent()).toBe('Доставка займёт 3–5 дней, спасибо за терпение.');
    // Nothing was written: the file is theirs; the editor still holds ours.
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(await russian()).toBe('Доставка займёт 3–5 дней, спасибо за терпение. Ждём вас!');
    // What the buyer would read follows the editor's text, not the disk's.
    await page.waitForFunction(() => document.querySelector('.preview-text')?.textContent?.endsWith('Ждём вас!'));
    expect(await page.textContent('.conflict')).toContain('文件在磁盘上已被其他人或其他程序修改');
    await shot('conflict');
    // The refused requests and the refused save are what the test asked for; nothing else went wrong.
    expect(errors.filter((e) => !/status of (?:403 \(Forbidden\)|409 \(Conflict\))/u.test(e))).toEqual([]);
  });

  it('shows the pre-flight table of the pack, and builds and verifies the pack once nothing blocks it', async () => {
    // The unsaved edit left behind is kept: marked in the list, and back in the editor.
    await page.click('nav a[href="#/"]');
    expect(await page.textContent('tr[data-id="delivery-days"] .draft')).toBe('有未保存的修改');
    await page.click('a:text-is("delivery-days")');
    await page.waitForSelector('.status-unsaved');
    expect(await russian()).toBe('Доставка займёт 3–5 дней, спасибо за терпение. Ждём вас!');
    await page.click('nav a[href="#/pack"]');
    await page.waitForSelector('.gate-blocked');
    expect(await page.textContent('.gate-blocked')).toContain('阻止生成模板包');
    expect(await page.$$eval('table.preflight tr.blocked', (trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(['please-wait']);
    expect(await page.textContent('table.preflight tr.blocked .reasons')).toMatch(/tone-tilde/u);
    await shot('pack-preflight');
    // The template that blocks the pack, fixed in one click and saved.
    await page.click('table.preflight a:text-is("please-wait")');
    const finding = page.locator('li.finding[data-rule="tone-tilde"]');
    await finding.locator('button.fix').click();
    await page.waitForSelector('li.finding', { state: 'detached' });
    await page.click('button.save');
    await page.waitForSelector('.status-saved');
    expect(readFileSync(join(project.dir, 'templates/wait.yaml'), 'utf8')).toContain('ru: Спасибо за ожидание! Мы уже проверяем ваш вопрос.\n');
    await page.click('nav a[href="#/pack"]');
    await page.waitForSelector('.gate-ready');
    await page.click('button.build-pack');
    await page.waitForSelector('.build-ok .verified');
    expect(await page.textContent('.build-ok')).toContain('模板包已生成：dist/shop-1.0.0');
    await shot('pack-built');
    // The zip to download is the one the pack holds, and the pack verifies.
    const token = new URL(url).searchParams.get('token')!;
    const zip = await fetch(`${new URL(url).origin}/api/pack/zip?token=${token}`);
    expect(zip.status).toBe(200);
    expect(Buffer.from(await zip.arrayBuffer()).equals(readFileSync(join(project.dir, 'dist/shop-1.0.0/shop-1.0.0.zip')))).toBe(true);
    expect(await page.getAttribute('a.download', 'href')).toBe(`/api/pack/zip?token=${token}`);
    const verify = otvet(['verify', 'dist/shop-1.0.0'], project.dir);
    expect(verify.code).toBe(0);
    expect(errors.filter((e) => !/status of (?:403 \(Forbidden\)|409 \(Conflict\))/u.test(e))).toEqual([]);
  });

  it('searches the glossary, validates a new term as you type, adds it, and the template that breaks it is flagged', async () => {
    await page.click('nav a[href="#/glossary"]');
    await page.waitForSelector('table.terms tbody tr');
    const terms = (): Promise<(string | null)[]> => page.$$eval('table.terms tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(await terms()).toEqual(['order']);
    // Russian in another form finds the term; what is not there finds nothing.
    await page.fill('.glossary input.search', 'заказами');
    await page.waitForFunction(() => document.querySelectorAll('table.terms tbody tr').length === 1 && document.querySelector('.glossary .count')?.textContent === '1 / 1 个术语');
    await page.fill('.glossary input.search', 'лавка');
    await page.waitForFunction(() => document.querySelectorAll('table.terms tbody tr').length === 0);
    await page.fill('.glossary input.search', '');
    // The checks of `otvet glossary check`, as you type: a duplicate id first.
    await page.fill('.add-term input[name="id"]', 'order');
    await page.fill('.add-term input[name="zh"]', '订单');
    await page.fill('.add-term input[name="ru"]', 'заказ');
    await page.waitForSelector('.term-problems');
    expect(await page.textContent('.term-problems')).toContain('order');
    expect(await page.isDisabled('.add-term button[type="submit"]')).toBe(true);
    await page.fill('.add-term input[name="id"]', 'shop');
    await page.fill('.add-term input[name="zh"]', '店铺');
    await page.fill('.add-term input[name="ru"]', 'магазин');
    await page.fill('.add-term input[name="forbidden"]', 'лавка');
    await page.waitForSelector('.term-ok');
    await shot('glossary');
    await page.click('.add-term button[type="submit"]');
    await page.waitForSelector('.term-added');
    await page.waitForFunction(() => document.querySelectorAll('table.terms tbody tr').length === 2);
    expect(readFileSync(join(project.dir, 'glossary/terms.yaml'), 'utf8')).toBe(
      '# The shop’s terms\nterms:\n  - id: order\n    zh: [订单]\n    ru: [заказ]\n  - id: shop\n    zh: [店铺]\n    ru: [магазин]\n    forbidden: [лавка]\n',
    );
    // The template that uses the forbidden variant is flagged, with the reason in Chinese.
    await page.click('nav a[href="#/"]');
    await page.waitForSelector('tr[data-id="welcome"] [data-verdict="reject"]');
    await page.click('a:text-is("welcome")');
    const mark = page.locator('.cm-host[data-locale="ru"] .otvet-mark[data-rule="glossary-forbidden"]');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('лавку');
    expect(await page.textContent('li.finding[data-rule="glossary-forbidden"] .message')).toContain('禁用译法');
    await shot('glossary-flagged');
  });

  it('edits a glossary term, and the template it flagged passes; deletes a term, keeping the rest of the file', async () => {
    const path = join(project.dir, 'glossary/terms.yaml');
    const before = readFileSync(path, 'utf8');
    await page.click('nav a[href="#/glossary"]');
    await page.click('tr[data-id="shop"] button.edit-term');
    await page.waitForSelector('.add-term[data-mode="edit"]');
    // The template that breaks the term, as a link to it.
    expect(await page.$$eval('.term-usage .violations a', (as) => as.map((a) => a.textContent))).toEqual(['welcome']);
    expect(await page.$$eval('.term-usage .violations .rule', (cs) => cs.map((c) => c.textContent))).toEqual(['glossary-term', 'glossary-forbidden']);
    expect(await page.inputValue('.add-term input[name="forbidden"]')).toBe('лавка');
    await page.fill('.add-term input[name="ru"]', 'лавка');
    await page.fill('.add-term input[name="forbidden"]', '');
    await page.waitForSelector('.term-ok');
    await shot('glossary-edit');
    await page.click('.add-term button[type="submit"]');
    await page.waitForSelector('.term-added');
    expect(readFileSync(path, 'utf8')).toBe(before.replace('    ru: [магазин]\n    forbidden: [лавка]\n', '    ru: [лавка]\n'));
    // The template flagged before is clean now, and uses the term.
    await page.click('tr[data-id="shop"] button.edit-term');
    await page.waitForFunction(() => document.querySelector('.term-usage .uses a')?.textContent === 'welcome');
    expect(await page.textContent('.term-usage .violations')).toBe('无');
    await page.click('.term-usage .uses a');
    await page.waitForSelector('.editor-head [data-verdict="pass"]');
    await page.click('nav a[href="#/"]');
    expect(await page.getAttribute('tr[data-id="welcome"] [data-verdict]', 'data-verdict')).toBe('pass');
    // Deleted (after a confirmation): only its lines leave the file.
    await page.click('nav a[href="#/glossary"]');
    await page.click('tr[data-id="shop"] button.edit-term');
    page.once('dialog', (d) => void d.accept());
    await page.click('.add-term button.delete-term');
    await page.waitForFunction(() => document.querySelectorAll('table.terms tbody tr').length === 1);
    expect(readFileSync(path, 'utf8')).toBe('# The shop’s terms\nterms:\n  - id: order\n    zh: [订单]\n    ru: [заказ]\n');
  });

  it('imports a CSV with an error and shows it, then a good one, and exports the glossary', async () => {
    const path = join(project.dir, 'glossary/terms.yaml');
    const before = readFileSync(path, 'utf8');
    await page.setInputFiles('input[name="import"]', { name: 'terms.csv', mimeType: 'text/csv', buffer: Buffer.from('id,zh,ru,colour\nshop,店铺,магазин,red\n') });
    await page.waitForSelector('.import-error');
    expect(await page.textContent('.import-error')).toMatch(/terms\.csv.*colour/su);
    expect(readFileSync(path, 'utf8')).toBe(before);
    await shot('glossary-import-error');
    await page.setInputFiles('input[name="import"]', { name: 'terms.csv', mimeType: 'text/csv', buffer: Buffer.from('id,zh,ru,forbidden\nshop,店铺,магазин,лавка\n') });
    await page.waitForSelector('.import-ok');
    expect(await page.textContent('.import-ok')).toBe('glossary/terms.yaml：新增 1 条，更新 0 条。');
    await page.waitForFunction(() => document.querySelectorAll('table.terms tbody tr').length === 2);
    await shot('glossary-imported');
    // The export is what `otvet glossary export` writes.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.export-csv')]);
    const exported = readFileSync((await download.path())!);
    const cli = otvet(['glossary', 'export', '--format', 'csv'], project.dir);
    expect(exported.toString('utf8')).toBe(cli.stdout);
    expect(exported.toString('utf8')).toContain('shop,店铺,магазин,лавка');
  });

  it('creates a template, duplicates it and deletes the copy, each change only its own lines in the file', async () => {
    const path = join(project.dir, 'templates/welcome.yaml');
    const before = readFileSync(path, 'utf8');
    await page.click('nav a[href="#/"]');
    await page.click('button.new-template-open');
    await page.fill('input[name="new-id"]', 'Pickup Ready');
    await page.waitForSelector('.id-problem');
    expect(await page.isDisabled('button.create')).toBe(true);
    await page.fill('input[name="new-id"]', 'welcome');
    expect(await page.textContent('.id-problem')).toBe('模板包中已有此 id。');
    await page.fill('input[name="new-id"]', 'pickup-ready');
    await page.selectOption('select[name="new-file"]', 'templates/welcome.yaml');
    await page.fill('input[name="new-zh"]', '您的包裹已到自提点。');
    await page.fill('input[name="new-ru"]', 'Ваш заказ ждёт Вас в пункте выдачи.');
    await shot('template-new');
    await page.click('button.create');
    await page.waitForFunction(() => document.querySelector('.editor-head h2')?.textContent === 'pickup-ready');
    const created = `${before}  - id: pickup-ready\n    text:\n      zh: 您的包裹已到自提点。\n      ru: Ваш заказ ждёт Вас в пункте выдачи.\n`;
    expect(readFileSync(path, 'utf8')).toBe(created);
    page.once('dialog', (d) => void d.accept('pickup-ready-2'));
    await page.click('button.duplicate');
    await page.waitForFunction(() => document.querySelector('.editor-head h2')?.textContent === 'pickup-ready-2');
    expect(readFileSync(path, 'utf8')).toBe(`${created}  - id: pickup-ready-2\n    text:\n      zh: 您的包裹已到自提点。\n      ru: Ваш заказ ждёт Вас в пункте выдачи.\n`);
    await shot('template-duplicated');
    page.once('dialog', (d) => void d.accept());
    await page.click('button.delete');
    await page.waitForSelector('table.templates tbody tr');
    expect(readFileSync(path, 'utf8')).toBe(created);
    expect(await page.$$eval('table.templates tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(['delivery-days', 'thanks', 'order-delayed', 'please-wait', 'welcome', 'pickup-ready']);
  });

  it('shows the word diff against the last pack built', async () => {
    const path = join(project.dir, 'templates/wait.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Мы уже проверяем', 'Мы сейчас проверяем'));
    await page.click('nav a[href="#/pack"]');
    await page.waitForSelector('.diff-changed li[data-id="please-wait"]');
    expect(await page.textContent('.diff h3')).toBe('自 dist/shop-1.0.0 以来的变更（4 个未变）');
    expect(await page.$$eval('.diff-added li code', (cs) => cs.map((c) => c.textContent))).toEqual(['pickup-ready']);
    expect(await page.$$eval('.diff-changed li[data-id="please-wait"] ins', (xs) => xs.map((x) => x.textContent?.trim()))).toEqual(['сейчас']);
    expect(await page.$$eval('.diff-changed li[data-id="please-wait"] del', (xs) => xs.map((x) => x.textContent?.trim()))).toEqual(['уже']);
    await shot('pack-diff');
    expect(errors.filter((e) => !/status of (?:403 \(Forbidden\)|409 \(Conflict\)|422 \(Unprocessable (?:Entity|Content)\))/u.test(e))).toEqual([]);
  });

  it('stops on Ctrl-C (SIGINT) and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    server!.removeAllListeners('exit');
    const done = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    server!.kill('SIGINT');
    expect(await done).toBe(0);
    void exited;
    server = undefined;
  });
});

afterAll(() => {
  server?.kill('SIGTERM');
});
