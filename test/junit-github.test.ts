/**
 * The CI formats of the built CLI in a git work tree: JUnit's run time, timestamp and each case's
 * file from the repository's root; `--format github`'s job summary (GITHUB_STEP_SUMMARY): the
 * rate line and a Markdown table of the templates not at `pass`, the worst first, escaped, at most
 * 50 rows, in the `--lang` language, a warning when it cannot be written, nothing without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject, otvet, ROOT, type Project } from './helpers.js';

const tmpl = (...entries: [id: string, ru: string][]): string =>
  `templates:\n${entries.map(([id, ru]) => `  - id: ${JSON.stringify(id)}\n    text:\n      zh: 您好\n      ru: ${ru}\n`).join('')}`;

// fast-xml-parser is a dependency of the CLI's package, not of the repository's root.
const { XMLParser, XMLValidator } = createRequire(join(ROOT, 'packages/cli/package.json'))('fast-xml-parser') as {
  XMLParser: new (options: { ignoreAttributes: boolean; isArray: (name: string) => boolean }) => { parse(xml: string): unknown };
  XMLValidator: { validate(xml: string): true | object };
};

const CONFIG = 'source: zh\ntarget: ru\nextends: recommended\n';

/** 53 templates with a tilde each (every one at `reject`), of different lengths. */
const MANY = Array.from({ length: 53 }, (_, i): [string, string] => [`reply-${i + 1}`, `Спасибо за заказ~${' Ждём вас снова.'.repeat(i % 5)}`]);

let repo: Project;
let scratch: string;
beforeAll(() => {
  repo = makeProject({
    // The project in a subdirectory of the work tree. Three faulty templates of different
    // rates, in an order that is not the worst first, and a clean one.
    'shop/otvet.config.yaml': CONFIG,
    'shop/templates/a.yaml': tmpl(
      ['route', 'Посылка уже в пути~ Ожидайте курьера завтра до обеда.'],
      ['slow', 'Посылка задерживается~'],
      ['thanks', 'Спасибо за покупку.'],
    ),
    'shop/templates/b.yaml': tmpl(['wait', 'Подождите немного~ Мы всё проверим.']),
    // A file name with `|` and a Markdown character; a template id with `|` (against the schema:
    // the template is not checked, and listed first).
    'odd/otvet.config.yaml': CONFIG,
    'odd/templates/a|b_c.yaml': tmpl(['bad|id', 'Спасибо за заказ~'], ['late', 'Заказ уже в пути~ Ждите курьера завтра.']),
    // More templates over the thresholds than the table lists.
    'many/otvet.config.yaml': CONFIG,
    'many/templates/replies.yaml': tmpl(...MANY),
  });
  expect(spawnSync('git', ['init', '-q'], { cwd: repo.dir }).status).toBe(0);
  scratch = mkdtempSync(join(tmpdir(), 'otvet-summary-'));
});
afterAll(() => {
  repo.remove();
  rmSync(scratch, { recursive: true, force: true });
});

interface JsonReport {
  files: { path: string; templates: { id: string; errorRate: number; verdict: string }[] }[];
}
const formatRate = (rate: number): string => `${(rate * 100).toFixed(1)} %`;

