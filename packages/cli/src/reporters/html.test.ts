/**
 * The HTML report grows linearly with the findings: a long line is never repeated per finding,
 * and what one template renders is capped, with a line saying how many messages are left out.
 */
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { useProjects } from '../cli.test-helper.js';
import { lintProject, prepareLint } from '../lint-project.js';
import { formatHtml } from './html.js';

const project = useProjects('html');

/** One template whose text is one line with `n` tildes (a finding each). */
async function lintTildes(n: number, templates = 1) {
  const body = Array.from({ length: templates }, (_, k) => `  - id: t${k}\n    text:\n      zh: 请稍等\n      ru: ${'Подождите~ '.repeat(n)}\n`).join('');
  const dir = project({ 'otvet.config.yaml': 'source: zh\ntarget: ru\nextends: none\nrules:\n  tone-tilde: error\n', 'a.yaml': `templates:\n${body}` });
  return lintProject(await prepareLint(dir, ['a.yaml'], {}, 'en'));
}

function timed(f: () => string): { size: number; ms: number } {
  // The best of three runs: the least disturbed by other work on the machine.
  let ms = Number.POSITIVE_INFINITY;
  let size = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    size = f().length;
    ms = Math.min(ms, performance.now() - t0);
  }
  return { size, ms };
}

describe('--format html with many findings on one line', () => {
  it('grows at most linearly: 4× the findings, at most 6× the output and the time', async () => {
    const small = await lintTildes(500, 2);
    const large = await lintTildes(2000, 2);
    expect(large.summary.errors).toBe(4 * small.summary.errors);
    const a = timed(() => formatHtml(small, { lang: 'en', quiet: false }));
    const b = timed(() => formatHtml(large, { lang: 'en', quiet: false }));
    expect(b.size / a.size).toBeLessThanOrEqual(6);
    // Time is noisy on a shared machine: a generous bound, far below the quadratic 16×.
    expect(b.ms / Math.max(a.ms, 5)).toBeLessThanOrEqual(6);
  });

  it('renders at most 200 messages of a template, says how many more, and keeps the marks in view', async () => {
    const result = await lintTildes(1000);
    for (const [lang, more] of [['en', '800 more messages'], ['zh', '另有 800 条'], ['ru', 'Ещё 800 сообщений']] as const) {
      const html = formatHtml(result, { lang, quiet: false });
      expect(html.match(/<tr data-n="/g)).toHaveLength(200);
      expect(html.match(/<mark /g)).toHaveLength(200);
      expect(html).toContain(more);
      expect(XMLValidator.validate(html.replace(/^<!DOCTYPE html>\n/, ''))).toBe(true);
    }
    const html = formatHtml(result, { lang: 'en', quiet: false });
    // The line (11 000 characters) is shown once, as the stretch with the 200 marks and «…» for the rest.
    expect(html.length).toBeLessThan(200 * 1000);
    expect(html).toContain('ru: Подождите<mark class="m-error" tabindex="0" data-f="1">~</mark> Подождите<mark class="m-error" tabindex="0" data-f="2">~</mark>');
    expect(html).toMatch(/data-f="200">~<\/mark>(?: Подождите~){5} Подо…<\/pre>/u);
  });
});

describe('--format html with a long mark on a long line', () => {
  it('cuts the mark too, and never splits a character', async () => {
    const dir = project({
      'otvet.config.yaml': 'source: zh\ntarget: ru\nextends: none\nrules:\n  script-cjk: error\n',
      'a.yaml': `templates:\n  - id: t\n    text:\n      zh: 请稍等\n      ru: ${'😀'.repeat(31)}Вашъ ${'订'.repeat(300)} заказ\n`,
    });
    const html = formatHtml(lintProject(await prepareLint(dir, ['a.yaml'], {}, 'en')), { lang: 'en', quiet: false });
    expect(html).toContain(`<span class="ln">5</span>…${'😀'.repeat(27)}Вашъ <mark class="m-error" tabindex="0" data-f="1">${'订'.repeat(120)}…</mark>…</pre>`);
    expect(html).not.toMatch(/\\ud[89a-f]/u);
  });
});
