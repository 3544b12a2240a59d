/// <reference lib="dom" />
/**
 * The HTML report in a real browser: Debian's Chromium (.ci/run installs it), driven by
 * playwright-core. The built CLI writes the report of a faulty pack in Chinese; the page opens
 * from the file with no errors, shows the verdict and the chart, filters by verdict, rule and
 * text, pages through a long file, shows a mark's message when it is clicked, and fits a phone's
 * width. Screenshots at desktop and phone width are kept in test-artifacts/html-report/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeProject, otvet, ROOT, type Project } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`Chromium is not at ${CHROMIUM}: .ci/run installs Debian's chromium for this test.`);
if (!available) console.warn(`Chromium is not at ${CHROMIUM} (Debian package chromium, or CHROMIUM_PATH): the HTML report's browser test is skipped.`);

const ARTIFACTS = join(ROOT, 'test-artifacts', 'html-report');

/** A pack with a template of every verdict and kinds of findings, and a long file of 120 templates. */
function faultyPack(): Project {
  // Every template of the long file has a finding: half short (rejected), half long enough to pass with it.
  const long = Array.from({ length: 120 }, (_, i) =>
    i % 2 === 0
      ? `  - id: bulk-${i}\n    text:\n      zh: 请稍等\n      ru: Подождите~ минутку, пожалуйста.\n`
      : `  - id: bulk-${i}\n    text:\n      zh: 感谢您的耐心\n      ru: ${'Спасибо, что подождали ответа нашего магазина. '.repeat(6)}До встречи~\n`,
  ).join('');
  return makeProject({
    'otvet.config.yaml': 'source: zh\ntarget: ru\n',
    'templates/chat.yaml': [
      'templates:',
      '  - id: please-wait',
      '    title: Ожидание',
      '    text:',
      '      zh: 亲，请稍等一下~',
      '      ru: Подождите немного~ Мы уже проверяем ваш вопрос.',
      '  - id: parcel-sent',
      '    placeholders:',
      '      parcel: { example: "RU123" }',
      '    text:',
      '      zh: 您的包裹 {parcel} 已寄出，3~5天到达。',
      '      ru: Ваша посылка %s отправлена, срок доставки 3~5 дней.',
      '  - id: call-us',
      '    text:',
      '      zh: 请给我们打电话',
      '      ru: Позвоните нам по номеру +7 912 000-11-22, и мы всё решим.',
      '  - id: all-good',
      '    text:',
      '      zh: 祝您购物愉快',
      '      ru: Желаем вам приятных покупок в нашем магазине и хорошего дня!',
      '  - id: long-and-clean',
      '    text:',
      '      zh: 我们已经收到了您的留言，客服会在工作时间内尽快回复您，感谢您的理解',
      '      ru: Мы получили ваше сообщение, и наш специалист ответит вам в рабочее время как можно скорее; спасибо за понимание и за то, что выбрали наш магазин для покупок~',
      '',
    ].join('\n'),
    'templates/bulk.yaml': `templates:\n${long}`,
  });
}

let browser: Browser | undefined;
let project: Project;
let report: string;