describe('--format junit', () => {
  type Case = { '@_name': string; '@_classname': string; '@_file': string };
  const parse = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml) as {
      testsuites: { '@_time': string; '@_timestamp': string; testsuite: { '@_name': string; testcase: Case[] }[] };
    };
  };
  const cases = (xml: string): Case[] => parse(xml).testsuites.testsuite.flatMap((s) => s.testcase);

  it('records the run’s time and start on testsuites', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const r = otvet(['lint', '-f', 'junit'], join(repo.dir, 'shop'));
    const after = Date.now();
    expect(r.code).toBe(1);
    const { testsuites } = parse(r.stdout);
    expect(testsuites['@_time']).toMatch(/^\d+\.\d{3}$/);
    const time = Number(testsuites['@_time']);
    expect(time).toBeGreaterThanOrEqual(0);
    expect(time * 1000).toBeLessThanOrEqual(after - before + 1000);
    expect(testsuites['@_timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    // The start of this run, in UTC, to the second.
    const start = Date.parse(`${testsuites['@_timestamp']}Z`);
    expect(start).toBeGreaterThanOrEqual(before);
    expect(start).toBeLessThanOrEqual(after);
    // SOURCE_DATE_EPOCH pins both: no time, that instant.
    const pinned = parse(otvet(['lint', '-f', 'junit'], join(repo.dir, 'shop'), { SOURCE_DATE_EPOCH: '1700000000' }).stdout).testsuites;
    expect([pinned['@_time'], pinned['@_timestamp']]).toEqual(['0.000', '2023-11-14T22:13:20']);
  });

  it('gives each case its file from the repository’s root, from any directory of the project', () => {
    const expected = [
      { '@_name': 'route', '@_classname': 'templates/a.yaml', '@_file': 'shop/templates/a.yaml' },
      { '@_name': 'slow', '@_classname': 'templates/a.yaml', '@_file': 'shop/templates/a.yaml' },
      { '@_name': 'thanks', '@_classname': 'templates/a.yaml', '@_file': 'shop/templates/a.yaml' },
      { '@_name': 'wait', '@_classname': 'templates/b.yaml', '@_file': 'shop/templates/b.yaml' },
    ];
    expect(cases(otvet(['lint', '-f', 'junit'], join(repo.dir, 'shop')).stdout)).toMatchObject(expected);
    expect(cases(otvet(['lint', '-f', 'junit', '.'], join(repo.dir, 'shop', 'templates')).stdout)).toMatchObject(expected);
    expect(cases(otvet(['lint', '-f', 'junit', 'shop'], repo.dir).stdout)).toMatchObject(expected);
  });

  it('outside a git work tree, a case’s file is its path from the project', () => {
    const loose = makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': tmpl(['slow', 'Посылка задерживается~']) });
    try {
      expect(cases(otvet(['lint', '-f', 'junit'], loose.dir).stdout)).toMatchObject([{ '@_name': 'slow', '@_file': 'templates/a.yaml' }]);
    } finally {
      loose.remove();
    }
  });
});


