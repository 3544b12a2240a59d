/**
 * Which config lints a file, and what reported paths are relative to, end to end with the built
 * CLI: a monorepo (one git work tree) with two otvet projects, linted from its root, from `/`,
 * and from a subdirectory of a project.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, otvet } from './helpers.js';

const tmpl = (...entries: [id: string, ru: string][]): string =>
  `templates:\n${entries.map(([id, ru]) => `  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`).join('')}`;

const mono = makeProject({
  'shop/otvet.config.yaml': 'source: zh\ntarget: ru\n',
  // A tilde (error in shop), and an id that is also used by another file of shop's pack.
  'shop/templates/replies.yaml': tmpl(['late', 'Заказ задерживается~'], ['thanks', 'Спасибо за заказ.']),
  'shop/templates/old.yaml': tmpl(['thanks', 'Благодарим за покупку.']),
  // outlet turns the tilde rule off; it has the same ids as shop, which is no duplicate (another pack).
  'outlet/otvet.config.yaml': 'source: zh\ntarget: ru\nrules:\n  tone-tilde: "off"\n',
  'outlet/templates/replies.yaml': tmpl(['late', 'Посылка в пути~'], ['thanks', 'Спасибо за покупку.']),
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
});
const loose = makeProject({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 'templates/replies.yaml': tmpl(['late', 'Заказ задерживается~']) });
afterAll(() => {
  mono.remove();
  loose.remove();
});
expect(spawnSync('git', ['init', '-q'], { cwd: mono.dir }).status).toBe(0);

const shop = join(mono.dir, 'shop');
const outlet = join(mono.dir, 'outlet');

interface Report {
  files: { path: string; messages: { ruleId: string; message: string }[] }[];
  summary: { files: number; errors: number; verdict: string };
}
const json = (stdout: string): Report => JSON.parse(stdout) as Report;
const findings = (r: Report): string[] => r.files.flatMap((f) => f.messages.map((m) => `${f.path} ${m.ruleId}`));

describe('reported paths', () => {
  const formats = ['stylish', 'json', 'html', 'github', 'sarif', 'junit'];
  it('are the same from the project’s directory and from a subdirectory, in every format', () => {
    // The run's times (SARIF's invocation, JUnit's time) pinned, as in a reproducible build.
    const pinned = { SOURCE_DATE_EPOCH: '1700000000' };
    for (const format of formats) {
      const top = otvet(['lint', '-f', format], shop, pinned);
      expect(top.code, format).toBe(1);
      for (const args of [['lint', '-f', format], ['lint', '-f', format, '.'], ['lint', '-f', format, 'replies.yaml', 'old.yaml']]) {
        const sub = otvet(args, join(shop, 'templates'), pinned);
        expect(sub.stdout, `${format}: ${args.join(' ')}`).toBe(top.stdout);
        expect(sub.stdout, format).not.toContain('../');
      }
    }
  });
  it('are relative to the config’s directory (stylish, json, html, junit) or the repository’s root (github, sarif)', () => {
    const cwd = join(shop, 'templates');
    expect(otvet(['lint'], cwd).stdout).toMatch(/^templates\/replies\.yaml$/m);
    expect(json(otvet(['lint', '-f', 'json'], cwd).stdout).files.map((f) => f.path)).toEqual(['templates/old.yaml', 'templates/replies.yaml']);
    expect(otvet(['lint', '-f', 'html'], cwd).stdout).toContain('<h2>templates/replies.yaml');
    expect(otvet(['lint', '-f', 'junit'], cwd).stdout).toContain('classname="templates/replies.yaml"');
    expect(otvet(['lint', '-f', 'github'], cwd).stdout).toContain('::error file=shop/templates/replies.yaml,line=5,col=30,');
    const sarif = JSON.parse(otvet(['lint', '-f', 'sarif'], cwd).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    const locations = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(new Set(locations.map((l) => `${l.uriBaseId} ${l.uri}`))).toEqual(new Set(['%SRCROOT% shop/templates/replies.yaml']));
  });
  it('outside a git work tree, github and sarif use the config’s directory too', () => {
    const cwd = join(loose.dir, 'templates');
    expect(otvet(['lint', '-f', 'github'], cwd).stdout).toContain('::error file=templates/replies.yaml,');
    expect(otvet(['lint', '-f', 'sarif'], cwd).stdout).toContain('"uri": "templates/replies.yaml"');
  });
  it('--fix writes the files where they are, whatever the current directory', () => {
    const project = makeProject({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 'templates/a.yaml': tmpl(['late', 'Заказ задерживается~']), 'sub/x.txt': '' });
    try {
      const r = otvet(['lint', '--fix', '../templates/a.yaml'], join(project.dir, 'sub'));
      expect(r.stderr).toContain('Fixed 1 problem in 1 file.');
      expect(readFileSync(join(project.dir, 'templates/a.yaml'), 'utf8')).toBe(tmpl(['late', 'Заказ задерживается']));
      expect(otvet(['lint', '--fix-dry-run', 'templates'], project.dir).stdout).not.toContain('+++');
    } finally {
      project.remove();
    }
  });
});

describe('each file is linted under the nearest config above it', () => {
  const given = ['shop/templates/replies.yaml', 'outlet/templates/replies.yaml', '.github/workflows/ci.yml'];
  it('lint-staged at the root of a monorepo: absolute paths, run from the root and from /', () => {
    const reports = [
      otvet(['lint', '--context', '-f', 'json', '--', ...given.map((p) => join(mono.dir, p))], mono.dir),
      otvet(['lint', '--context', '-f', 'json', '--', ...given.map((p) => join(mono.dir, p))], '/'),
      otvet(['lint', '--context', '-f', 'json', '--', ...given], mono.dir),
    ];
    for (const r of reports) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const report = json(r.stdout);
      // shop: its tilde, and the duplicate of «thanks» of its own pack (reported at the staged file);
      // outlet: its config turns the tilde off, and shop's ids are not its pack's. The CI workflow is no template.
      expect(findings(report)).toEqual(['shop/templates/replies.yaml tone-tilde', 'shop/templates/replies.yaml schema']);
      expect(report.files.map((f) => f.path)).toEqual(['outlet/templates/replies.yaml', 'shop/templates/replies.yaml']);
      expect(report.files[1]!.messages[1]!.message).toBe('Duplicate template id “thanks”: already used at shop/templates/old.yaml:2:9. Give this template an id of its own.');
      expect(report.summary).toMatchObject({ files: 2, errors: 2, verdict: 'reject' });
    }
    expect(reports[1]!.stdout).toBe(reports[0]!.stdout);
    expect(reports[2]!.stdout).toBe(reports[0]!.stdout);
  });
  it('one project’s file from /, without --context, with its own config', () => {
    const r = otvet(['lint', '--context', '--', join(shop, 'templates/replies.yaml')], '/');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^templates\/replies\.yaml$/m);
    expect(r.stdout).toContain('tone-tilde');
    const plain = otvet(['lint', '-f', 'json', join(outlet, 'templates/replies.yaml')], '/');
    expect(plain.code).toBe(0);
    expect(json(plain.stdout).files.map((f) => f.path)).toEqual(['templates/replies.yaml']);
    expect(findings(json(plain.stdout))).toEqual([]);
  });
});

describe('lint --context with no files', () => {
  it('lints nothing and exits 0 (a commit that touches no template)', () => {
    for (const args of [['lint', '--context', '--'], ['lint', '--context']]) {
      expect(otvet(args, shop), args.join(' ')).toEqual({ code: 0, stdout: '', stderr: '' });
      const r = otvet([...args.slice(0, 2), '-f', 'json', ...args.slice(2)], mono.dir);
      expect(r.code).toBe(0);
      expect(json(r.stdout)).toMatchObject({ files: [], summary: { files: 0, errors: 0, verdict: 'pass' } });
    }
  });
  it('lints nothing and exits 0 when the given files belong to no project (YAML that is no template)', () => {
    expect(otvet(['lint', '--context', '--', '.github/workflows/ci.yml'], mono.dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('while plain otvet lint still lints the whole project', () => {
    const r = otvet(['lint', '-f', 'json'], shop);
    expect(r.code).toBe(1);
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['templates/old.yaml', 'templates/replies.yaml']);
  });
});