beforeAll(async () => {
  if (!available) return;
  project = faultyPack();
  const r = otvet(['lint', '--format', 'html', '--lang', 'zh', '-o', 'report.html'], project.dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  report = pathToFileURL(join(project.dir, 'report.html')).href;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // As root in a container there is no sandbox; the rest keeps Chromium off the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  project?.remove();
});

async function open(width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser!.newPage({ viewport: { width, height } });
  // A step that cannot happen fails in seconds, not at the test's timeout.
  page.setDefaultTimeout(5000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(report);
  return { page, errors };
}

/** The ids of the templates the page shows now. */
const visibleIds = (page: Page): Promise<string[]> =>
  page.$$eval('article.item', (items) => items.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.querySelector('.tid')?.textContent ?? a.id));

describe.skipIf(!available)('the HTML report in Chromium', () => {
  it('shows the verdict, the chart against the thresholds, and the worst templates (desktop screenshot)', async () => {
    const { page, errors } = await open(1280, 900);
    expect(await page.textContent('header.top .headline .verdict')).toBe('拒绝');
    expect(await page.getAttribute('header.top', 'class')).toContain('v-reject');
    // Twelve bars: 0 %, ten of 1 % each up to 10 %, and above; every checked template in one of them.
    const counts = await page.$$eval('svg.chart g.bar', (bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
    expect(counts).toHaveLength(12);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(125);
    // all-good alone at 0 %; the long half of bulk.yaml at 2–3 %, its short half and three of chat.yaml above 10 %.
    expect(counts[0]).toBe(1);
    expect(counts[3]).toBe(60);
    expect(counts[11]).toBe(63);
    expect(await page.$$eval('svg.chart g.threshold', (lines) => lines.map((l) => l.getAttribute('data-rate')))).toEqual(['3', '5']);
    expect(await page.isVisible('svg.chart g.t-revise')).toBe(true);
    // The worst templates link to them.
    const worst = await page.$$eval('ol.worst li', (items) => items.map((li) => Number.parseFloat(li.textContent!.replace(/^\S+ /u, ''))));
    expect(worst).toHaveLength(10);
    expect([...worst].sort((a, b) => b - a)).toEqual(worst);
    expect(worst[0]).toBeGreaterThan(10);
    await page.screenshot({ path: join(ARTIFACTS, 'desktop.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-full.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by verdict, by rule and by text, and says how many are shown', async () => {
    const { page, errors } = await open(1280, 900);
    expect(await page.isVisible('#filters')).toBe(true);
    await page.selectOption('#f-verdict', 'pass');
    let ids = await visibleIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('please-wait');
    for (const verdict of await page.$$eval('article.item', (items) => items.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('data-verdict')))) {
      expect(verdict).toBe('pass');
    }
    await page.selectOption('#f-verdict', '');
    await page.selectOption('#f-rule', 'policy-contacts');
    expect(await visibleIds(page)).toEqual(['call-us']);
    expect(await page.textContent('#f-shown')).toMatch(/^显示 1 \/ \d+$/u);
    await page.selectOption('#f-rule', '');
    await page.fill('#f-q', 'RU123');
    await page.waitForFunction(() => document.querySelector('#f-shown')?.textContent?.startsWith('显示 1 '));
    expect(await visibleIds(page)).toEqual(['parcel-sent']);
    await page.fill('#f-q', 'нет такого текста');
    await page.waitForFunction(() => !(document.querySelector('#none') as HTMLElement).hidden);
    expect(await visibleIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows 50 templates a page and finds a template of another page by its link', async () => {
    const { page } = await open(1280, 900);
    const first = await visibleIds(page);
    expect(first).toHaveLength(50);
    expect(await page.textContent('#page')).toMatch(/^第 1 页，共 \d+ 页$/u);
    await page.click('#next');
    const second = await visibleIds(page);
    expect(second).toHaveLength(50);
    expect(second.some((id) => first.includes(id))).toBe(false);
    // The worst templates' links reveal their template, wherever it is.
    // From page 2, a link to a template of page 1.
    const link = page.locator('ol.worst a').first();
    const target = (await link.getAttribute('href'))!.slice(1);
    expect(await page.isVisible(`#${target}`)).toBe(false);
    await link.click();
    expect(await page.isVisible(`#${target}`)).toBe(true);
    expect(await page.textContent('#page')).toMatch(/^第 1 页/u);
    // The same link again, from another page: the address bar already holds its hash.
    await page.click('#next');
    expect(await page.isVisible(`#${target}`)).toBe(false);
    await link.click();
    expect(await page.isVisible(`#${target}`)).toBe(true);
    expect(await page.textContent('#page')).toMatch(/^第 1 页/u);
    await page.close();
  });

  it('marks each finding once in the template’s text and shows its message when the mark is clicked', async () => {
    const { page, errors } = await open(1280, 900);
    // Its template is on the last page: the search brings it up.
    await page.fill('#f-q', 'please-wait');
    await page.waitForFunction(() => document.querySelector('#f-shown')?.textContent?.startsWith('显示 1 '));
    const article = page.locator('article', { has: page.locator('a.tid', { hasText: /^please-wait$/u }) });
    // The text is shown once, the tilde marked in it.
    await expect(article.locator('pre.code').count()).resolves.toBe(1);
    const tilde = article.locator('mark', { hasText: /^~$/u });
    await expect(tilde.count()).resolves.toBe(1);
    expect(await page.isVisible('#pop')).toBe(false);
    await tilde.click();
    expect(await page.isVisible('#pop')).toBe(true);
    const pop = (await page.textContent('#pop')) ?? '';
    expect(pop).toContain('tone-tilde');
    expect(pop).toMatch(/波浪号/u);
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-mark.png') });
    // Its row in the table is highlighted; Escape closes the message.
    const n = await tilde.getAttribute('data-f');
    expect(await article.locator(`tr[data-n="${n}"]`).getAttribute('class')).toContain('hl');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#pop')).toBe(false);
    // What to write instead: the fix, from → to.
    expect(await article.locator(`tr[data-n="${n}"] td.instead`).textContent()).toMatch(/~ → \./u);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone’s width (phone screenshot)', async () => {
    const { page, errors } = await open(390, 844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The findings' table turns into blocks: a rule id is never wider than the screen.
    const widest = await page.$$eval('td.rule', (cells) => Math.max(...cells.map((c) => c.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'phone.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'phone-full.png'), fullPage: true });
    writeFileSync(join(ARTIFACTS, 'README.txt'), 'Screenshots of the HTML report of a faulty pack (--lang zh), from test/html-report.browser.test.ts.\n');
    expect(errors).toEqual([]);
    await page.close();
  });
});