describe('--format github: the job summary (GITHUB_STEP_SUMMARY)', () => {
  let n = 0;
  /** A summary file of its own (maybe with content already), and the run with it. */
  const withSummary = (project: string, args: string[] = [], before = '') => {
    const path = join(scratch, `summary-${++n}.md`);
    writeFileSync(path, before);
    const r = otvet(['lint', '-f', 'github', ...args], join(repo.dir, project), { GITHUB_STEP_SUMMARY: path });
    return { ...r, summary: readFileSync(path, 'utf8') };
  };

  /** A Markdown table row's cells as GFM reads them: a backslash escapes the next character; unescaped. */
  const cells = (row: string): string[] => {
    const out: string[] = [];
    let cell = '';
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      if (c === '\\' && i + 1 < row.length) cell += row[++i];
      else if (c === '|') {
        out.push(cell.trim());
        cell = '';
      } else cell += c;
    }
    out.push(cell.trim());
    // A row starts and ends with `|`.
    expect(out[0], row).toBe('');
    expect(out.at(-1), row).toBe('');
    return out.slice(1, -1);
  };
  const tableRows = (summary: string): string[][] =>
    summary
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .map(cells);

  it('the built CLI (bin/otvet.cjs) writes it and exits as without it', () => {
    const path = join(scratch, 'summary-bin.md');
    writeFileSync(path, '');
    const without = otvet(['lint', '-f', 'github'], join(repo.dir, 'shop'));
    const r = otvet(['lint', '-f', 'github'], join(repo.dir, 'shop'), { GITHUB_STEP_SUMMARY: path });
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(without.code);
    expect(r.stdout).toBe(without.stdout);
    expect(readFileSync(path, 'utf8')).toMatch(/^## otvet: lint\n/);
  });

  it('has the heading, the rate line and the templates not at pass, the worst first, with paths from the repository’s root', () => {
    const without = otvet(['lint', '-f', 'github'], join(repo.dir, 'shop'));
    const r = withSummary('shop', [], 'an earlier step’s summary\n');
    expect(r.code).toBe(1);
    expect(r.code).toBe(without.code);
    expect(r.stderr).toBe('');
    // The report is the same; the summary is not in it.
    expect(r.stdout).toBe(without.stdout);
    // Added to what the file had.
    expect(r.summary.startsWith('an earlier step’s summary\n## otvet: lint\n\n')).toBe(true);
    const summary = r.summary.slice('an earlier step’s summary\n'.length);
    const rateLine = without.stdout.split('\n').find((l) => l.startsWith('Error rate '));
    expect(rateLine).toMatch(/^Error rate \d+\.\d % over \d+ words — reject/);
    expect(summary.split('\n')[2]).toBe(rateLine);
    const lines = summary.split('\n');
    expect(lines.slice(4, 6)).toEqual(['| file | template | rate | verdict |', '| --- | --- | ---: | --- |']);

    const report = JSON.parse(otvet(['lint', '-f', 'json'], join(repo.dir, 'shop')).stdout) as JsonReport;
    const rate = (id: string): string => formatRate(report.files.flatMap((f) => f.templates).find((x) => x.id === id)!.errorRate);
    expect(tableRows(summary)).toEqual([
      ['file', 'template', 'rate', 'verdict'],
      ['---', '---', '---:', '---'],
      ['shop/templates/a.yaml', 'slow', rate('slow'), 'reject'],
      ['shop/templates/b.yaml', 'wait', rate('wait'), 'reject'],
      ['shop/templates/a.yaml', 'route', rate('route'), 'reject'],
    ]);
    // The three rates differ, so the order is the worst first and nothing else.
    const rates = ['slow', 'wait', 'route'].map((id) => report.files.flatMap((f) => f.templates).find((x) => x.id === id)!.errorRate);
    expect(rates[0]).toBeGreaterThan(rates[1]!);
    expect(rates[1]).toBeGreaterThan(rates[2]!);
    expect(summary.endsWith('| reject |\n\n')).toBe(true);
  });

  it('escapes `|` and Markdown characters in file names and template ids: four columns each', () => {
    const r = withSummary('odd');
    expect(r.stderr).toBe('');
    const rows = r.summary.split('\n').filter((l) => l.startsWith('|'));
    // Escaped as written…
    expect(rows[2]).toBe('| odd/templates/a\\|b\\_c.yaml | bad\\|id | — | not checked |');
    // …and read back as GFM reads it: four cells, the names as they are; not checked first.
    expect(tableRows(r.summary).slice(2)).toEqual([
      ['odd/templates/a|b_c.yaml', 'bad|id', '—', 'not checked'],
      ['odd/templates/a|b_c.yaml', 'late', expect.stringMatching(/^\d+\.\d %$/), 'reject'],
    ]);
    expect(r.summary.split('\n')[2]).toMatch(/— not checked/);
  });

  it('lists at most 50 templates, the worst first, then how many more', () => {
    const r = withSummary('many');
    expect(r.code).toBe(1);
    const report = JSON.parse(otvet(['lint', '-f', 'json'], join(repo.dir, 'many')).stdout) as JsonReport;
    const all = report.files[0]!.templates;
    expect(all).toHaveLength(53);
    expect(all.every((x) => x.verdict === 'reject')).toBe(true);
    const rows = tableRows(r.summary).slice(2);
    expect(rows).toHaveLength(50);
    const rateOf = new Map(all.map((x) => [x.id, x.errorRate]));
    for (const row of rows) {
      expect(row[0]).toBe('many/templates/replies.yaml');
      expect(row[2]).toBe(formatRate(rateOf.get(row[1]!)!));
    }
    expect(new Set(rows.map((row) => row[1])).size).toBe(50);
    // The worst first: the rates do not rise, and those left out are no worse than the last shown.
    const shown = rows.map((row) => rateOf.get(row[1]!)!);
    shown.slice(1).forEach((rate, i) => expect(rate).toBeLessThanOrEqual(shown[i]!));
    const left = all.filter((x) => !rows.some((row) => row[1] === x.id));
    expect(left).toHaveLength(3);
    for (const x of left) expect(x.errorRate).toBeLessThanOrEqual(shown.at(-1)!);
    expect(Math.max(...all.map((x) => x.errorRate))).toBe(shown[0]);
    const lines = r.summary.split('\n');
    const last = lines.lastIndexOf(lines.filter((l) => l.startsWith('|')).at(-1)!);
    expect(lines.slice(last + 1)).toEqual(['', 'and 3 more (all of them: --format json)', '', '']);
    expect(lines[last + 2]).toMatch(/^and 3 more\b/);
  });

  it('speaks --lang zh', () => {
    const r = withSummary('shop', ['--lang', 'zh']);
    const lines = r.summary.split('\n');
    expect(lines[0]).toBe('## otvet: lint');
    expect(lines[2]).toMatch(/^错误率 \d+\.\d %/);
    expect(lines[4]).toBe('| 文件 | 模板 | 错误率 | 结论 |');
    expect(tableRows(r.summary).slice(2).map((row) => [row[1], row[3]])).toEqual([
      ['slow', '拒绝'],
      ['wait', '拒绝'],
      ['route', '拒绝'],
    ]);
  });

  it('that cannot be written (a directory): one warning line on stderr, the same exit code and report', () => {
    const without = otvet(['lint', '-f', 'github'], join(repo.dir, 'shop'), {});
    const dir = join(scratch, 'a-directory');
    mkdirSync(dir, { recursive: true });
    const r = otvet(['lint', '-f', 'github'], join(repo.dir, 'shop'), { GITHUB_STEP_SUMMARY: dir });
    expect(r.code).toBe(without.code);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(without.stdout);
    expect(r.stderr.endsWith('\n')).toBe(true);
    const stderr = r.stderr.slice(0, -1).split('\n');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^Could not add to the job summary /);
    expect(stderr[0]).toContain(dir);
    expect(readdirSync(dir)).toEqual([]);
    // Clean templates with a summary that cannot be written still exit 0.
    const clean = makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': tmpl(['thanks', 'Спасибо за покупку.']) });
    try {
      const ok = otvet(['lint', '-f', 'github'], clean.dir, { GITHUB_STEP_SUMMARY: dir });
      expect(ok.code).toBe(0);
      expect(ok.stderr).toMatch(/^Could not add to the job summary [^\n]*\n$/);
    } finally {
      clean.remove();
    }
  });

  it('without GITHUB_STEP_SUMMARY, nothing is written anywhere', () => {
    /** Every file under a directory, with its content. */
    const snapshot = (dir: string): Record<string, string> =>
      Object.fromEntries(
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((path) => !path.startsWith('.git') && statSync(join(dir, path)).isFile())
          .map((path) => [path, readFileSync(join(dir, path), 'utf8')]),
      );
    const home = mkdtempSync(join(scratch, 'home-'));
    const before = { repo: snapshot(repo.dir), scratch: snapshot(scratch) };
    const r = otvet(['lint', '-f', 'github'], join(repo.dir, 'shop'), { HOME: home });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('## otvet: lint');
    expect(r.stdout).not.toContain('| file |');
    expect({ repo: snapshot(repo.dir), scratch: snapshot(scratch) }).toEqual(before);
    expect(readdirSync(home)).toEqual([]);
  });
});
